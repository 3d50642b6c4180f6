"""Background round 20: a relative clause on a participant. Told in the present perfect or the present ("Borvia,
which has accused Tarland of the raid", "the cleric whom the junta blames for the mutiny") it says what the
participant has done or holds since before the report: recalled. Told in the simple past with no time of its own
("officials whom the ministry accused of ...") it no longer overrules a report's lead, where it is as often
part of the news. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from dossier.nlp.events import _background, _participant_standing, _recalled_in_clause


def _tok(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text,word", [
    ("Lisbon recalled its envoy in support of Borvia, which has accused Tarland of staging the raid.", "accused"),
    ("The minister praised the cleric Omar Vel, whom the junta blames for the mutiny.", "blames"),
    ("Farmers cheered the senator, who has opposed the tariff on grain.", "opposed"),
])
def test_a_perfect_or_present_relative_clause_on_a_participant_is_recalled(nlp, text, word):
    assert _participant_standing(_tok(nlp, text, word))


@pytest.mark.parametrize("text,word", [
    ("The ministry sanctioned two judges whom the envoy accused of taking bribes.", "accused"),  # simple past
    ("The delegates, who are meeting in Oslo, signed the text.", "meeting"),  # progressive: now
    ("Rebels freed the nurses who have just arrived in the town.", "arrived"),  # "just": the news
    ("The mayor, who will visit the port, thanked the crews.", "visit"),  # a modal
    ("Police arrested the man who attacked the guard.", "attacked"),
    ("Rescuers searched the ruins after the strike, which has killed twelve people.", "killed"),  # an event's toll
])
def test_past_progressive_modal_or_just_done_relative_clauses_are_not_standing(nlp, text, word):
    assert not _participant_standing(_tok(nlp, text, word))


def test_a_simple_past_relative_clause_no_longer_overrules_the_lead(nlp):
    doc = nlp("The ministry sanctioned two judges whom the envoy accused of taking bribes.")
    assert not _recalled_in_clause(next(t for t in doc if t.text == "accused"))


def test_a_pluperfect_or_perfect_relative_clause_still_does(nlp):
    doc = nlp("Police questioned the guard, who had fired at the crowd.")
    assert _recalled_in_clause(next(t for t in doc if t.text == "fired"))
    doc = nlp("Farmers cheered the senator, who has opposed the tariff on grain.")
    assert _recalled_in_clause(next(t for t in doc if t.text == "opposed"))


def test_the_standing_relative_clause_marks_the_event_background(nlp):
    from tests.conftest import event_with_trigger

    e = event_with_trigger(nlp, "Oslo expelled three diplomats on Monday. It acted in solidarity with Borvia, "
                                "which has accused Tarland of staging the raid on its port.", "accused")
    assert e.background


def test_a_simple_past_relative_clause_in_the_lead_is_the_news(nlp):
    from tests.conftest import event_with_trigger

    # (the model alone does not call this one background either: the unit tests above pin the lead's part)
    e = event_with_trigger(nlp, "The finance ministry on Tuesday announced it had frozen the assets of two generals "
                                "whom the government accused of leading a smuggling ring.", "accused")
    assert not e.background
    assert _background(0.95, None, None, "2024-03-05", lead=not _recalled_in_clause(_tok(
        nlp, "The ministry sanctioned two judges whom the envoy accused of taking bribes.", "accused"))) is False
