"""A learned choice of a discovered actor's country from the article around it (issue 17: "country and sector
from context").

The resolver places a person or body it does not know by what the text says of it: a nationality or a country
in its title ("Iranian foreign ministry spokesman"), a body it leads, an apposition. When nothing says so in
those words it leaves the country empty, and analysts reading dossier's actors on 32 sets of real news it was
not developed on (``scripts/heldout``) found the country given by the article for about one discovered actor in
six left empty that way ("Foreign Minister Ri Yong Ho" in a report from Pyongyang, "House Speaker Kevin
McCarthy" in one from Washington), and wrote which country it was. Rules for each way a text gives a country
were tried for years and each fixed the set it was read on; here a model weighs the cues instead, fitted on those
verdicts and scored leaving one set out.

For one discovered person, body or group with no country, every country the article names at least twice (a
country, its capital, a nationality, a place in it, a known actor of it) or gives as its dateline is a candidate,
described by how the article names it (its share of the article's country words, its rank, the dateline, the lead)
and where it stands to the actor's mentions (the same sentence, the next one, a nationality or country just
before the name, how near), with what the actor is (person, body, group; a role, an office's word, a sector), and,
for a person, how the name is spelt against the people's names of each country in the PETRARCH2 actor lexicon
(``name_fit``: a naive Bayes over letter trigrams and words; how names of a country are spelt, not who is who).
A logistic regression gives P(this is the actor's country); the best candidate is taken when P reaches the
threshold, the lowest whose out-of-set precision is at least ``PRECISION`` with 95% confidence (the lower end of
a Wilson interval): more than five right countries for each wrong one, so a wrong country costs more than an
empty one. The country keeps its evidence ("context model: ..."), as every inferred country does.

What the resolver's rules hold for the setting holds here too, so the model is not asked: a mission (an embassy's
country is the sender's, which no host tells), an officer of a world body ("EP vice president X"), a calling that
travels ("singer X", "correspondent Y"), someone's own aide or envoy ("his envoy, X": whose "his" is), the host of
a visit by another country's people, a country the article names once ("after talks in Norway, X flew home"), a
country the person is posted to ("the ambassador to Brazil").

The words of a name are no feature by themselves: a model that learns that "Kim" is Korean from the sets learns
the sets' people; the lexicon's thousands of names of each country tell how a country's names are spelt instead.
Hand-written inference (a dot product over named features), as the other models under ``nlp/data``: the weights
are plain arrays loaded without pickle. ``country_model_train.py`` (``make train-country``) fits it from verdicts
and texts kept outside the repository (third-party text); only the weights and the figures are shipped
(``data/country_model.npz``, ``data/country_model.meta.json``).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

PRECISION = 0.85
MODEL_KINDS = frozenset({"person", "organisation", "group"})
PLACE_KINDS = frozenset({"country", "government", "place"})
# titles of an office a state fills: its holder is that state's, the setting is usually whose
_OFFICE = re.compile(r"(?i)\b(?:minister|ministry|president|premier|chancellor|spokes(?:man|woman|person)|"
                     r"ambassador|envoy|secretary|general|admiral|colonel|commander|chief|speaker|senator|"
                     r"lawmaker|legislator|mp|deputy|governor|mayor|police|army|military|prosecutor|judge|"
                     r"magistrate|official|diplomat|adviser|advisor|king|queen|prince|emir|sheikh)\b")
_NEAR = (40, 150, 400, 1200)
NAME_SHARPNESS = 3.0


def _bucket(d: float) -> str:
    for i, limit in enumerate(_NEAR):
        if d <= limit:
            return str(i)
    return str(len(_NEAR))


def country_words(mentions: list[Any], actor_kind) -> list[tuple[Any, str, bool]]:
    """Every mention of the article that names a country: (mention, country, whether it is a place word --
    a country, its government or capital, a nationality, a place in it -- rather than a person or body of it)."""
    out = []
    for m in mentions:
        c = m.country
        if not c or c == "IGO" or not m.actor_id:
            continue
        kind = actor_kind(m.actor_id)
        out.append((m, c, kind in PLACE_KINDS or m.label in ("GPE", "NORP", "LOC", "FAC")))
    return out


# what may stand between a country word and the name it places: title words ("North Korean Foreign Minister Ri
# Yong Ho"), a possessive ("Israel's envoy X"), a few lower-case role words ("the Chinese foreign ministry
# spokesman Geng Shuang"); not a clause or a list ("for Ukraine, and McCarthy", "Ukraine and McCarthy")
_TITLE_RUN = re.compile(r"(?:['\u2019]s)?(?:\s+(?!(?:and|or|with|to|by|for|in|at|on|from|as|than|that|who|which|"
                        r"said|says|told|met|after|before|while|but)\b)[\w.'\u2019-]+){0,6}\s+")
# "X of Iran", "X, the Iranian ...", "X (Iran)"
_AFTER_NAME = re.compile(r"\s+of\s+(?:the\s+)?|,\s+(?:the|a|an)\s+|,\s+|\s*\(")


def candidates(actor: Any, mentions: list[Any], words: list[tuple[Any, str, bool]], text: str,
               dateline: str | None = None) -> dict[str, dict]:
    """Features of each country the article names as the country of ``actor`` (whose mentions are
    ``mentions``); ``dateline`` is the country of the report's dateline, when it has one."""
    if _MISSION.search(actor.name or ""):
        return {}  # "the Consulate General of Antwerp": a mission is the sending state's, which no host tells
    roles = " ".join([*(getattr(actor, "roles", None) or []), *(m.role or "" for m in mentions)])
    if _WORLD_BODY.search(roles):
        return {}  # "EP vice president X": an officer of a body of no one country, wherever the story is set
    if _CALLING.search(roles) or any(_CALLING.search(text, max(0, m.start - 30), m.start) for m in mentions):
        return {}  # "singer X", "correspondent Y": the stage and the press travel; the setting is not their country
    if any(_OWNED_TITLE.search(text, max(0, m.start - 40), m.start) for m in mentions):
        return {}  # "his envoy, X": the country of whom "his" stands for, which the rules of the events read
    places = [(m, c) for m, c, is_place in words if is_place]
    every = [(m, c) for m, c, _ in words if m.actor_id != actor.id]
    if not every and not dateline:
        return {}
    place_count: dict[str, int] = {}
    for _, c in places:
        place_count[c] = place_count.get(c, 0) + 1
    any_count: dict[str, int] = {}
    for _, c in every:
        any_count[c] = any_count.get(c, 0) + 1
    ranked = sorted(place_count, key=lambda c: -place_count[c])
    n_places = sum(place_count.values())
    n_any = sum(any_count.values())
    lead_end = min(len(text), 400)
    base = {"kind=" + str(actor.kind): 1.0, "n_countries": min(len(any_count), 6) / 6,
            "n_mentions": min(len(mentions), 5) / 5}
    if roles.strip():
        base["has_role"] = 1.0
    if _OFFICE.search(roles) or any(_OFFICE.search(text[max(0, m.start - 40):m.start]) for m in mentions):
        base["office"] = 1.0
    if actor.sector:
        base["sector=" + actor.sector] = 1.0
    top_share = place_count[ranked[0]] / n_places if ranked else 0.0
    second_share = place_count[ranked[1]] / n_places if len(ranked) > 1 else 0.0
    sentences = {a.sentence for a in mentions}
    visited = {c for m, c in places if _VISITED.search(text, max(0, m.start - 40), m.start)}
    fits = name_fit(actor.name, sorted(set(any_count) | ({dateline} if dateline and dateline != "IGO" else set()))) \
        if actor.kind == "person" else {}
    in_sentences = [c for m, c in every if m.sentence in sentences]
    out: dict[str, dict] = {}
    for c in set(any_count) | ({dateline} if dateline and dateline != "IGO" else set()):
        f = dict(base)
        share = place_count.get(c, 0) / n_places if n_places else 0.0
        f["share_places"] = share
        f["share_any"] = any_count.get(c, 0) / n_any if n_any else 0.0
        if in_sentences:
            f["share_sentences"] = in_sentences.count(c) / len(in_sentences)
        if c == dateline:
            f["dateline_country"] = 1.0
        if fits:
            f["name_fit"] = min(1.0, max(0.0, (math.log10(max(fits[c][0], 1e-9)) + 4) / 4))
            if fits[c][1]:
                f["name_top3"] = 1.0
        if ranked and c == ranked[0]:
            f["top"] = 1.0
            f["top_margin"] = top_share - second_share
        elif c in place_count and len(ranked) > 1 and c == ranked[1]:
            f["second"] = 1.0
        if c not in place_count:
            f["only_people"] = 1.0  # named only through a person or body of it
        mine = [m for m, cc in every if cc == c]
        if len(mine) < 2 and c != dateline:
            continue  # named once ("after talks in Norway, X flew home"): too little to place anyone by
        if c in visited and len(any_count) > 1:
            continue  # the host of a visit by another country's people
        if any(m.sentence in sentences and _POSTED.search(text, max(0, m.start - 40), m.start) for m in mine):
            continue  # "X, the ambassador to Brazil": the country X is posted to is not X's
        if any(m.start < lead_end for m in mine):
            f["in_lead"] = 1.0
        if any(m.start < 60 for m in mine):
            f["dateline"] = 1.0
        same = sum(1 for m in mine for a in mentions if m.sentence == a.sentence)
        nextdoor = sum(1 for m in mine for a in mentions if abs(m.sentence - a.sentence) == 1)
        f["same_sentence"] = min(same, 3) / 3
        f["next_sentence"] = min(nextdoor, 3) / 3
        gap = min((abs(a.start - m.end) if m.end <= a.start else abs(m.start - a.end) for m in mine for a in mentions),
                  default=10 ** 6)
        f["near=" + _bucket(gap)] = 1.0
        # "the North Korean Foreign Minister Ri Yong Ho", "Israel's envoy X": the country just before the name
        if any(m.end <= a.start and a.start - m.end <= 60 and m.sentence == a.sentence and
               _TITLE_RUN.fullmatch(text, m.end, a.start)
               for m in mine for a in mentions):
            f["just_before"] = 1.0
        # "X of Iran", "X, the Iranian envoy", "X (Iran)"
        if any(a.end <= m.start and m.start - a.end <= 12 and m.sentence == a.sentence and
               _AFTER_NAME.fullmatch(text, a.end, m.start)
               for m in mine for a in mentions):
            f["just_after"] = 1.0
        if f.get("top") and base.get("office"):
            f["top&office"] = 1.0
        if f.get("top") and actor.kind == "person":
            f["top&person"] = 1.0
        if f.get("same_sentence") and base.get("office"):
            f["same&office"] = 1.0
        out[c] = f
    return out


