"""A short extractive summary of a story that says which outlet reported what.

Extractive on purpose (no generative model runs offline here): for each
independent source, in order of publication, the quote of its mention of the
story's best-sourced event, else its lead sentence, prefixed by the outlet
(or the file name when the outlet is unknown).
"""

from __future__ import annotations

import math
import re

from dossier.nlp import event_model  # its DEFAULT_THRESHOLD read at call time: tests and tools may set it
from dossier.records import Analysis, Event, Story

MAX_SOURCES = 4
MAX_CHARS = 240


def source_name(an: Analysis) -> str:
    art = an.article
    return art.outlet or art.source.rsplit("/", 1)[-1] or art.id


def _lead(text: str) -> str:
    for para in text.split("\n"):
        para = para.strip()
        if len(para) > 60:
            m = re.match(r".+?[.!?](?=\s|$)", para)
            return (m.group(0) if m else para)[:MAX_CHARS]
    return text.strip()[:MAX_CHARS]


def summarise(story: Story, analyses: list[Analysis], events: list[Event]) -> str:
    ordered = sorted((a for a in analyses if not a.article.duplicate_of),
                     key=lambda a: (a.article.published or "9999", a.article.id))
    main = events[0] if events and events[0].n_sources > 1 else None
    quotes = {}
    if main:
        for src in main.mentions:
            quotes.setdefault(src.article_id, src.quote)
    parts = []
    for an in ordered[:MAX_SOURCES]:
        said = quotes.get(an.article.id) or _lead(an.article.text)
        parts.append(f"{source_name(an)} reported: {' '.join(said.split())[:MAX_CHARS]}")
    if len(ordered) > MAX_SOURCES:
        parts.append(f"(+{len(ordered) - MAX_SOURCES} more sources)")
    return " | ".join(parts)


# ---- a story's headline and its one-line "what happened" ----

TITLE_CHARS = 120
_URLISH = re.compile(r"https?\s*:|www\s*\.|\.\s*(?:com|org|net|html?)\b", re.I)


def _clip(text: str, limit: int = TITLE_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-–") + "…"


def _strip_outlet(title: str, outlet: str | None) -> str:
    """'Kim meets Shoigu - The Korea Herald' -> 'Kim meets Shoigu' (only when the tail names the outlet)."""
    if outlet:
        for sep in (" | ", " - ", " – ", " — "):
            head, _, tail = title.rpartition(sep)
            if head and tail.strip().lower() in outlet.lower():
                return head.strip()
    return title.strip()


_DATE_PREFIX = re.compile(r"^(?:date|published|updated|posted)?\s*:?\s*\d{4}-\d{2}-\d{2}\S*\s+", re.I)
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "that", "this", "which", "who", "one", "someone"}


def _first_line(text: str) -> str:
    """The first line that reads as a sentence: not a URL, a dateline or a caption of a few words."""
    for line in text.split("\n"):
        line = _DATE_PREFIX.sub("", " ".join(line.split()))
        if len(re.findall(r"[A-Za-z]{2,}", line)) >= 5 and not _URLISH.search(line):
            m = re.match(r".+?[.!?](?=\s|$)", line)
            return m.group(0) if m and len(m.group(0)) >= 40 else line
    return " ".join(text.split())


def story_title(analyses: list[Analysis]) -> str:
    """The headline that shares most words with the story's other headlines (the earliest on a tie);
    without any headline, the first sentence of the earliest report."""
    from dossier.link.stories import terms

    originals = [a for a in analyses if not a.article.duplicate_of] or list(analyses)
    originals.sort(key=lambda a: (a.article.published or "9999", a.article.id))
    titled = [(a, _strip_outlet(a.article.title, a.article.outlet)) for a in originals]
    titled = [(a, t) for a, t in titled if len(re.findall(r"[A-Za-z]{2,}", t)) >= 3 and not _URLISH.search(t)]
    if not titled:
        return _clip(_first_line(originals[0].article.text)) if originals else ""
    # the sum of a headline's cosines to the others is its unit vector's dot with the sum of all unit
    # vectors (less one, itself): linear in the story's size, not quadratic
    vectors = []
    for _, t in titled:
        v = {k: float(c) for k, c in terms(t).items()}
        n = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({k: x / n for k, x in v.items()})
    total: dict[str, float] = {}
    for v in vectors:
        for k, x in v.items():
            total[k] = total.get(k, 0.0) + x
    best, best_sum = 0, -1.0
    for i, v in enumerate(vectors):
        shared = sum(x * total[k] for k, x in v.items())
        if shared > best_sum + 1e-9:
            best, best_sum = i, shared
    return _clip(titled[best][1])


