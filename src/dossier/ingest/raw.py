"""What a reader hands to article building: one undecoded or decoded input item."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class IngestError(ValueError):
    """An input item that cannot become an article; the message says why."""


@dataclass(slots=True)
class RawDocument:
    """One input item before cleaning.

    ``body`` is text for text/jsonl/feed items and HTML for html/warc items;
    ``fields`` carries whatever the container already knew (id, url, outlet,
    title, published from JSONL, CSV or a feed entry).
    """

    source: str
    format: str  # text | html | jsonl | csv | feed | warc
    body: str
    fields: dict[str, Any] = field(default_factory=dict)
