"""Actor resolution: mentions and event participants to canonical actors.

Order of evidence for one mention, strongest first:

1. the knowledge base by exact (normalised) alias, then a known person under
   another romanisation (``names.same_person``: per-part phonetic keys, so a
   shared surname never merges two people);
2. a capital tagged GPE -> that country's government (metonymy);
3. for a bare surname or title + surname ("Kim", "Mr Yun"): coreference with
   the people already named in full in the same article (the most-mentioned
   one, ties to the most recent); with none, the mention stays unresolved
   rather than inventing an actor called "Kim";
4. otherwise a *discovered* actor. People are keyed by their romanisation key
   and merged with an earlier discovered person only when the names match and
   the title context agrees (same country when both are known). Their country
   and sector come from a title next to the name ("North Korea's foreign
   minister X", "X, Iran's defence minister") using ``data/sectors.yaml``.

Countries named as actors carry the ISO-3 code and no sector (the state as a
whole); capitals, the Kremlin, the White House carry ISO-3 + GOV; see
``data/kb.yaml``. Event participants follow the mention at their span;
participants without one (descriptions such as "the minister", compounds
such as "the US and South Korea") are resolved here, compounds into one
reference per member.

Hand-written because the rules are dossier's own conventions (PLOVER codes,
the never-merge-on-surname policy); the string work uses rapidfuzz via names.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import yaml

from dossier.records import Actor, ActorRef, Analysis, Mention, stable_id
from dossier.resolve.kb import KBEntry, KnowledgeBase, load_kb, normalise_name
from dossier.resolve.names import name_key, same_person, strip_titles, surname_matches

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
KIND_BY_LABEL = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group"}
_TITLE_START = re.compile(r"^(the\s+)?(vice\s+|deputy\s+|first\s+)?(minister|minster|president|chairman|secretary|"
                          r"spokes(person|man|woman)|ambassador|premier|prime minister)\b", re.I)


@lru_cache(maxsize=1)
def sector_words() -> list[tuple[str, re.Pattern[str]]]:
    data = yaml.safe_load(resources.files("dossier.resolve").joinpath("data/sectors.yaml").read_text("utf-8"))
    return [(sector, re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                                + r")\b", re.I)) for sector, words in data.items()]


def sector_of(text: str) -> str | None:
    """The sector a title or institution name implies ("defence minister" -> MIL), or None."""
    for sector, pat in sector_words():
        if pat.search(text):
            return sector
    return None


class Resolver:
    """Resolves one analysis at a time; remembers the actors it has seen."""

    def __init__(self, kb: KnowledgeBase | None = None, known: Iterable[Actor] = ()) -> None:
        self.kb = kb or load_kb()
        self.actors: dict[str, Actor] = {}
        self.changed: set[str] = set()
        self._people: list[tuple[object, str]] = []  # (NameKey, actor id) of discovered people
        for a in known:
            self.actors[a.id] = a
            if a.kind == "person" and a.source == "discovered":
                self._index_person(a.name, a.id)

    # -- actors -----------------------------------------------------------
    def _index_person(self, name: str, actor_id: str) -> None:
        k = name_key(name)
        if k is not None and k.given:
            self._people.append((k, actor_id))

    def _entry_actor(self, e: KBEntry) -> Actor:
        a = self.actors.get(e.id)
        if a is None or a.source != "kb":
            self.actors[e.id] = Actor(id=e.id, name=e.name, country=e.country, sector=e.sector, kind=e.kind,
                                      roles=list(e.roles), source="kb",
                                      variants=dict(a.variants) if a else {},
                                      article_ids=list(a.article_ids) if a else [])
        return self.actors[e.id]

    def kb_match(self, text: str, label: str) -> Actor | None:
        entry = self.kb.lookup(text)
        if entry is None and label in ("PERSON", ""):
            entry = self.kb.find_person(text)
        if entry is None and label in ("GPE", ""):
            entry = self.kb.capital(text)
        return self._entry_actor(entry) if entry is not None else None

    def _person(self, text: str, country: str | None, sector: str | None, role: str | None) -> Actor | None:
        name = strip_titles(text)
        k = name_key(name)
        if k is None or not k.given:
            return None
        for pk, aid in self._people:
            a = self.actors.get(aid)
            if a is None or not same_person(k, pk):
                continue
            if country and a.country and country != a.country:
                continue  # same name, different country: two people until something says otherwise
            if not a.country and country:
                a.country, a.sector = country, sector
                self.changed.add(a.id)
            if role and role not in a.roles:
                a.roles.append(role)
            return a
        actor_id = stable_id("x-", "person", k.full, country or "", length=12)
        if actor_id not in self.actors:
            self.actors[actor_id] = Actor(id=actor_id, name=name, country=country, sector=sector if country else None,
                                          kind="person", roles=[role] if role else [], source="discovered")
            self._index_person(name, actor_id)
        return self.actors[actor_id]

    def _organisation(self, text: str, label: str) -> Actor | None:
        name = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
        if _TITLE_START.match(name) and "ministry" not in name.lower():
            return None  # a title the model tagged ORG ("Minister of External Economic Relations")
        country = None
        m = re.match(r"^(.+?)['’]s\s+(.+)$", name)
        if m:
            owner = self.kb.lookup(m.group(1))
            if owner is not None and owner.kind in ("country", "government"):
                country = owner.country
        else:
            toks = name.split()
            for n in (2, 1):
                if len(toks) > n:
                    owner = self.kb.lookup(" ".join(toks[:n]))
                    if owner is not None and owner.kind == "country":
                        country = owner.country
                        break
        if country is None and label == "GPE":
            country = self.kb.city(name)  # "Lagos", "Genoa": a city stands for its country
        key = normalise_name(name)
        if not key or len(key) < 2:
            return None
        kind = KIND_BY_LABEL.get(label, "unknown")
        actor_id = stable_id("x-", key, length=12) if country is None else stable_id("x-", country, key, length=12)
        if actor_id not in self.actors:
            sector = sector_of(name) if kind == "organisation" else None
            self.actors[actor_id] = Actor(id=actor_id, name=name, country=country, sector=sector, kind=kind,
                                          source="discovered")
        return self.actors[actor_id]

    def match(self, text: str, label: str) -> Actor | None:
        """Context-free resolution of one name (what the gold-list evaluation scores)."""
        actor = self.kb_match(text, label)
        if actor is not None:
            return actor
        if label not in ACTOR_LABELS or label == "NORP":
            return None
        if label == "PERSON":
            return self._person(text, None, None, None)
        return self._organisation(text, label)

    # -- context ------------------------------------------------------------
    def _title_context(self, an: Analysis, m: Mention, located: list[tuple[Mention, Actor]]):
        """Country, sector and role from a title right beside a person's name, or (None, None, None).

        Two shapes only, both tight, because a country named anywhere else in the sentence says
        nothing about the person: "<country>('s) <title> NAME" with nothing but words between, and
        the appositive "NAME, <title> of <country>'s ...".
        """
        text = an.article.text
        before = [(o, a) for o, a in located if a.country and m.start - 60 <= o.end <= m.start]
        for o, a in sorted(before, key=lambda oa: -oa[0].end):
            gap = text[o.end:m.start]
            if re.fullmatch(r"(['’]s)?[ A-Za-z\-]*", gap) and sector_of(gap):
                role = re.sub(r"\s+", " ", gap).strip(" '’").removeprefix("s ").strip()
                return a.country, sector_of(gap), role or None
            break
        rest = text[m.end:m.end + 120]
        if rest.startswith(", "):
            stop = re.search(r"[,.;\n(]", rest[2:])
            post = rest[2: 2 + (stop.start() if stop else len(rest) - 2)]
            lo, hi = m.end + 2, m.end + 2 + len(post)
            owners = [(o, a) for o, a in located if a.country and lo <= o.start and o.end <= hi]
            if owners and sector_of(post):
                return owners[0][1].country, sector_of(post), post.strip() or None
        return None, None, None

    def _coref(self, short: str, local: list[tuple[int, Actor]], before: int) -> Actor | None:
        counts: Counter[str] = Counter()
        last: dict[str, int] = {}
        by_id: dict[str, Actor] = {}
        for pos, a in local:
            keys = [name_key(v) for v in [a.name, *a.variants]]
            if any(k is not None and k.given and surname_matches(short, k) for k in keys):
                counts[a.id] += 1
                by_id[a.id] = a
                if pos < before:
                    last[a.id] = max(last.get(a.id, -1), pos)
        if not counts:
            return None
        best = max(counts, key=lambda i: (counts[i], last.get(i, -1)))
        return by_id[best]

    # -- bookkeeping ----------------------------------------------------------
    def _note(self, actor: Actor, variant: str, article_id: str) -> None:
        actor.variants[variant] = actor.variants.get(variant, 0) + 1
        # articles arrive one at a time, so this article's id, if already noted, is among the last few;
        # a membership test over the whole list cost O(articles of the actor) per mention
        if article_id not in actor.article_ids[-64:]:
            actor.article_ids.append(article_id)
        self.changed.add(actor.id)

    @staticmethod
    def _set(m: Mention, actor: Actor) -> None:
        m.actor_id, m.country, m.sector = actor.id, actor.country, actor.sector

    # -- the pass over one article --------------------------------------------
    def resolve(self, analysis: Analysis) -> Analysis:
        art_id = analysis.article.id
        mentions = sorted(analysis.mentions, key=lambda x: x.start)
        # countries and governments named anywhere in the article: the owners of titles
        located: list[tuple[Mention, Actor]] = []
        for m in mentions:
            e = self.kb.lookup(m.text) if m.label in ("GPE", "NORP") else None
            if e is not None and e.kind in ("country", "government"):
                located.append((m, self._entry_actor(e)))
        local: list[tuple[int, Actor]] = []  # people named in full in this article
        short: list[Mention] = []
        for m in mentions:
            if _dateline(analysis.article.text, m):
                continue  # "SEOUL:" says where the report was filed, not who acted
            actor = self.kb_match(m.text, m.label) if m.label in ACTOR_LABELS else None
            if actor is None and m.label == "PERSON":
                k = name_key(m.text)
                if k is None:
                    continue
                if not k.given:
                    short.append(m)  # decided once the article's full names are known
                    continue
                country, sector, role = self._title_context(analysis, m, located)
                actor = self._person(m.text, country, sector, role)
            elif actor is None and m.label in ("ORG", "GPE"):
                if _title_fragment(analysis.article.text, m):
                    continue
                actor = self._organisation(m.text, m.label)
            if actor is None:
                continue
            if actor.kind == "person":
                local.append((m.start, actor))
            self._set(m, actor)
            self._note(actor, m.text, art_id)
        for m in short:
            actor = self._coref(m.text, local, m.start)
            if actor is not None:
                self._set(m, actor)
                self._note(actor, m.text, art_id)
        by_span = {(m.start, m.end): m for m in analysis.mentions}
        for ev in analysis.events:
            ev.actors = self._fill_refs(ev.actors, by_span, local, analysis)
            ev.recipients = self._fill_refs(ev.recipients, by_span, local, analysis)
            _inherit_country(ev, analysis.mentions)
        from dossier.nlp.event_args import settle_countries  # described participants ("police"): article's country

        settle_countries(analysis)
        return analysis

    def _fill_refs(self, refs: list[ActorRef], by_span: dict[tuple[int, int], Mention],
                   local: list[tuple[int, Actor]], an: Analysis) -> list[ActorRef]:
        out: list[ActorRef] = []
        for ref in refs:
            m = by_span.get((ref.start, ref.end))
            if m is not None:
                actor = self.actors.get(m.actor_id) if m.actor_id else None
                if actor is not None:
                    ref.actor_id, ref.name, ref.country, ref.sector = actor.id, actor.name, actor.country, actor.sector
                out.append(ref)
                continue
            parts = _split_compound(ref)
            for part in parts:
                actor = self._resolve_phrase(part, local, an)
                if actor is not None:
                    part.actor_id, part.name, part.country, part.sector = (actor.id, actor.name, actor.country,
                                                                           actor.sector)
                out.append(part)
        return out

    def _resolve_phrase(self, ref: ActorRef, local: list[tuple[int, Actor]], an: Analysis) -> Actor | None:
        """A participant with no entity mention of its own: a name, a description or a span holding a name."""
        inner = [m for m in an.mentions if m.actor_id and ref.start <= m.start and m.end <= ref.end and ref.start >= 0]
        if inner:  # "North Korea's foreign minister Choe Son Hui": the person, else the first actor named
            people = [m for m in inner if m.label == "PERSON"]
            return self.actors.get((people or inner)[-1 if people else 0].actor_id)
        actor = self.kb_match(ref.text, "")
        if actor is not None:
            return actor
        text = ref.text.strip()
        if re.match(r"^(the|this|that)\s", text, re.I):  # "the minister", "the leader's sister"
            return self._describe(text, local, ref.start)
        k = name_key(text)
        if k is not None and not k.given:
            return self._coref(text, local, ref.start if ref.start >= 0 else 10**9)
        return None

    def _describe(self, text: str, local: list[tuple[int, Actor]], before: int) -> Actor | None:
        words = set(re.findall(r"[a-z]+", text.lower())) - {"the", "this", "that", "s", "of", "north", "korean"}
        if not words:
            return None
        best = None
        for pos, a in local:
            if before >= 0 and pos > before:
                continue
            entry = self.kb.entries.get(a.id)
            cues = " ".join([*a.roles, *(entry.descriptors if entry else [])]).lower()
            if words <= set(re.findall(r"[a-z]+", cues)):
                best = a  # the latest one before the description
        return best

    def take_changed(self) -> list[Actor]:
        out = [self.actors[i] for i in sorted(self.changed) if i in self.actors]
        self.changed.clear()
        return out


def _inherit_country(ev, mentions: list[Mention]) -> None:
    """An actor with no country of its own ("Lt. Gen. X", "the rebel front") takes the one country the
    rest of its sentence names, when that is unambiguous and not the event's recipient."""
    people = {(m.start, m.end) for m in mentions if m.label == "PERSON"}
    if not any(r.country is None and (r.start, r.end) not in people for r in ev.actors):
        return
    taken = {r.country for r in ev.recipients if r.country}
    spans = {(r.start, r.end) for r in ev.recipients}
    codes = {m.country for m in mentions if m.country and ev.sentence_start <= m.start < ev.sentence_end
             and (m.start, m.end) not in spans and m.country != "IGO"}
    if len(codes) == 1 and not codes & taken:
        code = codes.pop()
        for r in ev.actors:
            if r.country is None and (r.start, r.end) not in people:  # a named person may be a visitor
                r.country = code


def _split_compound(ref: ActorRef) -> list[ActorRef]:
    """"the US and South Korea" -> two references with their own offsets."""
    pieces = re.split(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)", ref.text)
    pieces = [p for p in pieces if p.strip()]
    if len(pieces) < 2:
        return [ref]
    out, cursor = [], 0
    for p in pieces:
        i = ref.text.find(p, cursor)
        cursor = i + len(p)
        start = ref.start + i if ref.start >= 0 else -1
        out.append(ActorRef(text=p, start=start, end=start + len(p) if start >= 0 else -1))
    return out


def _title_fragment(text: str, m: Mention) -> bool:
    """An ORG span that is part of a title: "Defence" in "Defence Minister", "Foreign Affairs" in
    "minister of Foreign Affairs"."""
    after = text[m.end:m.end + 12].lower()
    before = text[max(0, m.start - 14):m.start].lower()
    return bool(re.match(r"\s+(minister|minster|secretary)\b", after)
                or re.search(r"\b(minister|minster|secretary) (of|for) $", before))


def _dateline(text: str, m: Mention) -> bool:
    return m.label == "GPE" and (m.start == 0 or text[m.start - 1] == "\n") and text[m.end:m.end + 1] in (":", ",") \
        and m.text.isupper()
