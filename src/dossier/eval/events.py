"""``dossier eval events``: PLOVER event extraction on gold sentence sets.

Reads JSONL with ``text`` and ``expected_events`` (the PLOVER GSR format of
``bench/plover/dev.jsonl``; the PETRARCH2 GSR with CAMEO codes is accepted too,
its codes mapped to PLOVER roots). Each sentence is analysed as a one-sentence
article, resolved with :class:`dossier.resolve.Resolver`, and every gold event
is aligned to at most one predicted event (same type first, then most shared
countries). Scores:

* ``type_accuracy``: gold events whose type is predicted for their sentence
  (each prediction used once) -- the recall of typed events;
* ``extra_rate``: predicted events left unaligned, per gold event (the
  "23% extra" of the UniversalPetrarch anchor);
* actor / recipient country precision, recall, F1 over aligned pairs
  (a gold event without a prediction counts all its countries as missed);
* ``mode_accuracy``: the gold sets state facts (their ``mode`` field is the
  PLOVER subtype, not factuality), so the expected mode is ``asserted``.

Gold codes are CAMEO-style: the first three letters are the country
(or ``IGO``); a few CAMEO country codes differ from ISO-3 and are mapped.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from dossier.eval.scorer import prf_line, put_prf
from dossier.records import Article

DEFAULT = "../shared/bench/plover/dev.jsonl"
ANCHOR = "UniversalPetrarch (validation suite): finds 68% of events with 23% extra"
# CAMEO country codes that are not ISO-3
CAMEO_ISO = {"JAP": "JPN", "ITL": "ITA", "IMG": "IGO", "NGO": "IGO", "UNO": "IGO", "EUR": "IGO",
             "WST": "IGO", "AFR": "IGO", "MEA": "IGO", "ROM": "ROU", "GER": "DEU", "SPN": "ESP"}
# CAMEO root code -> PLOVER type (root 01 "make statement" has no PLOVER type)
CAMEO_PLOVER = {"02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "COOPERATE", "06": "COOPERATE",
                "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
                "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
                "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}


def _country(code: str | None) -> str | None:
    if not code:
        return None
    c = code.strip().upper()[:3]
    return CAMEO_ISO.get(c, c) or None


def _codes(value: Any) -> set[str]:
    vals = value if isinstance(value, list) else [value]
    return {c for c in (_country(v) for v in vals if v) if c}


def _typed(e: dict) -> str | None:
    etype = e.get("code_current") or e.get("code")
    if etype and etype[:1].isdigit():
        etype = CAMEO_PLOVER.get(etype[:2])
    return etype or None


def gold_events(row: dict) -> list[dict]:
    out = []
    for e in row.get("expected_events") or []:
        etype = _typed(e)
        if not etype:
            continue
        out.append({"type": etype.upper(), "actors": _codes(e.get("source")), "recipients": _codes(e.get("target")),
                    "mode": e.get("mode")})
    return out


def _published(row: dict) -> str | None:
    d = str(row.get("date") or "")
    if len(d) == 8 and d.isdigit():
        return f"{d[:4]}-{d[4:6]}-{d[6:]}"
    return None


def analyse_with(nlp, article: Article, model=None, lex=None, keep_floor: float | None = None):
    """The per-article analysis with a given event model (cross-validation folds), resolved."""
    from dossier.nlp._anchor import anchor_of
    from dossier.nlp.analyse import mentions_of
    from dossier.nlp.events import extract_events
    from dossier.nlp.timex import extract_timexes
    from dossier.records import Analysis
    from dossier.resolve import Resolver

    doc = nlp(article.text)
    mentions = mentions_of(doc, article.id)
    timexes = extract_timexes(doc, article.id, anchor_of(article.published))
    from dossier.nlp.event_model import KEEP_FLOOR

    events = extract_events(doc, article.id, mentions, timexes, article.published, model=model, lex=lex,
                            keep_floor=KEEP_FLOOR if keep_floor is None else keep_floor)
    return Resolver().resolve(Analysis(article=article, mentions=mentions, timexes=timexes, events=events))


def score_rows(rows: list[dict], *, model_for=None, lex_for=None, path: str = "",
               min_confidence: float | None = None, nlp=None) -> dict[str, Any]:
    """Scores of PLOVER GSR rows; ``model_for(i)`` gives the event model for row ``i`` (a cross-validation
    fold that did not see it), else the shipped model."""
    from dossier.nlp import load
    from dossier.nlp.event_model import DEFAULT_THRESHOLD

    nlp = nlp or load()
    threshold = DEFAULT_THRESHOLD if min_confidence is None else min_confidence
    n_gold = n_type = n_pred = n_extra = n_mode = n_matched = n_matched_type = 0
    counts = {"actor": Counter(), "recipient": Counter()}
    confusion: Counter = Counter()
    for i, row in enumerate(rows):
        gold = gold_events(row)
        art = Article(id=f"eval-{i}", source=str(path), text=row["text"], published=_published(row))
        an = analyse_with(nlp, art, model_for(i) if model_for else None, lex_for(i) if lex_for else None,
                          keep_floor=0.01)
        preds = [{"type": e.type, "mode": e.mode,
                  "actors": {a.country for a in e.actors if a.country},
                  "recipients": {a.country for a in e.recipients if a.country}}
                 for e in an.events if e.confidence >= threshold]
        for g, raw in zip(gold, [e for e in row.get("expected_events") or [] if _typed(e)]):
            # the type given to the gold trigger itself, at any confidence: type assignment apart from detection
            words = set(re.findall(r"[a-z]+", (raw.get("event_text") or "").lower()))
            on_trigger = [e for e in an.events if e.trigger.lower() in words]
            if on_trigger:
                n_matched += 1
                n_matched_type += max(on_trigger, key=lambda e: e.confidence).type == g["type"]
        n_pred += len(preds)
        free = list(range(len(preds)))
        for g in gold:
            n_gold += 1

            def rank(j: int) -> tuple:
                p = preds[j]
                return (p["type"] == g["type"], len(p["actors"] & g["actors"]) + len(p["recipients"] & g["recipients"]))
            best = max(free, key=rank, default=None)
            if best is not None and preds[best]["type"] != g["type"] and not rank(best)[1]:
                best = None
            p = preds[best] if best is not None else {"type": None, "mode": None, "actors": set(), "recipients": set()}
            if best is not None:
                free.remove(best)
            n_type += p["type"] == g["type"]
            n_mode += p["mode"] == "asserted"
            confusion[(g["type"], p["type"])] += 1
            for role, key in (("actor", "actors"), ("recipient", "recipients")):
                counts[role]["tp"] += len(p[key] & g[key])
                counts[role]["fp"] += len(p[key] - g[key])
                counts[role]["fn"] += len(g[key] - p[key])
        n_extra += len(free)
    out: dict[str, Any] = {"path": str(path), "sentences": len(rows), "gold_events": n_gold,
                           "predicted_events": n_pred, "threshold": threshold,
                           "type_accuracy": n_type / n_gold if n_gold else 0.0,
                           "trigger_found": n_matched / n_gold if n_gold else 0.0,
                           "type_accuracy_on_trigger": n_matched_type / n_matched if n_matched else 0.0,
                           "extra_rate": n_extra / n_gold if n_gold else 0.0,
                           "mode_accuracy": n_mode / n_gold if n_gold else 0.0}
    for role in ("actor", "recipient"):
        c = counts[role]
        put_prf(out, role, c["tp"], c["tp"] + c["fp"], c["tp"] + c["fn"])
    both = counts["actor"] + counts["recipient"]
    put_prf(out, "actor_recipient", both["tp"], both["tp"] + both["fp"], both["tp"] + both["fn"])
    out["confusions"] = [{"gold": g, "predicted": p, "n": n} for (g, p), n in confusion.most_common()
                         if g != p][:15]
    out["anchor"] = ANCHOR
    return out


def evaluate(path: str | Path, *, limit: int | None = None, part: str = "all",
             min_confidence: float | None = None) -> dict[str, Any]:
    """Scores for one JSONL file with the shipped model; ``part`` = all | tune | holdout (by line)."""
    rows = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]
    if part != "all":
        rows = [r for i, r in enumerate(rows) if (i % 4 == 3) == (part == "holdout")]
    if limit:
        rows = rows[:limit]
    out = score_rows(rows, path=str(path), min_confidence=min_confidence)
    out["part"] = part
    return out


def plover_cross_validation(log=None) -> dict[str, Any]:
    """Cross-validated figures of the training sources (PLOVER dev among them): each fold's model never saw
    the sentences it is scored on (``nlp/event_train.py``). Parses the training sources (cached)."""
    from dossier.nlp import load
    from dossier.nlp.event_train import build_corpus, cross_validate

    nlp = load()
    corpus = build_corpus(nlp, log=log or (lambda *a: None))
    res = cross_validate(corpus, log=log or (lambda *a: None))
    res.pop("ecb_train_losses", None)
    return res


def _is_ecb(path: str | Path) -> bool:
    with open(path, encoding="utf-8") as fh:
        first = json.loads(fh.readline() or "{}")
    return "sent_id" in first and "events" in first


def _print_ecb(typer, res: dict) -> None:
    typer.echo(f"{res['path']}: {res['documents']} documents, {res['sentences']} sentences, {res['gold_events']} "
               f"gold events, {res['predicted_events']} predicted at confidence >= {res['threshold']}")
    typer.echo(prf_line(res, "detection", "detection (doc, sentence, type)", width=34))
    typer.echo(prf_line(res, "sentence", "sentence reports an event", width=34))
    typer.echo(f"  type accuracy {res['type_accuracy']:.3f} on {res['trigger_aligned']} events aligned by trigger; "
               f"mode accuracy {res['mode_accuracy']:.3f}, background accuracy {res['background_accuracy']:.3f} "
               f"on {res['aligned_pairs']} aligned")
    typer.echo(f"  event date on aligned events: accuracy {res.get('date_accuracy', 0.0):.3f} (no date = no date), "
               f"precision {res.get('date_precision', 0.0):.3f} of {res.get('dates_given', 0)} given "
               f"({res.get('gold_dated', 0)} gold dated)")
    typer.echo(prf_line(res, "country", "actor+recipient country", width=34))
    typer.echo(f"  both sides' countries exactly the gold's on {res.get('arguments_exact', 0):.3f} of aligned pairs; "
               f"no doer where the gold has one: {res.get('doer_missing', 0):.3f}")
    if res.get("background_confusion"):
        typer.echo("  background (gold, predicted): " + ", ".join(
            f"{k.replace('background_', '')} {v}" for k, v in res["background_confusion"].items()))
    if res.get("country_losses"):
        typer.echo("  countries missed / extra, by cause: " + ", ".join(f"{k} {v}" for k, v in res["country_losses"].items()))
    if res.get("losses"):
        from dossier.eval.event_losses import format_summary

        typer.echo(format_summary(f"  where gold events are lost at {res['threshold']}", res["losses"]))


def register(app) -> None:
    import typer

    from dossier.eval import ecb_events

    @app.command("events")
    def events_cmd(path: str = typer.Argument(None, help="JSONL gold: ECB+ PLOVER sentences (doc_id, sent_id, events) "
                                                          "or PLOVER/PETR2 GSR (text, expected_events). "
                                                          "Default: ECB+ PLOVER dev, then PLOVER dev."),
                   json_out: bool = typer.Option(False, "--json", help="one JSON object"),
                   threshold: float = typer.Option(None, help="confidence floor (default: the shipped threshold)"),
                   cv: bool = typer.Option(True, "--cv/--no-cv", help="PLOVER dev by cross-validation (refits the "
                                                                       "model per fold; a few minutes)"),
                   part: str = typer.Option("all", help="GSR files: all | tune | holdout (every 4th line)"),
                   realnews: Path = typer.Option(None, help="also score the shipped model on dossier's annotated "
                                                            "real-news dev sentences: the articles JSONL they point "
                                                            "into (e.g. ../realnews/dev/articles.jsonl)"),
                   linked: bool = typer.Option(False, "--linked", help="with --realnews: also link the articles "
                                                                       "into stories and score the merged events' "
                                                                       "background and date"),
                   limit: int = typer.Option(0, help="first N documents or sentences only")) -> None:
        """PLOVER events: ECB+ PLOVER dev (detection P/R/F1, type, country, mode) and PLOVER dev (by CV)."""
        out: dict[str, Any] = {}
        paths = [path] if path else [ecb_events.DEFAULT, DEFAULT]
        for p in paths:
            if not Path(p).exists():
                typer.echo(f"no such file: {p}", err=True)
                raise typer.Exit(2)
        for p in paths:
            if _is_ecb(p):
                out["ecbplus"] = ecb_events.evaluate(p, limit=limit or None, min_confidence=threshold, details=True)
                out["ecbplus_curve"] = ecb_events.curve(p, out["ecbplus"].pop("pred"), out["ecbplus"].pop("doc_ids"))
            elif path or not cv:
                out["plover"] = evaluate(p, limit=limit or None, part=part, min_confidence=threshold)
                out["plover"]["note"] = ("the shipped model was fitted on these sentences" if Path(p).resolve() ==
                                         Path(DEFAULT).resolve() else "")
        if realnews:
            out["realnews"] = ecb_events.evaluate_realnews(realnews, min_confidence=threshold, details=True)
            rn = out["realnews"]
            out["realnews_curve"] = ecb_events.curve_of(rn.pop("gold"), rn.pop("pred"), rn.pop("sentences_text"))
            if linked:
                out["realnews_linked"] = ecb_events.evaluate_realnews(realnews, min_confidence=threshold, linked=True)
        if not path and cv:
            res = plover_cross_validation()
            out["plover_cv"] = res["plover_dev"]
            out["cv_threshold"] = res["threshold"]
            out["cv_curves"] = {k: res[k] for k in ("ecb_train", "synthetic", "pooled") if res.get(k)}
        if json_out:
            typer.echo(json.dumps(out))
            return
        for key in ("ecbplus", "realnews"):
            if key in out:
                _print_ecb(typer, out[key])
                typer.echo("  at other thresholds: " + "; ".join(
                    f"{c['threshold']}: P {c['detection_precision']:.2f} R {c['detection_recall']:.2f}"
                    for c in out[key + "_curve"]))
        if "realnews_linked" in out:
            res = out["realnews_linked"]
            typer.echo(f"  linked into stories: background accuracy {res['background_accuracy']:.3f}, event date "
                       f"accuracy {res['date_accuracy']:.3f}, precision {res['date_precision']:.3f} of "
                       f"{res['dates_given']} given, on {res['aligned_pairs']} aligned")
            typer.echo("  background (gold, predicted): " + ", ".join(
                f"{k.replace('background_', '')} {v}" for k, v in res["background_confusion"].items()))
        for key in ("plover", "plover_cv"):
            res = out.get(key)
            if not res:
                continue
            label = "PLOVER dev, cross-validated (5 folds; each sentence scored by a model that never saw it)" \
                if key == "plover_cv" else f"{res['path']} ({res['part']})"
            typer.echo(f"{label}: {res['sentences']} sentences, {res['gold_events']} gold events, "
                       f"{res['predicted_events']} predicted at confidence >= {res['threshold']}"
                       + (f" [{res['note']}]" if res.get("note") else ""))
            typer.echo(f"  type accuracy on the gold trigger {res['type_accuracy_on_trigger']:.3f} "
                       f"(trigger among the candidates {res['trigger_found']:.0%}); gold type found in the "
                       f"sentence {res['type_accuracy']:.3f}; extra {res['extra_rate']:.1%}; "
                       f"mode accuracy {res['mode_accuracy']:.3f}")
            typer.echo(prf_line(res, "actor_recipient", "actor+recipient country", width=24))
            typer.echo(f"  anchor: {ANCHOR}")
        for name, curve in (out.get("cv_curves") or {}).items():
            at = next((c for c in curve if c["threshold"] >= (threshold or out["cv_threshold"]) - 1e-9), None)
            if at:
                typer.echo(f"  cross-validated {name} at {at['threshold']}: detection P {at['detection_precision']:.3f} "
                           f"R {at['detection_recall']:.3f}, type {at['type_accuracy']:.3f}, "
                           f"country F1 {at['country_f1']:.3f}")
