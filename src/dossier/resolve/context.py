"""Country from the article for the bodies and office-holders that carry none in their name.

News names its own country's institutions bare: "the Defense Ministry said", "the National Assembly
voted", "Cabinet met", "Defense Minister Yoav Gallant". The knowledge base cannot know whose ministry
that is; the article can. This module gathers what one article says about where it stands, and the
resolver asks it, strongest evidence first (every answer keeps its evidence and the rule's name):

1. ``acronym``: "Rapid Support Forces (RSF)": a later "RSF" is the body the article spelt out, even in
   another language's letters ("National Police (PNH)": then no setting guesses its country). The
   article's expansion outranks a known body of the same letters ("Armed Forces of the Philippines (AFP)");
2. ``antecedent``: the same body named earlier (or later) with its country: "South Korea's National
   Assembly" ... "the National Assembly";
3. ``name``: a place inside the name ("Hawaii Emergency Management Agency" -> USA), from the gazetteer;
4. ``dateline``: for a *generic* institution (every word of its name an ordinary English word and its
   head an institution noun: "Defense Ministry", "Democratic Party", "Federal Penitentiary Service"),
   the country of the place the report was filed from ("SEOUL —");
5. ``sentence``: for a generic institution, the one country named in its sentence before it or in
   the sentence before ("... in Khartoum, Sudan. The Rapid Support Forces said ...");
6. ``dominant``: for a generic institution, the country a report on one country names again and again
   (at least four times, two thirds of its country words, and no other country twice). A report on a
   visit, talks or a war names both sides and places nothing this way: precision first. A country named by
   its post abroad ("the Swedish embassy in Baghdad", "Qatar's ambassador") is not counted: it is present
   where the story is set without being its setting (``foreign_mission``).
7. ``leading`` and ``sole``: for a state's own courts, parliament, cabinet and agencies of investigation or
   prosecution only, the country named at least four times and twice as often as any other, or the only country
   the article names at all, twice or more ("the Central Bureau of Investigation arrested him at his home in New
   Delhi": a national outlet names its own state's bureau bare). On the 25 read real-news sets ``sole`` placed 8
   bodies the analysts had marked "country empty but given", and no other.

Within an article one generic name is one body: a mention left unplaced takes the country another
mention of the same name got. Across articles a body is keyed by its country and its bare name, so
"Brazilian Supreme Court", "Brazil's Supreme Court" and a "Supreme Court" placed in Brazil are one actor.

Rules 4-6 apply to generic names only: a name with a proper noun of its own ("Borussia Dortmund")
is somebody's name, not a description a reader completes from context. A person gets rules 4-6 only
when their role names an office ("Defense Minister", "army chief", "Gen.") and no country, only for
the article's most named country and only when it leads clearly (twice any other: a report on two sides
may mean either's minister), and never for a calling (a singer at a Paris ceremony is not French); before those, "his Vice President X" holds the office in the country of
the person the sentence named just before (resolver.py).

What the article says of a person comes before any of that (resolver.py, each with its evidence): a country's
possessive right before the name ("Macedonia's X"), a region's adjective in the role ("Catalan president X": the
region's country, only for regions in one state and only for people), a nationality word the parse glued to the
name ("Macedonians X"), and a "counterpart" holds the office of the person named before in the sentence. A role
that names no country still gives the person's trade ("a journalist working for X": MED, no country). A bare
ministry takes the country of its minister named in the same or one of the two sentences before, when the
article's ministers of that portfolio are one country's.

"Ordinary English word" is read from pyspellchecker's English word-frequency list (MIT): a word seen
at least ``_ORDINARY`` times there and not a place or a country. Institution heads come from the PLOVER
agents lexicon and ``data/sectors.yaml``. Hand-written because the rules are dossier's policy on
which context may complete an actor; the resources are packages and data files.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dossier.records import Analysis, Mention
from dossier.resolve.places import gazetteer

# a capital inside a lower-case word that does not start a surname ("SpaceX", "OpenAI"; not "McDonald")
# Mention.evidence of a place name used for where, not who ("talks in Moscow"): set by nlp/entities.py, read
# by the resolver, which then keeps a capital as the city instead of its government
LOCATIVE = "named as where something is or happens"
TITLE_DATELINE = "dateline (Title Case, before a dash or colon)"
# four letters at least: "MoD", "DoD", "MoI" are a ministry's initials with a small "of", not a brand
BRAND = re.compile(r"^(?=.{4})(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O'|D')[A-Z])[A-Z]?[a-z]+[A-Z][A-Za-z]*$")
_COMMON = 2000  # "california" 1029, "washington" 1306; "lakes" 2936, "unity" 4217, "line" 221164
_ORDINARY = 500  # pyspellchecker counts: "penitentiary" 1213, "democratic" 9830; "israel" 237, "rostov" 50
# the article's dominant country (see ArticleContext.dominant): precision first, so a clear majority. A
# visit is the hard case: "Modi in Moscow" names Russia ten times and India twice, and the Indian
# ministry's spokesman is not Russian
_DOMINANT_MIN = 4
_DOMINANT_SHARE = 2 / 3
_FUNCTION = frozenset({"of", "the", "and", "for", "on", "in", "'s", "’s", "&"})
# nouns that head the name of a body (beside the agents lexicon and sectors.yaml)
_BODY_HEADS = frozenset({"ministry", "cabinet", "assembly", "parliament", "council", "committee", "commission",
                         "court", "party", "command", "service", "agency", "office", "department", "army", "navy",
                         "police", "guard", "forces", "force", "government", "senate", "congress", "duma",
                         "tribunal", "bank", "authority", "directorate", "bureau", "administration", "presidency",
                         "secretariat", "board", "corps", "militia", "front", "movement", "union", "federation",
                         "league", "coalition", "alliance", "staff", "chiefs", "prosecutors", "prosecutor",
                         "legislature", "judiciary", "junta", "regime", "inspectorate", "unit", "brigade"})


@dataclass(slots=True, frozen=True)
class Inference:
    country: str
    rule: str  # acronym | antecedent | name | dateline | sentence
    evidence: str


@lru_cache(maxsize=1)
def _word_counts() -> dict[str, int]:
    raw = resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
    return json.loads(gzip.decompress(raw).decode("utf-8"))


# the list spells American English: British spellings are looked up under their American form
_BRITISH = ((re.compile(r"our(s|ed|ing)?$"), r"or\1"), (re.compile(r"([^aeiou])re(s|d)?$"), r"\1er\2"),
            (re.compile(r"ence$"), "ense"), (re.compile(r"is(ation|e|ed|ing|es)$"), r"iz\1"),
            (re.compile(r"mme$"), "m"))


def ordinary_word(word: str) -> bool:
    """An everyday English word ("defense", "democratic", "defence"), not a name ("Dortmund", "Hagari")."""
    w = word.lower()
    counts = _word_counts()
    if counts.get(w, 0) >= _ORDINARY:
        return True
    for pat, rep in _BRITISH:
        us = pat.sub(rep, w)
        if us != w and counts.get(us, 0) >= _ORDINARY:
            return True
    return False


def common_word(word: str) -> bool:
    """A word English uses mostly as a word ("unity", "line", "delta"), not mostly as a name ("texas",
    "hawaii", "victoria"): pyspellchecker's counts for lower-case text put the names of places that are
    also words well below ``_COMMON``."""
    return _word_counts().get(word.lower(), 0) >= _COMMON


def _names_a_place(word: str, kb) -> bool:
    """A word that is a country, a capital, a region or a known actor's name; an ordinary word that is
    also a small town's name ("Alliance", "Federal") does not count."""
    e = kb.lookup(word)
    if e is not None and e.kind in ("country", "government", "person", "organisation", "group"):
        return True
    hit = gazetteer().find(word)
    return hit is not None and (hit[1] in ("country", "capital", "region", "listed") or not ordinary_word(word))