def _names(refs: list) -> str:
    """The most specific participants first (a named person or body before a country), at most two."""
    def specific(r) -> bool:
        aid = r.actor_id or ""
        return bool(aid) and aid.lower() != (r.country or "").lower() and not aid.endswith("-gov")

    seen: list[str] = []
    for r in sorted(refs, key=lambda r: not specific(r)):
        name = " ".join((r.name or r.text or "").split())
        if name and name.lower() not in _PRONOUNS and name not in seen:
            seen.append(name)
    return " and ".join(seen[:2]) + (" and others" if len(seen) > 2 else "")


def independent_outlets(event: Event, analyses: dict[str, Analysis]) -> set[str]:
    """Outlets that reported the event in their own words (a wire copy adds no outlet of its own)."""
    out = set()
    for src in event.mentions:
        if src.duplicate_of:
            continue
        an = analyses.get(src.article_id)
        out.add(src.outlet or (source_name(an) if an else src.article_id))
    return out


def main_event(events: list[Event], analyses: list[Analysis]) -> Event | None:
    """The story's main event: among the events its page shows by default (news, not background, at or above
    the default detection threshold: the line must not state what the page hides as unsure or recalled), the one
    reported by the most independent outlets, then with both sides named, then with the most mentions."""
    by_id = {a.article.id: a for a in analyses}
    shown = [e for e in events if not e.background and e.confidence >= event_model.DEFAULT_THRESHOLD]
    ranked = sorted(shown, key=lambda e: (-len(independent_outlets(e, by_id)), not (e.actors and e.recipients),
                                           -len(e.mentions), e.date or "9999", e.id))
    return ranked[0] if ranked else None


def what_happened(story: Story, events: list[Event], analyses: list[Analysis]) -> tuple[str, str | None]:
    """One line: who -> type -> whom, date, independent outlets; and the id of the event it describes."""
    by_id = {a.article.id: a for a in analyses}
    ev = main_event(events, analyses)
    if ev is None:
        outlets = {source_name(a) for a in analyses if not a.article.duplicate_of}
        when = story.first_published or "date unknown"
        return f"no confident event recognised · {when} · {_outlets(len(outlets))}", None
    who, whom = _names(ev.actors) or "someone", _names(ev.recipients)
    kind = ev.type + (f" ({ev.mode})" if ev.mode and ev.mode != "asserted" else "")
    line = f"{who} → {kind}" + (f" → {whom}" if whom else "")
    from dossier.link.disagreements import near_story

    # placeholders ("PRESENT_REF", "XXXX-WXX-2") are no dates to show, nor a date far from every report
    # of the story ("they last met in 2019" merged into this summit)
    published = [a.article.published for a in analyses if a.article.published]
    start, end = ((d if d and _ISO.match(d) and near_story(d, published) else None) for d in (ev.date, ev.date_end))
    start, end = start or end, end if start else None
    end = end if end != start else None
    when = (start + (f" to {end}" if end else "")) if start else None
    line += f" · {when or 'date unknown'}"
    if ev.place:
        line += f" · {ev.place}"
    return f"{line} · {_outlets(len(independent_outlets(ev, by_id)))}", ev.id


def _outlets(n: int) -> str:
    return f"{n} independent outlet{'s' if n != 1 else ''}"


def who_is_cited(events: list[Event], analyses: list[Analysis]) -> list[str]:
    """The sources the story's reports cite ("KCNA", "the White House"), resolved to one name per actor,
    with how many reports cite each: who is cited is context for the reader, never a conflict."""
    from collections import Counter

    by_id = {a.article.id: a for a in analyses}
    cited: dict[str, set[str]] = {}
    shown: dict[str, Counter] = {}
    for ev in events:
        for src in ev.mentions:
            if not src.attribution:
                continue
            an = by_id.get(src.article_id)
            key = text = " ".join(src.attribution.split())
            if text.lower() in _PRONOUNS:
                continue
            if an is not None:
                for m in an.mentions:
                    if m.actor_id and m.text in src.attribution and m.label in ("ORG", "PERSON", "GPE"):
                        key, text = m.actor_id, " ".join(m.text.split())  # "KCNA" and "the Korean Central News Agency" agree
                        break
            cited.setdefault(key, set()).add(src.article_id)
            shown.setdefault(key, Counter())[text] += 1
    ranked = sorted(cited, key=lambda k: (-len(cited[k]), k))
    out = []
    for key in ranked[:8]:
        name = shown[key].most_common(1)[0][0]
        n = len(cited[key])
        out.append(f"{name} ({n} report{'s' if n != 1 else ''})")
    return out
