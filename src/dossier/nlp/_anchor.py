"""The publication date as a ``date`` (the anchor of relative time expressions), or None."""

from __future__ import annotations

from datetime import date


def anchor_of(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