@lru_cache(maxsize=1)
def _institution_heads() -> frozenset[str]:
    from dossier.resolve.kb import load_kb
    from dossier.resolve.resolver import sector_words

    kb = load_kb()
    kb.agent_sector("")  # loads the agents lexicon
    heads = set(_BODY_HEADS)
    heads.update(phrase.split()[-1] for phrase in (kb._agents or {}))
    for _, pat in sector_words():
        heads.update(w.split()[-1] for w in re.findall(r"[a-z][a-z ]*[a-z]", pat.pattern.replace("\\ ", " ")))
    return frozenset(h for h in heads if h.isalpha())


def _content_words(name: str) -> list[str]:
    words = re.findall(r"[A-Za-z][\w'’\-]*", name)
    return [w for w in words if w.lower() not in _FUNCTION]


def head_word(name: str) -> str:
    """The head noun of a name: the last word, or the word before "of" ("Board of Governors" -> "Board")."""
    m = re.match(r"^(.*?)\s+of\s+", name)
    words = _content_words(m.group(1) if m else name)
    return words[-1].lower() if words else ""


def is_institution(name: str) -> bool:
    return head_word(name) in _institution_heads()


def is_generic_institution(name: str, kb) -> bool:
    """A body named by ordinary words only ("the Defense Ministry", "Democratic Party"): whose it is
    is left to the context. Not generic: any word a place, a country or a known name."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    words = _content_words(name)
    if not words or not is_institution(name):
        return False
    for w in words:
        if not (ordinary_word(w) or w.lower() in _institution_heads()):
            return False
        if _names_a_place(w, kb):
            return False
    return True


_ACRONYM = re.compile(r"(?P<long>(?:[A-Z][\w'’\-]*\s+)(?:(?:of|the|for|and|on|[A-Z][\w'’\-]*)\s+){0,7}?"
                      r"[A-Z][\w'’\-]*)\s*\(\s*(?P<short>[A-Z][A-Za-z]{1,7})\s*\)")


# the collective nouns a body's name opens with in the possessive ("People's Party", "Workers' Party")
_NAME_POSSESSIVES = re.compile(r"(?:People|Worker|Women|Children|Citizen|Farmer|Veteran|Nation)(?:['’]s|s['’]|s['’]s)")


def acronyms(text: str) -> dict[str, str]:
    """"Rapid Support Forces (RSF)" -> {"RSF": "Rapid Support Forces"}: the acronym's letters are the
    initials of the capitalised words before it (function words may be skipped)."""
    out: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        short = m.group("short")
        words = m.group("long").split()
        # the shortest run of words ending before the bracket whose initials spell the acronym
        for i in range(len(words) - 1, -1, -1):
            run = words[i:]
            if run[0][0].isupper() and _spells(short, run):
                out.setdefault(short, " ".join(run))
                break
        else:
            # another language's word order and one more word ("National Police (PNH)": Police Nationale
            # d'Haïti): the run's initials are all among the acronym's letters, one letter to spare
            # every letter used first ("National Electoral Council (CNE)", not "Electoral Council")
            for spare in (0, 1):
                runs = [words[i:] for i in range(len(words) - 2, -1, -1)
                        if words[i][0].isupper() and _rearranged(short, words[i:], spare)]
                if runs:
                    run = runs[0]
                    k = len(words) - len(run)
                    if k > 0 and re.fullmatch(_NAME_POSSESSIVES, words[k - 1]):
                        # "Peoples' Democratic Party (HDP)": the name's own possessive word opens it (its letter
                        # is another language's), not a word before the name
                        run = words[k - 1:]
                    out.setdefault(short, " ".join(run))
                    break
    return out


def _rearranged(short: str, words: list[str], spare_letters: int = 1) -> bool:
    initials = sorted(w[0] for w in words if w[:1].isupper())
    letters = sorted(short.upper())
    if len(initials) < 2 or len(letters) - len(initials) != spare_letters or not short.isupper():
        return False
    spare = list(letters)
    for c in initials:
        if c not in spare:
            return False
        spare.remove(c)
    return True


def _spells(short: str, words: list[str]) -> bool:
    caps = [w for w in words if w[:1].isupper()]
    initials = "".join(w[0] for w in caps).upper()
    full = "".join(w[0] for w in words).upper()
    return short.upper() in (initials, full) and len(short) >= 2


# "a bank established by the BRICS developing nations", "a body of 15 member states"
_OWNED_BY_STATES = re.compile(r"\b(?:by|of|among|between|from)\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,3}"
                              r"(?:nations|countries|states|governments|member\s+states)\b", re.I)
# a country named as the other party of what the sentence reports: "with France", "against Israel"
_COUNTERPART = re.compile(r"\b(?:with|against|towards?|from)\s+(?:the\s+)?$", re.I)


# "the Swedish embassy in Baghdad", "Qatar's ambassador", "the embassy of Sweden": a country named by its post
# abroad, which stands where the story is set without being its setting
_MISSION_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:new|former|top|acting|chief|senior|deputy)\s+)?(?:embass(?:y|ies)|"
                            r"consulates?|consuls?|ambassadors?|envoys?|diplomats?|diplomatic\s+(?:mission|staff)|"
                            r"legations?|charg[eé]s?\s+d['’]affaires)\b", re.I)
_MISSION_BEFORE = re.compile(r"\b(?:embass(?:y|ies)|consulates?|ambassadors?|envoys?)\s+of\s+(?:the\s+)?$", re.I)


def foreign_mission(text: str, start: int, end: int) -> bool:
    """Does the country word at ``text[start:end]`` name a diplomatic post or envoy ("the Swedish embassy",
    "Qatar's ambassador", "the embassy of Sweden")? Such a country is present abroad, where the story is set."""
    return bool(_MISSION_AFTER.match(text, end)) or bool(_MISSION_BEFORE.search(text[max(0, start - 30):start]))


class ArticleContext:
    """What one article says about where it stands: its dateline, the countries each sentence names."""

    def __init__(self, analysis: Analysis) -> None:
        self.text = analysis.article.text
        self.acronyms = acronyms(self.text)
        # short forms in another language's letters ("PNH"): the spare letter is often the country the
        # English name leaves out, so the article's setting must not guess it
        self.foreign_acronyms = {k for k, v in self.acronyms.items() if not _spells(k, v.split())}
        self.dateline: tuple[str, str] | None = None
        self._by_sentence: dict[int, list[tuple[int, str, str]]] = {}  # sentence -> (start, country, text)
        self.named: list[tuple[str, str, str, bool]] = []  # (normalised name, country, as written, qualified)
        self._dominant: tuple[Inference | None] | None = None
        # country words naming a post abroad ("the Swedish embassy in Baghdad"): the country is present where
        # the story is set without being its setting, so they are not counted towards the article's country
        self._missions: set[int] = set()

    def set_dateline(self, country: str, text: str) -> None:
        if self.dateline is None:
            self.dateline = (country, text)

    def add_country(self, m: Mention, country: str) -> None:
        if country and country != "IGO":
            self._by_sentence.setdefault(m.sentence, []).append((m.start, country, m.text))
            if foreign_mission(self.text, m.start, m.end):
                self._missions.add(m.start)

    def add_named(self, key: str, country: str, written: str, qualified: bool = False) -> None:
        """A body placed in this article; ``qualified`` when a modifier outside its span placed it
        ("Russian" for "Security Council")."""
        self.named.append((key, country, written, qualified))

    def antecedent(self, key: str) -> Inference | None:
        """The same body named with its country elsewhere in the article ("South Korea's National
        Assembly" for "the National Assembly"); one country only."""
        hits = {(c, w) for k, c, w, q in self.named if (k == key and q) or k.endswith(" " + key)}
        countries = {c for c, _ in hits}
        if len(countries) != 1:
            return None
        return Inference(countries.pop(), "antecedent", f"named in the article: {sorted(hits)[0][1]}")

    def several_states_own(self, m: Mention) -> bool:
        """Does the apposition after a body say several states own it? "the New Development Bank, a bank
        established by the BRICS developing nations, which includes Brazil, Russia, India ...": a body
        of several states (or of "nations") is none of them, whatever the dateline or the sentence says."""
        rest = self.text[m.end:]
        if not re.match(r"\s*,\s+(?:a|an|the|set\s+up|established|founded|created|formed|owned)\b", rest):
            return False
        end = re.search(r"[.;!?](?:\s|$)", rest)
        apposition = rest[:end.start() if end else len(rest)]
        if _OWNED_BY_STATES.search(apposition):
            return True
        stop = m.end + len(apposition)
        return len({c for s, c, _ in self._by_sentence.get(m.sentence, []) if m.end <= s < stop}) >= 2

    def placed_in_sentence(self, sentence: int) -> list[tuple[int, str, str]]:
        """What the resolver placed in one sentence: (start, country, text as written) per mention."""
        return self._by_sentence.get(sentence, [])

    def sentence_country(self, m: Mention) -> Inference | None:
        """The one country named in the sentence before the mention and in the sentence before that,
        when it is also the country the article names most (two weak signals that agree: a sentence's
        only country alone is often the other side, "... pro-North Korean forces. The Democratic Party
        said ...")."""
        here = [(s, c, t) for s, c, t in self._by_sentence.get(m.sentence, []) if s < m.start]
        before = self._by_sentence.get(m.sentence - 1, []) if m.sentence > 0 else []
        found = here + before
        countries = {c for _, c, _ in found}
        if len(countries) != 1:
            return None
        if any(_COUNTERPART.search(self.text[max(0, s - 40):s]) for s, _, _ in found):
            # "ended the accord signed with the French Republic ... said Foreign Minister X": the country
            # a sentence names as the other party is not the speaker's
            return None
        country = countries.pop()
        if country != self.top():
            return None
        words = ", ".join(sorted({t for _, _, t in found}))
        return Inference(country, "sentence", f"sentence names: {words}; the article's most named country")

    def top(self) -> str | None:
        """The country the article names most often (countries, capitals, places), if strictly first."""
        ranked = sorted(self.counts().items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def leads(self) -> bool:
        """Does the most named country lead clearly (named at least twice as often as any other)? A report
        on two sides ("Venezuela's referendum on Guyana's Essequibo") names both often, and a bare office in
        it ("Defense Minister X") may be either side's."""
        ranked = sorted(self.counts().values(), reverse=True)
        return bool(ranked) and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1])

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for found in self._by_sentence.values():
            for s, c, _ in found:
                if s not in self._missions:
                    out[c] = out.get(c, 0) + 1
        return out

    def dominant(self) -> Inference | None:
        """The one country the article is about, when it dominates: named at least ``_DOMINANT_MIN`` times
        (countries, nationality words, capitals, places) and at least ``_DOMINANT_SHARE`` of all the
        country words of the article, and no other country named more than once. A report on one country's court or cabinet names that country
        again and again; a report on two sides (a visit, a war, talks) names both and has none, so the
        rule leaves its bare "Foreign Ministry" alone: a wrong country is worse than none.

        Decided once, at the first question, from what the article itself placed by then: a body this
        rule places must not vote for the rule's own answer."""
        if self._dominant is None:
            self._dominant = (self._dominant_country(),)
        return self._dominant[0]

    def _counts_with_bodies(self) -> dict[str, int]:
        """``counts`` and the bodies placed by their own name or phrase ("Brazilian Supreme Court")."""
        counts = self.counts()
        for _, country, _, _ in self.named:
            if country != "IGO":
                counts[country] = counts.get(country, 0) + 1
        return counts

    def _dominant_country(self) -> Inference | None:
        counts = self._counts_with_bodies()
        total = sum(counts.values())
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < _DOMINANT_MIN or ranked[0][1] < _DOMINANT_SHARE * total:
            return None
        if len(ranked) > 1 and ranked[1][1] > 1:
            return None  # another country named twice is a second side: a visit, talks, a war
        country, n = ranked[0]
        return Inference(country, "dominant", f"the article's dominant country ({n} of {total} country words)")

    def leading(self) -> Inference | None:
        """The country the article names at least ``_DOMINANT_MIN`` times and twice as often as any other: weaker
        than ``dominant`` (a second country named in passing, "the Panama Papers" in a Pakistani court story, does
        not undo it), for a state's own institutions named by ordinary words only ("the Supreme Court", "the
        Cabinet"), which a report names for the country it is about."""
        counts = self._counts_with_bodies()
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < _DOMINANT_MIN or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        country, n = ranked[0]
        return Inference(country, "leading", f"the article's leading country ({n} of {sum(counts.values())} "
                                             f"country words, twice any other)")

    def sole(self) -> Inference | None:
        """The only country the article names at all, named at least twice (its places count: "New Delhi",
        "Delhi"): a national outlet's report on its own country's agency names no other state ("the Central
        Bureau of Investigation arrested ... from his home in New Delhi"). Weaker than ``dominant``, so only for
        a state's own institutions named by ordinary words, as ``leading``."""
        counts = {c: n for c, n in self._counts_with_bodies().items() if c != "IGO"}
        if len(counts) != 1:
            return None
        country, n = next(iter(counts.items()))
        if n < 2:
            return None
        return Inference(country, "sole", f"the only country the article names ({n} times)")

    def place_country(self) -> Inference | None:
        if self.dateline is None:
            return None
        return Inference(self.dateline[0], "dateline", f"dateline: {self.dateline[1]}")


