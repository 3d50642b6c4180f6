"""Sector codes: only the guidelines' codes go out, and the words that tell them (sectors20)."""

from __future__ import annotations

import re
from importlib import resources

import yaml

from dossier.resolve.kb import GUIDELINE_SECTORS, guideline_sector, load_kb
from dossier.resolve.resolver import _body_agent_sector, _service_sector, sector_of


def _guideline_codes() -> set[str]:
    """The codes GUIDELINES.md lists, as this module spells them (kept in step by hand)."""
    return {"GOV", "MIL", "POL", "JUD", "LEG", "PTY", "REB", "CRM", "CVL", "BUS", "MED", "EDU", "HLH", "REL", "IGO",
            "NGO", "SPT", "ENT"}


def test_guideline_codes_are_the_only_codes():
    assert set(GUIDELINE_SECTORS) == _guideline_codes()
    assert guideline_sector("COP") == "POL"
    assert guideline_sector("SPY") == "GOV"  # a state's intelligence service is its government's agency
    assert guideline_sector("OPP") is None
    assert guideline_sector("CVL", "organisation") == "NGO"  # a body is no ordinary people
    assert guideline_sector("CVL") == "CVL"
    assert guideline_sector(None) is None


def test_every_word_list_and_data_file_speaks_guideline_codes():
    words = yaml.safe_load(resources.files("dossier.resolve").joinpath("data/sectors.yaml").read_text("utf-8"))
    assert set(words) <= _guideline_codes()
    nouns = yaml.safe_load(resources.files("dossier.nlp").joinpath("data/participants.yaml").read_text("utf-8"))
    assert {k for k in nouns if k is not None} <= _guideline_codes()
    kb = load_kb()
    assert {e.sector for e in kb.entries.values() if e.sector} <= _guideline_codes()
    assert kb.agent_sector("police officer") == "POL"
    assert kb.agent_sector("intelligence officer") == "GOV"
    assert kb.agent_sector("a former spy") is None  # a spy names no service, nor that they still serve it


def test_known_bodies_get_guideline_codes():
    kb = load_kb()
    assert kb.lookup("Amnesty International").sector == "NGO"
    assert kb.lookup("CIA").sector == "GOV"
    assert kb.lexicon_entry("FBI", "org").sector == "POL"
    assert kb.lexicon_entry("Greenpeace", "org").sector == "NGO"


def test_title_words():
    assert sector_of("House Speaker") == "LEG"
    assert sector_of("a congressional delegation") == "LEG"
    assert sector_of("rebel commander") == "REB"  # the more specific trade: a rebel who commands
    assert sector_of("president of the national bar association") == "NGO"
    assert sector_of("Kenya Medical Association") == "HLH"
    assert sector_of("Health Minister") == "GOV"
    assert sector_of("ex-Russian spy") is None
    assert sector_of("chief of military intelligence") == "MIL"
    assert sector_of("harbour police chief") == "POL"


def test_an_officer_takes_the_service_its_phrase_names():
    assert _service_sector("the officers") is None
    assert _service_sector("army officers") == "MIL"
    assert _service_sector("three police officers") == "POL"
    assert _service_sector("two soldiers") is None  # a head with a sector of its own is not this rule's


def test_a_generic_office_takes_the_trade_its_phrase_names():
    assert _service_sector("a congressional delegation") == "LEG"
    assert _service_sector("military officials") == "MIL"
    assert _service_sector("opposition leader") == "PTY"
    assert _service_sector("Chinese officials") is None  # the head's own GOV follows
    assert _service_sector("Foreign Ministry officials") is None


def test_a_civilian_noun_in_a_body_name_gives_no_sector():
    assert _body_agent_sector("CVL") is None
    assert _body_agent_sector("MIL") == "MIL"


def _resolved(nlp, text: str):
    from dossier.nlp import analyse
    from dossier.records import Article
    from dossier.resolve import Resolver

    r = Resolver()
    an = r.resolve(analyse(Article(id="t", source="test", text=text, published="2024-06-25"), nlp))
    return an, r


def test_roles_and_participants_in_context(nlp):
    an, r = _resolved(nlp, "Tomas Ferrer, leader of the Revolutionary Armed Forces of Colombia, signed the accord "
                           "with the government in Havana on Monday.")
    m = next(m for m in an.mentions if m.text == "Tomas Ferrer")
    assert r.actors[m.actor_id].sector == "REB"  # the body's own name is no title: not MIL
    an, r = _resolved(nlp, "Protesters stormed parliament in Nairobi on Tuesday, and lawmakers fled the chamber.")
    secs = {x.text: x.sector for ev in an.events for x in (*ev.actors, *ev.recipients)}
    assert secs.get("parliament") in ("LEG", None)
    an, _ = _resolved(nlp, "The army said that an officer and two soldiers were killed in the clash in Ladakh.")
    for ev in an.events:
        for x in (*ev.actors, *ev.recipients):
            if re.fullmatch(r"(an )?officer", x.text):
                assert x.sector is None  # not police: an army's officer
    codes = _guideline_codes()
    assert all(x.sector in codes | {None} for ev in an.events for x in (*ev.actors, *ev.recipients))
