"""types24: what kind of act, and what is no act. An act ordered as a noun is that act by the orderer; holding
a post is no act; a diplomat leaving his post withdraws (RETREAT); protesters storming a building riot
(PROTEST); a decision welcomed is endorsed (SUPPORT); a headline clause between paragraphs that shares no word
with the paragraph under it is a link to another story. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import analysed_events, clean_lines, paragraphs
from dossier.nlp.senses import argument_type, standing_role


def _tok(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


def _types(nlp, text):
    return {(e.trigger, e.type) for e in analysed_events(nlp, text, "2024-08-01")}


@pytest.mark.parametrize("text, word, etype, expected", [
    ("The prime minister ordered the expulsion of twelve Belarusian diplomats.", "ordered", "REQUEST", "SANCTION"),
    ("The president ordered new sanctions on the shipping firm.", "ordered", "REQUEST", "SANCTION"),
    ("The interior minister ordered the arrest of four union leaders.", "ordered", "REQUEST", "COERCE"),
])
def test_an_ordered_act_is_the_act(nlp, text, word, etype, expected):
    assert argument_type(_tok(nlp, text, word), etype) == expected


@pytest.mark.parametrize("text, word", [
    ("The judge ordered the company to pay the workers.", "ordered"),
    ("The governor ordered the closure of all schools in the province.", "ordered"),
])
def test_an_order_to_someone_or_a_closure_of_no_post_stays(nlp, text, word):
    assert argument_type(_tok(nlp, text, word), "REQUEST") is None


@pytest.mark.parametrize("text, word", [
    ("Ramirez headed the country's elite border force for ten years.", "headed"),
    ("She leads the opposition party in the national assembly.", "leads"),
    ("The general commanded the Northern Army until his retirement.", "commanded"),
    ("Okafor headed Nigeria’s feared, elite Special Anti-Robbery Squad, a unit of the federal police.", "headed"),
])
def test_holding_a_post_is_no_act(nlp, text, word):
    assert standing_role(_tok(nlp, text, word), "CONSULT")


@pytest.mark.parametrize("text, word", [
    ("The deputy minister headed a delegation to Ankara on Monday.", "headed"),
    ("The colonel led the attack on the airport.", "led"),
])
def test_leading_a_trip_or_an_act_stays(nlp, text, word):
    assert not standing_role(_tok(nlp, text, word), "CONSULT")


def test_an_ambassador_leaving_his_post_withdraws(nlp):
    text = "Ambassador Carla Mendes left Caracas on Monday after the government expelled her deputy."
    assert argument_type(_tok(nlp, text, "left"), "CONSULT") == "RETREAT"


def test_a_minister_leaving_for_a_visit_still_travels(nlp):
    text = "The foreign minister left Lisbon for Rabat on Tuesday."
    assert argument_type(_tok(nlp, text, "left"), "CONSULT") is None


@pytest.mark.parametrize("text, word", [
    ("Hundreds of demonstrators stormed the parliament building on Sunday.", "stormed"),
    ("Thousands of protesters broke through the police lines and stormed the governor's office.", "stormed"),
])
def test_protesters_storming_a_building_riot(nlp, text, word):
    assert argument_type(_tok(nlp, text, word), "ASSAULT") == "PROTEST"


@pytest.mark.parametrize("text, word", [
    ("Rioters stormed the police station, killing two officers.", "stormed"),
    ("Gunmen stormed the hotel on Friday night.", "stormed"),
])
def test_killing_or_gunmen_stay_an_attack(nlp, text, word):
    assert argument_type(_tok(nlp, text, word), "ASSAULT") is None


@pytest.mark.parametrize("text", [
    "While welcomed by Spain, the court's ruling has angered several coastal states.",
    "The truce, welcomed by the African Union, took effect at midnight.",
    '"While welcomed by Spain, the court\'s ruling has angered several coastal states, who said it would fail.',
])
def test_a_welcomed_decision_is_support(nlp, text):
    assert argument_type(_tok(nlp, text, "welcomed"), "SUPPORT") is None


def test_a_welcomed_guest_is_a_meeting(nlp):
    text = "The president arrived in Oslo and was welcomed by the king."
    assert argument_type(_tok(nlp, text, "welcomed"), "SUPPORT") == "CONSULT"


def test_a_link_headline_between_paragraphs_is_dropped():
    out = clean_lines(
        "Two ferries collided off Port Lune on Sunday, the coast guard said in a statement on Monday morning.",
        "Rescuers pulled forty passengers from the water and took them to the harbour hospital for checks.",
        "Island council urges residents not to worry over reported gas leak",
        "The port has struggled for years with ageing vessels, crowded schedules and a shortage of pilots.",
        "Divers resumed the search for two missing crew members on Tuesday, the harbour master said.",
        "Ferry company names new safety chief after months of complaints",
        "An inquiry will look at the radar logs of both vessels, the transport ministry said.",
    )
    body = paragraphs(out)
    assert "Island council urges residents not to worry over reported gas leak" not in body
    # a sub-heading that shares a word with the paragraph under it, and a noun-phrase sub-heading, stay
    out = clean_lines(
        "Two ferries collided off Port Lune on Sunday, the coast guard said in a statement on Monday morning.",
        "Rescuers pulled forty passengers from the water and took them to the harbour hospital for checks.",
        "Coast guard questions both captains about the collision",
        "The captains of both ferries were questioned by coast guard officers for several hours on Monday.",
        "Consequences of repeated delays in the renewal of the ferries",
        "The port has struggled for years with ageing vessels, crowded schedules and a shortage of pilots.",
    )
    body = paragraphs(out)
    assert "Coast guard questions both captains about the collision" in body
    assert "Consequences of repeated delays in the renewal of the ferries" in body
