"""A short extractive summary of a story that says which outlet reported what.

Extractive on purpose (no generative model runs offline here): for each
independent source, in order of publication, the quote of its mention of the
story's best-sourced event, else its lead sentence, prefixed by the outlet
(or the file name when the outlet is unknown).
"""

from __future__ import annotations

import re

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
