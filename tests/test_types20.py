"""types20: constructions the guidelines' table types apart from the verb's usual sense: asking diplomats to
leave (SANCTION), closing a consulate (SANCTION), seizing a facility (COERCE), firing live rounds (ASSAULT),
taking a group off a list (CONCEDE), and a resignation for health reasons (no event). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from conftest import analysed_events
from dossier.nlp.senses import argument_type, unforced_resignation


def _tok(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def _type(nlp, text, word, etype):
    return argument_type(_tok(nlp, text, word), etype)


def _event(nlp, text, trigger):
    return next(e for e in analysed_events(nlp, text, "2024-08-01") if e.trigger == trigger)


@pytest.mark.parametrize("text, word, etype", [
    ("Norway said it had asked three Iranian diplomats to leave.", "asked", "REQUEST"),
    ("Two Belarusian diplomats were ordered to leave within a week.", "ordered", "COERCE"),
    ("The ministry told the ambassador to leave the country by Friday.", "told", "REQUEST"),
    ("Chile asked two embassy staff to leave.", "asked", "REQUEST"),
    ("The junta gave foreign aid workers 48 hours to leave the country.", "gave", "COERCE"),
])
def test_asking_diplomats_to_leave_is_an_expulsion(nlp, text, word, etype):
    assert _type(nlp, text, word, etype) == "SANCTION"


@pytest.mark.parametrize("text, word", [
    ("The judge asked the reporters to leave the courtroom.", "asked"),
    ("The mayor asked residents to leave their homes before the storm.", "asked"),
    ("The union asked the minister to resign.", "asked"),
    ("Japan asked its citizens to leave the country as soon as possible.", "asked"),
    ("Oslo told its diplomats to leave the capital.", "told"),
])
def test_asking_others_to_leave_stays_a_request(nlp, text, word):
    assert _type(nlp, text, word, "REQUEST") is None


@pytest.mark.parametrize("text, word", [
    ("Canada will order the closure of the Iranian consulate in Vancouver.", "order"),
    ("Peru closed the Venezuelan embassy in Lima on Tuesday.", "closed"),
])
def test_closing_a_diplomatic_post_is_a_sanction(nlp, text, word):
    assert _type(nlp, text, word, "COERCE") == "SANCTION"


def test_closing_a_market_stays_as_it_was(nlp):
    assert _type(nlp, "Police closed the market after the riot.", "closed", "COERCE") is None


@pytest.mark.parametrize("text, word", [
    ("Mutinous soldiers seized control of the state radio station on Monday.", "seized"),
    ("Commandos seized the tanker off the coast.", "seized"),
])
def test_seizing_a_facility_is_coercion(nlp, text, word):
    assert _type(nlp, text, word, "ASSAULT") == "COERCE"


def test_seizing_a_town_is_left_to_the_model(nlp):
    assert _type(nlp, "Rebels seized the town of Menaka after heavy fighting.", "seized", "ASSAULT") is None


@pytest.mark.parametrize("text, word", [
    ("Soldiers fired live ammunition at the marchers.", "fired"),
    ("Security forces responded with live bullets, killing three students.", "responded"),
    ("Troops opened fire on the crowd outside the palace.", "opened"),
])
def test_live_fire_is_an_assault(nlp, text, word):
    assert _type(nlp, text, word, "COERCE") == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Police fired tear gas and rubber bullets at the marchers.",
    "Riot police fired water cannon at the students.",
])
def test_crowd_control_stays_coercion(nlp, text):
    assert _type(nlp, text, "fired", "COERCE") is None


@pytest.mark.parametrize("text, word, etype", [
    ("The council will suspend the movement from its list of terrorist groups.", "suspend", "SANCTION"),
    ("Washington removed the militia from its terrorism blacklist last year.", "removed", "COERCE"),
])
def test_taking_a_group_off_a_list_is_a_concession(nlp, text, word, etype):
    assert _type(nlp, text, word, etype) == "CONCEDE"


def test_adding_to_a_list_stays_a_sanction(nlp):
    text = "The council added the movement to its list of terrorist groups."
    assert _type(nlp, text, "added", "SANCTION") is None


def test_a_resignation_for_health_reasons_is_no_event(nlp):
    text = "The prime minister of Norland announced his resignation on Monday, citing health reasons."
    assert unforced_resignation(_tok(nlp, text, "resignation"), "CONCEDE")


def test_a_resignation_under_pressure_is_a_concession(nlp):
    text = "The minister resigned on Monday after weeks of protests over his health reform."
    assert not unforced_resignation(_tok(nlp, text, "resigned"), "CONCEDE")


def test_the_pipeline_types_an_expulsion_and_a_shooting(nlp):
    assert _event(nlp, "Denmark and Austria said they had asked two Russian diplomats to leave.",
                  "asked").type == "SANCTION"
    assert _event(nlp, "Police fired live ammunition at the demonstrators in the capital.",
                  "fired").type == "ASSAULT"


def test_the_pipeline_keeps_an_unforced_resignation_out_of_the_default_view(nlp):
    from dossier.nlp import event_model

    text = "The prime minister of Norland announced his resignation on Monday, citing health reasons."
    below = [e for e in analysed_events(nlp, text, "2024-08-01") if e.type == "CONCEDE"]
    assert all(e.confidence < event_model.DEFAULT_THRESHOLD for e in below)
    forced = "The minister resigned on Monday after weeks of protests against his government."
    assert any(e.type == "CONCEDE" and e.confidence >= event_model.DEFAULT_THRESHOLD
               for e in analysed_events(nlp, forced, "2024-08-01"))
