"""Actors, issue 17 items 1-4 (test8's blind actor verdicts): a person's country from the office the
article gives them before the name or in a relative clause; a bare office takes the setting's country
only when one country clearly leads and never for a calling; an acronym takes the article's expansion,
never a known body the article contradicts; bare titles, ships and a state's formal name are no bodies.
Sentences written for these tests; facts may be invented."""

from __future__ import annotations

from conftest import actor_of, resolved
from dossier.nlp.entities import entity_mentions  # noqa: F401  (loads the pipeline the fixture builds)
from dossier.resolve.context import acronyms


def test_an_office_in_apposition_before_the_name_places_the_person(nlp):
    an, r = resolved(nlp, "The commander of the Armed Forces of Chile, General Tomas Reyes, said on Monday "
                          "that the drills would continue.")
    a = actor_of(an, r, "Tomas Reyes")
    assert a is not None and (a.country, a.sector) == ("CHL", "MIL")


def test_an_office_in_a_relative_clause_places_the_person(nlp):
    an, r = resolved(nlp, "Carlos Medina, who was dismissed on Sunday as commander of the Peruvian Army, "
                          "was arrested on Tuesday.")
    a = actor_of(an, r, "Carlos Medina")
    assert a is not None and (a.country, a.sector) == ("PER", "MIL")


def test_a_caretaker_prime_minister_is_the_countrys(nlp):
    an, r = resolved(nlp, "The strikes came while Pakistan’s caretaker PM Tariq Hameed was meeting donors in Geneva.")
    a = actor_of(an, r, "Tariq Hameed")
    assert a is not None and (a.country, a.sector) == ("PAK", "GOV")


def test_a_bare_office_in_a_two_sided_story_stays_unplaced(nlp):
    an, r = resolved(nlp, "Venezuela voted on Sunday and Venezuela's government hailed the result. Guyana "
                          "rejected the vote, and Guyana's leaders said Guyana would not yield. Defense Minister "
                          "Pedro Ramos praised the turnout.")
    a = actor_of(an, r, "Pedro Ramos")
    assert a is not None and a.country is None


def test_a_bare_office_in_a_one_country_story_is_placed(nlp):
    an, r = resolved(nlp, "Peru's congress met on Monday. Lawmakers in Peru debated the budget for Peru's "
                          "regions. Defense Minister Pedro Ramos backed the plan.")
    a = actor_of(an, r, "Pedro Ramos")
    assert a is not None and a.country == "PER"


def test_a_calling_takes_no_country_from_the_setting(nlp):
    an, r = resolved(nlp, "France opened the games on Friday. French athletes sailed down the Seine and "
                          "France's president watched from a bridge in Paris. Singer Lena Marlowe closed the night.")
    a = actor_of(an, r, "Lena Marlowe")
    assert a is not None and a.country is None


def test_the_articles_expansion_outranks_the_known_agency(nlp):
    an, r = resolved(nlp, "The Armed Forces of the Philippines (AFP) said two of its boats were rammed. "
                          "The AFP later released a video of the clash.")
    placed = [r.actors[m.actor_id] for m in an.mentions if m.text == "AFP" and m.actor_id]
    assert placed and all(a.country == "PHL" and a.sector == "MIL" for a in placed)


def test_soldiers_contradict_a_news_agency(nlp):
    an, r = resolved(nlp, "An AFP soldier lost a thumb when the boats collided, the navy said.")
    a = actor_of(an, r, "AFP")
    assert a is None or (a.country is None and a.sector != "MED")
    an, r = resolved(nlp, "An AFP reporter filmed the boats as they collided, the navy said.", aid="r17b")
    assert actor_of(an, r, "AFP").sector == "MED"  # a reporter agrees with the agency


def test_a_short_form_in_another_languages_letters_is_the_body_before_it():
    found = acronyms("Officers will support the National Police (PNH) across the capital.")
    assert found.get("PNH") == "National Police"
    assert "ELN" not in acronyms("Talks with the National Liberation Army (ELN) resumed.")


def test_the_acronym_and_the_body_it_abbreviates_are_one_actor(nlp):
    an, r = resolved(nlp, "Kenyan officers were met by the PNH commanders. They will back the National Police "
                          "(PNH) in its patrols, and the PNH welcomed them.")
    ids = {m.actor_id for m in an.mentions if m.text in ("PNH", "the National Police", "National Police")}
    assert len(ids) == 1 and None not in ids


def test_bare_titles_ships_and_formal_state_names(nlp):
    an, r = resolved(nlp, "The Prime Minister of the Commonwealth of Dominica spoke on Monday. The Senegalese "
                          "Head of State, Macky Sall, addressed the Nation. The MV Ocean Star sank near the coast.")
    names = {r.actors[m.actor_id].name for m in an.mentions if m.actor_id}
    assert not any("Head of State" in n or n == "Nation" or "Ocean Star" in n for n in names)
    assert "Dominica" in names and "Commonwealth" not in names


def test_an_agency_before_photo_is_a_credit(nlp):
    an, _ = resolved(nlp, "Boats surround a supply ship near the reef. AFP Photo\n\nThe coast guard seized "
                          "two small boats on Monday.")
    assert not any(m.text == "AFP" for m in an.mentions)


def test_praise_before_a_calling_keeps_the_stated_country(nlp):
    an, r = resolved(nlp, "Pakistan's noted journalist Amir Qureshi said the arrest took place at the court gate.")
    a = actor_of(an, r, "Amir Qureshi")
    assert a is not None and a.country == "PAK"
