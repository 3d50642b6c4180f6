"""Article building: one :class:`RawDocument` in, one cleaned, dated :class:`Article` out.

Pure and per-item, so it runs in the worker processes beside the NLP.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

from dossier.ingest.clean import clean_text, fix_mojibake, fold_homoglyphs, parse_byline, straighten_apostrophes
from dossier.ingest.dates import DatedEvidence, parse_field, publication_date, story_checks
from dossier.ingest.raw import IngestError, RawDocument
from dossier.records import Article, stable_id

MIN_BODY_CHARS = 40  # a one-sentence news item is longer; shorter bodies are menus or fragments


def article_id(raw: RawDocument) -> str:
    """The input's own id when it has one, else a stable id of where it came from."""
    given = raw.fields.get("id")
    if given not in (None, ""):
        return str(given)
    path, _, fragment = raw.source.partition("#")
    if path in ("stdin", "-"):
        return stable_id("a", raw.source)
    # readable (the file name) and unique (a hash of the absolute path and item)
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", Path(path).name.split(".")[0])[:40].strip("-") or "a"
    where = str(Path(path).resolve()) if not re.match(r"^[a-z]+://", path) else path
    return f"{stem}-{stable_id('', where, fragment, length=8)}"


def content_hash(text: str) -> str:
    normalised = re.sub(r"\W+", " ", text).strip().lower()
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()


def build_article(raw: RawDocument) -> Article:
    """Clean, title and date one item; raises :class:`IngestError` when nothing usable is left."""
    if raw.format == "html":
        art = _from_html(raw)
    else:
        art = _from_text(raw)
    if len(art.text) < MIN_BODY_CHARS:
        raise IngestError(f"no article text left after cleaning ({len(art.text)} characters)")
    art.content_hash = content_hash(art.text)
    return art


def _outlet_fallback(raw: RawDocument, url: str | None) -> tuple[str | None, str | None]:
    if raw.fields.get("outlet"):
        return str(raw.fields["outlet"]), "input field"
    if url:
        host = urlparse(url).netloc
        if host:
            return host.removeprefix("www."), "URL host"
    return None, None


def _from_text(raw: RawDocument) -> Article:
    title = raw.fields.get("title")
    if not title and raw.format != "text":
        title = ""  # a record's text is all body: only plain-text files carry the title as first line
    cleaned = clean_text(raw.body, title=title)
    cleaned.body, mended = fix_mojibake(cleaned.body)
    cleaned.title, _ = fix_mojibake(cleaned.title)
    if mended:
        cleaned.metadata["mojibake mended"] = str(mended)
    cleaned.body, folded = fold_homoglyphs(cleaned.body)
    cleaned.title, _ = fold_homoglyphs(cleaned.title)
    if folded:
        cleaned.metadata["homoglyphs folded"] = str(folded)
    cleaned.body, straightened = straighten_apostrophes(cleaned.body)
    cleaned.title, _ = straighten_apostrophes(cleaned.title)
    if straightened:
        cleaned.metadata["apostrophes straightened"] = str(straightened)
    lines = raw.body.splitlines()
    dated = publication_date(lines, cleaned.body, raw.fields, cleaned.header_lines, cleaned.title)
    url = raw.fields.get("url")
    outlet, outlet_evidence = _outlet_fallback(raw, url)
    metadata: dict = dict(cleaned.metadata)
    author = raw.fields.get("author")
    if cleaned.metadata.get("byline"):
        by_author, by_outlet = parse_byline(cleaned.metadata["byline"])
        author = author or by_author
        if by_outlet and outlet_evidence in (None, "URL host"):
            # the text names its outlet: better than a host name, never invented
            outlet, outlet_evidence = by_outlet, f"byline: {cleaned.metadata['byline']}"
    if cleaned.metadata.get("outlet masthead") and outlet_evidence in (None, "URL host"):
        outlet, outlet_evidence = cleaned.metadata["outlet masthead"], "masthead line above the story"
    if outlet_evidence:
        metadata["outlet_evidence"] = outlet_evidence
    _date_metadata(metadata, dated)
    return Article(
        id=article_id(raw), source=raw.source, text=cleaned.body, title=cleaned.title,
        url=url, outlet=outlet, author=author, language=raw.fields.get("language"),
        published=dated.value, published_evidence=dated.evidence, published_confidence=dated.confidence,
        published_range=dated.range, format=raw.fields.get("container", raw.format), cleaning=cleaned.steps,
        metadata=metadata,
    )


