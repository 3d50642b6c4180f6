"""Background round 23: context told as context. A charge in the present perfect about an act the article has
already told as earlier ("... over a bombing earlier this month. Portugal has blamed Tarland for the bombing") is a
standing accusation recalled to explain the news; a verb done in a "recent" or "previous" occasion ("whose sons
were killed in a recent raid") is recalled; a "for one year" on a verb that sets a state ("has declared a state of
emergency for one year") measures the state, not how long the act has gone on. Every sentence here is written
for the test."""

from __future__ import annotations

import pytest

from conftest import event_with_trigger
from dossier.nlp.events import _charged_act, _earlier_time_phrase, _perfect_for_a_span


def _tok(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    ("The army has declared a state of emergency in the country for one year.", "declared", False),
    ("The council has imposed a curfew on the port for three days.", "imposed", False),
    ("The reporter has been detained for three weeks.", "detained", True),
    ("For over a year, the premier has accused the opposition of sabotage.", "accused", True),
])
def test_a_span_on_a_state_setting_verb_measures_the_state(nlp, text, word, expected):
    assert _perfect_for_a_span(_tok(nlp, text, word)) is expected


@pytest.mark.parametrize("text,word,expected", [
    ("Mourners comforted families whose sons were killed in a recent raid on the valley.", "killed", True),
    ("Two guards were wounded during previous clashes at the border post.", "wounded", True),
    ("Officials met to discuss the recent raid on the valley.", "raid", True),
    ("Three soldiers were killed in recent days along the border.", "killed", False),  # a span to the news
    ("Two guards were wounded in the clashes at the border post.", "wounded", False),
    ("Dozens of people have been killed in recent fighting near the dam.", "killed", False),  # may reach the news
    ("Officials met to discuss recent protests in the capital.", "protests", False),
])
def test_an_act_done_in_a_recent_or_previous_occasion_is_recalled(nlp, text, word, expected):
    assert _earlier_time_phrase(_tok(nlp, text, word), "2024-03-26") is expected


@pytest.mark.parametrize("text,word,noun", [
    ("Portugal has blamed Tarland for the bombing.", "blamed", "bombing"),
    ("New Lisbon has blamed Tarland-based rebels for the bombing.", "blamed", "bombing"),
    ("Portugal has accused Tarland of carrying out the bombing.", "accused", "bombing"),
])
def test_a_present_perfect_charge_names_the_act_it_is_about(nlp, text, word, noun):
    found = _charged_act(_tok(nlp, text, word))
    assert found is not None and found.text == noun


@pytest.mark.parametrize("text,word", [
    ("Portugal blamed Tarland for the bombing.", "blamed"),  # simple past: told as done, like the news
    ("Tarland has been accused of the bombing.", "accused"),  # a passive names no one charging
    ("Portugal has blamed Tarland for a bombing.", "blamed"),  # no act told before
    ("Portugal has just blamed Tarland for the bombing.", "blamed"),  # "just": the news
])
def test_other_charges_name_no_act(nlp, text, word):
    assert _charged_act(_tok(nlp, text, word)) is None


LEAD = "Spain on Monday expelled three Russian diplomats over a bombing earlier this month in Madrid, officials said."


@pytest.mark.parametrize("charge", [
    "Spain has blamed Russia for the bombing.",
    "Madrid has accused Moscow of carrying out the bombing.",
])
def test_a_standing_charge_about_an_earlier_act_is_background(nlp, charge):
    text = f"{LEAD}\n\n{charge}\n\nThe diplomats have seven days to leave."
    e = event_with_trigger(nlp, text, charge.split()[2], published="2024-03-26")
    assert e.background and e.recalled


def test_a_standing_charge_about_the_news_act_stays_news(nlp):
    text = ("Gunmen bombed a crowded market in the Pakistani city of Quetta on Monday, killing six people, police "
            "said.\n\nThe blast damaged a dozen shops.\n\nPakistan has blamed Indian-backed militants for the "
            "bombing.")
    e = event_with_trigger(nlp, text, "blamed", published="2024-03-26")
    assert not e.background
