"""The read-only HTTP API and web UI: ``dossier serve``.

FastAPI serves the records of :mod:`dossier.records` as its response models, so
the OpenAPI schema (``/docs``, ``/openapi.json``) is generated from the same
dataclasses the pipeline writes. One router per resource
(:mod:`dossier.serve.routers`), one paging scheme for every list
(:mod:`dossier.serve.paging`); this module assembles them with the security
middleware, the API docs and the UI. The store is opened read-only; FastAPI
runs sync endpoints in a thread pool, and a DuckDB store reads through a
cursor per thread, so requests run side by side (see
:class:`~dossier.serve.routers.common.StoreAccess`).

Security: the server binds to 127.0.0.1 by default. Bound to any other host it
refuses to start without a token (``--token`` or ``$DOSSIER_TOKEN``) and then
every ``/api`` request must send ``Authorization: Bearer <token>``. Article text
is untrusted: the UI only ever inserts it with ``textContent``, and a strict
Content-Security-Policy forbids inline scripts as a second line of defence.

Every filter, sort and page is SQL in the store (relation tables for actors,
outlets and story membership): a request reads the rows of its page, never a
whole table, however large the archive (the actor graph over an open date
range is the exception: it draws every event of the range).

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

import importlib.util
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from dossier.serve.models import ActorDetail, StoryDetail, StoryRef, TimelineItem
from dossier.serve.paging import DEFAULT_PAGE, MAX_PAGE, Page
from dossier.serve.routers import actors, articles, disagreements, events, exports, graph, stories
from dossier.serve.routers.common import StoreAccess

UI_DIR = Path(__file__).resolve().parent / "ui"


def swagger_ui_dir() -> Path | None:
    """The Swagger UI files shipped by the swagger-ui-py package (found without importing it)."""
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        return None
    static = Path(next(iter(spec.submodule_search_locations))) / "static"
    return static if (static / "swagger-ui-bundle.js").exists() else None


CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'")
MAX_URL_CHARS = 8192
MAX_BODY_BYTES = 64 * 1024
ROUTERS = (articles.router, stories.router, events.router, actors.router, disagreements.router, graph.router,
           exports.router)


def create_app(db: str | None = None, *, store: Any = None, token: str | None = None) -> FastAPI:
    """The app over the store at ``db`` (opened read-only) or an already open ``store`` (tests)."""
    app = FastAPI(title="dossier", version="1", docs_url=None, redoc_url=None, description=(
        "Read-only access to articles, stories, merged events, canonical actors and disagreements "
        "between outlets. Every record carries the ids of the articles it comes from. Lists are paged: "
        "`limit` and `offset`, or `after` the `next` cursor of the previous page for deep pages."))
    app.state.store_access = StoreAccess(db, store)
    app.state.token = token
    app.state.token_required = bool(token)

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

    for router in ROUTERS:
        app.include_router(router)

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
    return app


def app_from_env() -> FastAPI:
    """The app each worker process of ``dossier serve --workers N`` builds (uvicorn imports it by name):
    the store at ``$DOSSIER_DB``, the token in ``$DOSSIER_TOKEN``."""
    import os

    return create_app(os.environ.get("DOSSIER_DB"), token=os.environ.get("DOSSIER_TOKEN") or None)


__all__ = ["create_app", "app_from_env", "UI_DIR", "MAX_PAGE", "DEFAULT_PAGE", "Page", "StoryDetail", "StoryRef", "ActorDetail",
           "TimelineItem"]
