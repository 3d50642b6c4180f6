"""What every router shares: access to the store, the token check, query parameters, naming."""

from __future__ import annotations

import dataclasses
import hmac
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Optional, TypeVar

from fastapi import Depends, HTTPException, Query, Request
from pydantic import AfterValidator

from dossier.records import Event
from dossier.serve.query import DATE_FORMAT_HELP, actor_names, check_date, named, source_label

T = TypeVar("T")


class StoreAccess:
    """The app's store, opened on first use; every request runs inside one store session (a DuckDB file is
    opened once per request, not once per query). FastAPI runs sync endpoints in a thread pool: a store that
    reads through a cursor per thread (DuckDB) serves them side by side, as many at once as there are cores
    (``$DOSSIER_SERVE_CONCURRENCY`` overrides it): more only interleave their Python on the GIL and their
    queries on the cores, and every request in flight then takes longer (4 clients on 2 cores of a
    101 000-article store: 54 requests/s with all 4 in the store, 82 with 2, 58 under one lock). Any other
    store (PostgreSQL's one connection) serves one request at a time, under a lock."""

    def __init__(self, db: str | None, store: Any = None) -> None:
        self.db = db
        self.store = store
        self.lock = threading.RLock()
        # requests in the store at once: one per core (more only interleave on the GIL and the cores)
        self.slots = threading.BoundedSemaphore(int(os.environ.get("DOSSIER_SERVE_CONCURRENCY", 0))
                                                or os.cpu_count() or 1)

    def _open(self) -> Any:
        if self.store is not None:
            return self.store
        with self.lock:
            if self.store is None:
                self.store = self._open_store()
        return self.store

    def _open_store(self) -> Any:
        from dossier.store import open_store, resolve_db

        url = resolve_db(self.db)
        if not url.startswith("postgres") and url != ":memory:" and not Path(url).exists():
            raise HTTPException(503, f"no store at {url}: run `dossier ingest PATH` first")
        try:
            from dossier.store.duckdb_store import SERVE_READ_LINGER

            return open_store(url, read_only=not url.startswith("postgres"), read_linger=SERVE_READ_LINGER)
        except Exception as exc:  # e.g. a DuckDB file locked by a running ingest
            raise HTTPException(503, f"cannot open store {url}: {exc}") from exc

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        s = self._open()
        if getattr(s, "concurrent_reads", False):
            with self.slots, s.session():
                return fn(s, *args)
        with self.lock, s.session():
            return fn(s, *args)


def store_access(request: Request) -> StoreAccess:
    return request.app.state.store_access


Access = Annotated[StoreAccess, Depends(store_access)]


def check_token(request: Request) -> None:
    token = request.app.state.token
    if not token:
        return
    sent = request.headers.get("authorization", "")
    scheme, _, value = sent.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise HTTPException(401, "a valid token is required: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})


TOKEN = [Depends(check_token)]


def _valid_date(value: str | None) -> str | None:
    return check_date(value)  # a ValueError becomes a 422 naming the accepted forms


Since = Annotated[Optional[str], Query(description=f"Earliest date ({DATE_FORMAT_HELP})."),
                  AfterValidator(_valid_date)]
Until = Annotated[Optional[str], Query(description=f"Latest date, inclusive ({DATE_FORMAT_HELP})."),
                  AfterValidator(_valid_date)]
ActorQuery = Annotated[Optional[str], Query(
    description="Actor id, name, alias or ISO-3 code, e.g. 'North Korea', prk-gov, IRN.")]
# events under the default detection threshold (nlp/event_model.py; undated ones of dated reports and one-sided
# ones are held under it, link/events.py ``undated_news`` and ``one_sided``), and background events in a story's
# view, need include=all
Include = Annotated[str, Query(pattern="^(shown|all)$",
                               description="shown: events at or above the default confidence threshold (the "
                                           "detection model's probability of an event, held under it for an "
                                           "event left undated though its reports' day is known and for one "
                                           "with one doer and no recipient or no doer but for legal "
                                           "coercion; story views: "
                                           "news only); all: every event")]


def event_view(include: str, story_view: bool = False) -> dict[str, Any]:
    """The ``list_events`` filters of the view ``include`` names (see :func:`dossier.link.events.shown`)."""
    from dossier.link.events import shown

    return shown(include == "all", story_view=story_view)


def name_of(ref) -> str:
    return ref.name or ref.text


def named_events(s, evs: list[Event]) -> list[Event]:
    """``evs`` with every participant's ``name`` filled (the canonical name, else the article's words)."""
    unnamed = {r.actor_id for e in evs for r in (*e.actors, *e.recipients) if not r.name and r.actor_id}
    names = actor_names(s, unnamed) if unnamed else {}
    return [dataclasses.replace(e, actors=named(e.actors, names), recipients=named(e.recipients, names))
            for e in evs]


def unnamed_sources(s, evs: list[Event], more: set[str] = frozenset()) -> dict[str, str]:
    """Article id -> a label a reader recognises (site host or headline) for sources without an outlet."""
    ids = {m.article_id for e in evs for m in e.mentions if not m.outlet} | set(more)
    articles = s.get_articles(ids) if ids else {}
    return {i: source_label(None, articles.get(i)) for i in sorted(ids)}
