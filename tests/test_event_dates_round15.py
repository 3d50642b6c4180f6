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


def _timexes(nlp, text):
    from dossier.nlp.timex import extract_timexes

    return {tx.text: tx.value for tx in extract_timexes(nlp(text), "t", None) if tx.anchored}


def test_without_a_publication_date_a_weekday_takes_no_full_date_written_without_its_weekday(nlp):
    # the only full date is another, recalled happening's; it falls on a Friday by chance
    text = ("Borvia and Tarnia signed the border accord on Friday in the Kesk town hall.\n\n"
            "The accord builds on a framework the two foreign ministers signed on April 25, 2025.")
    assert "Friday" not in _timexes(nlp, text)
    evs = analysed_events(nlp, text, None)
    assert "2025-04-25" not in _dates(evs, "signed")[:1]
    # written with its weekday, the day is the one meant
    text = ("Borvia and Tarnia signed the border accord on Friday in the Kesk town hall.\n\n"
            "Officials said the ceremony on Friday, April 25, 2025, lasted an hour.")
    assert _timexes(nlp, text).get("Friday") == "2025-04-25"


THU = "2024-08-08"  # a Thursday


def test_what_a_dated_statement_says_is_going_on_goes_on_that_day(nlp):
    evs = analysed_events(nlp, "Borvian troops are fighting Tarnish forces in the Kesk region on the third day of "
                               "the incursion, the Borvian Defence Ministry said Thursday.", THU)
    assert _dates(evs, "fighting") == [THU]
    evs = analysed_events(nlp, "The Borvian Defence Ministry said on Thursday that its army is attacking Tarnish "
                               "combat groups near Kesk.", THU)
    assert _dates(evs, "attacking") == [THU]


def test_a_statements_day_is_not_given_to_what_it_tells_as_done_or_since_another_time(nlp):
    evs = analysed_events(nlp, "The ministry said Thursday that its troops have been fighting Tarnish forces "
                               "since June.", THU)
    assert THU not in _dates(evs, "fighting")
    evs = analysed_events(nlp, "The ministry said Thursday that troops captured the village of Lorth on Monday "
                               "and are shelling Kesk.", THU)
    assert THU not in _dates(evs, "captured") + _dates(evs, "shelling")


def test_without_a_publication_date_an_embedded_posts_date_settles_a_weekday(nlp):
    text = ("Protesters in Kesk on Tuesday set the town hall ablaze as the mayor resigned.\n\n"
            "Crowds had gathered since the weekend.\n\n"
            "— Ana Varn (@anavarn) March 4, 2025")
    assert _timexes(nlp, text).get("Tuesday") == "2025-03-04"
