"""``dossier eval stories PATH``: story clustering against a gold ``cluster`` field, B-cubed P/R/F1.

The articles go through the whole pipeline (ingest, analysis, resolution,
linking) into a temporary store, so this measures the stories users get.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import typer

from dossier.eval.scorer import b_cubed, clusters_from_labels


def _from_ecbplus(path: Path, folder: Path) -> Path:
    """ECB+ documents (``doc_id``, ``topic``, ``subtopic``, ``sentences``) as articles with a gold cluster."""
    out = folder / (path.stem + ".articles.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                f.write(json.dumps({"id": d["doc_id"], "text": "\n\n".join(x["text"] for x in d["sentences"]),
                                    "cluster": f"{d['topic']}-{d['subtopic']}"}) + "\n")
    return out


def _is_ecbplus(path: Path) -> bool:
    with path.open(encoding="utf-8") as f:
        first = next((line for line in f if line.strip()), "")
    try:
        row = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(row, dict) and {"doc_id", "subtopic", "sentences"} <= row.keys()


def evaluate(path: Path, workers: int = 1) -> dict:
    """Also takes an ECB+ file (``dossier eval coref``'s format): its subtopics are the gold stories."""
    if _is_ecbplus(path):
        with tempfile.TemporaryDirectory() as tmp:
            return {**evaluate(_from_ecbplus(path, Path(tmp)), workers), "path": str(path)}
    from dossier.pipeline import Pipeline
    from dossier.store import open_store

    gold: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue  # the ingest report lists it as skipped
        if "cluster" in row:
            gold[str(row.get("id") or f"#{n}")] = str(row["cluster"])
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "eval.duckdb"))
        try:
            report = Pipeline(store, workers=workers).ingest([path])
            pred = {aid: s.id for s in store.list_stories() for aid in s.article_ids}
        finally:
            store.close()
    common = {k: v for k, v in gold.items() if k in pred}
    p, r, f = b_cubed(clusters_from_labels(common), clusters_from_labels({k: pred[k] for k in common}))
    return {"path": str(path), "articles": len(common), "gold_clusters": len(set(common.values())),
            "stories": len({pred[k] for k in common}), "b3_p": p, "b3_r": r, "b3_f1": f,
            "skipped": len(report.skipped), "unscored": len(gold) - len(common)}


def register(app: typer.Typer) -> None:
    @app.command("stories")
    def stories(path: Path = typer.Argument(..., help="JSONL of articles with a gold `cluster` field "
                                                      "(or an ECB+ file: subtopics are the gold stories)."),
                workers: int = typer.Option(1, "--workers", "-w"),
                as_json: bool = typer.Option(False, "--json")) -> None:
        """B-cubed of dossier's stories against gold clusters."""
        if not path.exists():
            typer.echo(f"no such file: {path}", err=True)
            raise typer.Exit(2)
        r = evaluate(path, workers)
        if as_json:
            typer.echo(json.dumps(r))
            return
        typer.echo(f"{r['articles']} articles, {r['gold_clusters']} gold clusters -> {r['stories']} stories"
                   f" ({r['skipped']} skipped, {r['unscored']} unscored)")
        typer.echo(f"B-cubed  P {r['b3_p']:.3f}  R {r['b3_r']:.3f}  F1 {r['b3_f1']:.3f}")
