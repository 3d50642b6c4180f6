"""Background round 14: recalled context told by the clause's own time words, by a perfect held for a span, by
a participle describing a participant, and the headline's news told with the body's adjective for a country
named in a hyphened title. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from conftest import analysed_events
from dossier.link.background import _named_by_headline
from dossier.nlp.events import _describes_a_participant, _earlier_time_phrase, _perfect_for_a_span
from dossier.records import ActorRef, EventMention


def _tok(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text,word,published", [
    ("The army that seized power in a coup last year unleashed a crackdown.", "coup", None),
    ("The generals were sentenced to prison in March and June.", "sentenced", None),
    ("The junta crushed the 2019 uprising with force.", "uprising", "2024-05-02"),
    ("Protesters marched on the palace two years ago.", "marched", "2024-05-02"),
    ("The council banned the party earlier this year.", "banned", "2024-05-02"),
])
def test_the_clauses_own_earlier_time_recalls_it(nlp, text, word, published):
    assert _earlier_time_phrase(_tok(nlp, text, word), published)


@pytest.mark.parametrize("text,word,published", [
    ("The generals were sentenced to prison on March 3.", "sentenced", None),  # a day: the dates decide
    ("Police will arrest the organisers in March.", "arrest", None),  # not told as done
    ("Police arrested 2000 protesters on Monday.", "protesters", "2024-05-02"),  # a count, not a year
    ("The council banned the party in March.", "banned", "2024-05-02"),  # a month of a dated report: its date
])
def test_a_day_a_plan_or_a_count_is_no_earlier_period(nlp, text, word, published):
    assert not _earlier_time_phrase(_tok(nlp, text, word), published)


def test_a_perfect_held_for_a_span_is_recalled(nlp):
    assert _perfect_for_a_span(_tok(nlp, "For over a year, the premier has accused Borvia of plotting.", "accused"))
    assert _perfect_for_a_span(_tok(nlp, "The editor has been detained for three weeks.", "detained"))
    assert not _perfect_for_a_span(_tok(nlp, "The premier has accused Borvia of plotting.", "accused"))
    assert not _perfect_for_a_span(_tok(nlp, "The premier accused Borvia for a week.", "accused"))


def test_a_clause_describing_a_participant_is_recalled(nlp):
    assert _describes_a_participant(_tok(nlp, "The Free Assembly, a movement outlawed by the council, called for "
                                              "a strike.", "outlawed"))
    assert _describes_a_participant(_tok(nlp, "It raised fears for dozens of other students convicted of similar "
                                              "offences.", "convicted"))
    # the news's own details, and a simple past relative clause, are left to the rest
    assert not _describes_a_participant(_tok(nlp, "The strike, carried out by Borvia on Monday, killed six.",
                                                  "carried"))
    assert not _describes_a_participant(_tok(nlp, "Police arrested the general, who tried to storm the palace.",
                                                  "tried"))
    # a past perfect relative clause is the news's scene as often as an earlier act
    assert not _describes_a_participant(_tok(nlp, "Villagers who had gathered at the gate cheered as he left.",
                                                  "gathered"))
    assert not _describes_a_participant(_tok(nlp, "Three soldiers wounded in the attack were taken to hospital.",
                                                  "wounded"))


def test_recalled_context_in_an_article_is_background(nlp):
    text = ("Kesk executed three dissidents on Monday, state media said. Sentenced to death in secret trials "
            "in January, the men had been accused of aiding a rebel militia. The Free Assembly, a movement "
            "outlawed by the council, condemned the executions.")
    evs = analysed_events(nlp, text, None)
    sentenced = [e for e in evs if e.trigger == "Sentenced"]
    outlawed = [e for e in evs if e.trigger == "outlawed"]
    assert sentenced and all(e.background for e in sentenced)
    assert outlawed and all(e.background for e in outlawed)
    assert any(e.trigger == "executed" and not e.background for e in evs)


def _mention(trigger, quote, actors, background=True, confidence=0.9):
    return EventMention(id="m1", article_id="a", type="ASSAULT", trigger=trigger, trigger_start=quote.index(trigger),
                        trigger_end=quote.index(trigger) + len(trigger), sentence_start=0, sentence_end=len(quote),
                        quote=quote, actors=[ActorRef(text=a) for a in actors], recipients=[],
                        confidence=confidence, background=background)


def test_a_hyphened_headline_names_the_body_sides_by_their_adjectives():
    quote = "Aslani troops and Borvian militants attacked a border post without warning."
    em = _mention("attacked", quote, ["Aslani troops", "Borvian militants"])
    assert not _named_by_headline(em, "Aslan-Borvia clashes erupt again on the border").background
    # a title naming other sides keeps the body's background
    assert _named_by_headline(em, "Kesk-Tarvia clashes erupt again on the border").background


def test_the_story_keeps_what_the_sentence_tells_as_earlier():
    quote = "Aslani troops and Borvian militants attacked a border post last year."
    em = _mention("attacked", quote, ["Aslani troops", "Borvian militants"])
    recalled = EventMention(**{**{f: getattr(em, f) for f in em.__slots__}, "recalled": True})
    title = "Aslan-Borvia clashes erupt again on the border"
    # the headline's word and sides would clear a background flag set by the model alone, not by the grammar
    assert not _named_by_headline(em, title).background
    assert _named_by_headline(recalled, title).background


def test_the_extractor_marks_what_its_grammar_recalls(nlp):
    evs = analysed_events(nlp, "Kesk executed three dissidents on Monday. The army seized power in a coup last "
                               "year.", "2024-05-02")
    earlier = [e for e in evs if e.sentence_start > 0]
    executed = [e for e in evs if e.trigger == "executed"]
    assert earlier and all(e.background and e.recalled for e in earlier)
    assert executed and not any(e.recalled for e in executed)
