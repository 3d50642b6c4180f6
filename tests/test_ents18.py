"""Entity hygiene round 18: page furniture lines, fragments of hyphenated names and regional adjectives, things
named like bodies (agreements, products, ship classes, acronyms of common nouns), possessive
owners inside a person's span, and acronym definitions read as datelines. Where the statistical tagger's
spans matter, they are set by hand on the parse, so each test checks the rule. Sentences written for these
tests."""

from __future__ import annotations

from conftest import mentions_with_spans as _mentions
from dossier.nlp.entities import in_dateline


def _found(nlp, text, spans=None) -> dict:
    return {m.text: m for m in _mentions(nlp, text, spans)}


# -- furniture lines -------------------------------------------------------------------------------

def test_names_in_a_related_link_box_are_furniture(nlp):
    text = ("The harbour board of Port Lune resigned on Monday.\n"
            "Related: Jane Rowe named head of the Lune Shipping Authority")
    found = _found(nlp, text, [("Port Lune", "GPE"), ("Jane Rowe", "PERSON"), ("Lune Shipping Authority", "ORG")])
    assert "Port Lune" in found
    assert "Jane Rowe" not in found and "Lune Shipping Authority" not in found


def test_a_comment_box_and_a_contact_line_are_furniture(nlp):
    text = ("Ministers met in Port Lune on Monday.\n"
            "You are commenting using your Harbournet account. Log Out /  Change )\n"
            "-- Jane Rowe can be reached at")
    found = _found(nlp, text, [("Port Lune", "GPE"), ("Harbournet", "ORG"), ("Jane Rowe", "PERSON")])
    assert set(found) == {"Port Lune"}


def test_a_short_follow_or_newsletter_prompt_is_furniture_but_a_sentence_is_not(nlp):
    text = ("Follow us on Harbournet for more\n"
            "Jane Rowe said the Lune Council would publish a newsletter on the ferry dispute next month, "
            "after talks with the Port Board and the unions ended without a deal on Monday.")
    found = _found(nlp, text, [("Harbournet", "ORG"), ("Jane Rowe", "PERSON"), ("Lune Council", "ORG")])
    assert "Harbournet" not in found
    assert "Jane Rowe" in found and "Lune Council" in found


def test_a_series_link_is_furniture(nlp):
    text = "This article is part of the dossier: Lune Crisis – the Fall of Jane Rowe\nTroops entered the city."
    found = _found(nlp, text, [("the Fall of Jane Rowe", "ORG")])
    assert not found


def test_the_fall_of_someone_is_a_happening(nlp):
    text = "Historians wrote about the Fall of Jane Rowe for years."
    assert not _found(nlp, text, [("the Fall of Jane Rowe", "ORG")])


# -- fragments ---------------------------------------------------------------------------------------

def test_a_hyphenated_place_name_is_one_name_not_its_pieces(nlp):
    found = _found(nlp, "The gang leader fled to Port-au-Prince on Monday.")
    assert "au" not in found and "Port" not in found
    assert found["Port-au-Prince"].kind == "place"


def test_a_pair_of_names_joined_by_a_hyphen_stays_apart(nlp):
    found = _found(nlp, "Russia-Ukraine talks failed again on Monday.")
    assert "Russia" in found and "Ukraine" in found


def test_a_compass_word_before_a_demonym_makes_a_regional_adjective(nlp):
    found = _found(nlp, "South American states agreed on a common tariff on Monday.")
    assert "South American" in found
    assert "American" not in found


def test_a_cut_body_name_gets_its_last_word_back(nlp):
    text = "The leader agreed to a new vote after the Organization of American States published a report."
    assert "the Organization of American States" in _found(nlp, text)


def test_a_colon_and_a_live_page_tag_end_a_name(nlp):
    text = "Talks at Varnapuram Latest Updates: ministers arrived on Monday."
    found = _found(nlp, text, [("Varnapuram Latest Updates: ministers", "ORG")])
    assert "Varnapuram" in found


# -- things named like bodies -------------------------------------------------------------------------

def test_an_acronym_defined_by_a_lower_case_phrase_is_a_thing(nlp):
    text = "Exports of liquefied natural gas (LNG) rose. The LNG market grew as Qatar sold more."
    found = _found(nlp, text, [("LNG", "ORG"), ("Qatar", "GPE")])
    assert "LNG" not in found
    assert "Qatar" in found


def test_a_hyphenated_agreement_spelt_out_drops_its_acronym(nlp):
    text = "Lune and Varna signed the Lune-Varna-Ostia Agreement (LVOA) in May. The LVOA took effect in June."
    found = _found(nlp, text, [("Lune", "GPE"), ("Varna", "GPE"), ("LVOA", "ORG")])
    assert "LVOA" not in found


def test_a_name_the_article_calls_an_agreement_or_a_system_is_no_actor(nlp):
    text = ("The ministers backed the Coastal Trade Partnership (CTP). CTP is a proposed trade agreement among "
            "nine states. The HARP is a water treatment system.")
    found = _found(nlp, text, [("Coastal Trade Partnership", "ORG"), ("HARP", "ORG")])
    assert not found


