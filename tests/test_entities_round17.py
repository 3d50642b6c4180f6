"""Vessels and pipelines named by their context, company names, curly possessives and surnames of people
(issue 17 item 1; sentences written for these tests)."""

from __future__ import annotations

from dossier.nlp.entities import entity_mentions
from dossier.records import Article


def mentions(nlp, text: str):
    return entity_mentions(nlp(text), Article("t1", "test", text))


def texts(nlp, text: str) -> set[str]:
    return {m.text for m in mentions(nlp, text)}


def test_a_ship_named_in_apposition_is_no_actor_anywhere_in_the_article(nlp):
    got = texts(nlp, "The owner of the ship, Northern Lark, stated that armed men boarded it at night. "
                     "The Northern Lark was later taken to a port in the south.")
    assert not any("Lark" in t for t in got)


def test_a_ship_noun_after_the_name_makes_it_a_vessel(nlp):
    got = texts(nlp, "The company that owns the Silver Harbour ship said it had lost contact with the crew.")
    assert not any("Silver Harbour" in t for t in got)


def test_a_pipeline_named_after_its_noun_is_no_actor(nlp):
    got = texts(nlp, "On Sunday the Finnish-Estonian gas pipeline Nordic Link suffered a sudden drop in pressure.")
    assert "Nordic Link" not in got
    assert "Finnish" in got


def test_a_person_after_a_comma_following_ship_stays(nlp):
    got = texts(nlp, "Rebels boarded the ship, Yahya Saree said on Monday.")
    assert "Yahya Saree" in got


def test_a_company_ending_in_carriers_is_an_organisation(nlp):
    ms = mentions(nlp, "Two other vessels listed as managed by Ray Car Carriers altered their routes on Sunday.")
    by = {m.text: m for m in ms}
    assert by["Ray Car Carriers"].kind == "organisation"


def test_the_manager_of_a_vessel_is_a_company(nlp):
    ms = mentions(nlp, "The Panama-flagged vessel is managed by Bernhard Schulte Ship in the UK.")
    by = {m.text: m for m in ms}
    assert by["Bernhard Schulte Ship"].kind == "organisation"


def test_a_person_who_manages_a_ship_under_a_title_stays_a_person(nlp):
    ms = mentions(nlp, "The ship is managed by Captain Peter Olsen, who has sailed for twenty years.")
    assert {m.kind for m in ms if "Olsen" in m.text} == {"person"}


def test_a_curly_quote_possessive_is_cut_off_a_country(nlp):
    ms = mentions(nlp, "The president stressed the importance of China‘s stable development for the region.")
    assert "China‘s" not in {m.text for m in ms}
    china = [m for m in ms if m.text == "China"]
    assert china and china[0].kind == "country"


def test_a_surname_that_is_also_a_body_is_the_person_the_article_names(nlp):
    ms = mentions(nlp, "The deal was signed by Foreign Minister Thérèse Wagner and Foreign Minister Olivier "
                       "Nduhungirehe. Wagner said it was a good day for peace.")
    wagner = [m for m in ms if m.text.endswith("Wagner")]
    assert wagner and all(m.kind == "person" for m in wagner)
    assert all(m.actor_id is None or "wagner" not in m.actor_id for m in wagner)


def test_the_wagner_group_alone_stays_a_body(nlp):
    ms = mentions(nlp, "Fighters from Wagner were seen near the border, officials said.")
    assert [m.kind for m in ms if m.text == "Wagner"] != ["person"]


def test_a_magistrate_in_apposition_is_a_person(nlp):
    ms = mentions(nlp, "Octavio Rothschuh, a magistrate on the city appeals court, said the ruling was final.")
    assert {m.kind for m in ms if m.text == "Octavio Rothschuh"} == {"person"}


def test_an_economic_zone_is_a_place(nlp):
    ms = mentions(nlp, "Damage was found in the Finnish Exclusive Economic Zone, close to the middle of the gulf.")
    assert {m.kind for m in ms if "Economic Zone" in m.text} == {"place"}


def test_a_navy_ship_keeps_its_name(nlp):
    got = texts(nlp, "An Indian navy ship, the INS Vikrant, was escorting merchant vessels when it was attacked.")
    assert any("Vikrant" in t for t in got)


def test_a_merchant_vessel_named_after_its_noun_is_no_actor(nlp):
    got = texts(nlp, "The destroyer picked up a distress call from the merchant vessel Abay, which flies a foreign "
                     "flag. The Abay was far from port.")
    assert not any("Abay" in t for t in got)


def test_a_given_name_read_as_a_people_joins_the_surname(nlp):
    ms = mentions(nlp, "The agreement was signed by Foreign Minister Olivier Nduhungirehe of Rwanda and his "
                       "Congolese counterpart Therese Kayikwamba Wagner and was witnessed by officials.")
    got = {m.text: m.kind for m in ms}
    assert got.get("Therese Kayikwamba Wagner") == "person"
    assert got.get("Congolese") == "group"
