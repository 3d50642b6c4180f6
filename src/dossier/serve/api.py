"""The read-only HTTP API and web UI: ``dossier serve``.

FastAPI serves the records of :mod:`dossier.records` as its response models, so
the OpenAPI schema (``/docs``, ``/openapi.json``) is generated from the same
dataclasses the pipeline writes. The store is opened read-only; every request
goes through one lock because a DuckDB connection must not be used by two
threads at once (FastAPI runs sync endpoints in a thread pool).

Security: the server binds to 127.0.0.1 by default. Bound to any other host it
refuses to start without a token (``--token`` or ``$DOSSIER_TOKEN``) and then
every ``/api`` request must send ``Authorization: Bearer <token>``. Article text
is untrusted: the UI only ever inserts it with ``textContent``, and a strict
Content-Security-Policy forbids inline scripts as a second line of defence.

Filters the store does not index (outlet on events, actor on stories) are
applied here after the indexed ones; fine for a desk-sized store, and the
reason list endpoints cap the page size.
"""

from __future__ import annotations

import hmac
import ipaddress
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Optional, TypeVar

import typer
from fastapi.responses import JSONResponse
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel

from dossier.link.events import shown
from dossier.records import Actor, Analysis, Article, Disagreement, Event, Story
from dossier.serve.graph import ActorGraph, actor_graph, build_graph, to_graphml

UI_DIR = Path(__file__).resolve().parent / "ui"
MAX_PAGE = 500
DEFAULT_PAGE = 50

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'")