def test_a_body_the_article_calls_a_group_stays(nlp):
    found = _found(nlp, "The Lune Front is a militant group.", [("The Lune Front", "ORG")])
    assert "The Lune Front" in found


def test_a_product_before_its_noun_is_no_actor_anywhere_in_the_article(nlp):
    text = ("Kestrel debuted the Orbit Max augmented reality headset on Monday. Kestrel’s Orbit Max will cost "
            "$900. The Orbit Max runs its own software.")
    found = _found(nlp, text, [("Kestrel", "ORG"), ("Orbit Max", "ORG"), ("Kestrel’s Orbit Max", "ORG"),
                               ("The Orbit Max", "ORG")])
    assert "Kestrel" in found
    assert not any("Orbit" in t for t in found)


def test_a_broadcaster_stays_an_actor(nlp):
    text = "The minister told CBS News on Monday that talks would resume."
    found = _found(nlp, text, [("CBS News", "ORG")])
    assert "CBS News" in found


def test_a_class_of_ships_is_no_actor(nlp):
    text = "The navy's Harlan-class destroyers sailed on Monday."
    assert not _found(nlp, text, [("Harlan-class", "PERSON")])


def test_a_named_day_is_no_person(nlp):
    text = "The date is celebrated as Good Harbour Day across the province."
    assert not _found(nlp, text, [("Good Harbour Day", "PERSON")])


def test_two_countries_joined_as_an_adjective_are_no_body(nlp):
    found = _found(nlp, "Both leaders agreed to take the Indo-Pak dialogue forward.", [("the Indo-Pak", "ORG")])
    assert not found


def test_a_brand_with_a_hyphen_stays(nlp):
    found = _found(nlp, "Coca-Cola sales rose sharply.", [("Coca-Cola", "ORG")])
    assert "Coca-Cola" in found


# -- people and places ------------------------------------------------------------------------------

def test_a_possessive_owner_leaves_a_persons_name(nlp):
    text = "The host told Harbour News’ Jane Rowbotham after the summit that the deal was off."
    found = _found(nlp, text, [("Harbour News’ Jane Rowbotham", "ORG")])
    assert found["Jane Rowbotham"].kind == "person"
    assert "Harbour News" in (found["Jane Rowbotham"].role or "")


def test_a_possessive_phrase_tagged_person_is_no_person(nlp):
    text = "They visited Arjuna’s Penance and the shore temple."
    assert not _found(nlp, text, [("Arjuna’s Penance", "PERSON")])


def test_a_place_the_gazetteer_knows_whole_is_no_person(nlp):
    found = _found(nlp, "The chemical attack in Khan Sheikhoun killed dozens.", [("Khan Sheikhoun", "PERSON")])
    assert found["Khan Sheikhoun"].kind == "place"


def test_a_given_name_alone_is_the_person_named_in_full(nlp):
    text = "Police arrested Tarek Bouzidi on Monday. Supporters said Tarek had done nothing wrong."
    found = _found(nlp, text, [("Tarek Bouzidi", "PERSON"), ("Tarek", "ORG")])
    assert found["Tarek"].label == "PERSON"


def test_a_bare_surname_of_a_person_tagged_as_a_body_is_the_person(nlp):
    text = "Party leader Ilsa Vantori slammed the arrest. In another post, Vantori called it illegal."
    found = _found(nlp, text, [("Ilsa Vantori", "ORG"), ("Vantori", "ORG")])
    assert found["Ilsa Vantori"].kind == "person"
    assert found["Vantori"].kind == "person"


def test_a_capital_as_a_distance_or_a_way_back_is_a_place(nlp):
    found = _found(nlp, "The troops waited about 100 km from Conakry. The minister then headed back to Conakry.")
    assert all(m.kind == "place" and m.evidence for t, m in found.items() if t == "Conakry")


# -- datelines -----------------------------------------------------------------------------------

def test_a_body_with_its_acronym_opening_a_line_is_no_dateline(nlp):
    text = "Officials met on Monday.\nThe Harbour Supervisory Council (HSC) approved the plan."
    found = _found(nlp, text, [("The Harbour Supervisory Council", "ORG"), ("HSC", "ORG")])
    assert "The Harbour Supervisory Council" in found
    assert not in_dateline(text, text.index("HSC"))


def test_an_outlet_in_a_title_case_dateline_is_still_one():
    text = "Kabul (Pajhwok) - Officials met on Monday."
    assert in_dateline(text, text.index("Pajhwok"))


def test_a_hotel_named_with_a_possessive_is_one_place(nlp):
    text = "The delegations will meet at Lune Fisherman’s Cove Resort in Port Varna."
    found = _found(nlp, text, [("Lune Fisherman’s Cove Resort", "ORG")])
    assert found["Lune Fisherman’s Cove Resort"].kind == "place"
