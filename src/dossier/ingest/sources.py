"""Readers: turn paths, folders, stdin and containers into :class:`RawDocument` items.

Every failure becomes a :class:`~dossier.records.SkippedItem` with a reason and
the batch goes on; nothing is dropped silently.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from dossier.ingest.raw import IngestError, RawDocument
from dossier.records import SkippedItem

MAX_BYTES = 20 * 1024 * 1024  # one input file; larger ones are refused, not truncated
MAX_GUNZIP_BYTES = 50 * 1024 * 1024

TEXT_EXT = {".txt", ".text", ".md"}
HTML_EXT = {".html", ".htm", ".xhtml"}
FEED_EXT = {".xml", ".rss", ".atom"}
JSONL_EXT = {".jsonl", ".ndjson", ".json"}
CSV_EXT = {".csv"}
WARC_EXT = {".warc"}
SKIP_NAMES = {"README.md", "readme.md", "gold_stories.jsonl"}

Item = RawDocument | SkippedItem


def read_inputs(paths: Iterable[str | Path], *, allow_private: bool | None = None) -> Iterator[Item]:
    """Every raw document under ``paths`` (files, folders recursively, ``-`` for stdin, http(s) URLs)."""
    for p in paths:
        if str(p) == "-":
            yield from _read_bytes("stdin", sys.stdin.buffer.read())
            continue
        if "://" in str(p):
            yield from _read_url(str(p), allow_private)
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and child.name not in SKIP_NAMES:
                    yield from read_file(child)
        elif path.is_file():
            yield from read_file(path)
        else:
            yield SkippedItem(str(p), "no such file or folder")


def read_file(path: Path) -> Iterator[Item]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield SkippedItem(source, f"file too large ({size} bytes > {MAX_BYTES})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield SkippedItem(source, f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(source, data)


def _read_url(url: str, allow_private: bool | None) -> Iterator[Item]:
    from dossier.ingest.fetch import fetch, source_name

    try:
        got = fetch(url, allow_private=allow_private)
    except IngestError as exc:
        yield SkippedItem(url, str(exc))
        return
    yield from _read_bytes(url, got.data, name=source_name(got.url, got.content_type))


def _read_bytes(source: str, data: bytes, name: str | None = None) -> Iterator[Item]:
    name = (name or source).lower()
    is_warc = name.endswith((".warc", ".warc.gz")) or data[:4] == b"WARC"
    if name.endswith(".gz") and not is_warc:
        try:
            data = _gunzip(data)
        except IngestError as exc:
            yield SkippedItem(source, str(exc))
            return
        name = name[:-3]
    if not data.strip():
        yield SkippedItem(source, "empty file")
        return
    fmt = detect_format(name, data, is_warc)
    try:
        if fmt == "warc":
            yield from _read_warc(source, data)
        elif fmt == "jsonl":
            yield from _read_jsonl(source, data)
        elif fmt == "csv":
            yield from _read_csv(source, data)
        elif fmt == "feed":
            yield from _read_feed(source, data)
        elif fmt == "binary":
            yield SkippedItem(source, "binary content, not text")
        else:
            yield RawDocument(source, fmt, decode(data))
    except IngestError as exc:
        yield SkippedItem(source, str(exc))
    except Exception as exc:  # noqa: BLE001
        # third-party parsers (warcio, feedparser, csv) raise arbitrary errors on hostile bytes,
        # e.g. warcio's AttributeError on a truncated record header: the item is skipped, the batch goes on
        yield SkippedItem(source, f"malformed {fmt} input: {type(exc).__name__}: {exc}")


def detect_format(name: str, data: bytes, is_warc: bool = False) -> str:
    """Format by extension, confirmed (or found) by the first bytes."""
    if is_warc:
        return "warc"
    head = data[:2048].lstrip().lower()
    if b"\x00" in data[:4096]:
        return "binary"
    suffix = Path(name).suffix
    if suffix in JSONL_EXT:
        return "jsonl"
    if suffix in CSV_EXT:
        return "csv"
    if suffix in FEED_EXT or head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head):
        return "feed"
    if suffix in HTML_EXT or head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 when valid, else the encoding charset-normalizer finds.

    Scraped files are often mixed (a UTF-8 page with a Windows-1252 footer
    pasted in), so when the whole is not UTF-8 each line is decoded on its
    own: UTF-8 where it is valid, the detected encoding elsewhere.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    bad = []
    for ln in lines:
        try:
            ln.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(ln)
    fallback = _detect(b"\n".join(bad))
    out = []
    for ln in lines:
        try:
            out.append(ln.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(ln.decode(fallback, errors="replace"))
    return "\n".join(out).lstrip("\ufeff")


# DOS code pages are never what a web page or a feed was written in, yet the detector
# picks them for short Western European text; Windows-1252 is what such text is.
_DOS = re.compile(r"^(cp|ibm)?(437|737|775|85\d|86\d|869)$")


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError("undecodable bytes: no text encoding fits")
    enc = best.encoding
    if _DOS.match(enc.lower()):
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return enc


def _gunzip(data: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(MAX_GUNZIP_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise IngestError(f"broken gzip: {exc}") from exc
    if len(out) > MAX_GUNZIP_BYTES:
        raise IngestError(f"gzip expands past {MAX_GUNZIP_BYTES} bytes (gzip bomb?)")
    return out


JSON_FIELDS = ("id", "url", "outlet", "title", "published", "language", "author")


def _fields(obj: dict) -> dict:
    return {k: obj[k] for k in JSON_FIELDS if obj.get(k) not in (None, "")}


def _read_jsonl(source: str, data: bytes) -> Iterator[Item]:
    text = decode(data)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        item_source = f"{source}#L{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SkippedItem(item_source, f"malformed JSON line: {exc.msg}")
            continue
        if not isinstance(obj, dict):
            yield SkippedItem(item_source, "JSON line is not an object")
            continue
        yield _record(item_source, obj, "jsonl")


def _record(item_source: str, obj: dict, fmt: str) -> Item:
    if isinstance(obj.get("html"), str) and obj["html"].strip():
        return RawDocument(item_source, "html", obj["html"], _fields(obj) | {"container": fmt})
    if isinstance(obj.get("text"), str) and obj["text"].strip():
        return RawDocument(item_source, fmt, obj["text"], _fields(obj))
    return SkippedItem(item_source, "record has neither text nor html")


def _read_csv(source: str, data: bytes) -> Iterator[Item]:
    text = decode(data)
    try:
        reader = csv.DictReader(io.StringIO(text))
        for n, row in enumerate(reader, 2):
            yield _record(f"{source}#L{n}", {k: v for k, v in row.items() if k}, "csv")
    except csv.Error as exc:
        yield SkippedItem(source, f"malformed CSV: {exc}")


def _read_feed(source: str, data: bytes) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"not a readable feed: {parsed.get('bozo_exception')}" if parsed.get("bozo") else "feed has no items"
        yield SkippedItem(source, reason)
        return
    outlet = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries):
        link = entry.get("link")
        item_source = f"{source}#{entry.get('id') or link or n}"
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        if not body.strip():
            yield SkippedItem(item_source, "feed item has neither content nor summary")
            continue
        fields = {"url": link, "title": entry.get("title"), "outlet": outlet, "feed_entry_id": entry.get("id")}
        for key in ("published", "updated"):
            if entry.get(key):
                fields["published"] = entry.get(key)
                fields["published_field"] = f"feed {key}"
                break
        fields = {k: v for k, v in fields.items() if v}
        fmt = "html" if "<" in body and ">" in body else "text"
        yield RawDocument(item_source, fmt, body, fields | {"container": "feed"})


def _read_warc(source: str, data: bytes) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    responses = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            responses += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if "html" not in ctype.lower():
                yield SkippedItem(f"{source}#{uri}", f"WARC response is not HTML ({ctype or 'no content type'})")
                continue
            payload = record.content_stream().read(MAX_BYTES + 1)
            item_source = f"{source}#{uri}"
            if len(payload) > MAX_BYTES:
                yield SkippedItem(item_source, "WARC record too large")
                continue
            try:
                html = decode(payload)
            except IngestError as exc:
                yield SkippedItem(item_source, str(exc))
                continue
            fields = {"url": uri} if uri else {}
            date = record.rec_headers.get_header("WARC-Date")
            if date:
                fields["crawled"] = date
            yield RawDocument(item_source, "html", html, fields | {"container": "warc"})
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
        yield SkippedItem(source, f"malformed WARC: {exc}")
        return
    if responses == 0:
        yield SkippedItem(source, "malformed WARC or no response records in it")