# -- response models: pages and details built from the pipeline's records -------------------------------
T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list endpoint: ``items[offset : offset + limit]`` of ``total``."""

    total: int
    limit: int
    offset: int
    items: list[T] = []


def _page(kind: type, items: list, limit: int, offset: int) -> Page:
    return Page[kind](total=len(items), limit=limit, offset=offset, items=items[offset: offset + limit])


@dataclass(slots=True)
class StoryDetail:
    story: Story
    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)


@dataclass(slots=True)
class ActorDetail:
    """The dossier of one actor: how it is named, what it did, who reported it."""

    actor: Actor
    events: list[Event] = field(default_factory=list)
    outlets: dict[str, int] = field(default_factory=dict)  # outlet -> mentions of the actor's events
    story_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TimelineItem:
    event_id: str
    date: str | None
    date_end: str | None
    type: str
    mode: str
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    place: str | None = None
    story_id: str | None = None
    n_sources: int = 0
    outlets: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)


# -- helpers -------------------------------------------------------------------------------------------
def _outlets(e: Event) -> list[str]:
    return sorted({m.outlet or m.article_id for m in e.mentions})


def _name(r) -> str:
    return r.name or r.text


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if since and (date is None or date < since):
        return False
    if until and (date is None or date[: len(until)] > until):
        return False
    return True


def _is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# events under nlp.event_model.DEFAULT_THRESHOLD, and background events in a story's view, need include=all
Include = Query("shown", pattern="^(shown|all)$",
                description="shown: events at or above the default confidence threshold (story views: news only); "
                            "all: every event")
Limit = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")
Offset = Query(0, ge=0)


MAX_URL_CHARS = 8192
MAX_BODY_BYTES = 64 * 1024


def create_app(db: str | None = None, *, store: Any = None, token: str | None = None) -> FastAPI:
    """The app over the store at ``db`` (opened read-only) or an already open ``store`` (tests)."""
    lock = threading.RLock()
    state: dict[str, Any] = {"store": store}

    def get_store():
        with lock:
            if state["store"] is None:
                from dossier.store import open_store, resolve_db

                url = resolve_db(db)
                if not url.startswith("postgres") and url != ":memory:" and not Path(url).exists():
                    raise HTTPException(503, f"no store at {url}: run `dossier ingest PATH` first")
                try:
                    state["store"] = open_store(url, read_only=not url.startswith("postgres"))
                except Exception as exc:  # e.g. a DuckDB file locked by a running ingest
                    raise HTTPException(503, f"cannot open store {url}: {exc}") from exc
            return state["store"]

    def check_token(request: Request) -> None:
        if not token:
            return
        sent = request.headers.get("authorization", "")
        scheme, _, value = sent.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
            raise HTTPException(401, "a valid token is required: send 'Authorization: Bearer <token>'",
                                headers={"WWW-Authenticate": "Bearer"})

    def q(fn, *args, **kwargs):
        s = get_store()
        with lock:
            return fn(s, *args, **kwargs)

    app = FastAPI(title="dossier", version="1", description=(
        "Read-only access to articles, stories, merged events, canonical actors and disagreements "
        "between outlets. Every record carries the ids of the articles it comes from."))
    api = Depends(check_token)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        # a read-only API has no use for long URLs or request bodies: refuse them before any work
        if len(str(request.url)) > MAX_URL_CHARS:
            return JSONResponse({"detail": f"URL longer than {MAX_URL_CHARS} characters"}, status_code=414)
        if int(request.headers.get("content-length") or 0) > MAX_BODY_BYTES:
            return JSONResponse({"detail": "request body too large"}, status_code=413)
        response = await call_next(request)
        if not request.url.path.startswith(("/docs", "/redoc")):  # Swagger UI needs its inline bootstrap
            response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    # -- articles ----------------------------------------------------------------------------------------
    @app.get("/api/articles", response_model=Page[Article], dependencies=[api], tags=["articles"])
    def list_articles(since: Optional[str] = None, until: Optional[str] = None, outlet: Optional[str] = None,
                      story: Optional[str] = None, limit: int = Limit, offset: int = Offset) -> Page:
        def run(s):
            arts = s.list_articles(since=since, until=until, outlet=outlet)
            if story:
                st = s.get_story(story)
                ids = set(st.article_ids) if st else set()
                arts = [a for a in arts if a.id in ids]
            return arts
        arts = q(run)
        return _page(Article, arts, limit, offset)

    @app.get("/api/articles/{article_id}", response_model=Analysis, dependencies=[api], tags=["articles"])
    def get_article(article_id: str) -> Analysis:
        an = q(lambda s: s.get_analysis(article_id))
        if an is None:
            raise HTTPException(404, f"no article {article_id}")
        return an

    # -- stories -----------------------------------------------------------------------------------------
    @app.get("/api/stories", response_model=Page[Story], dependencies=[api], tags=["stories"])
    def list_stories(since: Optional[str] = None, until: Optional[str] = None, outlet: Optional[str] = None,
                     actor: Optional[str] = Query(None, description="Actor id: stories with its events."),
                     limit: int = Limit, offset: int = Offset) -> Page:
        def run(s):
            sts = s.list_stories(since=since, until=until)
            if outlet:
                sts = [st for st in sts if outlet.lower() in {o.lower() for o in st.outlets}]
            if actor:
                with_actor = {e.story_id for e in s.list_events(actor=actor)}
                sts = [st for st in sts if st.id in with_actor or actor in st.actor_ids]
            return sts
        sts = q(run)
        return _page(Story, sts, limit, offset)

    @app.get("/api/stories/{story_id}", response_model=StoryDetail, dependencies=[api], tags=["stories"])
    def get_story(story_id: str, include: str = Include) -> StoryDetail:
        def run(s):
            st = s.get_story(story_id)
            if st is None:
                return None
            ids = set(st.article_ids)
            arts = [a for a in s.list_articles() if a.id in ids]
            evs = s.list_events(story_id=story_id, **shown(include == "all", story_view=True))
            return StoryDetail(story=st, articles=arts, events=evs,
                               disagreements=s.list_disagreements(story_id=story_id))
        detail = q(run)
        if detail is None:
            raise HTTPException(404, f"no story {story_id}")
        return detail

    # -- events ------------------------------------------------------------------------------------------
    def _events(s, actor, type, mode, since, until, story, outlet, include="shown") -> list[Event]:
        evs = s.list_events(actor=actor, type=type, mode=mode, story_id=story, since=since, until=until,
                            **shown(include == "all"))
        if outlet:
            o = outlet.lower()
            evs = [e for e in evs if any((m.outlet or "").lower() == o for m in e.mentions)]
        return evs

    @app.get("/api/events", response_model=Page[Event], dependencies=[api], tags=["events"])
    def list_events(actor: Optional[str] = Query(None, description="Actor id, name or ISO-3 code."),
                    type: Optional[str] = Query(None, description="PLOVER type, e.g. CONSULT."),
                    mode: Optional[str] = Query(None, description="asserted, alleged, denied, planned ..."),
                    since: Optional[str] = Query(None, description="Earliest event date (YYYY-MM-DD)."),
                    until: Optional[str] = Query(None, description="Latest event date (YYYY-MM-DD)."),
                    story: Optional[str] = None, outlet: Optional[str] = None, include: str = Include,
                    limit: int = Limit, offset: int = Offset) -> Page:
        evs = q(_events, actor, type, mode, since, until, story, outlet, include)
        return _page(Event, evs, limit, offset)

    @app.get("/api/events/{event_id}", response_model=Event, dependencies=[api], tags=["events"])
    def get_event(event_id: str) -> Event:
        e = q(lambda s: s.get_event(event_id))
        if e is None:
            raise HTTPException(404, f"no event {event_id}")
        return e

    # -- actors ------------------------------------------------------------------------------------------
    @app.get("/api/actors", response_model=Page[Actor], dependencies=[api], tags=["actors"])
    def list_actors(q_: Optional[str] = Query(None, alias="q", description="Part of a name or variant."),
                    country: Optional[str] = None, sector: Optional[str] = None,
                    limit: int = Limit, offset: int = Offset) -> Page:
        acts = q(lambda s: s.list_actors())
        if q_:
            needle = q_.lower()
            acts = [a for a in acts if needle in a.name.lower() or any(needle in v.lower() for v in a.variants)]
        if country:
            acts = [a for a in acts if (a.country or "").upper() == country.upper()]
        if sector:
            acts = [a for a in acts if (a.sector or "").upper() == sector.upper()]
        acts.sort(key=lambda a: (-len(a.article_ids), a.name))
        return _page(Actor, acts, limit, offset)

    @app.get("/api/actors/{actor_id}", response_model=ActorDetail, dependencies=[api], tags=["actors"])
    def get_actor(actor_id: str) -> ActorDetail:
        def run(s):
            a = s.get_actor(actor_id)
            if a is None:
                return None
            evs = s.list_events(actor=actor_id)
            outlets: dict[str, int] = {}
            for e in evs:
                for m in e.mentions:
                    k = m.outlet or m.article_id
                    outlets[k] = outlets.get(k, 0) + 1
            return ActorDetail(actor=a, events=evs, outlets=dict(sorted(outlets.items(), key=lambda kv: -kv[1])),
                               story_ids=list(dict.fromkeys(e.story_id for e in evs if e.story_id)))
        d = q(run)
        if d is None:
            raise HTTPException(404, f"no actor {actor_id}")
        return d

    # -- disagreements, timeline, graph ------------------------------------------------------------------
    @app.get("/api/disagreements", response_model=Page[Disagreement], dependencies=[api], tags=["disagreements"])
    def list_disagreements(story: Optional[str] = None, event: Optional[str] = None,
                           field_: Optional[str] = Query(None, alias="field", description="date, stage ..."),
                           limit: int = Limit, offset: int = Offset) -> Page:
        ds = q(lambda s: s.list_disagreements(story_id=story, event_id=event))
        if field_:
            ds = [d for d in ds if d.field == field_]
        return _page(Disagreement, ds, limit, offset)

    @app.get("/api/timeline", response_model=list[TimelineItem], dependencies=[api], tags=["events"])
    def timeline(actor: Optional[str] = None, type: Optional[str] = None, mode: Optional[str] = None,
                 since: Optional[str] = None, until: Optional[str] = None, story: Optional[str] = None,
                 outlet: Optional[str] = None, include: str = Include,
                 limit: int = Query(MAX_PAGE, ge=1, le=MAX_PAGE)) -> list[TimelineItem]:
        evs = q(_events, actor, type, mode, since, until, story, outlet, include)[:limit]
        return [TimelineItem(event_id=e.id, date=e.date, date_end=e.date_end, type=e.type, mode=e.mode,
                             actors=[_name(r) for r in e.actors], recipients=[_name(r) for r in e.recipients],
                             place=e.place, story_id=e.story_id, n_sources=e.n_sources, outlets=_outlets(e),
                             stages=e.stages) for e in evs]

    @app.get("/api/graph", response_model=ActorGraph, dependencies=[api], tags=["actors"])
    def graph(since: Optional[str] = None, until: Optional[str] = None, type: Optional[str] = None,
              mode: Optional[str] = None, include: str = Include) -> ActorGraph:
        evs = q(lambda s: s.list_events(since=since, until=until, type=type, mode=mode, **shown(include == "all")))
        return actor_graph(evs, since=since, until=until)

    @app.get("/api/graph.graphml", dependencies=[api], tags=["actors"], response_class=PlainTextResponse)
    def graph_graphml(since: Optional[str] = None, until: Optional[str] = None, type: Optional[str] = None,
                      mode: Optional[str] = None, include: str = Include) -> Response:
        evs = q(lambda s: s.list_events(since=since, until=until, type=type, mode=mode, **shown(include == "all")))
        return Response(to_graphml(build_graph(evs)), media_type="application/graphml+xml",
                        headers={"Content-Disposition": 'attachment; filename="actor_graph.graphml"'})

    @app.get("/api/export/{what}.{fmt}", dependencies=[api], tags=["exports"],
             responses={200: {"content": {"application/x-ndjson": {}, "text/csv": {},
                                          "application/vnd.apache.parquet": {}, "application/graphml+xml": {}}}})
    def export(what: str, fmt: str, include: str = Include) -> Response:
        """Any export table (articles, events, flat_events ...) as jsonl, csv or parquet; actor_graph as graphml."""
        import tempfile

        from dossier.serve.export import TABLES, write

        if what not in (*TABLES, "actor_graph"):
            raise HTTPException(404, f"unknown table {what!r}; choose one of {', '.join(TABLES)}, actor_graph")
        media = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
                 "parquet": "application/vnd.apache.parquet", "graphml": "application/graphml+xml"}
        if fmt not in media:
            raise HTTPException(404, f"unknown format {fmt!r}; choose jsonl, csv, parquet or graphml")
        # the exporters write files (parquet needs a seekable sink): reuse them through a temporary file
        with tempfile.TemporaryDirectory() as tmp:
            out = str(Path(tmp) / f"{what}.{fmt}")
            try:
                q(lambda s: write(s, what, fmt, out, include_all=include == "all"))
            except ValueError as exc:
                raise HTTPException(400, str(exc)) from exc
            body = Path(out).read_bytes() if Path(out).exists() else b""
        return Response(body, media_type=media[fmt],
                        headers={"Content-Disposition": f'attachment; filename="{what}.{fmt}"'})

    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        # no data, no token: lets a supervisor check the process without a credential
        return {"ok": True}

    # -- UI ----------------------------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(UI_DIR / "index.html")

    app.mount("/ui", StaticFiles(directory=UI_DIR), name="ui")
    app.state.token_required = bool(token)
    return app


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind (loopback by default)."),
              port: int = typer.Option(8000, "--port"),
              db: Optional[str] = typer.Option(None, "--db", envvar="DOSSIER_DB",
                                               help="Store: a DuckDB file or a postgresql:// URL."),
              token: Optional[str] = typer.Option(None, "--token", envvar="DOSSIER_TOKEN",
                                                  help="Required when --host is not a loopback address.")) -> None:
        """Serve the read-only HTTP API (docs at /docs) and the web UI."""
        import uvicorn

        if not _is_loopback(host) and not token:
            typer.echo(f"refusing to bind {host} without a token: pass --token or set DOSSIER_TOKEN", err=True)
            raise typer.Exit(2)
        from dossier.store import resolve_db

        url = resolve_db(db)
        if not url.startswith("postgres") and url != ":memory:" and not Path(url).exists():
            typer.echo(f"no store at {url}: run `dossier ingest PATH` first", err=True)
            raise typer.Exit(2)
        typer.echo(f"dossier UI at http://{host}:{port}/  API docs at http://{host}:{port}/docs")
        uvicorn.run(create_app(url, token=token), host=host, port=port, log_level="info")


__all__ = ["create_app", "register", "UI_DIR", "MAX_PAGE"]
