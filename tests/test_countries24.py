"""Countries, round 24: the countries an article gives its parties and agencies. A few national parties and
agencies news names bare are in the knowledge base; a party known by a name of its own and the word "party"
("Jatiya Party") takes the country of a report on one country, and none in a report on two. Test sentences are
written for these tests."""

from __future__ import annotations

from conftest import resolved
from dossier.resolve import load_kb
from dossier.resolve.resolver import _named_party


def countries_of(an, word: str) -> set:
    found = {m.country for m in an.mentions if word in m.text}
    found |= {r.country for e in an.events for r in (*e.actors, *e.recipients) if word in r.text}
    return found


def test_the_knowledge_base_knows_national_parties_and_agencies():
    kb = load_kb()
    spy = kb.lookup("FSB").sector  # the intelligence services keep the sector the guidelines give the FSB
    for name, country, sector in (("GRU", "RUS", spy), ("SNP", "GBR", "PTY"), ("DUP", "GBR", "PTY"),
                                  ("Plaid Cymru", "GBR", "PTY"), ("Komeito", "JPN", "PTY"), ("UMNO", "MYS", "PTY"),
                                  ("Parti Keadilan Rakyat", "MYS", "PTY"), ("Awami League", "BGD", "PTY"),
                                  ("DNC", "USA", "PTY"), ("MEA", "IND", "GOV")):
        e = kb.lookup(name)
        assert e is not None and (e.country, e.sector) == (country, sector), name


def test_names_several_countries_parties_share_are_left_to_the_context():
    kb = load_kb()
    for name in ("Liberal Democrats", "Sinn Fein", "Conservative Party"):
        e = kb.lookup(name)
        assert e is None or e.country is None, name


def test_a_party_named_by_a_name_of_its_own():
    assert _named_party("Jatiya Party") and _named_party("the Awami League party")
    assert not _named_party("the ruling party") and not _named_party("Party")


def test_a_party_in_a_report_on_one_country_is_that_countrys(nlp):
    an = resolved(nlp, "Voters in Bangladesh went to the polls on Sunday in an election boycotted by the main "
                       "opposition. Bangladesh's election commission said turnout was low across the country. "
                       "The Nagorik Party won eleven seats, the commission said. Police in Dhaka, the capital of "
                       "Bangladesh, detained several opposition activists. Bangladesh has held four elections "
                       "since 2008.", published="2024-05-02")[0]
    assert countries_of(an, "Nagorik") - {None} == {"BGD"}


def test_a_party_in_a_report_on_two_countries_takes_neither(nlp):
    an = resolved(nlp, "Leaders of India and Pakistan met in Geneva on Monday. India said the talks were useful and "
                       "Pakistan said they were frank. The Tehreek Party criticised the talks, its spokesman said. "
                       "India and Pakistan agreed to meet again.", published="2024-05-02")[0]
    assert not countries_of(an, "Tehreek") - {None}


def test_a_party_named_by_its_members_in_a_report_on_one_country(nlp):
    assert _named_party("The Liberal Democrats") and _named_party("Free Democrats")
    assert not _named_party("Democrats") and not _named_party("The Greens")
    an = resolved(nlp, "Britain's opposition won a large majority in the general election on Thursday. Turnout in "
                       "the UK was the lowest since 2001. The Liberal Democrats won 50 seats, their best result in a "
                       "century. Polls in London closed at ten, and Britain will have a new prime minister on Friday.",
                  published="2024-05-02")[0]
    assert countries_of(an, "Liberal Democrats") - {None} == {"GBR"}
