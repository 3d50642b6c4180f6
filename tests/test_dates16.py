"""Event dates, round 16 (task dates16). Every sentence is written for the test; places and people are made up."""

from __future__ import annotations

from conftest import analysed_events

MON = "2024-09-16"  # a Monday
SUN = "2024-09-15"


def _dates(evs, trigger):
    return [e.date for e in evs if e.trigger == trigger]


def _timexes(nlp, text, published):
    from datetime import date

    from dossier.nlp.timex import extract_timexes

    return {tx.text: tx.value for tx in extract_timexes(nlp(text), "t", date.fromisoformat(published))}


def test_today_in_a_wire_report_is_the_day_of_its_dateline_not_of_the_page(nlp):
    text = ("KESK, Sept 15 (Wire) - Borvian troops attacked a border post today, the defence ministry said in a "
            "statement. Protesters gathered outside the parliament in the capital today.")
    evs = analysed_events(nlp, text, MON)
    assert _dates(evs, "attacked") == [SUN]
    assert _dates(evs, "gathered") == [SUN]


def test_a_title_case_dateline_counts_the_weekdays_too(nlp):
    text = ("Borvia and Tarnia sign trade accord\n\n"
            "Kesk, Sept 15: Borvian and Tarnish ministers signed a trade accord in the capital today, officials said. "
            "The ministers met on Saturday to settle the last points.")
    tx = _timexes(nlp, text, MON)
    assert tx["today"] == SUN
    assert tx["Saturday"] == "2024-09-14"


def test_a_dateline_of_the_publication_day_or_a_date_in_prose_changes_nothing(nlp):
    text = "KESK, Sept 16 (Wire) - Borvian troops attacked a border post today, the defence ministry said."
    assert _timexes(nlp, text, MON)["today"] == MON
    text = ("Borvian officials said the border post was attacked on Sept 15 by armed men. Protesters gathered "
            "in the capital today to demand an inquiry.")
    assert _timexes(nlp, text, MON)["today"] == MON


def test_yesterday_in_a_wire_report_counts_from_its_dateline(nlp):
    text = ("KESK, Sept 15 (Wire) - Borvian police arrested two opposition leaders yesterday, their lawyers said "
            "in a statement.")
    assert _timexes(nlp, text, MON)["yesterday"] == "2024-09-14"
