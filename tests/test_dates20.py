"""Event dates, round 20 (task dates20). Every sentence is written for the test; places and people are made up."""

from __future__ import annotations

from datetime import date

from conftest import analysed_events


def _timexes(nlp, text, published=None):
    from dossier.nlp.timex import extract_timexes

    anchor = date.fromisoformat(published) if published else None
    return {tx.text: (tx.value if tx.anchored else None) for tx in extract_timexes(nlp(text), "t", anchor)}


def test_a_day_and_month_repeated_without_its_year_takes_the_year_the_text_wrote(nlp):
    text = ("On October 3, 2023, soldiers were deployed in the streets of Valmora. On October 3rd, a group of "
            "officers seized the state radio station and read a statement.")
    found = _timexes(nlp, text)
    assert found["October 3, 2023"] == "2023-10-03"
    assert found["October 3rd"] == "2023-10-03"


def test_a_day_and_month_the_text_never_wrote_in_full_stays_without_a_year(nlp):
    text = ("On October 3, 2023, soldiers were deployed in the streets of Valmora. On October 5, a group of "
            "officers seized the state radio station.")
    assert _timexes(nlp, text).get("October 5") is None


def test_a_day_and_month_stays_without_a_year_when_the_text_writes_two_years(nlp):
    text = ("On October 3, 2023, soldiers were deployed in the streets of Valmora, as they were on October 3, "
            "2021. On October 3rd, a group of officers seized the state radio station.")
    assert _timexes(nlp, text).get("October 3rd") is None


def test_a_repeated_day_dates_the_event_of_an_undated_report(nlp):
    text = ("On October 3, 2023, soldiers were deployed in the streets of Valmora, the capital.\n\n"
            "On October 3rd, more than a dozen soldiers seized the state television station.")
    evs = analysed_events(nlp, text, None)
    assert [e.date for e in evs if e.trigger == "seized"] == ["2023-10-03"]


def _dates(evs, trigger):
    return [e.date for e in evs if e.trigger == trigger]


def test_a_state_told_since_a_year_dates_the_act_that_began_it(nlp):
    text = ("Valmoran police questioned the lawyer on Monday. The journalist Tomas Reyl, 41, has been detained "
            "since 2019.")
    assert _dates(analysed_events(nlp, text, "2024-03-05"), "detained") == ["2019"]


def test_a_repeated_act_since_a_year_or_a_since_phrase_that_names_an_event_stays_undated(nlp):
    text = ("The border post has been attacked repeatedly since 2019. The journalist Tomas Reyl has been "
            "detained since the protests in 2019.")
    evs = analysed_events(nlp, text, "2024-03-05")
    assert _dates(evs, "attacked") in ([], [None])
    assert _dates(evs, "detained") in ([], [None])


def test_a_weekday_with_its_part_of_the_day_takes_the_day_a_caption_writes_in_full(nlp):
    text = ("Two leaders shake hands after signing the accord in Corvena, Valmora, Monday, Sept. 26, 2016.\n"
            "CORVENA, Valmora -- The government and the rebels signed a peace accord Monday evening, ending a "
            "long war.")
    found = _timexes(nlp, text)
    assert found["Monday evening"] == "2016-09-26TEV"


def test_what_a_statement_of_a_day_announces_as_just_done_is_that_days_news(nlp):
    text = ("Relations between Valmora and Norbia have worsened over the arrest of a Valmoran journalist.\n\n"
            "The Valmoran finance ministry on Wednesday announced it had imposed sanctions on two Norbian "
            "officials.\n\nThe foreign ministry said on Monday the country has expelled four Norbian diplomats.")
    evs = analysed_events(nlp, text, "2024-03-06")
    assert _dates(evs, "sanctions") == ["2024-03-06"]
    assert _dates(evs, "expelled") == ["2024-03-04"]


def test_an_act_the_statement_places_earlier_keeps_no_day_of_the_statement(nlp):
    text = ("Relations between Valmora and Norbia have worsened over the arrest of a Valmoran journalist.\n\n"
            "The Valmoran finance ministry on Wednesday announced it had already imposed sanctions on two "
            "Norbian officials.\n\nThe foreign ministry said on Monday the country has expelled four Norbian "
            "diplomats since the attack.")
    evs = analysed_events(nlp, text, "2024-03-06")
    assert _dates(evs, "sanctions") in ([], [None])
    assert _dates(evs, "expelled") in ([], [None])
