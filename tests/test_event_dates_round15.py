"""Event dates, round 15 (issue 16 item 6). Every sentence is written for the test; places and people are made up."""

from __future__ import annotations

from datetime import date

from conftest import analysed_events

from dossier.nlp.timex import normalise

MON = "2023-11-06"  # a Monday


def _dates(evs, trigger):
    return [e.date for e in evs if e.trigger == trigger]


def test_a_weekday_naming_the_publication_day_is_that_day_whatever_the_tense():
    monday = date(2023, 11, 6)
    assert normalise("Monday", monday, future=True) == ("DATE", MON)
    assert normalise("Monday", monday, future=False) == ("DATE", MON)
    assert normalise("Monday", monday, future=None) == ("DATE", MON)
    assert normalise("next Monday", monday, future=True) == ("DATE", "2023-11-13")
    assert normalise("Tuesday", monday, future=True) == ("DATE", "2023-11-07")


def test_a_preview_of_the_days_meeting_is_dated_that_day(nlp):
    text = ("Monday's meeting between Borvian leader Arno Kesk and Tarnish president Ilse Varn will be the high "
            "point of a long thaw between the two countries.")
    evs = analysed_events(nlp, text, MON)
    assert _dates(evs, "meeting") == [MON]