def _date_metadata(metadata: dict, dated: DatedEvidence) -> None:
    if dated.notes:
        metadata["published_notes"] = dated.notes


def extract_html(html: str, url: str | None = None):
    """trafilatura in precision mode; the document (body, title, site name, author, language, URL) or an error."""
    import trafilatura

    if "<body" not in html[:65536].lower():
        # feed and JSONL items carry fragments ("<p>...</p>"), which trafilatura reads as an empty tree
        html = f"<html><body>{html}</body></html>"
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, favor_precision=True, include_comments=False,
            include_tables=True, with_metadata=True, as_dict=False,
        )
    except Exception as exc:  # trafilatura raises many kinds on hostile markup
        raise IngestError(f"HTML extraction failed: {type(exc).__name__}: {exc}") from exc
    if doc is None or not (doc.text or "").strip():
        raise IngestError("HTML has no extractable article body")
    return doc


def _from_html(raw: RawDocument) -> Article:
    from htmldate import find_date

    doc = extract_html(raw.body, raw.fields.get("url"))
    url = raw.fields.get("url") or doc.url
    title = raw.fields.get("title") or doc.title or ""
    paras = [p.strip() for p in doc.text.split("\n") if p.strip()]
    if len(paras) > 1 and title and re.sub(r"\W+", " ", paras[0]).strip().lower() == re.sub(
            r"\W+", " ", title).strip().lower():
        paras = paras[1:]  # the page's <h1> repeats the title
    body, folded = fold_homoglyphs(fix_mojibake("\n\n".join(paras))[0])
    title, _ = fold_homoglyphs(fix_mojibake(title)[0])
    body, straightened = straighten_apostrophes(body)
    title, _ = straighten_apostrophes(title)
    dated = DatedEvidence(None, None, 0.0)
    if raw.fields.get("published"):
        d = parse_field(str(raw.fields["published"]))
        if d:
            dated = DatedEvidence(d.isoformat(), f"{raw.fields.get('published_field', 'published field')}: "
                                  f"{raw.fields['published']}", 0.9)
    if dated.value is None:
        try:
            found = find_date(raw.body, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
        except Exception:
            found = None
        if found:
            dated = DatedEvidence(found, "HTML metadata (htmldate, original date)", 0.85)
    if dated.value is None:
        dated = publication_date(body.splitlines(), body, {"url": url} if url else {}, title=title)
    else:
        # metadata dates are checked against the story too (a page's "today" is not its date)
        delta, notes = story_checks(date.fromisoformat(dated.value), body)
        if delta < 0:
            dated = DatedEvidence(dated.value, dated.evidence, round(max(0.05, dated.confidence + delta), 2),
                                  None, notes)
    outlet, outlet_evidence = _outlet_fallback(raw, url)
    metadata: dict = {"homoglyphs folded": str(folded)} if folded else {}
    if straightened:
        metadata["apostrophes straightened"] = str(straightened)
    _date_metadata(metadata, dated)
    if raw.fields.get("outlet") is None and doc.sitename:
        outlet, outlet_evidence = doc.sitename, "HTML site name"
    if outlet_evidence:
        metadata["outlet_evidence"] = outlet_evidence
    return Article(
        id=article_id(raw), source=raw.source, text=body, title=title.strip(), url=url, outlet=outlet,
        author=raw.fields.get("author") or doc.author,
        language=raw.fields.get("language") or doc.language or _html_lang(raw.body),
        canonical_url=doc.url, published=dated.value, published_evidence=dated.evidence,
        published_confidence=dated.confidence, format=raw.fields.get("container", "html"), metadata=metadata,
    )


def _html_lang(html: str) -> str | None:
    """The page's declared language (<html lang="en-GB"> -> "en"): trafilatura reports it only when asked to filter."""
    m = re.search(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", html[:5000], re.I)
    return m.group(1).lower() if m else None


def describe_source(source: str) -> str:
    return Path(source.split("#", 1)[0]).name or source
