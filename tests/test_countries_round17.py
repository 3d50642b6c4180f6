"""Countries, round 17 (issue 17 item 3): a country only from evidence about the entity. A common word
inside a body's name is no place ("Unity", "Line"); "the West African country" describes a country the
article names, it is not the state the adjective also names."""

from __future__ import annotations

from conftest import resolved
from dossier.resolve import load_kb
from dossier.resolve.context import common_word, name_country


def test_a_common_word_in_a_name_places_nothing():
    kb = load_kb()
    assert common_word("unity") and common_word("line") and not common_word("texas")
    assert name_country("National Unity Government", kb) is None  # not South Sudan's Unity state
    assert name_country("Blue Line", kb) is None  # not the Line Islands
    assert name_country("Texas Department of Public Safety", kb).country == "USA"
    assert name_country("Hawaii Emergency Management Agency", kb).country == "USA"


def test_a_region_adjective_describing_a_country_is_not_that_state(nlp):
    an = resolved(nlp, "N'DJAMENA: France handed its last base in Chad to the army on Friday, withdrawing its "
                       "troops from the Central African country, officials said.", published="2024-05-02")[0]
    assert not [m for m in an.mentions if m.text.startswith("Central African") and m.country == "CAF"]
    assert any(m.country == "TCD" for m in an.mentions if m.text == "Chad")
    an = resolved(nlp, "France has 1,000 troops in the Central African country providing support to Chad's army.",
                  published="2024-05-02")[0]
    assert not [m for m in an.mentions if m.text.startswith("Central African") and m.country == "CAF"]


def test_a_body_several_states_set_up_takes_no_country_from_the_dateline(nlp):
    an = resolved(nlp, "BEIJING: The visiting minister toured the New Development Bank, a lender founded by five "
                       "developing nations, on Monday. The Defense Ministry said talks went well.",
                  published="2024-05-02")[0]
    bank = [m for m in an.mentions if "Development Bank" in m.text]
    assert bank and all(m.country is None for m in bank)
    assert {m.country for m in an.mentions if m.text.endswith("Defense Ministry")} == {"CHN"}  # the setting still places


def test_the_leader_of_a_placed_party_is_of_its_country(nlp):
    an = resolved(nlp, "The bill passed after the Georgian Dream party, led by billionaire tycoon Levan Abashidze, "
                       "overrode the veto on Tuesday.", published="2024-05-02")[0]
    assert {m.country for m in an.mentions if m.text == "Levan Abashidze"} == {"GEO"}


def test_a_region_that_is_also_a_big_city_elsewhere_is_not_answered():
    from dossier.resolve.places import gazetteer

    assert gazetteer().find("Portland") is None  # a Jamaican parish, and Oregon's largest city
    assert gazetteer().find("Kent") == ("GBR", "region")  # a small namesake leaves the county standing
    assert gazetteer().find("Jerusalem")[0] == "ISR"


def test_a_demonym_spelt_from_the_country_name_is_that_country():
    kb = load_kb()
    assert kb.lookup("Ecuadoran").country == "ECU"  # Ecuador + -an, as the lists' "Ecuadorian"
    assert kb.lookup("Tigrayan") is None  # a region's people: no country from the word alone
    assert kb.lookup("Christian") is None and kb.lookup("Republican") is None


def test_a_nationality_before_a_lower_case_calling_places_the_person(nlp):
    an = resolved(nlp, "QUITO: Ecuadoran presidential candidate Marco Salcedo was shot dead after a rally on "
                       "Wednesday, officials said.", published="2024-05-02")[0]
    assert {m.country for m in an.mentions if m.text == "Marco Salcedo"} == {"ECU"}


def test_a_nationality_glued_to_another_word_places_no_one(nlp):
    an = resolved(nlp, "BAGHDAD: Iranian-backed militia leader Qais Hamdani was arrested on Monday, police said.",
                  published="2024-05-02")[0]
    assert all(m.country != "IRN" for m in an.mentions if m.text == "Qais Hamdani")
