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

Inputs are checked before any query: ``since``/``until`` must be ISO dates
(a typo answers 422 with the accepted forms, not an empty list), and an actor
may be named as a person would (``North Korea``, ``Kim Jong-un``): see
:mod:`dossier.serve.query`. Events go out with every participant named (the
canonical name, else the words of the article), as the CLI shows them.

The API documentation (``/docs``) is Swagger UI served from the files of the
``swagger-ui-py`` package, so it renders without internet access; ``HEAD`` is
answered on every ``GET`` route, as HTTP expects.
"""

from __future__ import annotations

import dataclasses
import hmac
import importlib.util
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Generic, Optional, TypeVar

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BaseModel

from dossier.link.events import shown
from dossier.records import Actor, Analysis, Article, Disagreement, Event, Story
from dossier.serve.graph import ActorGraph, actor_graph, build_graph, to_graphml
from dossier.serve.query import DATE_FORMAT_HELP, actor_key, actor_names, check_date, named, source_label

UI_DIR = Path(__file__).resolve().parent / "ui"


def swagger_ui_dir() -> Path | None:
    """The Swagger UI files shipped by the swagger-ui-py package (found without importing it)."""
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        return None
    static = Path(next(iter(spec.submodule_search_locations))) / "static"
    return static if (static / "swagger-ui-bundle.js").exists() else None

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
class StoryRef:
    """A story as a list shows it: its headline and span."""

    id: str
    title: str
    first_published: str | None = None
    last_published: str | None = None
    articles: int = 0


@dataclass(slots=True)
class ActorDetail:
    """The dossier of one actor: how it is named, what it did, who reported it."""

    actor: Actor
    events: list[Event] = field(default_factory=list)
    outlets: dict[str, int] = field(default_factory=dict)  # outlet -> mentions of the actor's events
    story_ids: list[str] = field(default_factory=list)
    stories: list[StoryRef] = field(default_factory=list)  # the same stories, with their headlines
    sources: dict[str, str] = field(default_factory=dict)  # article id -> label, for sources without an outlet


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
def _name(r) -> str:
    return r.name or r.text


def _named_events(s, evs: list[Event]) -> list[Event]:
    """``evs`` with every participant's ``name`` filled (the canonical name, else the article's words)."""
    names = actor_names(s) if any(not r.name for e in evs for r in (*e.actors, *e.recipients)) else {}
    return [dataclasses.replace(e, actors=named(e.actors, names), recipients=named(e.recipients, names))
            for e in evs]


def _unnamed_sources(s, evs: list[Event]) -> dict[str, str]:
    """Article id -> a label a reader recognises (site host or headline) for sources without an outlet."""
    ids = {m.article_id for e in evs for m in e.mentions if not m.outlet}
    return {i: source_label(None, s.get_article(i)) for i in sorted(ids)}


def _valid_date(value: str | None) -> str | None:
    return check_date(value)  # a ValueError becomes a 422 naming the accepted forms


# events under nlp.event_model.DEFAULT_THRESHOLD, and background events in a story's view, need include=all
Include = Query("shown", pattern="^(shown|all)$",
                description="shown: events at or above the default confidence threshold (story views: news only); "
                            "all: every event")
Limit = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")
Offset = Query(0, ge=0)
Since = Annotated[Optional[str], Query(description=f"Earliest date ({DATE_FORMAT_HELP})."),
                  AfterValidator(_valid_date)]
Until = Annotated[Optional[str], Query(description=f"Latest date, inclusive ({DATE_FORMAT_HELP})."),
                  AfterValidator(_valid_date)]
ActorQuery = Query(None, description="Actor id, name, alias or ISO-3 code, e.g. 'North Korea', prk-gov, IRN.")


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

    app = FastAPI(title="dossier", version="1", docs_url=None, redoc_url=None, description=(
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
        head = request.method == "HEAD"
        if head:
            # HEAD is GET without the body (RFC 9110); FastAPI routes only declare GET
            request.scope["method"] = "GET"
        response = await call_next(request)
        if head:
            response = Response(status_code=response.status_code, headers=dict(response.headers))
        if not request.url.path.startswith(("/docs", "/redoc")):  # Swagger UI needs its inline bootstrap
            response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    # -- articles ----------------------------------------------------------------------------------------
    @app.get("/api/articles", response_model=Page[Article], dependencies=[api], tags=["articles"])
    def list_articles(since: Since = None, until: Until = None, outlet: Optional[str] = None,
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
    def list_stories(since: Since = None, until: Until = None, outlet: Optional[str] = None,
                     actor: Optional[str] = ActorQuery, limit: int = Limit, offset: int = Offset) -> Page:
        def run(s):
            sts = s.list_stories(since=since, until=until)
            if outlet:
                sts = [st for st in sts if outlet.lower() in {o.lower() for o in st.outlets}]
            if actor:
                key = actor_key(s, actor)
                with_actor = {e.story_id for e in s.list_events(actor=key)}
                sts = [st for st in sts if st.id in with_actor or key in st.actor_ids]
            return sts
        sts = q(run)
        return _page(Story, sts, limit, offset)

    @app.get("/api/stories/{story_id}", response_model=StoryDetail, dependencies=[api], tags=["stories"])
    def get_story(story_id: str, include: str = Include) -> StoryDetail:
        def run(s):
            st = s.get_story(story_id)
            if st is None:
                return None
            arts = sorted((an.article for an in s.iter_analyses(st.article_ids)),
                          key=lambda a: (a.published is None, a.published or "", a.id))
            evs = s.list_events(story_id=story_id, **shown(include == "all", story_view=True))
            return StoryDetail(story=st, articles=arts, events=_named_events(s, evs),
                               disagreements=s.list_disagreements(story_id=story_id))
        detail = q(run)
        if detail is None:
            raise HTTPException(404, f"no story {story_id}")
        return detail

    # -- events ------------------------------------------------------------------------------------------
    def _events(s, actor, type, mode, since, until, story, outlet, include="shown") -> list[Event]:
        evs = s.list_events(actor=actor_key(s, actor), type=type, mode=mode, story_id=story, since=since,
                            until=until, **shown(include == "all"))
        if outlet:
            o = outlet.lower()
            evs = [e for e in evs if any((m.outlet or "").lower() == o for m in e.mentions)]
        return evs

    @app.get("/api/events", response_model=Page[Event], dependencies=[api], tags=["events"])
    def list_events(actor: Optional[str] = ActorQuery,
                    type: Optional[str] = Query(None, description="PLOVER type, e.g. CONSULT."),
                    mode: Optional[str] = Query(None, description="asserted, alleged, denied, planned ..."),
                    since: Since = None, until: Until = None,
                    story: Optional[str] = None, outlet: Optional[str] = None, include: str = Include,
                    limit: int = Limit, offset: int = Offset) -> Page:
        def run(s):
            page = _page(Event, _events(s, actor, type, mode, since, until, story, outlet, include), limit, offset)
            page.items = _named_events(s, page.items)
            return page
        return q(run)

    @app.get("/api/events/{event_id}", response_model=Event, dependencies=[api], tags=["events"])
    def get_event(event_id: str) -> Event:
        e = q(lambda s: next(iter(_named_events(s, [ev])), None) if (ev := s.get_event(event_id)) else None)
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
    def get_actor(actor_id: str, include: str = Include) -> ActorDetail:
        def run(s):
            a = s.get_actor(actor_id)
            if a is None:
                return None
            evs = _named_events(s, s.list_events(actor=actor_id, **shown(include == "all")))
            labels = _unnamed_sources(s, evs)
            outlets: dict[str, int] = {}
            for e in evs:
                for m in e.mentions:
                    k = m.outlet or labels[m.article_id]
                    outlets[k] = outlets.get(k, 0) + 1
            story_ids = list(dict.fromkeys(e.story_id for e in evs if e.story_id))
            stories = [StoryRef(id=st.id, title=st.title, first_published=st.first_published,
                                last_published=st.last_published, articles=len(st.article_ids))
                       for st in (s.get_story(i) for i in story_ids) if st]
            return ActorDetail(actor=a, events=evs, outlets=dict(sorted(outlets.items(), key=lambda kv: -kv[1])),
                               story_ids=story_ids, stories=stories, sources=labels)
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
    def timeline(actor: Optional[str] = ActorQuery, type: Optional[str] = None, mode: Optional[str] = None,
                 since: Since = None, until: Until = None, story: Optional[str] = None,
                 outlet: Optional[str] = None, include: str = Include,
                 limit: int = Query(MAX_PAGE, ge=1, le=MAX_PAGE)) -> list[TimelineItem]:
        def run(s):
            evs = _named_events(s, _events(s, actor, type, mode, since, until, story, outlet, include)[:limit])
            return evs, _unnamed_sources(s, evs)
        evs, labels = q(run)
        return [TimelineItem(event_id=e.id, date=e.date, date_end=e.date_end, type=e.type, mode=e.mode,
                             actors=[_name(r) for r in e.actors], recipients=[_name(r) for r in e.recipients],
                             place=e.place, story_id=e.story_id, n_sources=e.n_sources,
                             outlets=sorted({m.outlet or labels[m.article_id] for m in e.mentions}),
                             stages=e.stages) for e in evs]

    @app.get("/api/graph", response_model=ActorGraph, dependencies=[api], tags=["actors"])
    def graph(since: Since = None, until: Until = None, type: Optional[str] = None,
              mode: Optional[str] = None, include: str = Include) -> ActorGraph:
        evs = q(lambda s: _named_events(s, s.list_events(since=since, until=until, type=type, mode=mode,
                                                         **shown(include == "all"))))
        return actor_graph(evs, since=since, until=until)

    @app.get("/api/graph.graphml", dependencies=[api], tags=["actors"], response_class=PlainTextResponse)
    def graph_graphml(since: Since = None, until: Until = None, type: Optional[str] = None,
                      mode: Optional[str] = None, include: str = Include) -> Response:
        evs = q(lambda s: _named_events(s, s.list_events(since=since, until=until, type=type, mode=mode,
                                                         **shown(include == "all"))))
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

    # -- API docs, served from this process (no CDN: the page must work offline) ---------------------------
    swagger = swagger_ui_dir()

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if swagger is None:
            return HTMLResponse("<p>Swagger UI is not installed (pip package swagger-ui-py); the schema is at "
                                "<a href='/openapi.json'>/openapi.json</a>.</p>", status_code=503)
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="dossier API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon-32x32.png")

    if swagger is not None:
        app.mount("/docs-assets", StaticFiles(directory=swagger), name="docs-assets")

    # -- UI ----------------------------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(UI_DIR / "index.html")

    app.mount("/ui", StaticFiles(directory=UI_DIR), name="ui")
    app.state.token_required = bool(token)
    return app


__all__ = ["create_app", "UI_DIR", "MAX_PAGE"]
