"""The realistic-input suite: a mixed corpus through the whole pipeline, the exports and the API.

The corpus is generated here (every sentence written for this test; facts loosely modelled on
diplomatic news, dates in 2031). It mixes what a real scrape brings: JSONL items with and without a
publication date (and with unusable ones), wire copies of one report under other outlets, items in
five other languages, a very long item and items on one line, an item with HTML instead of text,
HTML pages, RSS and Atom feeds, a CSV table, a plain-text file, and broken records (malformed JSON,
a JSON array, a record with no text, binary junk, an empty feed).

Properties checked, each over the whole corpus:
- nothing crashes (ingest, every export in every format, every API route on every stored record);
- every item is stored or reported as skipped, with a reason (accounted item by item);
- re-running the same ingest adds nothing and changes no table;
- every date the exports carry is a valid ISO 8601 date (year, month, day or week precision) or null.

One ingest (one worker, the spaCy model loaded once) serves all the tests of this module.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from pathlib import Path

import pytest

from dossier.link.events import shown

# -- the corpus ----------------------------------------------------------------------------------------
TALKS = [
    ("Japan and South Korea agree to resume regular defence talks",
     "Japan's foreign minister met South Korea's foreign minister in Seoul on 14 March 2031, and the two "
     "governments agreed to resume regular defence talks, officials from both sides said.\n\n"
     "The ministers also discussed trade and fishing rights, according to a statement from the Japanese "
     "foreign ministry. South Korea said the next round would be held in Tokyo in the coming weeks."),
    ("Seoul and Tokyo restart security dialogue",
     "South Korea and Japan agreed on Friday to restart their security dialogue after a meeting of their "
     "foreign ministers in Seoul on March 14-15, 2031, the South Korean foreign ministry said.\n\n"
     "The meeting was the first of its kind in two years. Both sides described the talks as frank."),
    ("Ministers meet in Seoul",
     "The foreign ministers of Japan and South Korea met in Seoul on 14 March 2031 to discuss regional "
     "security, the Yonhap agency reported.\n\nJapan's minister invited her counterpart to Tokyo."),
]
SANCTIONS = [
    ("EU adds names to Belarus sanctions list",
     "The European Union imposed new sanctions on Belarus on 2 April 2031, freezing the assets of twelve "
     "officials it accused of rigging local elections.\n\nBelarus rejected the measures as interference "
     "and said it would respond, the foreign ministry in Minsk said in a statement. The EU had previously "
     "sanctioned Belarus over the same elections."),
    ("Minsk condemns new EU sanctions",
     "Belarus condemned the sanctions announced by the European Union, its foreign ministry said on "
     "Thursday.\n\nThe ministry accused Brussels of meddling and promised a response."),
]
FOREIGN = [
    ("fr", "La France et l'Allemagne signent un accord",
     "La France et l'Allemagne ont signé mardi à Paris un accord sur la coopération énergétique, ont annoncé "
     "les deux gouvernements.\n\nLes ministres se retrouveront à Berlin en juin."),
    ("es", "México y Colombia firman un acuerdo comercial",
     "México y Colombia firmaron el lunes un acuerdo comercial en Bogotá, informó la cancillería mexicana.\n\n"
     "El acuerdo entrará en vigor el próximo año."),
    ("de", "Polen und Litauen vereinbaren engere Zusammenarbeit",
     "Polen und Litauen haben am Mittwoch in Warschau eine engere Zusammenarbeit bei der Grenzsicherung "
     "vereinbart.\n\nDie Innenminister wollen sich im Herbst erneut treffen."),
    ("ru", "Казахстан и Узбекистан подписали соглашение",
     "Казахстан и Узбекистан подписали в среду соглашение о совместном использовании воды, сообщили "
     "в правительстве.\n\nСтороны договорились встретиться снова осенью."),
    ("zh", "越南与泰国举行会谈",
     "越南和泰国外交部长周二在河内举行会谈，讨论湄公河航运问题。\n\n双方同意明年再次会晤。"),
]


def _paragraphs(n: int) -> str:
    rows = []
    for i in range(n):
        rows.append(f"In session {i} of the review, delegates from Chile and Peru compared fishing quotas for "
                    f"the coming season and agreed to share catch data every month, the chair said.")
    return "\n\n".join(rows)


def write_corpus(root: Path) -> dict:
    """Write the corpus under ``root``; returns what the tests need to know about it."""
    root.mkdir(parents=True, exist_ok=True)
    lines: list[object] = []  # JSON values, or raw strings for broken lines
    expect_skip: list[str] = []  # item sources that must be reported as skipped
    dated = ["2031-03-15", "2031-03-15T09:30:00Z", None]
    for i, (title, text) in enumerate(TALKS):
        lines.append({"id": f"talks-{i}", "outlet": ["Harbour Times", "Seoul Ledger", "Pacific Dispatch"][i],
                      "title": title, "text": text, **({"published": dated[i]} if dated[i] else {})})
    # wire copies: the first report again under other outlets, one dated, one not
    lines.append({"id": "talks-copy-1", "outlet": "Asia Wire Daily", "title": TALKS[0][0], "text": TALKS[0][1],
                  "published": "2031-03-15"})
    lines.append({"id": "talks-copy-2", "outlet": "Coastline Daily", "title": TALKS[0][0], "text": TALKS[0][1]})
    # publication dates a scraper really produces: empty, words, impossible, far future, epoch seconds
    for i, (published, (title, text)) in enumerate(zip(["", "yesterday", "2031-02-30", "2999-01-01", 1932460800],
                                                       SANCTIONS * 3)):
        lines.append({"id": f"sanctions-{i}", "outlet": "Eastern Monitor", "title": title, "text": text,
                      "published": published})
    for lang, title, text in FOREIGN:
        lines.append({"id": f"foreign-{lang}", "outlet": "World Desk", "title": title, "text": text,
                      "language": lang, "published": "2031-05-06"})
    # one-line items (no paragraph breaks at all), one with no title
    lines.append({"id": "oneline-1", "title": "Talks in one line", "text": " ".join(TALKS[2][1].split())})
    lines.append({"id": "oneline-2", "text": "Belarus rejected the European Union sanctions on 2 April 2031."})
    # an item that carries HTML instead of text
    lines.append({"id": "html-item", "outlet": "Harbour Times", "published": "2031-04-03",
                  "html": f"<html><body><article><h1>{SANCTIONS[0][0]}</h1><p>{SANCTIONS[0][1]}</p>"
                          "</article><footer>Subscribe for more</footer></body></html>"})
    # a long report (60 kB) and one item too long to analyse (over spaCy's 1 000 000 characters)
    lines.append({"id": "long-ok", "outlet": "Review Weekly", "title": "Fishing review", "text": _paragraphs(340),
                  "published": "2031-06-01"})
    lines.append({"id": "too-long", "title": "A whole archive in one field",
                  "text": "Chile and Peru signed an accord. " * 33_000})
    # the same id twice: the second is already known, not a new article
    lines.append({"id": "talks-0", "outlet": "Harbour Times", "title": "duplicate id", "text": TALKS[1][1]})
    # broken records
    lines += ['{"id": "cut-off", "text": "The line ends before', '[1, 2, 3]', {"id": "no-text", "title": "empty"},
              {"id": "bad-text", "text": 42}, {"id": None, "text": "   "}]
    out = []
    for n, obj in enumerate(lines, 1):
        out.append(obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False))
    jsonl = root / "items.jsonl"
    jsonl.write_text("\n".join(out) + "\n", encoding="utf-8")
    for n, obj in enumerate(lines, 1):
        if isinstance(obj, str) or not isinstance(obj, dict) or obj.get("id") in ("no-text", "bad-text", None, "too-long"):
            expect_skip.append(f"{jsonl}#L{n}")

    pages = root / "pages"
    pages.mkdir()
    (pages / "talks.html").write_text(
        "<html><head><title>Japan and South Korea resume talks | Harbour Times</title>"
        '<meta property="og:site_name" content="Harbour Times">'
        '<meta property="article:published_time" content="2031-03-16T08:00:00Z"></head><body>'
        "<nav>Home | World | Asia</nav><article><h1>Japan and South Korea resume talks</h1>"
        f"<p>{TALKS[0][1].split(chr(10))[0]}</p><p>{TALKS[0][1].split(chr(10))[-1]}</p></article>"
        "<footer>© Harbour Times</footer></body></html>", encoding="utf-8")
    with gzip.open(pages / "sanctions.html.gz", "wt", encoding="utf-8") as fh:
        fh.write(f"<html><body><article><h1>{SANCTIONS[1][0]}</h1><p>{SANCTIONS[1][1]}</p></article></body></html>")
    (pages / "junk.html").write_bytes(bytes(range(256)) * 8)
    (pages / "empty.html").write_text("", encoding="utf-8")
    expect_skip += [str(pages / "junk.html"), str(pages / "empty.html")]

    feeds = root / "feeds"
    feeds.mkdir()
    (feeds / "wire.rss.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Eastern Monitor</title>'
        "<item><title>Belarus vows response</title><link>https://monitor.example/1</link><guid>em-1</guid>"
        f"<pubDate>Thu, 03 Apr 2031 10:00:00 GMT</pubDate><description>{SANCTIONS[1][1]}</description></item>"
        "<item><title>Undated note</title><link>https://monitor.example/2</link><guid>em-2</guid>"
        "<description>&lt;p&gt;Officials in Minsk met the EU envoy on Friday, the ministry said.&lt;/p&gt;</description></item>"
        "<item><title>Empty</title><guid>em-3</guid></item>"
        "</channel></rss>", encoding="utf-8")
    (feeds / "desk.atom.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>World Desk</title>'
        "<id>urn:desk</id><updated>2031-05-07T00:00:00Z</updated>"
        "<entry><title>Peru and Chile review quotas</title><id>urn:desk:1</id><updated>2031-05-07T00:00:00Z</updated>"
        f"<content type=\"text\">{_paragraphs(3)}</content></entry>"
        "<entry><title>Second entry</title><id>urn:desk:2</id>"
        "<summary>Chile said on Monday it would host the next round of talks with Peru.</summary></entry>"
        "</feed>", encoding="utf-8")
    (feeds / "broken.xml").write_text("<rss><channel><item><title>never closed", encoding="utf-8")
    expect_skip += [f"{feeds / 'wire.rss.xml'}#em-3", str(feeds / "broken.xml")]

    (root / "notes.txt").write_text("Chile and Peru extend fishing accord\n\n" + _paragraphs(2), encoding="utf-8")
    (root / "table.csv").write_text(
        "id,outlet,title,text,published\n"
        f'csv-1,Andes Post,Quota talks,"{_paragraphs(1)}",2031-05-08\n'
        "csv-2,Andes Post,No text,,2031-05-08\n", encoding="utf-8")
    expect_skip.append(f"{root / 'table.csv'}#L3")
    return {"expect_skip": expect_skip, "already_known": ["talks-0"], "jsonl": jsonl}


# -- the run -------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def run(tmp_path_factory):
    from dossier.pipeline import Pipeline
    from dossier.store import open_store

    root = tmp_path_factory.mktemp("realistic")
    corpus = write_corpus(root / "in")
    db = str(root / "store.duckdb")
    store = open_store(db)
    first = Pipeline(store, workers=1).ingest([root / "in"])
    counts = store.counts()
    second = Pipeline(store, workers=1).ingest([root / "in"])
    yield {"store": store, "first": first, "second": second, "counts": counts, "corpus": corpus, "root": root}
    store.close()


def _items(root: Path) -> list:
    from dossier.ingest import read_inputs

    return list(read_inputs([root / "in"]))


def test_every_item_is_stored_or_reported(run):
    from dossier.records import SkippedItem

    store, first, corpus = run["store"], run["first"], run["corpus"]
    skipped = {s.source: s.reason for s in first.skipped}
    stored = {a.source for a in store.list_articles()}
    for source in corpus["expect_skip"]:
        # a container that cannot be read at all may be reported as a whole or per item ("#0")
        reasons = [r for s, r in skipped.items() if s == source or s.startswith(source + "#")]
        assert reasons and all(r.strip() for r in reasons), (source, sorted(skipped))
    assert not stored & set(skipped)
    # item by item: what the readers yield is stored, skipped with a reason, or an id already stored
    items = _items(run["root"])
    unaccounted = [i.source for i in items if i.source not in stored and i.source not in skipped]
    assert len(unaccounted) == len(corpus["already_known"]), unaccounted
    assert first.added + len(first.skipped) + first.already_known == len(items)
    assert sum(isinstance(i, SkippedItem) for i in items) < len(first.skipped)  # some fail later, and say why


def test_the_too_long_item_says_why_in_plain_words(run):
    reasons = [s.reason for s in run["first"].skipped if "too long" in s.reason]
    assert len(reasons) == 1
    assert "E088" not in reasons[0] and "1,000,000" in reasons[0]


def test_mixed_dates_give_events_and_wire_copies_are_marked(run):
    """Dated and undated items of one batch (one with a date range) reach the merged events: the crash of
    issue 19 stored the articles and lost every event of the run."""
    store = run["store"]
    arts = {a.id: a for a in store.list_articles()}
    assert {"talks-0", "talks-1", "talks-2", "talks-copy-1", "talks-copy-2"} <= set(arts)
    assert arts["talks-copy-1"].duplicate_of == "talks-0" and arts["talks-copy-2"].duplicate_of == "talks-0"
    events = store.list_events()
    assert events
    sourced = {m.article_id for e in events for m in e.mentions}
    assert {"talks-0", "talks-1", "talks-2"} <= sourced, sorted(sourced)
    # every event exports with --all; the default view keeps those at or above the confidence threshold
    assert len(_export_lines(store, "events", include_all=True)) == len(events)
    assert len(_export_lines(store, "events")) == len(store.list_events(**shown()))


def _export_lines(store, table: str, include_all: bool = False) -> list[str]:
    import contextlib
    import io

    from dossier.serve.export import write

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        write(store, table, "jsonl", None, include_all=include_all)
    return buf.getvalue().splitlines()


def test_rerun_adds_nothing(run):
    second, store = run["second"], run["store"]
    assert second.added == 0 and second.duplicates == 0
    assert store.counts() == run["counts"]


ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?")
DATE_KEYS = {"published", "date", "date_end", "first_reported", "first_published", "last_published"}


def _valid_iso(value: str) -> bool:
    m = ISO.fullmatch(value)
    if not m:
        return False
    year = int(m[1])
    if m[4]:
        return 1 <= int(m[4]) <= dt.date(year, 12, 28).isocalendar()[1]
    try:
        dt.date(year, int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return False
    return True


def _dates(value, path=""):
    if isinstance(value, dict):
        for k, v in value.items():
            if k in DATE_KEYS:
                yield f"{path}.{k}", v
            yield from _dates(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _dates(v, f"{path}[{i}]")


def test_exports_carry_only_iso_dates_or_null(run, tmp_path):
    import csv

    import pyarrow.parquet as pq

    from dossier.serve.export import TABLES, rows, write

    store, bad, seen = run["store"], [], 0
    for table in TABLES:
        for row in rows(store, table):
            for where, value in _dates(row, table):
                seen += 1
                if value is not None and not (isinstance(value, str) and _valid_iso(value)):
                    bad.append((where, value))
        for fmt in ("jsonl", "csv", "parquet"):
            out = tmp_path / f"{table}.{fmt}"
            write(store, table, fmt, str(out))
        n = sum(1 for _ in rows(store, table))
        assert len(list(csv.DictReader(out.with_suffix(".csv").open(encoding="utf-8")))) == n, table
        assert pq.read_table(out).num_rows == n, table
    assert seen > 50
    assert not bad, bad[:20]
    graph = tmp_path / "g.graphml"
    write(store, "actor_graph", "graphml", str(graph))
    assert graph.read_text(encoding="utf-8").startswith("<?xml") or graph.read_text(encoding="utf-8").startswith("<graphml")


def test_api_serves_every_record(run):
    from fastapi.testclient import TestClient

    from dossier.serve.api import create_app

    store = run["store"]
    with TestClient(create_app(store=store)) as c:
        for path in ("/", "/docs", "/openapi.json", "/api/stories", "/api/events", "/api/actors", "/api/articles",
                     "/api/disagreements", "/api/timeline", "/api/graph", "/api/graph.graphml"):
            assert c.get(path).status_code == 200, path
        for s in store.list_stories():
            d = c.get(f"/api/stories/{s.id}").json()
            assert {a["id"] for a in d["articles"]} == set(s.article_ids)
        for e in store.list_events():
            r = c.get(f"/api/events/{e.id}")
            assert r.status_code == 200 and all(x["name"] for x in r.json()["actors"] + r.json()["recipients"])
        for a in store.list_actors():
            assert c.get(f"/api/actors/{a.id}").status_code == 200, a.id
        for a in store.list_articles():
            assert c.get(f"/api/articles/{a.id}").status_code == 200, a.id


def test_events_merge_when_some_mentions_have_an_end_date_and_others_not():
    """Regression: sorting (date, date_end) pairs raised TypeError when one mention of an event had an end
    date and another on the same start date had none; the run stored its articles but none of its events."""
    from dossier.link.events import merge_story_events
    from dossier.records import ActorRef, Analysis, Article, EventMention

    lavrov = ActorRef("Sergei Lavrov", actor_id="rus-lavrov", name="Sergei Lavrov", country="RUS", sector="GOV")
    kim = ActorRef("Kim Jong Un", actor_id="prk-kim-jong-un", name="Kim Jong Un", country="PRK", sector="GOV")
    analyses = []
    for i, (published, end) in enumerate([("2023-10-19", None), (None, "2023-10-19"), ("2023-10-20", None)]):
        text = f"Sergei Lavrov met Kim Jong Un in Pyongyang (report {i})."
        art = Article(id=f"a{i}", source=f"a{i}.jsonl", text=text, title=f"Report {i}", published=published)
        em = EventMention(id=f"m{i}", article_id=art.id, type="CONSULT", trigger="met", trigger_start=14,
                          trigger_end=17, sentence_start=0, sentence_end=len(text), quote=text, actors=[lavrov],
                          recipients=[kim], date="2023-10-18", date_end=end, date_source="timex")
        analyses.append(Analysis(article=art, events=[em]))
    (event,) = merge_story_events("s1", analyses)
    assert (event.date, event.date_end) == ("2023-10-18", "2023-10-19")
    assert event.n_sources == 3
