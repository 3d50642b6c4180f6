"""Actor resolution: mentions and event participants to canonical actors.

First version: knowledge-base lookup on the normalised name, then a registry
of discovered actors keyed by normalised name. The actors issue deepens the
matching (romanisation, titles, coreference) behind the same interface.
"""

from __future__ import annotations

from collections.abc import Iterable

from dossier.records import Actor, ActorRef, Analysis, Mention, stable_id
from dossier.resolve.kb import KBEntry, KnowledgeBase, load_kb, normalise_name

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
KIND_BY_LABEL = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}


class Resolver:
    """Resolves one analysis at a time; remembers the actors it has seen."""

    def __init__(self, kb: KnowledgeBase | None = None, known: Iterable[Actor] = ()) -> None:
        self.kb = kb or load_kb()
        self.actors: dict[str, Actor] = {a.id: a for a in known}
        self.changed: set[str] = set()

    def _entry_actor(self, e: KBEntry) -> Actor:
        if e.id not in self.actors:
            self.actors[e.id] = Actor(id=e.id, name=e.name, country=e.country, sector=e.sector, kind=e.kind,
                                      roles=list(e.roles), source="kb")
        return self.actors[e.id]

    def match(self, text: str, label: str) -> Actor | None:
        entry = self.kb.lookup(text)
        if entry is not None:
            return self._entry_actor(entry)
        if label not in ACTOR_LABELS or label == "NORP":
            return None
        key = normalise_name(text)
        if not key or len(key) < 2:
            return None
        actor_id = stable_id("x-", key, length=12)
        if actor_id not in self.actors:
            self.actors[actor_id] = Actor(id=actor_id, name=text.strip(), kind=KIND_BY_LABEL.get(label, "unknown"),
                                          source="discovered")
        return self.actors[actor_id]

    def _note(self, actor: Actor, variant: str, article_id: str) -> None:
        actor.variants[variant] = actor.variants.get(variant, 0) + 1
        if article_id not in actor.article_ids:
            actor.article_ids.append(article_id)
        self.changed.add(actor.id)

    def _fill_ref(self, ref: ActorRef, by_span: dict[tuple[int, int], Mention]) -> None:
        m = by_span.get((ref.start, ref.end))
        actor = self.actors.get(m.actor_id) if m and m.actor_id else self.match(ref.text, m.label if m else "ORG")
        if actor:
            ref.actor_id, ref.name, ref.country, ref.sector = actor.id, actor.name, actor.country, actor.sector

    def resolve(self, analysis: Analysis) -> Analysis:
        art_id = analysis.article.id
        for m in analysis.mentions:
            actor = self.match(m.text, m.label)
            if actor is None:
                continue
            m.actor_id, m.country, m.sector = actor.id, actor.country, actor.sector
            self._note(actor, m.text, art_id)
        by_span = {(m.start, m.end): m for m in analysis.mentions}
        for ev in analysis.events:
            for ref in [*ev.actors, *ev.recipients]:
                self._fill_ref(ref, by_span)
        return analysis

    def take_changed(self) -> list[Actor]:
        out = [self.actors[i] for i in sorted(self.changed)]
        self.changed.clear()
        return out
