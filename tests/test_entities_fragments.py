"""A name inside a longer capitalised name, given names read as roles, respelt given names (issue 17
items 1-2; sentences written for these tests)."""

from __future__ import annotations

from conftest import resolved
from dossier.nlp.entities import entity_mentions
from dossier.records import Article
from dossier.resolve.names import name_key, same_person


def mentions(nlp, text: str):
    return entity_mentions(nlp(text), Article("t1", "test", text))


def test_a_body_named_with_a_capitalised_connector_is_one_name(nlp):
    an = resolved(nlp, "Delhi has outlawed Sikhs For Justice, a group that campaigns from abroad, officials said.")[0]
    texts = {m.text for m in an.mentions}
    assert "Justice" not in texts
    assert "Sikhs For Justice" in texts


def test_a_headline_in_title_case_keeps_its_names(nlp):
    ms = mentions(nlp, "Trump Says Russia Must End War In Ukraine")
    ids = {m.actor_id for m in ms}
    assert {"rus", "ukr"} <= ids


def test_a_title_before_a_name_does_not_extend_it(nlp):
    ms = mentions(nlp, "Officials said Russian President Vladimir Putin met Chinese leader Xi Jinping on Tuesday.")
    by = {m.text: m for m in ms}
    assert by["Vladimir Putin"].actor_id == "rus-putin"
    assert "Russian" in by


def test_g20_is_not_the_g8(nlp):
    ms = mentions(nlp, "Finance ministers met at the G20 summit in New Delhi to discuss debt relief.")
    g = [m for m in ms if m.text == "G20"]
    assert g and g[0].actor_id != "igo-g8"


def test_a_given_name_before_a_short_form_is_the_name_not_a_role(nlp):
    an = resolved(nlp, "Somaliland President Muse Bihi Abdi met traders in Hargeisa. "
                       "Later Bihe Abdi said the port deal would stand.")[0]
    short = [m for m in an.mentions if m.text.endswith("Abdi") and m.text != "Muse Bihi Abdi"]
    full = [m for m in an.mentions if m.text == "Muse Bihi Abdi"]
    assert short and full
    assert short[0].text == "Bihe Abdi" and not (short[0].role or "").startswith("Bihe")
    assert short[0].actor_id == full[0].actor_id


def test_one_respelt_given_name_with_a_dropped_one_is_the_same_person():
    assert same_person(name_key("Muse Bihi Abdi"), name_key("Bihe Abdi"))
    assert same_person(name_key("Taye Atske Selassie"), name_key("Atske Selassie"))
    # two given names each respelt, or a short given name one letter off, are not enough
    assert not same_person(name_key("Muse Bihi Abdi"), name_key("Mose Bihe Abdi"))
    assert not same_person(name_key("John Mark Smith"), name_key("Mary Smith"))
