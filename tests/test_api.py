"""HTTP API behaviour, through FastAPI's httpx-based TestClient, on a store built directly (see surfaces_fixture)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from surfaces_fixture import STORY, XSS_TITLE, build_file  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_file(str(tmp_path_factory.mktemp("api") / "fixture.duckdb"))


@pytest.fixture(scope="module")
def client(db):
    from dossier.serve.api import create_app

    with TestClient(create_app(db)) as c:
        yield c


def test_story_list_and_detail(client):
    page = client.get("/api/stories").json()
    assert page["total"] == 2
    story = next(s for s in page["items"] if s["id"] == STORY)
    assert story["outlets"] == ["Harbour Gazette", "Plains Observer", "Valley Courier"]

    d = client.get(f"/api/stories/{STORY}").json()
    assert {a["id"] for a in d["articles"]} == {"a1", "a2", "a3"}
    assert {e["id"] for e in d["events"]} == {"e-visit", "e-talks"}
    (dis,) = d["disagreements"]
    assert dis["field"] == "stage"
    assert [v["value"] for v in dis["values"]] == ["departed", "arrived"]
    assert all(v["quote"] for v in dis["values"])


def test_event_filters(client):
    ids = lambda **p: [e["id"] for e in client.get("/api/events", params=p).json()["items"]]  # noqa: E731
    assert ids() == ["e-visit", "e-talks", "e-strike"]  # date order
    assert ids(type="agree") == ["e-talks"]
    assert ids(mode="alleged") == ["e-strike"]
    assert ids(actor="nld-venn") == ["e-visit", "e-talks", "e-strike"]
    assert ids(actor="quay-union") == ["e-strike"]
    assert ids(since="2031-03-05") == ["e-talks", "e-strike"]
    assert ids(until="2031-03-04") == ["e-visit"]
    assert ids(story=STORY) == ["e-visit", "e-talks"]
    assert ids(outlet="plains observer") == ["e-visit"]
    assert ids(outlet="valley courier", type="CONSULT") == ["e-visit"]


def test_pagination_and_page_cap(client):
    from dossier.serve.api import MAX_PAGE

    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 3
    assert [e["id"] for e in first["items"] + second["items"]] == ["e-visit", "e-talks", "e-strike"]
    assert client.get("/api/events", params={"limit": MAX_PAGE + 1}).status_code == 422
    assert client.get("/api/events", params={"offset": -1}).status_code == 422


def test_articles_actors_and_not_found(client):
    arts = client.get("/api/articles", params={"story": STORY}).json()
    assert arts["total"] == 3
    assert client.get("/api/articles", params={"outlet": "Valley Courier"}).json()["items"][0]["id"] == "a2"
    an = client.get("/api/articles/x1").json()
    assert an["article"]["title"] == XSS_TITLE  # served verbatim as JSON data; escaping is the client's job

    actor = client.get("/api/actors/nld-venn").json()
    assert actor["actor"]["variants"] == {"Arla Venn": 2, "Minister Venn": 1}
    assert actor["outlets"]["Harbour Gazette"] == 1
    assert set(actor["story_ids"]) == {STORY, "s-harbour"}
    assert [a["id"] for a in client.get("/api/actors", params={"q": "minister venn"}).json()["items"]] == ["nld-venn"]
    assert client.get("/api/actors", params={"country": "sld"}).json()["total"] == 1

    for path in ("/api/stories/nope", "/api/events/nope", "/api/actors/nope", "/api/articles/nope"):
        r = client.get(path)
        assert r.status_code == 404 and "nope" in r.json()["detail"]


def test_disagreements_timeline_graph(client):
    ds = client.get("/api/disagreements", params={"field": "stage"}).json()
    assert [d["id"] for d in ds["items"]] == ["d-stage"]
    tl = client.get("/api/timeline", params={"story": STORY}).json()
    assert [(t["date"], t["type"]) for t in tl] == [("2031-03-04", "CONSULT"), ("2031-03-05", "AGREE")]
    assert tl[0]["outlets"] == ["Harbour Gazette", "Plains Observer", "Valley Courier"]

    g = client.get("/api/graph", params={"until": "2031-03-05"}).json()
    assert {n["id"] for n in g["nodes"]} == {"nld-venn", "sld"}
    assert {(e["source"], e["target"], e["type"]) for e in g["edges"]} == {
        ("nld-venn", "sld", "CONSULT"), ("sld", "nld-venn", "AGREE")}
    full = client.get("/api/graph").json()
    assert "quay-union" in {n["id"] for n in full["nodes"]}

    import networkx as nx

    r = client.get("/api/graph.graphml", params={"since": "2031-03-05"})
    assert r.headers["content-type"].startswith("application/graphml+xml")
    import io

    parsed = nx.read_graphml(io.BytesIO(r.content))
    assert {(u, v, d["type"]) for u, v, d in parsed.edges(data=True)} == {
        ("sld", "nld-venn", "AGREE"), ("quay-union", "nld-venn", "PROTEST")}


def test_openapi_uses_record_models(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/stories", "/api/stories/{story_id}",
                 "/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{actor_id}",
                 "/api/disagreements", "/api/timeline", "/api/graph"):
        assert path in spec["paths"], path
    schemas = spec["components"]["schemas"]
    assert {"Event", "Story", "Actor", "Disagreement", "Article", "EventSource"} <= set(schemas)
    assert "n_sources" in schemas["Event"]["properties"]


def test_read_only_and_security_headers(client):
    assert client.post("/api/events", json={}).status_code == 405
    r = client.get("/")
    assert r.status_code == 200 and "script-src 'self'" in r.headers["content-security-policy"]
    assert client.get("/ui/app.js").status_code == 200


def test_token_required_when_configured(db):
    from dossier.serve.api import create_app

    with TestClient(create_app(db, token="s3cret")) as c:
        assert c.get("/api/stories").status_code == 401
        assert c.get("/api/stories", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/stories", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert c.get("/api/health").status_code == 200


def test_serve_refuses_public_host_without_token(db, monkeypatch):
    from typer.testing import CliRunner

    from dossier.serve.cli import app

    monkeypatch.delenv("DOSSIER_TOKEN", raising=False)
    r = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--db", db])
    assert r.exit_code == 2
    assert "token" in (r.output + (r.stderr if r.stderr_bytes is not None else ""))
    r = CliRunner().invoke(app, ["serve", "--db", db + ".missing"])
    assert r.exit_code == 2


def test_missing_store_is_a_clear_error(tmp_path):
    from dossier.serve.api import create_app

    with TestClient(create_app(str(tmp_path / "absent.duckdb"))) as c:
        r = c.get("/api/stories")
        assert r.status_code == 503 and "dossier ingest" in r.json()["detail"]


def test_graphml_and_flat_event_exports(db, tmp_path):
    import networkx as nx
    import pyarrow.parquet as pq

    from dossier.serve.export import write
    from dossier.store import open_store

    s = open_store(db, read_only=True)
    try:
        out = tmp_path / "g.graphml"
        assert write(s, "actor_graph", "graphml", str(out)) == 3
        assert nx.read_graphml(out).number_of_edges() == 3
        pq_out = tmp_path / "flat.parquet"
        write(s, "flat_events", "parquet", str(pq_out))
        rows = {r["event_id"]: r for r in pq.read_table(pq_out).to_pylist()}
        assert rows["e-visit"]["actor_country"] == "NLD" and rows["e-visit"]["recipient_name"] == "Southland"
        assert rows["e-visit"]["n_sources"] == 3
        assert rows["e-visit"]["first_source_url"] == "https://a1.example/story"
        jl = tmp_path / "d.jsonl"
        write(s, "disagreements", "jsonl", str(jl))
        assert {json.loads(line)["id"] for line in jl.read_text().splitlines()} == {"d-stage", "d-xss"}
    finally:
        s.close()


@pytest.mark.seeds
def test_seed_store_is_served(seeds_store):
    """The API serves the ingested seeds: every story resolves to its articles and events."""
    from dossier.serve.api import create_app

    with TestClient(create_app(store=seeds_store)) as c:
        stories = c.get("/api/stories").json()
        assert stories["total"] >= 1
        for st in stories["items"]:
            d = c.get(f"/api/stories/{st['id']}").json()
            # lists count a story's articles; its page lists them (the first 100)
            assert st["article_ids"] == [] and st["n_articles"] == d["n_articles"] == len(d["articles"]) > 0
            assert {a["id"] for a in d["articles"]} == set(d["story"]["article_ids"])
        assert c.get("/api/events").json()["total"] > 0


def test_export_endpoint_every_table(client):
    import csv
    import io

    import pyarrow.parquet as pq

    from dossier.serve.export import TABLES

    for table in TABLES:
        for fmt in ("jsonl", "csv", "parquet"):
            r = client.get(f"/api/export/{table}.{fmt}")
            assert r.status_code == 200, (table, fmt, r.text[:200])
    flat = [json.loads(line) for line in client.get("/api/export/flat_events.jsonl").text.splitlines()]
    assert [f["event_id"] for f in flat] == ["e-visit", "e-talks", "e-strike"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/flat_events.csv").text)))
    assert rows[0]["recipient_country"] == "SLD" and json.loads(rows[0]["article_ids"]) == ["a1", "a2", "a3"]
    table = pq.read_table(io.BytesIO(client.get("/api/export/stories.parquet").content))
    assert table.num_rows == 2
    assert client.get("/api/export/actor_graph.graphml").text.startswith("<graphml")
    assert client.get("/api/export/nope.csv").status_code == 404
    assert client.get("/api/export/events.graphml").status_code == 400


# -- the first hour: what a newcomer met (issue 19) ----------------------------------------------------
@pytest.fixture(scope="module")
def full_client(tmp_path_factory):
    from dossier.serve.api import create_app
    from surfaces_fixture import build_file as build_full

    db = build_full(str(tmp_path_factory.mktemp("api-extra") / "extra.duckdb"), extra=True)
    with TestClient(create_app(db)) as c:
        yield c


def test_head_is_answered_like_get(client):
    for path in ("/", "/api/stories", "/ui/app.js", "/docs"):
        get, head = client.get(path), client.head(path)
        assert head.status_code == get.status_code == 200, path
        assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"], path


def test_malformed_dates_are_refused_not_answered_empty(client):
    for path in ("/api/events", "/api/articles", "/api/stories", "/api/timeline", "/api/graph"):
        for bad in ("garbage", "2031-13-01", "2031-02-30", "31/03/2031"):
            r = client.get(path, params={"since": bad})
            assert r.status_code == 422, (path, bad)
            assert "YYYY-MM-DD" in json.dumps(r.json()) or "not a date" in json.dumps(r.json()), (path, bad)
        assert client.get(path, params={"until": "2031-03"}).status_code == 200, path
        assert client.get(path, params={"since": "2031"}).status_code == 200, path


def test_events_name_every_participant(full_client):
    """Participants stored with an actor id but no canonical name came out as "name": null."""
    for e in full_client.get("/api/events", params={"limit": 500}).json()["items"]:
        for r in e["actors"] + e["recipients"]:
            assert r["name"], (e["id"], r)
    from surfaces_fixture import PRK_IRN_EVENT

    e = full_client.get(f"/api/events/{PRK_IRN_EVENT}").json()
    assert [r["name"] for r in e["actors"]] == ["Government of North Korea"]
    assert [r["name"] for r in e["recipients"]] == ["Iran"]
    assert e["actors"][0]["text"] == "Pyongyang"  # the words of the article are kept beside the name
    tl = full_client.get("/api/timeline", params={"actor": "North Korea"}).json()
    assert [t["actors"] for t in tl] == [["Government of North Korea"]]


def test_actor_filters_take_names_and_aliases(full_client):
    from surfaces_fixture import PRK_IRN_EVENT

    for name in ("North Korea", "prk", "Pyongyang", "Government of North Korea", "prk-gov"):
        ids = [e["id"] for e in full_client.get("/api/events", params={"actor": name}).json()["items"]]
        assert ids == [PRK_IRN_EVENT], name


def test_actor_page_lists_stories_by_headline(full_client):
    d = full_client.get("/api/actors/irn").json()
    assert d["story_ids"] == ["s-prk"]
    assert [s["title"] for s in d["stories"]] == ["Delegation from Pyongyang lands in Tehran for trade talks"]
    # a source without an outlet is named by its headline, never by an internal id
    assert "p1" not in d["outlets"] and d["sources"]["p1"].startswith("“Delegation from Pyongyang")


def test_docs_render_from_local_assets(client):
    """/docs loaded Swagger UI from a CDN: blank without internet. Every asset it names is served here."""
    import re

    page = client.get("/docs")
    assert page.status_code == 200
    refs = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", page.text)
    refs += re.findall(r"""url\s*:\s*["']([^"']+)["']""", page.text)
    assert refs and not [u for u in refs if re.match(r"(https?:)?//", u)], refs
    for u in refs:
        r = client.get(u)
        assert r.status_code == 200 and r.content, u
    assert any(u.endswith(".js") for u in refs) and any(u.endswith(".css") for u in refs)
    assert client.get("/redoc").status_code == 404  # ReDoc has no offline build here: not offered


# -- paging in SQL: the same lists by offset and by cursor (issue 20) -----------------------------------
@pytest.fixture(scope="module")
def busy_client(tmp_path_factory):
    from dossier.serve.api import create_app
    from surfaces_fixture import build_busy_file

    db = build_busy_file(str(tmp_path_factory.mktemp("api-busy") / "busy.duckdb"))
    with TestClient(create_app(db)) as c:
        yield c


def _walk(client, path: str, params: dict, size: int) -> list[str]:
    """Every item id of a list, page by page through the ``next`` cursors."""
    ids, after = [], None
    while True:
        page = client.get(path, params={**params, "limit": size, **({"after": after} if after else {})}).json()
        ids += [i["id"] for i in page["items"]]
        after = page["next"]
        if after is None:
            return ids


@pytest.mark.parametrize("which,path,params", [
    ("busy_client", "/api/events", {}), ("busy_client", "/api/events", {"actor": "nld-venn"}),
    ("busy_client", "/api/events", {"type": "CONSULT"}), ("busy_client", "/api/events", {"outlet": "Valley Courier"}),
    ("busy_client", "/api/stories", {}), ("busy_client", "/api/articles", {}),
    ("busy_client", "/api/articles", {"story": "s-busy-3"}), ("busy_client", "/api/actors", {}),
    ("full_client", "/api/disagreements", {}), ("full_client", "/api/actors", {}),
])
def test_cursor_pages_equal_the_whole_list(request, which, path, params):
    """Walking the cursors gives the whole list in its order (undated events, many on one day, included)."""
    busy_client = request.getfixturevalue(which)
    whole = busy_client.get(path, params={**params, "limit": 500}).json()
    assert whole["next"] is None
    expected = [i["id"] for i in whole["items"]]
    assert expected and len(expected) == whole["total"]
    for size in (1, 7):
        assert _walk(busy_client, path, params, size) == expected, size
    by_offset = [i["id"] for k in range(0, len(expected), 7)
                 for i in busy_client.get(path, params={**params, "limit": 7, "offset": k}).json()["items"]]
    assert by_offset == expected


def test_cursor_errors_are_clear(busy_client):
    page = busy_client.get("/api/actors", params={"limit": 2}).json()
    assert page["next"]
    for bad in ("garbage!", "W10=", page["next"]):  # not base64 JSON; an empty list; an actors cursor
        r = busy_client.get("/api/events", params={"after": bad})
        assert r.status_code == 422 and "cursor" in r.json()["detail"], bad
    r = busy_client.get("/api/events", params={"after": page["next"], "offset": 3})
    assert r.status_code == 422


def test_outlet_and_actor_filters_in_sql(busy_client):
    """Filters the API used to apply in Python after loading every row: same answers from the store."""
    events = busy_client.get("/api/events", params={"limit": 500}).json()["items"]
    by_outlet = [e["id"] for e in events if any((m["outlet"] or "").lower() == "coastline daily"
                                                  for m in e["mentions"])]
    got = busy_client.get("/api/events", params={"outlet": "Coastline Daily", "limit": 500}).json()
    assert [e["id"] for e in got["items"]] == by_outlet and got["total"] == len(by_outlet) > 0
    stories = busy_client.get("/api/stories", params={"limit": 500}).json()["items"]
    with_outlet = [s["id"] for s in stories if "Coastline Daily" in s["outlets"]]
    assert [s["id"] for s in busy_client.get("/api/stories", params={"outlet": "coastline daily"}).json()["items"]] \
        == with_outlet
    with_est = sorted({e["story_id"] for e in events
                       if any(r["actor_id"] == "est-hale" for r in e["actors"] + e["recipients"])})
    got = busy_client.get("/api/stories", params={"actor": "Tomas Hale", "limit": 500}).json()
    assert sorted(s["id"] for s in got["items"]) == with_est and got["total"] == len(with_est)


def test_actor_page_is_bounded(busy_client, monkeypatch):
    """An actor in every story: its page lists its latest events (n_events counts them all)."""
    from dossier.serve.routers import actors

    whole = busy_client.get("/api/events", params={"actor": "nld-venn", "limit": 500}).json()
    monkeypatch.setattr(actors, "ACTOR_EVENTS", 10)
    d = busy_client.get("/api/actors/nld-venn").json()
    assert d["n_events"] == whole["total"] > 10 and len(d["events"]) == 10
    dated = [e for e in whole["items"] if e["date"]]
    latest = sorted(dated, key=lambda e: (e["date"], e["id"]))[-10:]
    assert {e["id"] for e in d["events"]} == {e["id"] for e in latest}
    assert [e["date"] for e in d["events"]] == sorted(e["date"] for e in d["events"])
    assert d["n_stories"] == 8 and set(d["story_ids"]) <= {f"s-busy-{k}" for k in range(8)}
    assert sum(d["outlets"].values()) == sum(len(e["mentions"]) for e in whole["items"])


def test_actor_list_counts_articles(full_client):
    items = full_client.get("/api/actors").json()["items"]
    counts = [a["n_articles"] for a in items]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 1
    d = full_client.get("/api/actors/nld-venn").json()
    assert d["actor"]["n_articles"] == 3 and sorted(d["actor"]["article_ids"]) == ["a1", "a2", "a3"]


def test_story_page_is_bounded(busy_client, monkeypatch):
    from dossier.serve.routers import stories

    monkeypatch.setattr(stories, "STORY_ARTICLES", 2)
    monkeypatch.setattr(stories, "STORY_EVENTS", 3)
    d = busy_client.get("/api/stories/s-busy-1").json()
    assert d["n_articles"] == d["story"]["n_articles"] == 6 and len(d["story"]["article_ids"]) == 2
    listed = busy_client.get("/api/stories", params={"limit": 500}).json()["items"]
    assert {st["id"]: (st["n_articles"], st["article_ids"]) for st in listed}["s-busy-1"] == (6, [])
    whole = busy_client.get("/api/articles", params={"story": "s-busy-1"}).json()["items"]
    assert [a["id"] for a in d["articles"]] == [a["id"] for a in whole][:2]
    events = busy_client.get("/api/events", params={"story": "s-busy-1", "limit": 500}).json()
    assert d["n_events"] == events["total"] == 25
    assert [e["id"] for e in d["events"]] == [e["id"] for e in events["items"]][:3]


def test_article_lists_leave_bodies_to_the_article_page(client):
    listed = client.get("/api/articles", params={"limit": 500}).json()["items"]
    assert listed and all(a["text"] == "" and a["cleaning"] == [] for a in listed)
    one = client.get(f"/api/articles/{listed[0]['id']}").json()["article"]
    assert one["text"] and {k: v for k, v in one.items() if k not in ("text", "cleaning")} == \
        {k: v for k, v in listed[0].items() if k not in ("text", "cleaning")}
    story = client.get("/api/stories", params={"limit": 1}).json()["items"][0]
    page = client.get(f"/api/stories/{story['id']}").json()
    assert page["articles"] and all(a["text"] == "" for a in page["articles"])


def test_requests_run_side_by_side_on_duckdb_and_one_at_a_time_otherwise(db, request, monkeypatch):
    """DuckDB reads through a cursor per thread, so the API's threads run requests at once (as many as
    ``$DOSSIER_SERVE_CONCURRENCY``, by default one per core); PostgreSQL's one connection serves one
    request at a time."""
    import threading
    import time

    from dossier.serve.routers.common import StoreAccess

    monkeypatch.setenv("DOSSIER_SERVE_CONCURRENCY", "2")
    access = StoreAccess(db)
    together = threading.Barrier(2, timeout=30)
    seen: list[int] = []
    threads = [threading.Thread(target=lambda: seen.append(access.run(
        lambda s: together.wait() is not None and s.count_articles()))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 2 and seen[0] == seen[1] > 0  # the barrier broke (an error) if they were serialised

    inside, most = [0], [0]
    lock = threading.Lock()

    def one_request(s):
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        s.count_articles()
        time.sleep(0.05)
        with lock:
            inside[0] -= 1

    def most_at_once(access: StoreAccess, clients: int) -> int:
        most[0] = 0
        threads = [threading.Thread(target=access.run, args=(one_request,)) for _ in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return most[0]

    assert most_at_once(access, 4) == 2  # the slots bound it

    from dossier.store import open_store

    pg = open_store(request.getfixturevalue("pg_url"))
    try:
        assert most_at_once(StoreAccess(None, pg), 3) == 1
    finally:
        pg.close()
