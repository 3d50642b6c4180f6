"""Entity hygiene for date furniture, portfolios, sites and ages (issue 17). The model's entity spans are
set by hand on the parse, so each test checks the rule and not what the statistical tagger happens to tag.
Sentences written for these tests."""

from __future__ import annotations

from spacy.tokens import Span

from dossier.nlp.entities import entity_mentions
from dossier.records import Article


def _mentions(nlp, text: str, spans: list[tuple[str, str]]):
    doc = nlp(text)
    ents = []
    for words, label in spans:
        start = text.index(words)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None, words
        ents.append(span)
    doc.ents = [Span(doc, s.start, s.end, label=s.label_) for s in sorted(ents, key=lambda s: s.start)]
    return {m.text: m for m in entity_mentions(doc, Article("t1", "test", text))}


def test_a_weekday_printed_before_a_date_is_no_name(nlp):
    text = "4 minutes ago Sun, 16 Feb 2025 09:10 GMT\n\nThe harbour board met on Sunday in Port Lune."
    found = _mentions(nlp, text, [("Sun", "ORG"), ("Port Lune", "GPE")])
    assert "Sun" not in found
    assert "Port Lune" in found


def test_the_sun_as_a_newspaper_stays(nlp):
    text = "The Sun reported on Monday that the harbour board had resigned."
    found = _mentions(nlp, text, [("Sun", "ORG")])
    assert "Sun" in found


def test_portfolio_before_a_named_persons_title_is_no_body(nlp):
    text = "He flew in with National Security Advisor Jane Rowe and two aides on Monday."
    found = _mentions(nlp, text, [("National Security", "ORG"), ("Jane Rowe", "PERSON")])
    assert "National Security" not in found
    assert found["Jane Rowe"].kind == "person"


def test_a_body_before_a_title_noun_stays(nlp):
    text = "The National Security Council met on Monday, and the Council chair Jane Rowe spoke."
    found = _mentions(nlp, text, [("National Security Council", "ORG"), ("Jane Rowe", "PERSON")])
    assert "National Security Council" in found


def test_a_market_or_a_monastery_is_a_place(nlp):
    text = "Shoppers fled the Lune Weekend Market and monks stayed inside the Varna Monastery on Monday."
    found = _mentions(nlp, text, [("Lune Weekend Market", "ORG"), ("Varna Monastery", "PERSON")])
    assert found["Lune Weekend Market"].kind == "place"
    assert found["Varna Monastery"].kind == "place"


def test_an_age_in_apposition_makes_a_person_and_the_full_name_follows(nlp):
    text = ("Okonkwo, 79, was taken to the court on Tuesday. Supporters of Chidi Okonkwo gathered outside "
            "the building.")
    found = _mentions(nlp, text, [("Okonkwo", "ORG"), ("Chidi Okonkwo", "ORG")])
    assert found["Okonkwo"].label == "PERSON"
    assert found["Chidi Okonkwo"].label == "PERSON"
