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

Entity mentions arrive cleaned by ``nlp/entities.py`` (titles split into ``Mention.role``, non-actors
dropped, a first ``kind``). A person's or organisation's country and sector come, strongest first, from
the knowledge base, the derived PETRARCH2/Phoenix lexicon (exact names), the role the parse attached
("IDF spokesperson" -> ISR MIL, "Iranian foreign ministry spokesman" -> IRN GOV), the tight title
patterns below, and a country word inside an organisation's name ("Russian Defence Ministry"); the
evidence is kept in ``Mention.evidence`` and ``Actor.evidence``. Places (kind ``place``) get the country
the gazetteer (``places.py``) or their stated container ("in Russia's Amur Region") gives them; a
capital tagged GPE still stands for its government.

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
from dossier.resolve.places import gazetteer

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
KIND_BY_LABEL = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group", "LOC": "place",
                 "FAC": "place"}
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

    def _person(self, text: str, country: str | None, sector: str | None, role: str | None,
                evidence: str | None = None) -> Actor | None:
        name = strip_titles(text)
        k = name_key(name)
        if k is None or not k.given:
            return None
        lex = self.kb.lexicon_entry(name, "person")
        if lex is not None and (not country or lex.country == country):
            country, sector = lex.country, sector or lex.sector
            evidence = evidence or "PETRARCH2 Phoenix dictionary"
        for pk, aid in self._people:
            a = self.actors.get(aid)
            if a is None or not same_person(k, pk):
                continue
            if country and a.country and country != a.country:
                continue  # same name, different country: two people until something says otherwise
            if not a.country and country:
                a.country, a.sector = country, sector
                self.changed.add(a.id)
            elif a.country == country and sector and not a.sector:
                a.sector = sector
                self.changed.add(a.id)
            if role and role not in a.roles and len(a.roles) < 8:
                a.roles.append(role)
            if evidence and evidence not in a.evidence and len(a.evidence) < 8:
                a.evidence.append(evidence)
            return a
        actor_id = stable_id("x-", "person", k.full, country or "", length=12)
        if actor_id not in self.actors:
            self.actors[actor_id] = Actor(id=actor_id, name=name, country=country, sector=sector if country else None,
                                          kind="person", roles=[role] if role else [], source="discovered",
                                          evidence=[evidence] if evidence else [])
            self._index_person(name, actor_id)
        return self.actors[actor_id]

    def _organisation(self, text: str, label: str) -> Actor | None:
        name = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
        if _TITLE_START.match(name) and "ministry" not in name.lower():
            return None  # a title the model tagged ORG ("Minister of External Economic Relations")
        if label == "ORG":
            lex = self.kb.lexicon_entry(name, "org")
            if lex is not None:
                actor = self._entry_actor(lex)
                if "PETRARCH2 Phoenix dictionary" not in actor.evidence:
                    actor.evidence.append("PETRARCH2 Phoenix dictionary")
                return actor
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
            of = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w'’\- ]+)$", name)
            if country is None and of:  # "Atomic Energy Organization of Iran"
                owner = self.kb.lookup(of.group(1))
                if owner is not None and owner.kind in ("country", "government"):
                    country = owner.country
        if country is None and label == "GPE":
            country = gazetteer().find(name)[0] if gazetteer().find(name) else None
        key = normalise_name(name)
        if not key or len(key) < 2:
            return None
        kind = KIND_BY_LABEL.get(label, "unknown")
        actor_id = stable_id("x-", key, length=12) if country is None else stable_id("x-", country, key, length=12)
        if actor_id not in self.actors:
            sector = (sector_of(name) or self.kb.agent_sector(name)) if kind == "organisation" else None
            self.actors[actor_id] = Actor(id=actor_id, name=name, country=country, sector=sector, kind=kind,
                                          source="discovered",
                                          evidence=[f"name: {name}"] if country and kind == "organisation" else [])
        return self.actors[actor_id]

    def _place(self, text: str, container: str | None = None) -> Actor | None:
        """A place: its country from the gazetteer, else from the place the text says it is in."""
        name = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
        key = normalise_name(name)
        if not key or len(key) < 2:
            return None
        found = gazetteer().find(name)
        country, evidence = (found[0], f"gazetteer ({found[1]})") if found else (None, None)
        if country is None and container:
            country = self._country_in(container)
            evidence = f"stated: {container}" if country else None
        # keyed by the gazetteer's answer only: a country stated in one article fills in a place the
        # gazetteer does not know, without splitting it from the same name in other articles
        actor_id = stable_id("x-", "place", found[0] if found else "", key, length=12)
        a = self.actors.get(actor_id)
        if a is None:
            a = self.actors[actor_id] = Actor(id=actor_id, name=name, country=country, kind="place",
                                              source="discovered", evidence=[evidence] if evidence else [])
        elif a.country is None and country:
            a.country = country
            a.evidence.append(evidence)
            self.changed.add(a.id)
        return a

    def _country_in(self, phrase: str) -> str | None:
        """The one country a short phrase names ("in Russia's Amur Region", "Iranian foreign ministry")."""
        owner = self._owner_in(phrase)
        if owner is not None:
            return owner.country
        words = re.findall(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*", phrase)
        found = {gazetteer().find(w)[0] for w in words if gazetteer().find(w)}
        return found.pop() if len(found) == 1 else None

    def _owner_in(self, phrase: str) -> KBEntry | None:
        """The country, government or coded organisation a role names, longest name first ("IDF", "North
        Korea's", "Iranian"); None when it names two different countries."""
        words = re.findall(r"[\w.'’\-]+", phrase)
        hits: list[KBEntry] = []
        used: set[int] = set()
        for n in range(min(5, len(words)), 0, -1):
            for i in range(0, len(words) - n + 1):
                if used & set(range(i, i + n)):
                    continue
                chunk = " ".join(words[i:i + n])
                if n == 1 and (not chunk[:1].isupper() or len(chunk) < 2):
                    continue
                e = self.kb.lookup(chunk)
                if e is None and chunk[:1].isupper():
                    e = self.kb.lexicon_entry(chunk, "org")
                if e is not None and e.country and e.kind in ("country", "government", "organisation"):
                    hits.append(e)
                    used.update(range(i, i + n))
        countries = {e.country for e in hits}
        if len(countries) != 1:
            return None
        orgs = [e for e in hits if e.kind == "organisation" and e.sector]
        return orgs[0] if orgs else hits[0]

    def _role_context(self, role: str | None) -> tuple[str | None, str | None, str | None]:
        """(country, sector, evidence) from a person's role ("IDF spokesperson Rear Adm." -> ISR, MIL)."""
        if not role:
            return None, None, None
        owner = self._owner_in(role)
        if owner is None:
            # a place the role names ("Lipetsk's governor") or a known person's ("leader of Yoon's party")
            country = self._country_in(role)
            if country is None:
                people = {e.country for w in re.findall(r"[A-Z][\w\-]+", role)
                          if (e := self.kb.lookup(w)) is not None and e.kind == "person" and e.country}
                country = people.pop() if len(people) == 1 else None
            if country is None:
                return None, None, None
            return country, sector_of(role) or self.kb.agent_sector(role), f"role: {role}"
        if owner.country in (None, "IGO") and owner.kind != "organisation":
            return None, None, None
        sector = sector_of(role)
        if owner.kind == "organisation" and owner.sector and sector in (None, "GOV"):
            sector = owner.sector  # "IDF spokesperson": the IDF's sector, not the spokesperson's
        sector = sector or self.kb.agent_sector(role)
        return owner.country, sector, f"role: {role}"

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
            words = re.findall(r"[A-Za-z\-]+", gap.replace("’s", " ").replace("'s", " "))
            # only title words between the country and the name ("'s foreign minister"), never a clause
            # ("... to the swearing in of President")
            if re.fullmatch(r"(['’]s)?[ A-Za-z\-]*", gap) and sector_of(gap) and len(words) <= 4 \
                    and all(_is_title_word(w) for w in words):
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
        m.kind = actor.kind if actor.kind != "unknown" else m.kind

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
        # one full name is one person within an article: the context one of its mentions gives
        # ("American comedian X") holds for its other mentions
        context: dict[str, tuple[str | None, str | None, str | None, str | None]] = {}
        for m in mentions:
            if m.label != "PERSON" or m.evidence == "dateline":
                continue
            k = name_key(m.text)
            if k is None or not k.given or k.full in context:
                continue
            country, sector, evidence = self._role_context(m.role)
            role = m.role
            if country is None:
                country, sector, role = self._title_context(analysis, m, located)
                evidence = f"title: {role}" if country else None
            if country is not None:
                context[k.full] = (country, sector, role, evidence)
        for m in mentions:
            if m.evidence == "dateline" or _dateline(analysis.article.text, m):
                continue  # "SEOUL:" says where the report was filed, not who acted
            actor = None
            if m.label in ACTOR_LABELS and not (m.kind == "place" and m.label == "ORG"):
                actor = self.kb_match(m.text, m.label)
            elif m.label in ("LOC", "FAC"):
                entry = self.kb.lookup(m.text)  # "the North" tagged LOC is still North Korea
                actor = self._entry_actor(entry) if entry is not None and entry.kind == "country" else None
            if actor is None and m.label == "PERSON":
                k = name_key(m.text)
                if k is None:
                    continue
                if not k.given:
                    short.append(m)  # decided once the article's full names are known
                    continue
                country, sector, role, evidence = context.get(k.full, (None, None, m.role, None))
                actor = self._person(m.text, country, sector, role, evidence)
                if actor is not None and evidence:
                    m.evidence = evidence
            elif actor is None and (m.kind == "place" or m.label in ("LOC", "FAC")):
                actor = self._place(m.text, m.role)
            elif actor is None and m.label in ("ORG", "GPE"):
                if _title_fragment(analysis.article.text, m):
                    continue
                if m.label == "ORG" and not m.text.isupper() and self.kb.lexicon_entry(m.text, "org") is None \
                        and gazetteer().find(m.text) is not None:
                    m.kind = "place"  # "Natanz", "Lipetsk" tagged ORG: the gazetteer knows them as places
                    actor = self._place(m.text, m.role)
                else:
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


def _is_title_word(word: str) -> bool:
    from dossier.nlp.entities import _title_words

    w = word.lower()
    return w in _title_words() or w in ("foreign", "defence", "defense", "interior", "prime", "vice", "deputy",
                                        "first", "supreme", "state", "minister", "ministry", "secretary",
                                        "economic", "external", "relations", "affairs", "trade", "finance")


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
