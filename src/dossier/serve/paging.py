"""Paging shared by every list endpoint of the API.

A page is ``limit`` items from ``offset``, or — for deep reading, where an
``OFFSET`` makes the database walk every row before the page — the items
``after`` a cursor: each page carries ``next``, an opaque cursor naming its
last row's sort key and id, and the request ``?after=<next>`` continues from
there by a keyset condition on the sort columns, which costs the same on page
1 and page 2 000. ``total`` counts every item the filters select.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Optional, TypeVar

from fastapi import HTTPException, Query
from pydantic import BaseModel

MAX_PAGE = 500
DEFAULT_PAGE = 50

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list endpoint: ``limit`` items from ``offset`` (or after the cursor sent) of ``total``;
    ``next`` is the cursor of the following page (send it as ``after``), null on the last page."""

    total: int
    limit: int
    offset: int
    next: Optional[str] = None
    items: list[T] = []


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int
    offset: int
    after: tuple[Any, ...] | None  # the sort values of the last item seen, its id last


def encode_cursor(key: tuple[Any, ...]) -> str:
    raw = json.dumps(list(key), separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[Any, ...]:
    bad = HTTPException(422, f"after={cursor!r} is not a cursor from this API's 'next' field")
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, TypeError) as exc:
        raise bad from exc
    if not isinstance(key, list) or len(key) < 2 or not isinstance(key[-1], str) \
            or not all(v is None or isinstance(v, (str, int, float)) for v in key):
        raise bad
    return tuple(key)


def paging(limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE})."),
           offset: int = Query(0, ge=0, description="Items to skip (for deep pages, prefer `after`)."),
           after: Optional[str] = Query(None, max_length=2048,
                                        description="The `next` cursor of the previous page: continue after it.")
           ) -> Paging:
    if after is not None and offset:
        raise HTTPException(422, "send either offset or after, not both")
    return Paging(limit, offset, decode_cursor(after) if after else None)


def page_of(kind: type, p: Paging, fetch: Callable[[int, int, Any], list],
            sort_key: Callable[[Any], tuple[Any, ...]]) -> Page:
    """``fetch(limit, offset, after)`` is asked for one item more than the page, to know whether a next
    page exists, and answers a :class:`~dossier.store.base.Counted` list (its ``total`` counts every item
    the filters select); ``sort_key(item)`` gives the cursor of the page's last item."""
    try:
        items = fetch(p.limit + 1, p.offset, p.after)
    except ValueError as exc:  # a cursor of another list, or of values that list does not sort by
        raise HTTPException(422, f"the cursor does not fit this list: {exc}") from exc
    total = items.total
    more = len(items) > p.limit
    items = items[:p.limit]
    nxt = encode_cursor(sort_key(items[-1])) if more and items else None
    return Page[kind](total=total, limit=p.limit, offset=p.offset, next=nxt, items=items)
