"""Event dates, round 23 (task dates23): an act a dated statement tells as just done takes the statement's day.
Every sentence is written for the test; places and people are made up."""

from __future__ import annotations

from conftest import analysed_events


# a lead with no time of its own: the sentences under test are told further down, where no lead rule dates them
LEAD = ("Relations between Valmora and Orlandia have sunk to their lowest point in a generation.\n\n"
        "Trade between the two neighbours remains large.\n\n")


def _dates(nlp, text, trigger, published="2024-03-08"):
    return [e.date for e in analysed_events(nlp, LEAD + text, published) if e.trigger == trigger]


def test_a_present_perfect_beside_a_participle_clause_takes_the_statements_day(nlp):
    text = ("The Orlandian foreign ministry said on Monday the country has expelled four Valmoran diplomats, "
            "calling the move an act of solidarity with Ostrava.")
    assert _dates(nlp, text, "expelled", "2024-03-05") == ["2024-03-04"]


def test_an_announced_signing_with_a_free_relative_takes_the_announcements_day(nlp):
    text = ("The Valmoran government announced on Monday that it had signed what it called a historic "
            "memorandum of understanding with Orlandia in the capital.")
    assert _dates(nlp, text, "signed", "2024-03-05") == ["2024-03-04"]


def test_a_past_perfect_under_said_on_a_day_takes_that_day(nlp):
    text = "The Valmoran army said on Friday its forces had shelled rebel positions near the border town."
    assert _dates(nlp, text, "shelled") == ["2024-03-08"]


def test_an_act_announced_in_the_simple_past_takes_the_announcements_day(nlp):
    text = "The Orlandian foreign ministry announced on Thursday it expelled four Valmoran diplomats."
    assert _dates(nlp, text, "expelled") == ["2024-03-07"]


def test_a_reported_act_placed_earlier_keeps_no_statement_day(nlp):
    text = "The Valmoran army said on Friday its forces had shelled rebel positions two days earlier."
    assert _dates(nlp, text, "shelled") in ([], [None])
    text = "The Valmoran army said on Friday its forces had already shelled rebel positions near the town."
    assert _dates(nlp, text, "shelled") in ([], [None])


def test_a_reported_act_in_a_time_clause_or_confirmed_keeps_no_statement_day(nlp):
    text = ("The Valmoran army said on Friday its forces had shelled rebel positions after the rebels attacked "
            "a convoy.")
    assert _dates(nlp, text, "shelled") in ([], [None])
    text = "The Valmoran army confirmed on Friday that its forces had shelled rebel positions near the town."
    assert _dates(nlp, text, "shelled") in ([], [None])


def test_a_state_since_a_year_keeps_its_own_year(nlp):
    text = "Orlandian police said on Friday that the journalist had been detained since 2016."
    assert _dates(nlp, text, "detained") == ["2016"]
