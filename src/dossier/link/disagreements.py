"""Where sources disagree: conflicting values of one field of one event or story.

Fields compared, each only between different articles (a report does not
disagree with itself) and only after normalisation, so that spelling variants
of one actor (resolved to one actor id) are variants, not disagreements:

* ``stage``: the same day (same normalised date, or the same day expression
  when no publication date anchors it) told as different trip stages
  ("departed on Tuesday" vs "arrived on Tuesday");
* ``date``: the same stage on different normalised dates;
* ``place``: different places for the same stage;
* ``attribution``: different sources cited for the same event;
* ``number``: different quantities of the same thing in the story
  ("more than 300 missiles" vs "200 missiles", "99%" vs "90%");
* ``title``: different titles given to the same resolved person.

Pattern-based on purpose: each rule is a few lines over fields the pipeline
already normalised, and the quote shown beside each value lets a reader judge.
"""

from __future__ import annotations

import re
from collections import defaultdict

from dossier.records import Analysis, Disagreement, DisagreementValue, Event, stable_id

_NUMBER = re.compile(
    r"(?P<qual>more than|over|at least|nearly|almost|about|around|some|up to)?\s*"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|percent|per cent|[a-z]+)", re.I)
_NUMBER_SKIP = {"am", "pm", "km", "kilometres", "miles", "years", "year", "th", "st", "nd", "rd"}
_TITLE = re.compile(
    r"\b((?:vice |deputy |first |prime )?(?:minister|ministers?|secretary|chairman|president|ambassador|director)"
    r"(?: (?:of|for) [A-Za-z ]{3,60}?)?)\s*,?\s*$", re.I)


def _value(v: str, quote: str, an: Analysis) -> DisagreementValue:
    return DisagreementValue(value=v, quote=quote, article_id=an.article.id,
                             outlet=an.article.outlet or an.article.source.rsplit("/", 1)[-1])


def _conflict(story_id: str, event_id: str | None, field: str, values: list[DisagreementValue]) -> Disagreement | None:
    by_value: dict[str, DisagreementValue] = {}
    articles: dict[str, set[str]] = defaultdict(set)
    for v in values:
        by_value.setdefault(v.value, v)
        articles[v.value].add(v.article_id)
    if len(by_value) < 2:
        return None
    # a conflict needs two different articles on two different values
    if len(set().union(*articles.values())) < 2:
        return None
    kept, seen = [], set()
    for v in values:  # one value per article and value
        if (v.article_id, v.value) not in seen:
            seen.add((v.article_id, v.value))
            kept.append(v)
    key = "|".join(sorted(by_value))
    return Disagreement(id=stable_id("d", story_id, event_id or "", field, key), story_id=story_id,
                        event_id=event_id, field=field, values=kept)


def event_disagreements(story_id: str, event: Event, analyses: dict[str, Analysis]) -> list[Disagreement]:
    out: list[Disagreement] = []
    by_day: dict[str, list] = defaultdict(list)
    by_stage: dict[str, list] = defaultdict(list)
    ems = {em.id: em for an in analyses.values() for em in an.events}
    for src in event.mentions:
        an = analyses.get(src.article_id)
        if an is None or src.duplicate_of:
            continue
        em = ems.get(src.event_mention_id)
        # the day as the reports word it: one report may be anchored to a publication date, another not
        m = re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", src.quote, re.I)
        day = m.group(1).lower() if m else (em.date_text.lower() if em and em.date_text else src.date)
        if src.stage in ("departed", "arrived", "returned") and day:
            by_day[day].append(_value(src.stage, src.quote, an))
        if src.stage and src.date:
            by_stage[src.stage].append(_value(src.date, src.quote, an))
    for day, values in by_day.items():
        d = _conflict(story_id, event.id, "stage", values)
        if d:
            out.append(d)
    for stage, values in by_stage.items():
        d = _conflict(story_id, event.id, "date", values)
        if d:
            out.append(d)
    places = [_value(em.place, src.quote, analyses[src.article_id]) for src in event.mentions
              if (em := ems.get(src.event_mention_id)) and em.place and src.article_id in analyses]
    if (d := _conflict(story_id, event.id, "place", places)):
        out.append(d)
    cited = []
    for src in event.mentions:
        an = analyses.get(src.article_id)
        if an is None or not src.attribution:
            continue
        # the resolved actor named in the attribution, so "KCNA" and "the Korean Central News Agency" agree
        em = ems.get(src.event_mention_id)
        rid = None
        if em:
            for m in an.mentions:
                if m.actor_id and m.text in src.attribution and m.label in ("ORG", "PERSON", "GPE"):
                    rid = m.actor_id
                    break
        if rid:
            cited.append(_value(rid, src.quote, an))
    if (d := _conflict(story_id, event.id, "attribution", cited)):
        out.append(d)
    return out


def number_disagreements(story_id: str, events: list[Event], analyses: dict[str, Analysis]) -> list[Disagreement]:
    """The same counted thing with different quantities in the quotes of one event's sources."""
    out = []
    for ev in events:
        by_unit: dict[str, list] = defaultdict(list)
        for src in ev.mentions:
            an = analyses.get(src.article_id)
            if an is None or src.duplicate_of:
                continue
            for m in _NUMBER.finditer(src.quote):
                unit = m.group("unit").lower()
                if unit in ("percent", "per cent"):
                    unit = "%"
                if unit in _NUMBER_SKIP or (unit != "%" and len(unit) < 3):
                    continue
                value = (f"{m.group('qual').lower()} " if m.group("qual") else "") + m.group("num") + (
                    "%" if unit == "%" else f" {unit}")
                by_unit[unit].append(_value(value, src.quote, an))
        for unit, values in by_unit.items():
            if (d := _conflict(story_id, ev.id, "number", values)):
                out.append(d)
    return out


def title_disagreements(story_id: str, analyses: dict[str, Analysis]) -> list[Disagreement]:
    """Titles written just before a resolved person's name ("Minister of X Yun ...")."""
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
            if not t:
                continue
            title = re.sub(r"\s+", " ", t.group(1)).strip(" ,").lower()
            s0 = text.rfind(".", 0, m.start) + 1
            s1 = text.find(".", m.end)
            by_actor[m.actor_id].append(_value(title, text[s0:s1 + 1 if s1 >= 0 else None].strip(), an))
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
    out: list[Disagreement] = []
    for ev in events:
        if len(set(ev.article_ids)) > 1:
            out += event_disagreements(story_id, ev, by_id)
    out += number_disagreements(story_id, [e for e in events if len(set(e.article_ids)) > 1], by_id)
    out += title_disagreements(story_id, by_id)
    seen, unique = set(), []
    for d in out:
        if d.id not in seen:
            seen.add(d.id)
            unique.append(d)
    return unique