def name_country(name: str, kb) -> Inference | None:
    """A place inside an organisation's name ("Hawaii Emergency Management Agency" -> USA); the
    longest run of capitalised non-institution words the gazetteer knows, one country only."""
    words = _content_words(name)
    heads = _institution_heads()
    found: set[tuple[str, str]] = set()
    i = 0
    while i < len(words):
        for n in range(min(3, len(words) - i), 0, -1):
            chunk = words[i:i + n]
            if any(w.lower() in heads or not w[:1].isupper() for w in chunk):
                continue
            text = " ".join(chunk)
            hit = gazetteer().find(text)
            if hit is not None and n == 1 and ordinary_word(text) and hit[1] not in ("country", "region"):
                hit = None  # "Victoria", "Alliance", "Federal": ordinary words before they are towns
            if hit is not None and n == 1 and hit[1] == "region" and common_word(text):
                # "National Unity Government", "the Blue Line": a word this common ("unity", "line",
                # "lakes") is the word, not the South Sudanese state or the Line Islands it also names;
                # "Texas", "Hawaii" are names first and still place
                hit = None
            if hit is not None and hit[1] in ("country", "capital", "region", "listed"):
                found.add((hit[0], text))
                i += n - 1
                break
        i += 1
    countries = {c for c, _ in found}
    if len(countries) != 1:
        return None
    return Inference(countries.pop(), "name", f"name: {sorted(found)[0][1]}")
