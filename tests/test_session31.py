"""Thirty-first session: what a blast beside a force's unit hit."""

from __future__ import annotations

from conftest import event_with_trigger


def _recipients(e):
    return [(r.text, r.country, r.sector) for r in e.recipients]


def test_a_blast_next_to_a_patrol_hits_the_patrols_force(nlp):
    e = event_with_trigger(nlp, "A militant detonated an explosive vest next to a US patrol in the town on Wednesday.",
                           "detonated")
    assert e.type == "ASSAULT" and _recipients(e) == [("a US patrol", "USA", "MIL")]


def test_an_army_checkpoint_in_a_town_is_that_countrys_army(nlp):
    e = event_with_trigger(nlp, "A car bomb exploded outside an army checkpoint in Mogadishu on Wednesday.", "exploded")
    assert _recipients(e) == [("an army checkpoint", "SOM", "MIL")]


def test_a_checkpoint_of_no_named_force_is_no_force(nlp):
    e = event_with_trigger(nlp, "A roadside bomb exploded near a checkpoint on the coast road on Wednesday.", "exploded")
    assert not any(r.sector in ("MIL", "COP") for r in e.recipients)


def test_a_protest_is_aimed_at_whom_its_purpose_names(nlp):
    e = event_with_trigger(nlp, "Hundreds of demonstrators gathered in the capital on Monday to protest against "
                                "President Xi's visit.", "gathered")
    assert e.type == "PROTEST" and [r.name for r in e.recipients] == ["Xi Jinping"]
    e = event_with_trigger(nlp, "Thousands of protesters marched on Monday to demand the governor's resignation.",
                           "marched")
    assert [r.text for r in e.recipients] == ["the governor"]


def test_a_protest_purpose_that_names_a_place_names_no_one(nlp):
    e = event_with_trigger(nlp, "Hundreds of farmers marched on Monday to protest in front of the city hall.", "marched")
    assert e.recipients == []


def test_gunmen_from_a_group_are_the_groups(nlp):
    e = event_with_trigger(nlp, "Gunmen from al-Shabaab attacked a hotel in Mogadishu on Monday.", "attacked")
    assert [(r.name, r.sector) for r in e.actors] == [("Al-Shabaab", "REB")]
    e = event_with_trigger(nlp, "Gunmen from the village attacked a police post on Monday.", "attacked")
    assert all(r.sector != "REB" for r in e.actors)
