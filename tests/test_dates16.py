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


def test_earlier_or_later_on_a_weekday_is_the_reports_day_not_a_week_on(nlp):
    # a wire report of Sunday evening that the page dates Monday
    tx = _timexes(nlp, "Varn will travel to Lorth later on Sunday, her office said.", MON)
    assert tx["Sunday"] == SUN
    tx = _timexes(nlp, "Earlier on Sunday, the Borvian leader had vowed she would not back down.", MON)
    assert tx["Sunday"] == SUN
    # in a report of that day it is that day
    assert _timexes(nlp, "Varn will speak later on Monday, her office said.", MON)["Monday"] == MON
    # without the word, a future weekday is still the coming one
    assert _timexes(nlp, "The vote will be held on Sunday.", MON)["Sunday"] == "2024-09-22"


def test_a_deictic_word_in_a_quote_counts_from_the_day_it_was_said(nlp):
    fri = "2024-09-20"
    text = ("Borvia strikes Tarnish airbase\n\n"
            "\u201cTonight, I ordered a strike on the airbase,\u201d President Ilse Varn said late Thursday from "
            "her residence.\n\n"
            "The defence minister said on Thursday: \u201cToday we attacked the airbase and destroyed six "
            "jets.\u201d\n\n"
            "\u201cWe will answer today,\u201d the Tarnish army said in a statement.")
    tx = _timexes(nlp, text, fri)
    assert tx["Tonight"].startswith("2024-09-19")
    assert tx["Today"] == "2024-09-19"
    assert tx["today"] == fri  # the reporting clause gives no day: the report's own
    evs = analysed_events(nlp, text, fri)
    assert _dates(evs, "ordered") == ["2024-09-19"]


def test_the_day_before_counts_from_the_last_day_the_text_told(nlp):
    text = ("Borvian police arrested opposition leader Arno Kesk on Tuesday at his home in the capital Lorth, his "
            "lawyers said in a statement.\n\n"
            "Police arrested two of his aides the day before in the northern town of Varn, the lawyers said.")
    evs = analysed_events(nlp, text, "2024-09-18")
    assert "2024-09-16" in _dates(evs, "arrested")
    assert "2024-09-17" in _dates(evs, "arrested")


def test_a_sentence_that_names_a_time_of_its_own_takes_no_day_from_the_lead(nlp):
    for when in ("a fortnight ago", "on the eve of the vote", "in the days before", "that same week"):
        text = ("Borvian police arrest opposition leader\n\n"
                "Borvian police arrested opposition leader Arno Kesk on Tuesday at his home in the capital Lorth, "
                "his lawyers said in a statement.\n\n"
                f"Police arrested two of his aides {when} in the northern town of Varn, the lawyers said.")
        evs = analysed_events(nlp, text, "2024-09-18")
        aides = [e for e in evs if e.trigger == "arrested" and "aides" in e.quote]
        assert aides and all(e.date is None for e in aides), when


def test_an_age_or_a_rate_is_no_time_of_the_sentence(nlp):
    from dossier.nlp.events import _time_noun

    for text, named in (("His party confirmed the arrest of the 70-year-old former cricketer.", False),
                        ("Officials said the trucks would carry forty tonnes a day.", False),
                        ("Police held him for three days.", False),
                        ("The arrest comes a day after the army accused him of lying.", False),
                        ("Police arrested two aides a fortnight ago.", True),
                        ("The ministers met on the eve of the vote.", True)):
        assert _time_noun(next(nlp(text).sents)) is named, text


def test_the_day_a_lead_noun_began_dates_the_acts_of_that_kind_told_next(nlp):
    text = ("Borvian offensive grinds on\n\n"
            "The offensive began on Saturday in the northern Kesk region, the army said in a statement.\n\n"
            "Borvian troops crossed the river near Lorth and captured three villages.")
    evs = analysed_events(nlp, text, MON)
    assert _dates(evs, "captured") == ["2024-09-14"]
    # another kind of act is not the offensive's, whatever its day
    text = ("Borvian offensive grinds on\n\n"
            "The offensive began on Saturday in the northern Kesk region, the army said in a statement.\n\n"
            "Tarnish officials met Borvian envoys in the capital to discuss a truce.")
    evs = analysed_events(nlp, text, MON)
    assert "2024-09-14" not in _dates(evs, "met")
