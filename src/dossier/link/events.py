"""Merging event mentions of one story into events, and finding where sources disagree.

First version: mentions merge when type and resolved participants agree;
disagreements are conflicting normalised dates among the merged mentions.
"""

from __future__ import annotations

from collections import defaultdict

from dossier.records import (
    ActorRef,
    Analysis,
    Disagreement,
    DisagreementValue,
    Event,
    EventMention,
    EventSource,
    stable_id,
)


def _key_ids(refs: list[ActorRef]) -> frozenset[str]:
    return frozenset(r.country or r.actor_id or r.text.lower() for r in refs)


def merge_story_events(story_id: str, analyses: list[Analysis]) -> tuple[list[Event], list[Disagreement]]:
    groups: dict[tuple, list[tuple[EventMention, Analysis]]] = defaultdict(list)
    for an in analyses:
        for em in an.events:
            if not em.actors:
                continue
            key = (em.type, _key_ids(em.actors), _key_ids(em.recipients))
            groups[key].append((em, an))
    events: list[Event] = []
    disagreements: list[Disagreement] = []
    for key, members in groups.items():
        etype = key[0]
        members.sort(key=lambda p: (p[1].article.published or "9999", p[1].article.id, p[0].trigger_start))
        first_em = members[0][0]
        event_id = stable_id("e", story_id, etype, *sorted(key[1]), "->", *sorted(key[2]))
        sources = [EventSource(article_id=an.article.id, event_mention_id=em.id, outlet=an.article.outlet,
                               quote=em.quote, attribution=em.attribution, mode=em.mode, stage=em.stage,
                               date=em.date, published=an.article.published,
                               duplicate_of=an.article.duplicate_of) for em, an in members]
        article_ids = list(dict.fromkeys(an.article.id for _, an in members))
        independent = {an.article.duplicate_of or an.article.id for _, an in members}
        dated = [em for em, _ in members if em.date_source == "timex" and em.date]
        modes = [em.mode for em, _ in members]
        events.append(Event(
            id=event_id, type=etype, mode=max(set(modes), key=modes.count),
            actors=first_em.actors, recipients=first_em.recipients,
            date=(dated[0].date if dated else first_em.date), date_end=(dated[0].date_end if dated else None),
            place=next((em.place for em, _ in members if em.place), None), story_id=story_id,
            article_ids=article_ids, mentions=sources,
            stages=list(dict.fromkeys(em.stage for em, _ in members if em.stage)),
            first_reported=min((an.article.published for _, an in members if an.article.published), default=None),
            n_sources=len(independent),
        ))
        values = {}
        for em, an in members:
            if em.date_source == "timex" and em.date and em.date not in values:
                values[em.date] = DisagreementValue(em.date, em.quote, an.article.id, an.article.outlet)
        if len(values) > 1:
            disagreements.append(Disagreement(id=stable_id("d", event_id, "date"), story_id=story_id,
                                              event_id=event_id, field="date", values=list(values.values())))
    return events, disagreements
