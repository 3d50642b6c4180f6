"""Property and fuzz tests: hostile bytes into every reader, the article builder and the cleaner.

The contract under test: whatever the bytes, a reader yields RawDocument or
SkippedItem items (a SkippedItem always says why), build_article either
returns an Article or raises IngestError (a clear per-item error, never some
other exception), and memory stays bounded by the documented caps. Every
sample document here is written for this file; nothing is copied from the
shared seeds or benchmarks.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.ingest import IngestError, RawDocument, build_article
from dossier.ingest.clean import clean_text
from dossier.ingest.sources import MAX_GUNZIP_BYTES, _read_bytes, read_inputs
from dossier.records import Article, SkippedItem

# modest: this runs on 2 shared cores in CI
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                derandomize=True)

EXTENSIONS = [".txt", ".html", ".htm", ".xml", ".rss", ".atom", ".jsonl", ".json", ".csv", ".warc",
              ".html.gz", ".warc.gz", ".bin", ""]

BODY = ("The harbour authority of Veltria said on Tuesday that its two ferries would resume service "
        "after a week of repairs. Port workers welcomed the decision, a spokeswoman added.")

HTML_DOC = (f"<!doctype html><html><head><title>Ferries resume in Veltria</title>"
            f"<meta property='article:published_time' content='2024-03-05'></head><body>"
            f"<nav>Home | World | Sport</nav><article><h1>Ferries resume in Veltria</h1>"
            f"<p>{BODY}</p><p>{BODY.upper()}</p></article><footer>All rights reserved</footer></body></html>")

RSS_DOC = (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Veltria Post</title>"
           f"<item><title>Ferries resume</title><link>https://veltria.example/ferries</link>"
           f"<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>{BODY}</description></item>"
           f"<item><title>Second item</title><link>https://veltria.example/two</link>"
           f"<description><![CDATA[<p>{BODY}</p>]]></description></item></channel></rss>")

JSONL_DOC = "\n".join(json.dumps({"id": f"v{i}", "title": "Ferries", "text": BODY, "outlet": "Veltria Post",
                                  "published": "2024-03-05"}) for i in range(3))


def _csv_doc() -> str:
    out = io.StringIO()
    w = csv.DictWriter(out, ["id", "title", "text", "published"])
    w.writeheader()
    for i in range(3):
        w.writerow({"id": f"c{i}", "title": "Ferries", "text": BODY, "published": "2024-03-05"})
    return out.getvalue()


def _warc_doc() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://veltria.example/ferries", "response",
                                                  payload=io.BytesIO(HTML_DOC.encode()), http_headers=http))
    return buf.getvalue()


SAMPLES: dict[str, bytes] = {
    "doc.html": HTML_DOC.encode(),
    "feed.xml": RSS_DOC.encode(),
    "items.jsonl": JSONL_DOC.encode(),
    "items.csv": _csv_doc().encode(),
    "crawl.warc": _warc_doc(),
    "note.txt": f"Ferries resume in Veltria\n\n{BODY}\n".encode(),
}


def _check_items(source: str, data: bytes) -> list:
    """Run the reader, then the builder on what it yields; both must keep the contract."""
    items = list(_read_bytes(source, data))
    for item in items:
        assert isinstance(item, (RawDocument, SkippedItem)), type(item)
        if isinstance(item, SkippedItem):
            assert item.reason and item.source.startswith(source)
            continue
        assert isinstance(item.body, str)
        try:
            art = build_article(item)
        except IngestError as exc:
            assert str(exc)
        else:
            assert isinstance(art, Article) and art.text
    return items


def test_samples_read_cleanly():
    """The hand-written samples are valid, so the truncation fuzz below starts from real documents."""
    for name, data in SAMPLES.items():
        items = _check_items(name, data)
        docs = [i for i in items if isinstance(i, RawDocument)]
        assert docs, (name, items)
        assert all(isinstance(build_article(d), Article) for d in docs), name


@FUZZ
@given(data=st.binary(max_size=4096), ext=st.sampled_from(EXTENSIONS))
def test_arbitrary_bytes_never_crash(data, ext):
    _check_items(f"fuzz{ext}", data)


@FUZZ
@given(name=st.sampled_from(sorted(SAMPLES)), cut=st.floats(min_value=0.0, max_value=1.0))
def test_truncated_documents(name, cut):
    data = SAMPLES[name]
    _check_items(name, data[: int(len(data) * cut)])


@FUZZ
@given(name=st.sampled_from(sorted(SAMPLES)), pos=st.floats(min_value=0.0, max_value=1.0),
       junk=st.binary(min_size=1, max_size=64))
def test_invalid_utf8_spliced_in(name, pos, junk):
    data = SAMPLES[name]
    at = int(len(data) * pos)
    # \xff\xfe and lone continuation bytes are never valid UTF-8
    _check_items(name, data[:at] + b"\xff\xfe\x80" + junk + data[at:])


@FUZZ
@given(enc=st.sampled_from(["latin-1", "cp1252", "utf-16", "shift_jis", "koi8-r", "mac_roman"]),
       ext=st.sampled_from([".txt", ".html", ".jsonl", ".csv", ".xml"]))
def test_mixed_encodings(enc, ext):
    second = "Café Zürich: señora Ñúñez — «ferry» naïve".encode(enc, errors="replace")
    name = {".txt": "note.txt", ".html": "doc.html", ".jsonl": "items.jsonl", ".csv": "items.csv",
            ".xml": "feed.xml"}[ext]
    _check_items(name, SAMPLES[name] + b"\n" + second + b"\n")


@FUZZ
@given(text=st.text(max_size=2000), title=st.one_of(st.none(), st.text(max_size=80)))
def test_cleaner_keeps_only_input_lines(text, title):
    """The cleaner keeps, drops, re-joins or trims input lines; it never writes a word of its own, and
    every step it logs names an input line."""
    out = clean_text(text, title=title)
    lines = {ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")}
    words = set(text.split())
    for kept in out.body.split("\n\n"):
        assert kept == "" or kept in lines or all(w in words or w in text for w in kept.split())
    for step in out.steps:
        assert step.reason and step.line in lines


@FUZZ
@given(body=st.text(max_size=3000), fmt=st.sampled_from(["text", "html", "jsonl", "feed"]),
       fields=st.dictionaries(st.sampled_from(["id", "url", "outlet", "title", "published", "author"]),
                              st.text(max_size=40), max_size=4))
def test_build_article_contract(body, fmt, fields):
    raw = RawDocument("fuzz-source", fmt, body, fields)
    try:
        art = build_article(raw)
    except IngestError as exc:
        assert str(exc)
    else:
        assert len(art.text) >= 40 and art.content_hash


def test_very_long_lines():
    line = ("word " * 400_000).strip()  # one 2 MB line, no newline
    for name in ("long.txt", "long.html", "long.jsonl", "long.csv"):
        data = line.encode()
        if name.endswith(".jsonl"):
            data = json.dumps({"id": "long", "text": line}).encode()
        elif name.endswith(".csv"):
            data = b"id,text\nlong," + data
        _check_items(name, data)
    art = build_article(RawDocument("long", "text", "A title\n" + line))
    assert art.text == line


@pytest.mark.parametrize("depth", [2_000, 50_000])
def test_deeply_nested_html(depth):
    html = "<html><body>" + "<div>" * depth + f"<p>{BODY}</p>" + "</div>" * depth + "</body></html>"
    items = _check_items("nested.html", html.encode())
    assert len(items) == 1
    unclosed = "<html><body>" + "<span><b>" * depth + BODY
    _check_items("unclosed.html", unclosed.encode())


def test_gzip_bomb_is_refused_with_bounded_memory():
    bomb = gzip.compress(b"\0" * (MAX_GUNZIP_BYTES * 2), compresslevel=9)
    assert len(bomb) < 1_000_000
    tracemalloc.start()
    try:
        items = list(_read_bytes("bomb.html.gz", bomb))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(items) == 1 and isinstance(items[0], SkippedItem)
    assert "gzip" in items[0].reason
    # the cap is read plus one byte; nothing near the 100 MB the bomb expands to
    assert peak < MAX_GUNZIP_BYTES * 1.6


def test_broken_gzip_and_empty():
    assert isinstance(next(_read_bytes("x.html.gz", b"\x1f\x8b\x08\x00garbage")), SkippedItem)
    assert isinstance(next(_read_bytes("x.html.gz", gzip.compress(b"")[:-4])), SkippedItem)
    assert next(_read_bytes("x.txt", b"   \n")).reason == "empty file"


def test_read_inputs_reports_every_bad_file(tmp_path):
    """A folder of hostile files: every file is accounted for (a document or a reason), none stops the rest."""
    files = {
        "good.txt": SAMPLES["note.txt"],
        "bin.html": bytes(range(256)) * 8,
        "cut.jsonl": JSONL_DOC.encode()[:57],
        "cut.xml": RSS_DOC.encode()[:90],
        "bad.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort",
        "bomb.html.gz": gzip.compress(b"<p>" * (MAX_GUNZIP_BYTES // 3 + 1)),
        "empty.csv": b"",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    items = list(read_inputs([tmp_path, tmp_path / "missing.txt"]))
    seen = {i.source.split("#")[0].rsplit("/", 1)[-1] for i in items}
    assert seen == set(files) | {"missing.txt"}
    assert any(isinstance(i, RawDocument) and i.source.endswith("good.txt") for i in items)
    assert all(i.reason for i in items if isinstance(i, SkippedItem))
