"""``dossier eval extraction``: body-text quality on the Article Extraction Benchmark and the seed line gold.

The AEB score is the benchmark's own definition, re-implemented: both texts
are cut into ``\\w+`` tokens (case kept), then into 4-token shingles counted
with multiplicity; per page TP/FP/FN are normalised to sum to one, precision
and recall are averaged over pages (pages with nothing to score skipped) and
F1 is taken from those two means. Pages go through the same
:func:`dossier.ingest.build.extract_html` that ingest uses.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

import typer

TRAFILATURA_PUBLISHED_F1 = 0.958
DEFAULT_AEB = Path("../shared/bench/aeb")
SEED_GOLD = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "seed_lines.json"
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def aggregate(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    p = statistics.mean([_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    r = statistics.mean([_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate_aeb(path: Path, limit: int | None = None) -> dict[str, Any]:
    from dossier.ingest.build import extract_html
    from dossier.ingest.raw import IngestError
    from dossier.ingest.sources import decode

    gold = json.loads((path / "ground-truth.json").read_text("utf-8"))
    keys = sorted(gold)[:limit] if limit else sorted(gold)
    counts, failed = [], 0
    started = time.perf_counter()
    for key in keys:
        html = decode(gzip.decompress((path / "html" / f"{key}.html.gz").read_bytes()))
        try:
            text = extract_html(html, gold[key].get("url")).text
        except IngestError:
            text, failed = "", failed + 1
        counts.append(page_counts(gold[key].get("articleBody", ""), text))
    seconds = time.perf_counter() - started
    out = aggregate(counts)
    out.update(pages=len(keys), failed=failed, seconds=round(seconds, 2),
               pages_per_s=round(len(keys) / seconds, 2) if seconds else None,
               reference_trafilatura_f1=TRAFILATURA_PUBLISHED_F1)
    return out


def line_key(line: str) -> str:
    return hashlib.sha1(line.strip().encode("utf-8")).hexdigest()


def evaluate_seed_lines(seeds: Path, gold_path: Path = SEED_GOLD) -> dict[str, Any]:
    """Per-line keep/drop/metadata decisions of the cleaner against the hand-labelled seed gold."""
    from dossier.ingest import build_article, read_inputs
    from dossier.ingest.clean import straighten_apostrophes
    from dossier.records import SkippedItem

    gold = json.loads(gold_path.read_text("utf-8"))
    tally = Counter()
    errors: list[dict[str, Any]] = []
    for name, labels in gold.items():
        f = seeds / name
        if not f.exists():
            continue
        raws = [r for r in read_inputs([f]) if not isinstance(r, SkippedItem)]
        art = build_article(raws[0])
        # the gold keys the lines as written; article building writes apostrophes inside words straight
        written = {line_key(straighten_apostrophes(ln)[0]): line_key(ln) for ln in raws[0].body.splitlines()}
        body_lines = {written.get(k, k) for k in (line_key(b) for b in art.text.split("\n\n"))}
        title_key = written.get(line_key(art.title), line_key(art.title))
        decided = {line_key(s.line): s.action for s in art.cleaning}
        for item in labels:
            if item["sha1"] == title_key and item["label"] == "title":
                got = "title"
            elif item["sha1"] in body_lines:
                got = "keep"
            else:
                got = decided.get(item["sha1"], "lost")
            want = item["label"]
            tally["lines"] += 1
            ok = got == want or (want == "drop" and got == "metadata") or (want == "metadata" and got == "drop")
            if want in ("keep", "title"):
                tally["article_lines"] += 1
                tally["article_kept"] += got == want
            else:
                tally["boilerplate_lines"] += 1
                tally["boilerplate_removed"] += got in ("drop", "metadata")
            tally["agree_exact"] += got == want
            if not ok:
                errors.append({"file": name, "line": item["line_number"], "want": want, "got": got})
    out: dict[str, Any] = dict(tally)
    out["article_recall"] = tally["article_kept"] / tally["article_lines"] if tally["article_lines"] else None
    out["boilerplate_recall"] = (tally["boilerplate_removed"] / tally["boilerplate_lines"]
                                 if tally["boilerplate_lines"] else None)
    out["errors"] = errors
    return out


def register(app: typer.Typer) -> None:
    @app.command("extraction")
    def extraction(
        path: Path = typer.Argument(DEFAULT_AEB, help="AEB folder (ground-truth.json, html/*.html.gz)."),
        seeds: Path = typer.Option(Path("../shared/seeds"), "--seeds", help="Seed folder for the line gold."),
        limit: int = typer.Option(0, "--limit", help="Score only the first N pages (0: all)."),
        as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    ) -> None:
        """Body-text precision/recall/F1 (4-word shingles, as AEB defines it) and the seed line gold."""
        result: dict[str, Any] = {}
        if (path / "ground-truth.json").exists():
            result["aeb"] = evaluate_aeb(path, limit or None)
        else:
            typer.echo(f"no AEB data at {path}", err=True)
        if seeds.is_dir() and SEED_GOLD.exists():
            result["seed_lines"] = evaluate_seed_lines(seeds)
        if not result:
            raise typer.Exit(1)
        if as_json:
            typer.echo(json.dumps(result, indent=2))
            return
        if "aeb" in result:
            a = result["aeb"]
            typer.echo(f"AEB {a['pages']} pages: precision {a['precision']:.3f}  recall {a['recall']:.3f}  "
                       f"F1 {a['f1']:.3f}  (trafilatura published {TRAFILATURA_PUBLISHED_F1})  "
                       f"{a['pages_per_s']} pages/s  failed {a['failed']}")
        if "seed_lines" in result:
            s = result["seed_lines"]
            typer.echo(f"seed lines {s['lines']}: article lines kept {s['article_kept']}/{s['article_lines']}, "
                       f"boilerplate removed {s['boilerplate_removed']}/{s['boilerplate_lines']}, "
                       f"exact label agreement {s['agree_exact']}/{s['lines']}")
            for e in s["errors"]:
                typer.echo(f"  {e['file']}:{e['line']} want {e['want']} got {e['got']}")
