"""``dossier eval dates [PATH...]``: publication-date accuracy and abstention.

Each page is built into an :class:`Article` by the real ingest code (``build_article``) twice: *with* the
metadata a feed or page gives (a JSONL ``published`` field, the HTML's meta tags) and *without* it (the
body text and the URL only, as from a scrape that lost its metadata). Scored per page with a known date:

* found = the share of pages with a known date that get a date;
* wrong = the share of the dates given that differ from the gold date (the figure to keep near zero);
* extra = pages with no known date that still got one (not checkable, reported).

Corpora (any mix of paths; the default is every one present: the real-news dev13 (and dev) sets, AEB, ECB+ dev
and train):

* a JSONL of articles (``id, url, title, text, published``) with a gold file beside it (``gold.jsonl``:
  ``id, gold_published``), e.g. the real-news dev set;
* ``aeb``: the Article Extraction Benchmark's HTML pages. Gold is the date the page states in explicit
  publication meta tags (``article:published_time``, ``datePublished``, ``DC.date.issued``, ``pubdate`` ...)
  or, failing those, in its URL. *With metadata* runs the HTML path (htmldate on the page); *without* gives
  only the extracted body text and no URL, so it measures datelines, date lines and bylines;
* ``ecbplus``: ECB+ documents whose source URL (sentence 0) carries a full date; that date is the gold and
  the text without the URL line is what is dated (ECB+ text is tokenised, so datelines read "August 2 ,
  2013"): a test of dating from text alone.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Optional

import typer

# the shared benchmarks beside the repo (a worktree under wt/ finds them one level further up)
BENCH = next((p for i in (4, 5) if (p := Path(__file__).resolve().parents[i] / "shared" / "bench").exists()),
             Path(__file__).resolve().parents[4] / "shared" / "bench")
# the real-news dev splits, where the workplace keeps them, named one by one (never the held-out test splits)
REALNEWS_DEVS = [p for name in ("dev13", "dev") for i in (4, 5)
                 if (p := Path(__file__).resolve().parents[i] / "realnews" / name / "articles.jsonl").exists()]
REALNEWS_DEV = REALNEWS_DEVS[0] if REALNEWS_DEVS else Path("realnews/dev/articles.jsonl")
_META = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|og:published_time|datePublished|"
    r"DC\.date\.issued|dc\.date|pubdate|publishdate|publish-date|sailthru\.date|parsely-pub-date|date|"
    r"citation_publication_date|article\.published|original-publish-date)[\"'][^>]*>", re.I)
_CONTENT = re.compile(r"content\s*=\s*[\"']([^\"']+)[\"']", re.I)
_FULL_URL_DATE = re.compile(r"/(?:19|20)\d{2}/\d{1,2}/\d{1,2}/|(?:19|20)\d{2}-\d{2}-\d{2}|/(?:19|20)\d{6}/")
_JSONLD = re.compile(r"\"datePublished\"\s*:\s*\"([^\"]+)\"")


def _days(a: str, b: str) -> int:
    from datetime import date

    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _score(rows: list[dict]) -> dict:
    known = [r for r in rows if r["gold"]]
    given = [r for r in known if r["pred"]]
    wrong = [r for r in given if r["pred"] != r["gold"]]
    far = [r for r in wrong if _days(r["pred"], r["gold"]) > 1]
    unknown = [r for r in rows if not r["gold"]]
    return {"pages": len(rows), "with_known_date": len(known), "found": len(given),
            "found_share": round(len(given) / len(known), 3) if known else None,
            "wrong": len(wrong), "wrong_share": round(len(wrong) / len(given), 3) if given else 0.0,
            # a day either way is usually the time zone of a timestamp near midnight, not a wrong date
            "wrong_by_more_than_a_day": len(far),
            "wrong_by_more_than_a_day_share": round(len(far) / len(given), 3) if given else 0.0,
            "dated_without_gold": sum(1 for r in unknown if r["pred"]),
            "errors": [{"id": r["id"], "gold": r["gold"], "pred": r["pred"], "evidence": r["evidence"]}
                       for r in wrong][:20]}


def _date_of(raw) -> tuple[str | None, str | None]:
    from dossier.ingest.build import build_article
    from dossier.ingest.raw import IngestError

    try:
        art = build_article(raw)
    except IngestError:
        return None, None
    return art.published, art.published_evidence


# -- corpora ----------------------------------------------------------------------------------------

def jsonl_rows(path: Path) -> dict[str, list[dict]]:
    from dossier.ingest.raw import RawDocument

    gold_path = path.with_name("gold.jsonl")
    gold = {}
    for line in gold_path.read_text("utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold[g["id"]] = g.get("gold_published")
    out: dict[str, list[dict]] = {"with": [], "without": []}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        fields = {k: item[k] for k in ("id", "url", "outlet", "title") if item.get(k)}
        for mode in ("with", "without"):
            f = dict(fields)
            if mode == "with" and item.get("published"):
                f["published"] = item["published"]
            pred, evidence = _date_of(RawDocument(f"{path}#{item['id']}", "jsonl", item.get("text") or "", f))
            out[mode].append({"id": item["id"], "gold": gold.get(item["id"]), "pred": pred, "evidence": evidence})
    return out


def aeb_gold(html: str, url: str | None) -> str | None:
    from dossier.ingest.dates import parse_field, url_date

    for m in _META.finditer(html[:200_000]):
        c = _CONTENT.search(m.group(0))
        d = parse_field(c.group(1)) if c else None
        if d and d.year >= 1995:  # placeholder values ("0001-01-01") are no date
            return d.isoformat()
    m = _JSONLD.search(html[:400_000])
    if m:
        d = parse_field(m.group(1))
        if d and d.year >= 1995:
            return d.isoformat()
    d = url_date(url)
    return d.isoformat() if d else None


def aeb_rows(folder: Path) -> dict[str, list[dict]]:
    from dossier.ingest.build import extract_html
    from dossier.ingest.raw import IngestError, RawDocument

    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    out: dict[str, list[dict]] = {"with": [], "without": []}
    for pid, info in sorted(truth.items()):
        f = folder / "html" / f"{pid}.html.gz"
        if not f.exists():
            continue
        html = gzip.decompress(f.read_bytes()).decode("utf-8", errors="replace")
        gold = aeb_gold(html, info.get("url"))
        pred, evidence = _date_of(RawDocument(str(f), "html", html, {"url": info.get("url")}))
        out["with"].append({"id": pid, "gold": gold, "pred": pred, "evidence": evidence})
        try:
            body = extract_html(html).text
        except IngestError:
            body = ""
        pred, evidence = _date_of(RawDocument(str(f), "jsonl", body, {"title": "-"}))
        out["without"].append({"id": pid, "gold": gold, "pred": pred, "evidence": evidence})
    return out


def _detok(text: str) -> str:
    text = re.sub(r"\s+([.,:;!?)\]'’%])", r"\1", text)
    text = re.sub(r"([(\[$])\s+", r"\1", text)
    text = re.sub(r"\s+('s|n't)\b", r"\1", text)
    # numbers the tokeniser split: "4 / 9 / 2007", "2013 - 09 - 26", "6: 04 PM" (a page writes them unspaced)
    text = re.sub(r"\b(\d{4}) - (\d{2}) - (\d{2})\b", r"\1-\2-\3", text)
    text = re.sub(r"\b(\d{1,2}) / (\d{1,2}) / (\d{2}|\d{4})\b", r"\1/\2/\3", text)
    return re.sub(r"(?<=\d): (?=\d\d\b)", ":", text)


def ecbplus_rows(path: Path) -> dict[str, list[dict]]:
    from dossier.ingest.dates import url_date
    from dossier.ingest.raw import RawDocument

    out: dict[str, list[dict]] = {"without": []}
    for line in path.read_text("utf-8").splitlines():
        doc = json.loads(line)
        sents = doc["sentences"]
        if not sents or not sents[0]["text"].startswith("http"):
            continue
        url = sents[0]["text"].replace(" ", "")
        if not _FULL_URL_DATE.search(url):
            continue  # only URLs that spell out year, month and day
        gold = url_date(url)
        if gold is None:
            continue
        body = "\n".join(_detok(s["text"]) for s in sents[1:])
        pred, evidence = _date_of(RawDocument(f"{path}#{doc['doc_id']}", "jsonl", body, {"title": "-"}))
        out["without"].append({"id": doc["doc_id"], "gold": gold.isoformat(), "pred": pred, "evidence": evidence})
    return out


def evaluate(paths: list[str]) -> dict:
    results: dict[str, dict] = {}
    targets = paths or [p for p in (*map(str, REALNEWS_DEVS), str(BENCH / "aeb"),
                                    str(BENCH / "ecbplus" / "ecbplus_dev.jsonl"),
                                    str(BENCH / "ecbplus" / "ecbplus_train.jsonl")) if Path(p).exists()]
    for p in targets:
        path = Path(p)
        if path.is_dir() and (path / "ground-truth.json").exists():
            name, rows = "aeb", aeb_rows(path)
        elif "ecbplus" in path.name:
            name, rows = f"ecbplus:{path.stem}", ecbplus_rows(path)
        elif path.suffix == ".jsonl" and path.with_name("gold.jsonl").exists():
            name, rows = f"jsonl:{path.parent.name}", jsonl_rows(path)
        else:
            raise ValueError(f"{p}: not an AEB folder, an ECB+ file or a JSONL with gold.jsonl beside it")
        results[name] = {mode: _score(r) for mode, r in rows.items()}
    return results


def register(app: typer.Typer) -> None:
    @app.command("dates")
    def eval_dates(paths: Optional[list[str]] = typer.Argument(None, help="Corpora (default: every one present)."),
                   as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON.")) -> None:
        """Publication dates: found and wrong shares with and without feed/page metadata."""
        try:
            result = evaluate(list(paths or []))
        except (OSError, ValueError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2)
        if as_json:
            typer.echo(json.dumps(result, indent=2))
            return
        for name, modes in result.items():
            for mode, r in modes.items():
                typer.echo(f"{name:24s} {mode:8s} pages {r['pages']:4d}  known {r['with_known_date']:4d}  "
                           f"found {r['found']:4d} ({r['found_share']})  wrong {r['wrong']} ({r['wrong_share']}; "
                           f"by >1 day {r['wrong_by_more_than_a_day']})  "
                           f"dated without gold {r['dated_without_gold']}")
                for e in r["errors"][:8]:
                    typer.echo(f"    {e['id']}: gold {e['gold']} got {e['pred']} from {str(e['evidence'])[:90]!r}")
