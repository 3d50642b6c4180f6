"""Sentence-level scoring of PLOVER events against the ECB+ PLOVER gold (``bench/ecbplus_plover``).

The gold annotates every sentence of its documents, including those with no event, so precision can be
measured. Documents are analysed whole (sentences joined by newlines, so that one gold sentence is one line
and the parse cannot run two together); each predicted event mention belongs to the gold sentence holding
its trigger. Scores, as the gold's README suggests:

* detection: precision, recall and F1 over distinct ``(document, sentence, type)`` triples;
* the sentence-level decision "this sentence reports an event";
* alignment of single events by trigger (a predicted trigger inside the gold trigger's words, else the same
  type in the same sentence), then on aligned pairs: type accuracy (pairs aligned by trigger only, so
  that the type is not what aligned them), actor and recipient country P/R/F1, mode and background accuracy,
  and ``arguments_exact``: the share of aligned pairs whose actor countries and recipient countries are both
  exactly the gold's (what an analyst checks on one row), with ``doer_missing``: pairs whose gold names a doer's
  country and whose prediction names no doer at all.

The same scorer serves cross-validation on the annotated ECB+ train documents (``nlp/event_train.py``), so it
takes predictions as plain dicts and knows nothing about how they were made.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from dossier.eval.scorer import put_prf

DEFAULT = "../shared/bench/ecbplus_plover/dev.jsonl"
# our modes in the gold's vocabulary ("negated" = the sentence says it did not happen)
MODE_TO_GOLD = {"asserted": "asserted", "planned": "planned", "hypothetical": "hypothetical",
                "negated": "denied", "denied": "denied", "threatened": "threatened", "requested": "requested",
                "alleged": "asserted", "historical": "asserted"}


def read_jsonl(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]


def gold_countries(refs: list[dict]) -> set[str]:
    return {r["country"] for r in refs or [] if r.get("country")}


def trigger_span(sentence: str, trigger: str) -> tuple[int, int] | None:
    """Character span of the gold trigger in its sentence: the whole phrase, else its first word found."""
    if not trigger:
        return None
    at = sentence.find(trigger)
    if at >= 0:
        return at, at + len(trigger)
    low = sentence.lower()
    for word in re.findall(r"\w[\w'-]*", trigger.lower()):
        m = re.search(r"\b" + re.escape(word) + r"\b", low)
        if m:
            return m.start(), m.end()
    return None


def document_text(doc: dict) -> tuple[str, list[tuple[int, int, int]]]:
    """The document as one text, one sentence a line, and (start, end, sent_id) of each sentence."""
    parts, spans, pos = [], [], 0
    for s in doc["sentences"]:
        t = s["text"]
        spans.append((pos, pos + len(t), s["sent_id"]))
        parts.append(t)
        pos += len(t) + 1
    return "\n".join(parts), spans


def score(gold: dict[tuple[str, int], list[dict]], pred: dict[tuple[str, int], list[dict]],
          sentences: dict[tuple[str, int], str]) -> dict[str, Any]:
    """Scores of predicted events against gold, both keyed by (doc_id, sent_id).

    A predicted event is ``{"type", "mode", "start", "end" (trigger offsets within the sentence),
    "actors", "recipients" (sets of ISO-3 codes), "background"}``; a gold event is a row of the gold file."""
    keys = set(gold) | set(pred)
    g_trip = {(k, e["type"]) for k in keys for e in gold.get(k, [])}
    p_trip = {(k, e["type"]) for k in keys for e in pred.get(k, [])}
    out: dict[str, Any] = {"sentences": len(sentences), "gold_events": sum(len(v) for v in gold.values()),
                           "predicted_events": sum(len(v) for v in pred.values())}
    put_prf(out, "detection", len(g_trip & p_trip), len(p_trip), len(g_trip))
    g_sent = {k for k in keys if gold.get(k)}
    p_sent = {k for k in keys if pred.get(k)}
    put_prf(out, "sentence", len(g_sent & p_sent), len(p_sent), len(g_sent))
    n_trig = n_type = n_mode = n_bg = n_pairs = n_exact = n_no_doer = 0
    dates = Counter()  # event dates on aligned pairs: exact agreement (no date = no date), and per side
    counts = {"actor": Counter(), "recipient": Counter()}
    confusion: Counter = Counter()
    losses: Counter = Counter()
    for k in keys:
        gs, ps = list(gold.get(k, [])), list(pred.get(k, []))
        if not gs or not ps:
            continue
        sent = sentences.get(k, "")
        pairs, free = [], list(range(len(ps)))
        for g in gs:  # by trigger first
            span = trigger_span(sent, g.get("trigger") or "")
            hit = None
            if span:
                hit = next((j for j in free if ps[j]["start"] < span[1] and ps[j]["end"] > span[0]), None)
            if hit is not None:
                free.remove(hit)
                pairs.append((g, ps[hit], True))
        used = {id(g) for g, _, _ in pairs}
        for g in gs:  # then the same type in the same sentence
            if id(g) in used:
                continue
            hit = next((j for j in free if ps[j]["type"] == g["type"]), None)
            if hit is not None:
                free.remove(hit)
                pairs.append((g, ps[hit], False))
        for g, p, by_trigger in pairs:
            n_pairs += 1
            if by_trigger:
                n_trig += 1
                n_type += p["type"] == g["type"]
                confusion[(g["type"], p["type"])] += 1
            n_mode += MODE_TO_GOLD.get(p.get("mode") or "asserted", "asserted") == g.get("mode", "asserted")
            n_bg += bool(p.get("background")) == bool(g.get("background"))
            gd, pd = g.get("date") or None, p.get("date") or None
            dates["agree"] += gd == pd
            dates["predicted"] += pd is not None
            dates["predicted_right"] += pd is not None and gd == pd
            dates["gold"] += gd is not None
            losses[f"background_gold_{bool(g.get('background'))}_pred_{bool(p.get('background'))}"] += 1
            n_exact += gold_countries(g.get("actors")) == set(p.get("actors") or ()) and \
                gold_countries(g.get("recipients")) == set(p.get("recipients") or ())
            n_no_doer += bool(gold_countries(g.get("actors"))) and not p.get("n_actors", len(p.get("actors") or ()))
            for role, key in (("actor", "actors"), ("recipient", "recipients")):
                gc, pc = gold_countries(g.get(key)), set(p.get(key) or ())
                counts[role]["tp"] += len(gc & pc)
                counts[role]["fp"] += len(pc - gc)
                counts[role]["fn"] += len(gc - pc)
                other = set(p.get("recipients" if key == "actors" else "actors") or ())
                for c in gc - pc:  # why a gold country was missed
                    why = "swapped_role" if c in other else "no_participant" if not p.get("n_" + key) else \
                        "no_country" if not pc else "other_country"
                    losses[f"{role}_missed_{why}"] += 1
                for c in pc - gc:
                    why = "swapped_role" if c in gold_countries(g.get("recipients" if key == "actors" else "actors")) \
                        else "gold_has_none" if not gc else "wrong_country"
                    losses[f"{role}_extra_{why}"] += 1
    out["aligned_pairs"] = n_pairs
    out["trigger_aligned"] = n_trig
    out["type_accuracy"] = n_type / n_trig if n_trig else 0.0
    out["mode_accuracy"] = n_mode / n_pairs if n_pairs else 0.0
    out["background_accuracy"] = n_bg / n_pairs if n_pairs else 0.0
    # date_accuracy: the aligned event's date equals the gold one (both empty counts); date_precision: of the
    # dates given, the share that are the gold date; dates_given / gold_dated: how many of the pairs have one
    out["date_accuracy"] = dates["agree"] / n_pairs if n_pairs else 0.0
    out["date_precision"] = dates["predicted_right"] / dates["predicted"] if dates["predicted"] else 0.0
    out["dates_given"], out["gold_dated"] = dates["predicted"], dates["gold"]
    out["arguments_exact"] = n_exact / n_pairs if n_pairs else 0.0
    out["doer_missing"] = n_no_doer / n_pairs if n_pairs else 0.0
    for role in ("actor", "recipient"):
        c = counts[role]
        put_prf(out, role, c["tp"], c["tp"] + c["fp"], c["tp"] + c["fn"])
    both = counts["actor"] + counts["recipient"]
    put_prf(out, "country", both["tp"], both["tp"] + both["fp"], both["tp"] + both["fn"])
    out["confusions"] = [{"gold": g, "predicted": p, "n": n} for (g, p), n in confusion.most_common() if g != p][:12]
    out["background_confusion"] = {k: v for k, v in sorted(losses.items()) if k.startswith("background_")}
    out["country_losses"] = {k: v for k, v in losses.most_common() if not k.startswith("background_")}
    by_type: dict[str, Counter] = {}
    for (_, t) in g_trip:
        by_type.setdefault(t, Counter())["gold"] += 1
    for (_, t) in p_trip:
        by_type.setdefault(t, Counter())["pred"] += 1
    for (_, t) in g_trip & p_trip:
        by_type[t]["tp"] += 1
    out["by_type"] = {t: dict(c) for t, c in sorted(by_type.items())}
    return out


def predicted_events(an, spans: list[tuple[int, int, int]], doc_id: str, *,
                     min_confidence: float = 0.0) -> dict[tuple[str, int], list[dict]]:
    """Event mentions of one analysed document, keyed by the gold sentence that holds their trigger."""

    out: dict[tuple[str, int], list[dict]] = {}
    for e in an.events:
        if e.confidence < min_confidence:
            continue
        for s0, s1, sid in spans:
            if s0 <= e.trigger_start < s1:
                out.setdefault((doc_id, sid), []).append({
                    "type": e.type, "mode": e.mode, "start": e.trigger_start - s0, "end": e.trigger_end - s0,
                    "actors": {a.country for a in e.actors if a.country},
                    "recipients": {a.country for a in e.recipients if a.country},
                    "n_actors": len(e.actors), "n_recipients": len(e.recipients),
                    "background": getattr(e, "background", False), "confidence": e.confidence,
                    "date": e.date, "id": e.id,
                    "trigger": e.trigger})
                break
    return out


def evaluate(path: str | Path = DEFAULT, *, texts: str | Path | None = None, limit: int | None = None,
             min_confidence: float | None = None, details: bool = False) -> dict[str, Any]:
    """Run the whole per-article pipeline on the gold's documents and score it."""
    from dossier.nlp import load
    from dossier.records import Article

    rows = read_jsonl(path)
    texts = texts or Path(path).resolve().parent.parent / "ecbplus" / "ecbplus_dev.jsonl"
    wanted = list(dict.fromkeys(r["doc_id"] for r in rows))
    if limit:
        wanted = wanted[:limit]
    docs = {d["doc_id"]: d for d in read_jsonl(texts) if d["doc_id"] in set(wanted)}
    gold: dict[tuple[str, int], list[dict]] = {}
    sentences: dict[tuple[str, int], str] = {}
    for r in rows:
        if r["doc_id"] in docs:
            gold[(r["doc_id"], r["sent_id"])] = r["events"]
    nlp = load()
    pred: dict[tuple[str, int], list[dict]] = {}
    from dossier.nlp.event_model import DEFAULT_THRESHOLD

    threshold = DEFAULT_THRESHOLD if min_confidence is None else min_confidence
    floor = min(threshold, 0.2) if details else threshold
    traces: dict[str, dict] = {}
    sent_spans: dict[tuple[str, int], Any] = {}
    offsets: dict[tuple[str, int], int] = {}
    for doc_id in wanted:
        doc = docs[doc_id]
        text, spans = document_text(doc)
        for s0, s1, sid in spans:
            sentences[(doc_id, sid)] = text[s0:s1]
        _analyse_scored(nlp, Article(id=doc_id, source=str(texts), text=text), spans, floor, pred, traces,
                        sent_spans, offsets)
    res = score(gold, {k: [e for e in v if e["confidence"] >= threshold] for k, v in pred.items()}, sentences)
    res["path"], res["documents"], res["threshold"] = str(path), len(wanted), threshold
    if details:
        from dossier.eval import event_losses
        from dossier.nlp import event_lexicon, event_model

        res["pred"] = pred
        res["doc_ids"] = wanted
        lemmas = event_model.candidate_lemmas(event_lexicon.load())
        res["losses"] = event_losses.summary(event_losses.classify(
            gold, sentences, sent_spans, offsets, traces, pred, threshold, lemmas, floor))
    return res


