"""sectors22: sectors analysts expect from titles, described participants, bodies' descriptors and the lexicon.

Test sentences are written for these tests; the facts they use are public."""

from __future__ import annotations

import pytest

from dossier.resolve import load_kb
from dossier.resolve.resolver import _head_sector, sector_of

from conftest import event_with_trigger


@pytest.mark.parametrize("title, sector", [
    ("Turkish defence minister", "GOV"),   # a minister is GOV whatever the ministry (PLOVER agents: GOV)
    ("the Ministry of Defence", "GOV"),
    ("Defense Ministry", "GOV"),
    ("army chief", "MIL"),
    ("the presidential guard", "MIL"),      # a unit of soldiers, not police
    ("mercenary leader", "REB"),
    ("leader of the mutinous troops", "REB"),
    ("Speaker of the Lok Sabha", "LEG"),
    ("opposition MPs", "LEG"),
    ("Chinese state outlet", "MED"),
    ("Russian news channel", "MED"),
    ("Suzuki Motor Corp", "BUS"),
    ("Sumitomo Mitsui Trust Holdings", "BUS"),
    ("European Council", "IGO"),
    ("Amnesty International", "NGO"),
    ("Kenya Medical Association", "HLH"),
    ("the law society", "NGO"),
    ("civilian leader", "GOV"),
])
def test_sector_words(title, sector):
    assert sector_of(title) == sector


@pytest.mark.parametrize("phrase, sector", [
    ("three militants", "REB"),
    ("the mercenaries", "REB"),
    ("the presidential guard", "MIL"),
    ("lawmakers", "LEG"),
    ("the attorney general", "JUD"),  # the longest listed phrase at the head: not a general
    ("army officers", None),           # a modifier alone decides nothing here
    ("rebel-held towns", None),
])
def test_head_sector(phrase, sector):
    assert _head_sector(phrase) == sector


def test_lexicon_legislature_and_court_from_cameo_branch():
    kb = load_kb()
    lok = kb.lexicon_entry("Lok Sabha", "org")
    assert lok is not None and (lok.country, lok.sector) == ("IND", "LEG")
    scotus = kb.lexicon_entry("Supreme Court of the United States", "org")
    assert scotus is not None and scotus.sector == "JUD"


def test_minister_of_defence_is_gov(nlp):
    ev = event_with_trigger(nlp, "Turkish defence minister Hulusi Akar met Russian Defence Minister Sergei Shoigu "
                                 "in Sochi on Friday to discuss grain shipments.", "met")
    assert [(r.country, r.sector) for r in ev.actors] == [("TUR", "GOV")]


def test_described_militants_are_rebels(nlp):
    ev = event_with_trigger(nlp, "Soldiers killed four militants near the border on Sunday, the army said.",
                            "killed")
    assert [r.sector for r in ev.recipients] == ["REB"]


def test_presidential_guard_is_military(nlp):
    ev = event_with_trigger(nlp, "Members of the presidential guard detained the president in the capital on "
                                 "Wednesday.", "detained")
    assert [r.sector for r in ev.actors] == ["MIL"]


def test_descriptor_gives_a_body_its_sector(nlp):
    ev = event_with_trigger(nlp, "Chinese state outlet Global Times accused Washington of provocation on Monday.",
                            "accused")
    assert [(r.country, r.sector) for r in ev.actors] == [("CHN", "MED")]


@pytest.mark.parametrize("phrase, sector", [
    ("mutinous troops", "REB"),
    ("the rebel leader", "REB"),
    ("military TV", "MED"),       # the head noun says what it is
    ("diplomats", "GOV"),         # a plural's singular
    ("ministers", "GOV"),
    ("police officer", "POL"),
])
def test_noun_sectors(phrase, sector):
    from dossier.resolve.resolver import _noun_sector_of

    assert (_head_sector(phrase) if phrase.split()[0] in ("mutinous", "the") else _noun_sector_of(phrase)) == sector


def test_ministry_initials_are_no_brand():
    from dossier.resolve.context import BRAND

    assert not BRAND.match("MoD") and BRAND.match("SpaceX")


def test_defence_ministers_in_the_kb_are_gov():
    kb = load_kb()
    assert kb.lookup("Sergei Shoigu").sector == "GOV"
    assert kb.lookup("Russian Defence Ministry").sector == "GOV"
    assert kb.lookup("Wagner Group").sector is None  # a private military company: no rebel (test120 analysts)


def test_a_state_named_as_a_state_has_no_sector_but_its_secretary_has(nlp):
    ev = event_with_trigger(nlp, "The US secretary of state condemned the coup in a statement on Monday.",
                            "condemned")
    assert [(r.country, r.sector) for r in ev.actors] == [("USA", "GOV")]
    ev = event_with_trigger(nlp, "Four Arab states cut ties with Qatar on Monday and accused the Gulf state of "
                                 "backing militants.", "accused")
    assert [r.sector for r in ev.recipients if r.country == "QAT"] in ([None], [])


def test_names_words_are_no_titles(nlp):
    """The words of names kept in sector_names.yaml never become title words of nlp/entities.py."""
    from dossier.nlp.entities import _title_words

    assert not {"radio", "european", "amnesty", "international", "holdings", "presidential", "house"} & _title_words()
    ev = event_with_trigger(nlp, "Amnesty International said on Tuesday that police had killed five protesters in "
                                 "Nairobi.", "killed")
    assert ev is not None
    ev = event_with_trigger(nlp, "Amnesty International accused the Kenyan police of killing five protesters on "
                                 "Tuesday.", "accused")
    assert [(r.text, r.sector) for r in ev.actors] == [("Amnesty International", "NGO")]
