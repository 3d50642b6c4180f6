"""Security probes: remote fetching (SSRF), path traversal, read-only API, untrusted article HTML.

The API checks run against the FastAPI app of ``dossier.serve.api`` and skip
cleanly where that module is absent. Every probe here is counted in the
README's Reliability section.
"""

from __future__ import annotations

import gzip
import http.server
import importlib.util
import re
import threading
import time
from pathlib import Path

import pytest

from dossier.ingest import RawDocument, build_article, read_inputs
from dossier.ingest.fetch import FetchRefused, check_url, fetch
from dossier.records import Analysis, Article, SkippedItem

PAGE = (b"<!doctype html><html><head><title>Local page</title></head><body><article>"
        b"<h1>Local page</h1><p>The orchard cooperative of Lindqvist Vale said on Monday that the apple "
        b"harvest doubled after a mild spring, and that prices would fall.</p></article></body></html>")


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>" + b"x" * 3_000_000)
        elif self.path == "/bomb":
            body = gzip.compress(b"<p>" * 2_000_000)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"<p>slow</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass  # the client gave up, as it should
        elif self.path == "/redirect-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def local_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# -- remote fetching ------------------------------------------------------------------------------------
@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "ftp://example.com/feed.xml", "gopher://example.com/", "data:text/html,<p>x</p>",
    "javascript:alert(1)", "http://127.0.0.1/", "http://localhost:8000/", "http://[::1]/", "http://0.0.0.0/",
    "http://10.1.2.3/", "http://192.168.0.1/", "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data/",
    "http://[::ffff:127.0.0.1]/", "http://2130706433/", "http://user:pw@example.com/", "http:///nohost",
])
def test_refused_urls(url):
    with pytest.raises(FetchRefused):
        check_url(url)


def test_local_server_refused_by_default_and_allowed_with_flag(local_server, monkeypatch):
    monkeypatch.delenv("DOSSIER_ALLOW_PRIVATE_URLS", raising=False)
    with pytest.raises(FetchRefused, match="non-public"):
        fetch(local_server + "/page")
    [item] = list(read_inputs([local_server + "/page"]))
    assert isinstance(item, SkippedItem) and "non-public" in item.reason

    got = fetch(local_server + "/page", allow_private=True)
    assert got.data == PAGE
    [item] = list(read_inputs([local_server + "/page"], allow_private=True))
    assert isinstance(item, RawDocument) and item.format == "html"
    assert "apple harvest" in build_article(item).text

    monkeypatch.setenv("DOSSIER_ALLOW_PRIVATE_URLS", "1")
    [item] = list(read_inputs([local_server + "/page"]))
    assert isinstance(item, RawDocument)


def test_fetch_caps_size_time_and_redirects(local_server):
    with pytest.raises(FetchRefused, match="too large"):
        fetch(local_server + "/big", allow_private=True, max_bytes=1_000_000)
    with pytest.raises(FetchRefused, match="too large"):  # the cap counts decompressed bytes
        fetch(local_server + "/bomb", allow_private=True, max_bytes=1_000_000)
    with pytest.raises(FetchRefused, match="longer than"):
        fetch(local_server + "/slow", allow_private=True, timeout=1.0)
    with pytest.raises(FetchRefused, match="scheme"):
        fetch(local_server + "/redirect-file", allow_private=True)


# -- untrusted article HTML -------------------------------------------------------------------------------
HOSTILE = ("<html><head><title>Harmless</title><script>alert('head')</script></head><body><article>"
           "<h1>Harmless</h1><p>The river authority of Osterby said on Friday the dam inspection found no "
           "damage<img src=x onerror=alert(1)> and that the road will reopen next week.</p>"
           "<script>document.cookie</script><iframe src='javascript:alert(2)'></iframe>"
           "<p onclick='alert(3)'>Engineers will return in the autumn to check the spillway again.</p>"
           "</article></body></html>")


def test_extraction_drops_active_content():
    art = build_article(RawDocument("hostile.html", "html", HOSTILE))
    text = art.text.lower()
    assert "dam inspection" in text
    for bad in ("<script", "alert(", "onerror", "onclick", "javascript:", "<iframe", "document.cookie"):
        assert bad not in text and bad not in art.title.lower()


# -- the HTTP API ---------------------------------------------------------------------------------------------
def _api():
    if importlib.util.find_spec("dossier.serve.api") is None:
        pytest.skip("dossier.serve.api is not there yet")
    from fastapi.testclient import TestClient

    from dossier.serve import api

    return api, TestClient


XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>"


@pytest.fixture()
def api_client(tmp_path):
    api, TestClient = _api()
    from dossier.store.duckdb_store import DuckDBStore

    db = tmp_path / "api.duckdb"
    store = DuckDBStore(db)
    art = Article(id="xss-1", source="hostile.txt", title=f"Title {XSS}",
                  text=f"Body with markup {XSS} written by a hostile page, long enough to keep.",
                  outlet=f"Outlet {XSS}", published="2024-05-01", content_hash="h1")
    store.write_analyses([Analysis(article=art)])
    store.close()
    client = TestClient(api.create_app(str(db)))
    yield client, db
    client.close()


def _counts(db):
    from dossier.store.duckdb_store import DuckDBStore

    s = DuckDBStore(db, read_only=True)
    try:
        return s.counts()
    finally:
        s.close()


TRAVERSALS = [
    "/ui/../../../../etc/passwd", "/ui/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/ui/..%2f..%2f..%2fetc%2fpasswd",
    "/ui/%252e%252e/%252e%252e/etc/passwd", "/ui/....//....//etc/passwd", "/ui/..\\..\\..\\etc\\passwd",
    "/ui//etc/passwd", "/ui/%2fetc%2fpasswd", "/api/articles/..%2f..%2f..%2fetc%2fpasswd",
    "/api/articles/../../../etc/passwd", "/ui/../pyproject.toml", "/ui/..%2f..%2f..%2f..%2fpyproject.toml",
    "/ui/%00../../etc/passwd", "/api/stories/%2e%2e%2f%2e%2e%2fapi.duckdb", "/ui/../../api.py",
]


def test_path_traversal(api_client):
    client, _ = api_client
    secret_markers = (b"root:x:0:0", b"[project]", b"DUCK", b"def create_app")
    for path in TRAVERSALS:
        r = client.get(path)
        assert r.status_code in (400, 401, 404, 405, 422) or not any(m in r.content for m in secret_markers), path
        assert not any(m in r.content for m in secret_markers), path


def test_api_is_read_only(api_client):
    client, db = api_client
    before = _counts(db)
    paths = {getattr(r, "path", "") for r in client.app.routes}
    paths = {re.sub(r"\{[^}]+\}", "xss-1", p) for p in paths if p.startswith("/api") or p == "/"}
    assert paths
    for path in sorted(paths):
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            r = client.request(method, path, json={"id": "evil", "text": "x"})
            assert r.status_code in (401, 403, 404, 405), (method, path, r.status_code)
    assert _counts(db) == before


def test_article_html_is_never_served_as_html(api_client):
    client, _ = api_client
    for path in ("/api/articles/xss-1", "/api/articles", "/api/articles/xss-1?format=html"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("application/json"), path
        assert r.headers.get("x-content-type-options") == "nosniff"
        assert "<script>" in r.json().__repr__()  # the text is kept verbatim as data ...
    csp = client.get("/").headers.get("content-security-policy", "")
    assert "script-src" in csp and "unsafe-inline" not in csp.split("script-src", 1)[1].split(";")[0]
    ui = Path(importlib.util.find_spec("dossier.serve.api").origin).parent / "ui"
    for js in ui.glob("*.js"):
        code = "\n".join(ln for ln in js.read_text("utf-8").splitlines() if not ln.strip().startswith("//"))
        # ... and the UI only ever inserts it as text
        assert not re.search(r"\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write", code), js


def test_page_size_is_capped(api_client):
    client, _ = api_client
    api, _ = _api()
    for path in ("/api/articles", "/api/stories", "/api/events", "/api/actors"):
        assert client.get(path, params={"limit": api.MAX_PAGE + 1}).status_code == 422, path
        assert client.get(path, params={"limit": 10**12}).status_code == 422, path
        assert client.get(path, params={"offset": -1}).status_code == 422, path


def test_oversized_url_and_body_are_refused(tmp_path):
    pytest.importorskip("dossier.serve.api")
    from fastapi.testclient import TestClient

    from dossier.serve.api import create_app
    from dossier.store import open_store

    db = str(tmp_path / "s.duckdb")
    open_store(db).close()
    client = TestClient(create_app(db))
    assert client.get("/api/articles?outlet=" + "a" * 20_000).status_code == 414
    assert client.post("/api/articles", content=b"x" * 100_000).status_code == 413
    assert client.get("/api/articles?outlet=" + "a" * 100).status_code == 200
