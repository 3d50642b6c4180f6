"""``dossier eval timex``: time expression extent and value scores.

Reads MEANTIME CAT XML (tokens + ``TIMEX3`` with ``token_anchor``s; the
``CREATION_TIME`` timex is the document creation time and the anchor) and
TimeML ``.tml`` (``DCT`` element, inline ``TIMEX3``). Each document is
rebuilt as text (tokens joined by spaces, one sentence a line), analysed with
the publication date set to the DCT, and compared with the gold TIMEX3s,
TempEval-3 style: strict extent F1 (exact span), relaxed extent F1 (overlap),
value F1 (relaxed match with equal value). The DCT itself is not scored.

MEANTIME annotates time expressions only in the title, the date line and the
first sentences of each article (CAT ``sentence`` 0-5: no gold TIMEX3 lies
beyond, although later sentences are full of dates). Predictions past that
region are therefore not scored (``scope="annotated"``, the default);
``--whole-document`` scores every prediction, as the first version of this
evaluator did.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from dossier.eval.scorer import prf_line, put_prf
from dossier.records import Article

DEFAULT = "../shared/bench/meantime"
ANCHOR = "HeidelTime value F1 77.6 on TempEval-3 (SUTime 67.4)"


def _dct_value(value: str) -> str | None:
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value or "")
    if m:
        return f"{m[1]}-{m[2]}-{m[3]}"
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value or "")  # one MEANTIME file writes DD-MM-YYYY
    return f"{m[3]}-{m[2]}-{m[1]}" if m else None


# last CAT sentence index with time expression annotation in MEANTIME (0 title, 1 date line, 2-5 body)
MEANTIME_LAST_SENTENCE = 5


def read_cat(path: Path) -> dict[str, Any]:
    root = ET.parse(path).getroot()
    tokens = root.findall("token")
    text_parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    pos, prev_sent, scope_end = 0, None, None
    for tok in tokens:
        sent = tok.get("sentence")
        if scope_end is None and sent is not None and sent.isdigit() and int(sent) > MEANTIME_LAST_SENTENCE:
            scope_end = pos
        if prev_sent is not None:
            sep = "\n" if sent != prev_sent else " "
            text_parts.append(sep)
            pos += 1
        word = tok.text or ""
        spans[tok.get("t_id")] = (pos, pos + len(word))
        text_parts.append(word)
        pos += len(word)
        prev_sent = sent
    gold, dct, dct_span = [], None, None
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id") for a in tx.findall("token_anchor")]
        if not ids:
            continue
        start, end = spans[ids[0]][0], spans[ids[-1]][1]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct, dct_span = _dct_value(tx.get("value", "")), (start, end)
            continue
        gold.append({"start": start, "end": end, "type": tx.get("type"), "value": tx.get("value")})
    text = "".join(text_parts)
    return {"id": path.stem, "text": text, "dct": dct, "gold": gold, "ignore": [dct_span] if dct_span else [],
            "unannotated": [(scope_end, len(text) + 1)] if scope_end is not None else []}


def read_tml(path: Path) -> dict[str, Any]:
    root = ET.parse(path).getroot()
    dct = None
    for el in root.iter("DCT"):
        for tx in el.iter("TIMEX3"):
            dct = _dct_value(tx.get("value", ""))
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no TEXT element")
    parts: list[str] = []
    gold = []

    def walk(el, pos: int) -> int:
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            start = pos
            pos = walk(child, pos)
            if child.tag == "TIMEX3":
                gold.append({"start": start, "end": pos, "type": child.get("type"), "value": child.get("value")})
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        return pos

    walk(body, 0)
    return {"id": path.stem, "text": "".join(parts), "dct": dct, "gold": gold, "ignore": []}


def documents(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    files = [p] if p.is_file() else sorted(f for f in p.rglob("*") if f.suffix in (".xml", ".tml"))
    out = []
    for f in files:
        try:
            out.append(read_tml(f) if f.suffix == ".tml" else read_cat(f))
        except (ET.ParseError, KeyError, ValueError) as exc:  # a broken file never stops the run
            out.append({"id": f.stem, "error": str(exc)})
    return out


def evaluate(path: str | Path, *, limit: int | None = None, scope: str = "annotated") -> dict[str, Any]:
    from datetime import date

    from dossier.nlp import load
    from dossier.nlp.timex import extract_timexes

    nlp = load(with_ruler=False)
    docs = documents(path)
    if limit:
        docs = docs[:limit]
    n_gold = n_pred = strict = relaxed = value = 0
    errors, wrong = [], []
    for d in docs:
        if "error" in d:
            errors.append(d)
            continue
        art = Article(id=d["id"], source=str(path), text=d["text"], published=d["dct"])
        anchor = date.fromisoformat(d["dct"]) if d["dct"] else None
        skip = d["ignore"] + (d.get("unannotated", []) if scope == "annotated" else [])
        preds = [t for t in extract_timexes(nlp(d["text"]), d["id"], anchor)
                 if not any(s < t.end and t.start < e for s, e in skip)]
        del art
        n_gold += len(d["gold"])
        n_pred += len(preds)
        used: set[int] = set()
        for g in d["gold"]:
            best = None
            for j, t in enumerate(preds):
                if j in used or not (t.start < g["end"] and g["start"] < t.end):
                    continue
                if best is None or (t.start, t.end) == (g["start"], g["end"]):
                    best = j
            if best is None:
                continue
            used.add(best)
            t = preds[best]
            relaxed += 1
            strict += (t.start, t.end) == (g["start"], g["end"])
            if t.value == g["value"]:
                value += 1
            elif len(wrong) < 25:
                wrong.append({"doc": d["id"], "text": d["text"][g["start"]:g["end"]], "gold": g["value"],
                              "predicted": t.value})
    res: dict[str, Any] = {"path": str(path), "scope": scope, "documents": len(docs) - len(errors), "gold": n_gold,
                           "predicted": n_pred}
    for name, tp in (("strict", strict), ("relaxed", relaxed), ("value", value)):
        put_prf(res, name, tp, n_pred, n_gold)
    res["errors"] = [{"doc": e["id"], "error": e["error"]} for e in errors]
    res["value_errors"] = wrong
    res["anchor"] = ANCHOR
    return res


def register(app) -> None:
    import typer

    @app.command("timex")
    def timex_cmd(path: str = typer.Argument(DEFAULT, help="MEANTIME CAT XML folder/file or TimeML .tml"),
                  json_out: bool = typer.Option(False, "--json", help="one JSON object"),
                  limit: int = typer.Option(0, help="first N documents only"),
                  show: bool = typer.Option(False, help="list wrong values"),
                  whole_document: bool = typer.Option(False, "--whole-document",
                                                      help="score predictions outside the annotated sentences too")) -> None:
        """Time expression extent (strict, relaxed) and value F1."""
        if not Path(path).exists():
            typer.echo(f"no such path: {path}", err=True)
            raise typer.Exit(2)
        res = evaluate(path, limit=limit or None, scope="whole" if whole_document else "annotated")
        if json_out:
            typer.echo(json.dumps(res))
            return
        typer.echo(f"{res['path']}: {res['documents']} documents, {res['gold']} gold, {res['predicted']} predicted "
                   f"(scope: {res['scope']})")
        for name in ("strict", "relaxed", "value"):
            typer.echo(prf_line(res, name))
        typer.echo(f"  anchor: {ANCHOR}")
        for e in res["errors"]:
            typer.echo(f"  skipped {e['doc']}: {e['error']}")
        if show:
            for w in res["value_errors"]:
                typer.echo(f"  {w['doc']}: {w['text']!r} gold {w['gold']} predicted {w['predicted']}")