def _grams(name: str) -> list[str]:
    words = [w for w in re.split(r"[\s\-]+", name.lower()) if w.isalpha() or w.replace("'", "").isalpha()]
    out = []
    for w in words:
        padded = f"^{w}$"
        out.append("w:" + w)
        out.extend(padded[i:i + 3] for i in range(len(padded) - 2))
    return out


@lru_cache(maxsize=1)
def _name_table() -> tuple[list[str], np.ndarray, dict[str, tuple[np.ndarray, np.ndarray]]]:
    """Letter-trigram and word counts of the people's names of each country in the actor lexicon (PETRARCH2's
    Phoenix dictionaries, ``data/actor_lexicon.tsv.gz``): how names of a country are spelt, not who is who. As
    (countries, log of each country's smoothed total, gram -> (countries that have it, log of its smoothed count
    over the unseen one))."""
    import gzip

    raw = resources.files("dossier.resolve").joinpath("data/actor_lexicon.tsv.gz").read_bytes()
    counts: dict[str, dict[str, int]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or parts[0] != "person" or not parts[2] or parts[2] == "IGO":
            continue
        by = counts.setdefault(parts[2], {})
        for g in _grams(parts[1]):
            by[g] = by.get(g, 0) + 1
    countries = sorted(counts)
    vocab = {g for by in counts.values() for g in by}
    norm = np.log(np.array([sum(counts[c].values()) for c in countries], dtype=np.float64) + _ALPHA * len(vocab))
    cells: dict[str, tuple[list[int], list[float]]] = {}
    for i, c in enumerate(countries):
        for g, k in counts[c].items():
            idx, val = cells.setdefault(g, ([], []))
            idx.append(i)
            val.append(math.log(k + _ALPHA) - math.log(_ALPHA))
    table = {g: (np.array(idx, dtype=np.int32), np.array(val)) for g, (idx, val) in cells.items()}
    return countries, norm, table


_ALPHA = 0.1


def name_fit(name: str, countries: list[str]) -> dict[str, tuple[float, bool]]:
    """How well a person's name is spelt like the names of each candidate country: (its share among every country
    of the lexicon, whether it is among the three best), by a naive Bayes over letter trigrams and words with equal
    priors, tempered so a long name is no surer than a short one. A country the lexicon has no names of is scored
    as one with none of the name's grams."""
    names, norm, table = _name_table()
    grams = _grams(name)
    if not grams or not countries:
        return {}
    n = len(grams)
    logs = n * math.log(_ALPHA) - n * norm
    for g in grams:
        cell = table.get(g)
        if cell is not None:
            logs[cell[0]] += cell[1]
    logs = NAME_SHARPNESS * logs / n
    unseen = NAME_SHARPNESS * (math.log(_ALPHA) - float(np.median(norm)))
    exp = np.exp(logs - logs.max())
    z = float(exp.sum())
    at = {c: i for i, c in enumerate(names)}
    best3 = {names[i] for i in np.argsort(-exp)[:3]}
    return {c: (float(exp[at[c]]) / z if c in at else math.exp(unseen - logs.max()) / z, c in best3)
            for c in countries}


# a body of no one country in a person's title: its officers are of none the setting could tell
_WORLD_BODY = re.compile(r"\b(?:EU|EP|E\.U\.|European\s+(?:Union|Parliament|Commission|Council)|UN|U\.N\.|United\s+"
                         r"Nations|NATO|IMF|World\s+Bank|WHO|OSCE|African\s+Union|ASEAN|OPEC|ICC|IAEA|Interpol|UNICEF|"
                         r"UNHCR|UNESCO|Red\s+Cross|OPCW|WTO|G7|G20|Arab\s+League|Security\s+Council)\b")
_CALLING = re.compile(r"(?i)\b(?:singer|actor|actress|artist|musician|rapper|band|athlete|player|footballer|coach|"
                      r"journalist|reporter|correspondent|writer|author|columnist|editor|anchor|presenter|"
                      r"photographer|photojournalist|filmmaker|producer|blogger|commentator)\b")
# a country someone arrives in or visits ("the Kenyan president arrived in Tokyo"): in a report of a visit the
# people it leaves unplaced are the guests' as often as the hosts'
_VISITED = re.compile(r"(?i)\b(?:arriv(?:ed|es|ing)\s+in|landed\s+in|visit(?:ed|ing|s)?|visit\s+to|trip\s+to|"
                      r"travel(?:l?ed|l?ing|s)?\s+to|flew\s+(?:in)?to|tour\s+of|state\s+visit\s+to)\s+(?:the\s+)?$")
_OWNED_TITLE = re.compile(r"(?i)\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}[\w-]+,?\s+$")
_MISSION = re.compile(r"(?i)\b(?:embass(?:y|ies)|consulates?|consul|missions?|legation|high\s+commission)\b")
# a country named as where someone is posted or goes ("the ambassador to Brazil", "the embassy in Kabul", "visited
# Iran"): not their country
_POSTED = re.compile(r"(?i)\b(?:ambassador|envoy|embassy|consul|consulate|charg[eé] d'affaires|mission|visit(?:ed|ing|s)?|"
                     r"arriv(?:ed|ing|es)\s+in|trip\s+to|travel(?:l?ed|l?ing)?\s+to|flew\s+to|tour\s+of)\s+(?:to\s+|in\s+)?"
                     r"(?:the\s+)?$")


class CountryModel:
    def __init__(self, names: list[str], w: np.ndarray, b: float, threshold: float) -> None:
        self.index = {n: i for i, n in enumerate(names)}
        self.w = np.asarray(w, dtype=np.float64)
        self.b = float(b)
        self.threshold = threshold

    def prob(self, feats: dict[str, float]) -> float:
        z = self.b + sum(self.w[self.index[k]] * v for k, v in feats.items() if k in self.index)
        return 1.0 / (1.0 + math.exp(-z))

    def best(self, cands: dict[str, dict]) -> tuple[str, float] | None:
        scored = sorted(((self.prob(f), c) for c, f in cands.items()), reverse=True)
        return (scored[0][1], scored[0][0]) if scored else None


def data_file(name: str):
    return resources.files("dossier.resolve").joinpath("data/" + name)


@lru_cache(maxsize=1)
def load() -> CountryModel | None:
    try:
        with data_file("country_model.npz").open("rb") as fh, np.load(fh, allow_pickle=False) as z:
            names, w, b = [str(n) for n in z["names"]], z["w"], float(z["b"])
        meta = json.loads(data_file("country_model.meta.json").read_text("utf-8"))
    except (FileNotFoundError, KeyError, ValueError):
        return None
    if meta.get("threshold") is None:
        return None
    return CountryModel(names, w, b, float(meta["threshold"]))