def _analyse_scored(nlp, art, spans, floor: float, pred: dict, traces: dict, sent_spans: dict,
                    offsets: dict):
    """Analyse one article as ingest would, keeping what scoring and the loss breakdown read: its predicted
    events per annotated sentence (``spans``: start, end, sentence id), the candidate trace, each sentence's
    parse span and offset."""
    from dossier.resolve import Resolver

    parsed = nlp(art.text)
    an = Resolver().resolve(analyse_traced(art, parsed, traces.setdefault(art.id, {})))
    pred.update(predicted_events(an, spans, art.id, min_confidence=floor))
    for s0, s1, sid in spans:
        sent_spans[(art.id, sid)] = parsed.char_span(s0, s1, alignment_mode="expand")
        offsets[(art.id, sid)] = s0
    return an


def analyse_traced(article, doc, trace: dict):
    """``nlp.analyse_doc`` with the event extraction's candidate trace kept (for the loss breakdown)."""
    from dossier.nlp._anchor import anchor_of
    from dossier.nlp.analyse import mentions_of
    from dossier.nlp.events import extract_events
    from dossier.nlp.timex import extract_timexes
    from dossier.records import Analysis

    mentions = mentions_of(doc, article)
    timexes = extract_timexes(doc, article.id, anchor_of(article.published))
    events = extract_events(doc, article.id, mentions, timexes, article.published, trace=trace)
    return Analysis(article=article, mentions=mentions, timexes=timexes, events=events)


THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def curve(path: str | Path, pred: dict[tuple[str, int], list[dict]], doc_ids: list[str],
          thresholds=THRESHOLDS) -> list[dict[str, float]]:
    """Detection precision and recall of the same predictions at other confidence floors."""
    rows = read_jsonl(path)
    wanted = set(doc_ids)
    gold = {(r["doc_id"], r["sent_id"]): r["events"] for r in rows if r["doc_id"] in wanted}
    sentences = {(r["doc_id"], r["sent_id"]): r["text"] for r in rows if r["doc_id"] in wanted}
    return curve_of(gold, pred, sentences, thresholds)


def curve_of(gold: dict, pred: dict, sentences: dict, thresholds=THRESHOLDS) -> list[dict[str, float]]:
    out = []
    for th in thresholds:
        s = score(gold, {k: [e for e in v if e["confidence"] >= th] for k, v in pred.items()}, sentences)
        out.append({"threshold": th, "detection_precision": round(s["detection_precision"], 3),
                    "detection_recall": round(s["detection_recall"], 3)})
    return out


REALNEWS_ANNOTATIONS = Path(__file__).resolve().parents[3] / "data" / "annotations" / "realnews_dev_plover.jsonl"


def evaluate_realnews(articles: str | Path, annotations: str | Path = REALNEWS_ANNOTATIONS, *,
                      min_confidence: float | None = None, details: bool = False,
                      linked: bool = False) -> dict[str, Any]:
    """The shipped model on dossier's annotated real-news *dev* sentences (never trained on): each article is
    analysed whole, as ingest would (its raw text, its publication date, else the gold one beside it), and every
    event mention belongs to the annotated sentence that holds its trigger; sentences nobody annotated are
    left out of the score. ``annotations`` holds offsets and a hash, checked against ``articles``.
    ``linked``: the articles are also linked into stories as ingest links them, and each mention is scored
    with the background flag and date of the merged event that holds it (what an export shows)."""
    import sys

    from dossier.nlp import load
    from dossier.records import Article

    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
    from import_annotations import sentence_hash

    raw = {a["id"]: a for a in read_jsonl(articles)}
    gold_file = Path(articles).with_name("gold.jsonl")
    gold_dates = {g["id"]: g.get("gold_published") for g in read_jsonl(gold_file)} if gold_file.exists() else {}
    rows = read_jsonl(annotations)
    by_article: dict[str, list[dict]] = {}
    skipped = 0
    for r in rows:
        text = (raw.get(r["id"]) or {}).get("text") or ""
        if sentence_hash(text[r["raw_start"]:r["raw_end"]]) != r["sha1"]:
            skipped += 1
            continue
        by_article.setdefault(r["id"], []).append(r)
    from dossier.nlp.event_model import DEFAULT_THRESHOLD

    threshold = DEFAULT_THRESHOLD if min_confidence is None else min_confidence
    floor = min(threshold, 0.2)
    nlp = load()
    gold, sentences, pred, traces, sent_spans, offsets = {}, {}, {}, {}, {}, {}
    analyses = []
    for art_id, sents in by_article.items():
        a = raw[art_id]
        spans = [(r["raw_start"], r["raw_end"], r["sent"]) for r in sents]
        for r in sents:
            gold[(art_id, r["sent"])] = r["events"]
            sentences[(art_id, r["sent"])] = a["text"][r["raw_start"]:r["raw_end"]]
        art = Article(id=art_id, source=str(articles), text=a["text"], title=a.get("title") or "",
                      published=(a.get("published") or gold_dates.get(art_id) or None))
        analyses.append(_analyse_scored(nlp, art, spans, floor, pred, traces, sent_spans, offsets))
    if linked:
        merged = linked_mentions(analyses)
        for e in (e for v in pred.values() for e in v if e["id"] in merged):
            e["background"], e["date"] = merged[e["id"]]
    res = score(gold, {k: [e for e in v if e["confidence"] >= threshold] for k, v in pred.items()}, sentences)
    res.update(path=str(annotations), documents=len(by_article), threshold=threshold, skipped_sentences=skipped)
    if details:
        from dossier.eval import event_losses
        from dossier.nlp import event_lexicon, event_model

        res["pred"] = pred
        res["gold"] = gold
        res["sentences_text"] = sentences
        lemmas = event_model.candidate_lemmas(event_lexicon.load())
        res["losses"] = event_losses.summary(event_losses.classify(
            gold, sentences, sent_spans, offsets, traces, pred, threshold, lemmas, floor))
    return res


def linked_mentions(analyses: list) -> dict[str, tuple[bool, str | None]]:
    """Link analysed articles into stories in an in-memory store, as ingest does (publication order, the
    pipeline's batches), and give each event mention the background flag and date of its merged event."""
    from dossier.link.linker import REBUILD_EVERY, REBUILD_GROWTH, Linker
    from dossier.pipeline import BATCH
    from dossier.store import open_store

    ordered = sorted(analyses, key=lambda a: (a.article.published is None, a.article.published or "", a.article.id))
    store = open_store(":memory:")
    try:
        linker = Linker(store, rebuild_every=REBUILD_EVERY, rebuild_growth=REBUILD_GROWTH)
        for i in range(0, len(ordered), BATCH):
            part = ordered[i:i + BATCH]
            store.write_analyses(part)
            linker.update(part)
        linker.flush()
        return {src.event_mention_id: (ev.background, ev.date) for ev in store.list_events()
                for src in ev.mentions}
    finally:
        store.close()
