"""Merging the event mentions of one story into events with every source kept.

Two mentions are one event when their PLOVER type agrees, their participants
agree (a shared specific actor such as a named person, or the same countries
on both sides), their dates do not conflict and their places do not conflict.
Mentions of a trip's stages (announced -> departed -> arrived -> returned) by
the same actor merge into one event whose ``stages`` lists them: they are one
real-world event told at different moments. Merging is complete-link:
a mention joins an event only when it agrees with every mention already in it.

Wire copies (``duplicate_of``) are kept as mentions but count once in
``n_sources``. Stages come from the extractor when it sets them, else from the
trigger's word form via ``data/stages.yaml``; when an article of the story
has no mention of the trip at all, sentences with a stage word and a named
actor are added as movement mentions, so that a report the extractor missed
still counts as a source.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import yaml

from dossier.records import ActorRef, Analysis, Event, EventMention, EventSource, stable_id

STAGES_FILE = Path(__file__).with_name("data") / "stages.yaml"
DATE_TOLERANCE_DAYS = 2


@lru_cache(maxsize=1)
def stage_lexicon() -> list[tuple[re.Pattern, str]]:
    data = yaml.safe_load(STAGES_FILE.read_text(encoding="utf-8")) or {}
    out = []
    for stage, forms in data.items():
        for form in sorted(forms, key=len, reverse=True):
            out.append((re.compile(r"\b" + re.escape(form).replace(r"\ ", r"\s+") + r"\b", re.I), stage))
    out.sort(key=lambda p: -len(p[0].pattern))
    return out


def stage_of(text: str) -> str | None:
    """The trip stage a trigger or phrase names, or None."""
    for pattern, stage in stage_lexicon():
        if pattern.search(text):
            return stage
    return None


def mention_stage(em: EventMention) -> str | None:
    if em.stage:
        return em.stage
    return stage_of(em.trigger) if em.type == "CONSULT" else None


def specific_ids(refs: list[ActorRef]) -> set[str]:
    """Actors more specific than a country or its government: people, ministries, agencies."""
    out = set()
    for r in refs:
        aid = r.actor_id
        if aid and aid.lower() != (r.country or "").lower() and not aid.endswith("-gov") and not aid.startswith("x-"):
            out.add(aid)
    return out


def countries(refs: list[ActorRef]) -> frozenset[str]:
    return frozenset(r.country for r in refs if r.country)


def _day(value: str | None) -> str | None:
    return value if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


def _dates_compatible(a: EventMention, b: EventMention) -> bool:
    va = a.date if a.date_source == "timex" else None
    vb = b.date if b.date_source == "timex" else None
    if va and vb and re.match(r"\d{4}", va) and re.match(r"\d{4}", vb) and not (_day(va) and _day(vb)) \
            and not (va.startswith(vb) or vb.startswith(va)):
        return False  # "2023" and "2024-04-23" cannot be one occurrence
    da, db = _day(va), _day(vb)
    if not da or not db:
        return True
    from datetime import date

    return abs((date.fromisoformat(da) - date.fromisoformat(db)).days) <= DATE_TOLERANCE_DAYS


def _place_country(em: EventMention) -> str | None:
    for r in em.recipients:
        if r.country and em.place and r.text.lower() == em.place.lower():
            return r.country
    return None


def _same_country(a: EventMention, b: EventMention) -> bool:
    ca, cb = _place_country(a), _place_country(b)
    return ca is not None and ca == cb


def compatible(a: EventMention, b: EventMention) -> bool:
    if a.type != b.type:
        return False
    if a.place and b.place and a.place.lower() != b.place.lower() and not _same_country(a, b):
        return False  # "Tehran" and "Iran" are one destination; "Tehran" and "Moscow" are not
    ra, rb = countries(a.recipients), countries(b.recipients)
    if ra and rb and not ra & rb:
        return False  # a visit to Iran and a visit to Russia are two trips
    shared = specific_ids(a.actors + a.recipients) & specific_ids(b.actors + b.recipients)
    sa, sb = mention_stage(a), mention_stage(b)
    if shared and sa and sb:
        return True  # stages of one trip by the same people: dates legitimately differ
    if not _dates_compatible(a, b):
        return False
    if shared:
        return True
    ca, cb = countries(a.actors), countries(b.actors)
    return bool(ca) and ca == cb and countries(a.recipients) == countries(b.recipients)


def movement_mentions(an: Analysis) -> list[EventMention]:
    """Sentences of an article that report a stage of a trip by a named person (the extractor's gaps)."""
    text = an.article.text
    out = []
    for match in re.finditer(r"[^.!?\n]+[.!?]?", text):
        sent = match.group(0)
        stage = stage_of(sent)
        if stage is None:
            continue
        s0, s1 = match.start(), match.end()
        people = [m for m in an.mentions if s0 <= m.start < s1 and m.actor_id and m.label == "PERSON"]
        if not people:
            continue
        places = [m for m in an.mentions if s0 <= m.start < s1 and m.label in ("GPE", "LOC") and m.country]
        tx = next((t for t in an.timexes if s0 <= t.start < s1 and t.type == "DATE"), None)
        trig = next(p.search(sent) for p, st in stage_lexicon() if st == stage and p.search(sent))
        actors = [ActorRef(text=m.text, start=m.start, end=m.end, actor_id=m.actor_id, country=m.country,
                           sector=m.sector) for m in people]
        recipients = [ActorRef(text=m.text, start=m.start, end=m.end, actor_id=m.actor_id, country=m.country,
                               sector=m.sector) for m in places if m.country != people[0].country]
        out.append(EventMention(
            id=stable_id("m", an.article.id, "move", str(s0)), article_id=an.article.id, type="CONSULT",
            trigger=trig.group(0), trigger_start=s0 + trig.start(), trigger_end=s0 + trig.end(),
            sentence_start=s0, sentence_end=s1, quote=sent.strip(), actors=actors, recipients=recipients,
            date=tx.value if tx and tx.anchored else None, date_source="timex" if tx and tx.anchored else "none",
            date_text=tx.text if tx else None, stage=stage, subtype="visit", confidence=0.4))
    return out


def _with_movements(analyses: list[Analysis]) -> list[tuple[EventMention, Analysis]]:
    pairs = [(em, an) for an in analyses for em in an.events if em.actors or em.recipients]
    travellers = set()
    for em, _ in pairs:
        if mention_stage(em):
            travellers |= specific_ids(em.actors)
    for an in analyses:
        moves = movement_mentions(an)
        have = {(mention_stage(em), em.sentence_start) for em in an.events}
        for mv in moves:
            if (mv.stage, mv.sentence_start) in have:
                continue
            if any(specific_ids(em.actors) & specific_ids(mv.actors) and em.sentence_start == mv.sentence_start
                   for em in an.events):
                continue
            pairs.append((mv, an))
    return pairs


def merge_story_events(story_id: str, analyses: list[Analysis]) -> list[Event]:
    pairs = _with_movements(analyses)
    # complete link: a mention joins a group only if it agrees with every member, so two trips
    # cannot be chained together through a mention that names no destination; stage-bearing and
    # more specific mentions seed the groups
    pairs.sort(key=lambda p: (mention_stage(p[0]) is None, -len(specific_ids(p[0].actors + p[0].recipients)),
                              p[1].article.published or "9999", p[1].article.id, p[0].trigger_start))
    grouped: list[list[tuple[EventMention, Analysis]]] = []
    for em, an in pairs:
        for group in grouped:
            if all(compatible(em, other) for other, _ in group):
                group.append((em, an))
                break
        else:
            grouped.append([(em, an)])
    groups = dict(enumerate(grouped))

    events: list[Event] = []
    order = {"announced": 0, "departed": 1, "arrived": 2, "returned": 3}
    for members in groups.values():
        members.sort(key=lambda p: (p[1].article.published or "9999", p[1].article.id, p[0].trigger_start))
        # the mention with the most specific participants speaks for the event
        lead = max(members, key=lambda p: (len(specific_ids(p[0].actors)), len(p[0].actors) + len(p[0].recipients)))[0]
        sources = [EventSource(article_id=an.article.id, event_mention_id=em.id, outlet=an.article.outlet,
                               quote=em.quote, attribution=em.attribution, mode=em.mode, stage=mention_stage(em),
                               date=em.date if em.date_source == "timex" else None, published=an.article.published,
                               duplicate_of=an.article.duplicate_of) for em, an in members]
        article_ids = list(dict.fromkeys(an.article.id for _, an in members))
        independent = {an.article.duplicate_of or an.article.id for _, an in members}
        dated = sorted((em.date, em.date_end) for em, _ in members if em.date_source == "timex" and em.date)
        modes = [em.mode for em, _ in members]
        keys = sorted(a for _, an in members for a in [an.article.id])
        events.append(Event(
            id=stable_id("e", story_id, lead.type, *sorted({em.id for em, _ in members})[:1], *keys[:1]),
            type=lead.type, mode=max(sorted(set(modes)), key=modes.count),
            actors=lead.actors, recipients=lead.recipients,
            date=dated[0][0] if dated else None, date_end=dated[-1][1] or (dated[-1][0] if len(dated) > 1 and dated[-1][0] != dated[0][0] else None) if dated else None,
            place=next((em.place for em, _ in members if em.place), None), story_id=story_id,
            article_ids=article_ids, mentions=sources,
            stages=sorted({s.stage for s in sources if s.stage}, key=lambda s: order.get(s, 9)),
            first_reported=min((an.article.published for _, an in members if an.article.published), default=None),
            n_sources=len(independent),
        ))
    events.sort(key=lambda e: (-e.n_sources, e.id))
    return events
