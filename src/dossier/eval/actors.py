"""``dossier eval actors [PATH]``: merge precision and recall against a gold list of name variants.

The gold list (default ``eval/data/actors_gold.jsonl``, written for dossier, no third-party text) holds
one name variant a line: ``{"name", "label", "id"}``; variants sharing an ``id`` are one actor. It mixes
spelling variants of the same people with hard negatives: different people who share a surname or a
given name (the Kim family, Sergei Lavrov / Sergei Shoigu, the Larijani brothers), and a country
against its government ("North Korea" vs "Pyongyang").

Each variant is resolved *context-free* by :meth:`Resolver.match` (no article, so no coreference).
Scored over pairs of variants: a pair is a predicted merge when both resolve to the same actor; a
variant that resolves to nothing merges with nothing. Precision = correct merges / predicted merges,
recall = correct merges / gold merges. Also reported: how many variants are literal aliases in the
built-in knowledge base (those are matched by lookup, the rest by romanisation matching or discovery).
"""

from __future__ import annotations

import json
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import Optional

import typer


def load_gold(path: str | Path | None = None) -> list[dict]:
    text = (Path(path).read_text("utf-8") if path else
            resources.files("dossier.eval").joinpath("data/actors_gold.jsonl").read_text("utf-8"))
    rows = []
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            rows.append({"name": row["name"], "label": row.get("label", "PERSON"), "id": row["id"]})
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"gold line {i}: needs name and id ({exc})") from exc
    return rows


def evaluate(gold: list[dict], kb_paths: tuple[str, ...] = ()) -> dict:
    from dossier.resolve import Resolver, load_kb, normalise_name  # here: the CLI imports this module at start-up

    kb = load_kb(kb_paths)
    resolver = Resolver(kb)
    predicted: list[str | None] = []
    for row in gold:
        actor = resolver.match(row["name"], row["label"])
        predicted.append(actor.id if actor else None)
    tp = fp = fn = 0
    errors: list[dict] = []
    for (i, a), (j, b) in combinations(enumerate(gold), 2):
        same_gold = a["id"] == b["id"]
        same_pred = predicted[i] is not None and predicted[i] == predicted[j]
        if same_gold and same_pred:
            tp += 1
        elif same_pred:
            fp += 1
            errors.append({"error": "false merge", "a": a["name"], "b": b["name"], "actor": predicted[i]})
        elif same_gold:
            fn += 1
            errors.append({"error": "missed merge", "a": a["name"], "b": b["name"],
                           "actors": [predicted[i], predicted[j]]})
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    literal = sum(1 for r in gold if normalise_name(r["name"]) in kb.by_name)
    return {"variants": len(gold), "actors": len({r["id"] for r in gold}), "kb_literal_variants": literal,
            "unresolved": sum(p is None for p in predicted), "gold_merges": tp + fn, "predicted_merges": tp + fp,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "errors": errors}


def register(app: typer.Typer) -> None:
    @app.command("actors")
    def eval_actors(path: Optional[str] = typer.Argument(None, help="Gold JSONL (default: the built-in list)."),
                    kb: list[Path] = typer.Option([], "--kb", help="Extra knowledge-base YAML file(s)."),
                    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON.")) -> None:
        """Merge precision/recall of actor resolution over a gold list of name variants."""
        try:
            result = evaluate(load_gold(path), tuple(str(p) for p in kb))
        except (OSError, ValueError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2)
        if as_json:
            typer.echo(json.dumps(result, indent=2))
            return
        typer.echo(f"{result['variants']} variants of {result['actors']} actors "
                   f"({result['kb_literal_variants']} literal KB aliases, {result['unresolved']} unresolved)")
        typer.echo(f"merges: gold {result['gold_merges']}, predicted {result['predicted_merges']}")
        typer.echo(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  f1 {result['f1']:.3f}")
        for e in result["errors"][:30]:
            typer.echo(f"  {e['error']}: {e['a']!r} / {e['b']!r}")
