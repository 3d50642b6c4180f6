"""End-to-end UI tests in headless Debian chromium driven by Playwright (never a browser download).

The app runs in a uvicorn thread on a free loopback port over the fixture store of
surfaces_fixture. Screenshots are written to tests/artifacts/ (git-ignored) for review.

Every page is watched for console errors, uncaught exceptions and failed requests (a 404 for an
icon counts): ``page.errors`` must stay empty. The busy store (``build_busy``: 200 events, 177 of
them with one actor, 25 per story, dates at every precision the pipeline stores) checks that the
timeline and graph stay readable: the bounding boxes of their text elements, measured in the
page, must not overlap.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from surfaces_fixture import STORY, XSS_OUTLET, XSS_TEXT, XSS_TITLE, build_file

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.skip("Debian chromium is not installed (apt-get install chromium; .ci/run does this)")
    return path


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_file(str(tmp_path_factory.mktemp("ui") / "fixture.duckdb"))
    yield from _serve(db)


@pytest.fixture(scope="module")
def busy_server(tmp_path_factory):
    from surfaces_fixture import build_busy_file

    yield from _serve(build_busy_file(str(tmp_path_factory.mktemp("ui-busy") / "busy.duckdb")))


def _serve(db: str):
    uvicorn = pytest.importorskip("uvicorn")
    from dossier.serve.api import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    else:
        pytest.fail("uvicorn did not start")
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    exe = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: msg.type == "error" and errors.append(f"console: {msg.text}"))
    pg.on("response", lambda r: r.status >= 400 and errors.append(f"{r.status} {r.url}"))
    pg.on("requestfailed", lambda r: errors.append(f"failed {r.url}"))
    pg.errors = errors  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']")


def test_story_list_shows_outlets_and_dates(server, page):
    _open(page, server + "/#/")
    row = page.locator("#stories tr", has=page.locator(f"a[data-story='{STORY}']"))
    text = row.inner_text()
    for outlet in ("Harbour Gazette", "Valley Courier", "Plains Observer"):
        assert outlet in text
    assert "2031-03-04" in text and "2031-03-05" in text
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "stories.png"), full_page=True)
    assert not page.errors


def test_story_page_timeline_and_side_by_side_disagreement(server, page):
    _open(page, server + "/#/")
    page.click(f"a[data-story='{STORY}']")
    page.wait_for_selector("#story-title")
    page.wait_for_selector("body[data-ready='1']")
    assert page.inner_text("#story-title") == "Arla Venn visits Southland"
    assert page.locator("#story-outlets .pill").count() == 3

    # the timeline renders: one marker per dated event, on a drawn axis, with a visible size
    timeline = page.locator("[data-testid=timeline]")
    assert timeline.locator(".tl-event").count() == 2
    box = timeline.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 40
    ARTIFACTS.mkdir(exist_ok=True)
    shot = timeline.screenshot(path=str(ARTIFACTS / "story_timeline.png"))
    assert _distinct_colours(page, shot) > 2  # more than a blank box: axis, labels and markers were painted

    sides = page.locator(".disagreement[data-field=stage] .side")
    assert sides.count() == 2
    left, right = sides.nth(0), sides.nth(1)
    assert left.locator(".value").inner_text() == "departed"
    assert right.locator(".value").inner_text() == "arrived"
    assert "departed for Southland" in left.locator("blockquote").inner_text()
    assert "Harbour Gazette" in left.inner_text() and "Valley Courier" in right.inner_text()
    lb, rb = left.bounding_box(), right.bounding_box()
    assert abs(lb["y"] - rb["y"]) < 2 and rb["x"] > lb["x"] + lb["width"] - 1  # side by side, not stacked
    assert left.locator("a[href='https://a1.example/story']").count() == 1  # link to the source
    page.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)

    left.locator("a", has_text="Harbour Gazette").click()
    page.wait_for_selector("#article-text")
    assert "departed for Southland" in page.inner_text("#article-text")
    assert not page.errors


def test_actor_page_is_a_dossier(server, page):
    _open(page, server + "/#/actor/nld-venn")
    assert page.inner_text("#actor-name") == "Arla Venn"
    variants = page.inner_text("#actor-variants")
    assert "Minister Venn" in variants and "Arla Venn" in variants
    body = page.inner_text("main")
    assert "foreign minister" in body and "Plains Observer" in body and "PROTEST" in body
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "actor.png"), full_page=True)
    assert not page.errors


def test_actor_graph_with_date_range(server, page):
    _open(page, server + "/#/graph")
    assert page.locator("[data-testid=graph] circle").count() == 3
    page.fill("input[name=since]", "2031-03-01")
    page.fill("input[name=until]", "2031-03-05")
    page.click("form.range button")
    from playwright.sync_api import expect

    graph = page.locator("[data-testid=graph]")
    expect(graph.locator("circle")).to_have_count(2)  # waits for the re-render of the narrower range
    assert "until=2031-03-05" in page.url
    assert sorted(graph.locator("line").evaluate_all("ls => ls.map(l => l.dataset.type)")) == ["AGREE", "CONSULT"]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph.png"), full_page=True)
    assert not page.errors


def test_untrusted_text_is_shown_as_text(server, page):
    for route in ("/#/", "/#/story/s-harbour", "/#/article/x1", "/#/actor/quay-union", "/#/graph", "/#/actors"):
        _open(page, server + route)
        assert page.evaluate("window.__xss") is None, route
        assert page.locator("main script, main img, main b, main i").count() == 0, route

    _open(page, server + "/#/article/x1")
    assert page.inner_text("#article-title") == XSS_TITLE
    assert page.inner_text("#article-text") == XSS_TEXT
    assert XSS_OUTLET in page.inner_text("main")
    assert page.locator("a[href^='javascript']").count() == 0  # the javascript: URL is not linked
    _open(page, server + "/#/story/s-harbour")
    assert '<img src=z onerror="window.__xss = 5">40' in page.inner_text("#disagreements")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "xss_story.png"), full_page=True)
    assert page.evaluate("window.__xss") is None
    assert not page.errors


def _distinct_colours(page, png: bytes) -> int:
    """How many colours a PNG uses, decoded by the browser itself (canvas), so no imaging library is needed."""
    import base64

    return page.evaluate("""async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.width; c.height = img.height;
        const ctx = c.getContext("2d");
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        const seen = new Set();
        for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
        return seen.size;
    }""", "data:image/png;base64," + base64.b64encode(png).decode())


@pytest.mark.seeds
def test_seed_story_with_three_outlets_and_stage_disagreement(seeds_store, browser):
    """The issue's acceptance check on the real seeds: one story for seeds 000-002, three outlets, and the
    departed/arrived disagreement side by side. Clustering and outlet detection belong to other stages:
    until they deliver, this test says so by skipping with the reason instead of failing on the UI."""
    import uvicorn

    from conftest import seed_id
    from dossier.serve.api import create_app

    trip = {seed_id(seeds_store, p) for p in ("000", "001", "002")}
    story = next((s for s in seeds_store.list_stories() if trip <= set(s.article_ids)), None)
    if story is None:
        pytest.skip("linking does not yet cluster seeds 000-002 into one story")
    dis = [d for d in seeds_store.list_disagreements(story_id=story.id)
           if {"departed", "arrived"} <= {v.value for v in d.values}]
    if not dis:
        pytest.skip("linking does not yet report the departed/arrived disagreement of seeds 000-002")

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(store=seeds_store), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    try:
        while not srv.started:
            time.sleep(0.05)
        ctx = browser.new_context(viewport={"width": 1280, "height": 900})
        page = ctx.new_page()
        _open(page, f"http://127.0.0.1:{port}/#/story/{story.id}")
        assert page.locator("#story-articles tbody tr").count() >= 3
        assert page.locator("#story-outlets .pill").count() >= 3
        block = page.locator(".disagreement", has=page.locator(".value", has_text="departed")).first
        values = block.locator(".side .value").all_inner_texts()
        assert "departed" in values and "arrived" in values
        sides = block.locator(".side")
        a, b = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
        assert abs(a["y"] - b["y"]) < 2  # side by side
        assert all(q.strip() for q in block.locator("blockquote").all_inner_texts())
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "seeds_story.png"), full_page=True)
        ctx.close()
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


# -- busy pages: 100+ events per actor, 20+ per story ---------------------------------------------------
LABELS = "[data-testid=timeline] text, [data-testid=graph] text"


def _overlapping_labels(page) -> tuple[int, list]:
    """How many label elements the page shows, and the pairs whose bounding boxes overlap."""
    found = page.evaluate("""(sel) => {
        const boxes = [...document.querySelectorAll(sel)].map(e => {
            const r = e.getBoundingClientRect();
            return { text: e.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
        }).filter(b => b.x1 > b.x0 && b.y1 > b.y0);
        const bad = [];
        for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i], b = boxes[j];
                if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) bad.push([a, b]);
            }
        return [boxes.length, bad.slice(0, 5)];
    }""", LABELS)
    return found[0], found[1]


def _check_busy(page, url: str, name: str, min_labels: int) -> None:
    _open(page, url)
    n, bad = _overlapping_labels(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"busy_{name}.png"), full_page=True)
    for sel, part in (("[data-testid=timeline]", "timeline"), ("[data-testid=graph]", "graph")):
        if page.locator(sel).count():
            page.locator(sel).screenshot(path=str(ARTIFACTS / f"busy_{name}_{part}.png"))
    assert n >= min_labels, (name, n)
    assert not bad, (name, bad)
    assert not page.errors, (name, page.errors)


def test_busy_actor_page_is_readable(busy_server, page):
    from surfaces_fixture import BUSY_ACTOR

    _check_busy(page, f"{busy_server}/#/actor/{BUSY_ACTOR}", "actor", min_labels=100)
    assert page.locator("[data-testid=timeline] .tl-event").count() >= 100
    # the actor's stories are listed by headline, not by id
    stories = page.locator("#actor-stories a").all_inner_texts()
    assert stories and all(t.startswith("Harbour talks, round") for t in stories)


def test_busy_story_page_is_readable(busy_server, page):
    from surfaces_fixture import BUSY_STORY

    _check_busy(page, f"{busy_server}/#/story/{BUSY_STORY}", "story", min_labels=20)
    assert page.locator("[data-testid=timeline] .tl-event").count() >= 20
    assert "without a calendar date" in page.inner_text("main")  # PAST_REF and undated events are counted
    assert "unknown outlet" not in page.inner_text("main")


def test_busy_event_page_names_its_sources(busy_server, page):
    _check_busy(page, f"{busy_server}/#/event/e-busy-0-4", "event", min_labels=0)
    text = page.inner_text("main")
    assert "b0-4" not in text and "Harbour talks, round 0: report 4" in text  # no outlet: the headline


def test_busy_graph_page_is_readable(busy_server, page):
    _check_busy(page, f"{busy_server}/#/graph", "graph", min_labels=8)
    assert page.locator("[data-testid=graph] circle").count() == 12
    assert page.locator("#graph-legend .legend-item").count() >= 5


def test_story_list_shows_headlines(busy_server, page):
    _open(page, busy_server + "/#/")
    titles = page.locator("#stories a[data-story]").all_inner_texts()
    assert len(titles) == 8 and all(t.startswith("Harbour talks, round") for t in titles)
    assert "unknown outlet" not in page.inner_text("#stories")
    assert not page.errors


def test_docs_render_offline(server, page):
    """Swagger UI comes from this server: with every other host unreachable the operations still render."""
    page.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock", timeout=15000)
    assert page.locator(".opblock").count() >= 10
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "docs.png"))
    assert not page.errors


@pytest.fixture(scope="module")
def recalled_server(tmp_path_factory):
    """The fixture store plus one row of the delegation story an analyst would not take as it stands: a
    background recollection with a low row confidence (hidden by default, shown with include=all)."""
    from surfaces_fixture import SOUTH, VENN

    from dossier.records import Event, EventSource
    from dossier.store import open_store

    path = build_file(str(tmp_path_factory.mktemp("ui-recalled") / "fixture.duckdb"))
    s = open_store(path)
    quote = "Venn had last called on Southland years before, the gazette recalled."
    s.write_links([], [Event(id="e-recalled", type="CONSULT", mode="asserted", actors=[VENN], recipients=[SOUTH],
                             story_id=STORY, article_ids=["a1"], confidence=0.2, detection_confidence=0.6,
                             background=True, n_sources=1,
                             mentions=[EventSource("a1", "m-recalled", "Harbour Gazette", quote, None, "asserted",
                                                   None, None, "2031-03-04")])], [])
    s.close()
    yield from _serve(path)


def test_story_page_shows_confident_events_and_all_on_request(recalled_server, page):
    _open(page, recalled_server + f"/#/story/{STORY}")
    shown = page.locator("table.events tbody tr").count()
    assert "Confidence" in page.inner_text("table.events thead")
    assert "Venn had last called" not in page.inner_text("main")
    page.click("#view-toggle a")
    expect = pytest.importorskip("playwright.sync_api").expect  # waits for the re-rendered page
    expect(page.locator("table.events tbody tr")).to_have_count(shown + 1)
    assert "include=all" in page.url
    assert "0.20" in page.inner_text("table.events")
    page.click("#view-toggle a")  # and back to the default view
    expect(page.locator("table.events tbody tr")).to_have_count(shown)
    assert not page.errors
