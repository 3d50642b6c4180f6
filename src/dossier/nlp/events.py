"""Event mentions from the dependency parse and a trigger lexicon kept as data.

A first version: a trigger lemma from ``data/triggers.yaml`` whose subject
subtree holds an actor entity yields an event; objects and prepositional
objects give recipients. Mode and attribution come from the trigger's
governing verbs. Deepened in the analysis issue.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from dossier.records import ActorRef, EventMention, Mention, TimeExpr, stable_id

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
SAY_LEMMAS = {"say", "report", "tell", "announce", "state", "claim", "add", "note", "write", "quote"}


@lru_cache(maxsize=4)
def load_triggers(path: str | None = None) -> dict[str, str]:
    text = open(path, encoding="utf-8").read() if path else \
        resources.files("dossier.nlp").joinpath("data/triggers.yaml").read_text("utf-8")
    out: dict[str, str] = {}
    for etype, lemmas in yaml.safe_load(text).items():
        for lemma in lemmas:
            out.setdefault(lemma.lower(), etype)
    return out


def _refs(span_tokens, mentions: list[Mention]) -> list[ActorRef]:
    chars = {(t.idx, t.idx + len(t)) for t in span_tokens}
    refs = []
    for m in mentions:
        if m.label in ACTOR_LABELS and any(s < m.end and e > m.start for s, e in chars):
            refs.append(ActorRef(m.text, m.start, m.end))
    return refs


def _mode(trigger) -> str:
    heads = [trigger, *trigger.ancestors]
    lemmas = {t.lemma_.lower() for t in heads}
    children = {c.lower_ for c in trigger.children}
    if "deny" in lemmas - {trigger.lemma_.lower()} or "reject" in lemmas - {trigger.lemma_.lower()}:
        return "denied"
    if children & {"not", "n't", "never"}:
        return "negated"
    if children & {"will", "shall", "'ll"} or lemmas & {"plan", "expect", "schedule"}:
        return "planned"
    if children & {"could", "would", "might", "may"} or lemmas & {"if"}:
        return "hypothetical"
    if lemmas & {"accuse", "allege", "claim", "suspect"} - {trigger.lemma_.lower()}:
        return "alleged"
    return "asserted"


def _attribution(trigger, mentions: list[Mention]) -> str | None:
    sent = trigger.sent
    for tok in sent:
        if tok.lemma_.lower() in SAY_LEMMAS and tok is not trigger:
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return " ".join(t.text for t in subj[0].subtree)
    text = sent.text
    idx = text.lower().find("according to ")
    if idx >= 0:
        rest = text[idx + len("according to "):]
        return rest.split(",")[0].rstrip(".”\"'")[:80]
    return None


def extract_events(doc, article_id: str, mentions: list[Mention], timexes: list[TimeExpr],
                   published: str | None, triggers: dict[str, str] | None = None) -> list[EventMention]:
    triggers = triggers or load_triggers()
    out: list[EventMention] = []
    for tok in doc:
        etype = triggers.get(tok.lemma_.lower())
        if etype is None or tok.pos_ not in ("VERB", "NOUN"):
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "agent", "poss", "compound")]
        actors = [r for c in subj for r in _refs(list(c.subtree), mentions)]
        if not actors and tok.dep_ in ("xcomp", "conj", "advcl", "relcl", "acl") and tok.head is not tok:
            actors = [r for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")
                      for r in _refs(list(c.subtree), mentions)]
        if not actors:
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "obj")]
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with", "at", "against", "in", "for")):
            objs.extend(p for p in prep.children if p.dep_ == "pobj")
        recipients = [r for c in objs for r in _refs(list(c.subtree), mentions)
                      if all(r.start != a.start for a in actors)]
        sent = tok.sent
        date, date_end, date_source, date_text = None, None, "none", None
        for tx in timexes:
            if sent.start_char <= tx.start < sent.end_char and tx.type == "DATE":
                date, date_end, date_source, date_text = tx.value, tx.end_value, "timex", tx.text
                break
        if date is None and published:
            date, date_source = published, "published"
        out.append(EventMention(
            id=stable_id("m", article_id, str(tok.idx)), article_id=article_id, type=etype,
            trigger=tok.text, trigger_start=tok.idx, trigger_end=tok.idx + len(tok),
            sentence_start=sent.start_char, sentence_end=sent.end_char, quote=sent.text.strip(),
            actors=actors, recipients=recipients, date=date, date_end=date_end, date_source=date_source,
            date_text=date_text, mode=_mode(tok), attribution=_attribution(tok, mentions), confidence=0.5,
        ))
    return out
