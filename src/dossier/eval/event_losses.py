"""Where gold events are lost: a recall-loss breakdown of the event extraction.

For every gold event of a sentence-annotated set (ECB+ PLOVER dev, or the annotated ECB+ train documents
under cross-validation), the first stage of the extraction that lost it:

* ``found``: its (document, sentence, type) is predicted at the threshold;
* ``a_*`` no candidate: the trigger's words are not in the sentence as annotated (``a_trigger_not_found``),
  no word of the trigger is a verb or noun (``a_pos``), or none has a lemma the lexicon proposes
  (``a_not_in_lexicon``);
* ``b_*`` dropped by a grammar rule (the rule's name, from ``extract_events``' trace);
* ``c_*`` dropped for lack of a participant (no such rule exists today: kept for completeness);
* ``d_below_floor`` / ``d_below_threshold``: the model gave the gold type but too little confidence;
* ``e_wrong_type``: the model's type for the trigger is another one (or ``e_none``: "no event" beat every
  type and the best type is not the gold one);
* ``f_alignment``: the trigger was kept with the gold type above the threshold, yet the triple is not
  predicted for that sentence (sentence mapping, a later cap on confidence).

The unit is the gold event; a gold event counts as found when its sentence has a prediction of its type (the
detection score's unit is the triple, so two gold events of one type in a sentence are found together).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from dossier.eval.ecb_events import trigger_span


def _candidate_tokens(span, start: int, end: int) -> list:
    return [t for t in span if t.idx < end and t.idx + len(t) > start]


def classify(gold: dict[tuple[str, int], list[dict]], sentences: dict[tuple[str, int], str],
             sent_spans: dict[tuple[str, int], Any], offsets: dict[tuple[str, int], int],
             traces: dict[str, dict[int, dict]], pred: dict[tuple[str, int], list[dict]], threshold: float,
             lemmas: frozenset[str], floor: float) -> list[dict]:
    """One row per gold event: key, type, trigger, reason and what the model said of the trigger."""
    from dossier.nlp.event_train import trigger_head

    rows = []
    for key, events in gold.items():
        p_types = {e["type"] for e in pred.get(key, []) if e["confidence"] >= threshold}
        span = sent_spans.get(key)
        s0 = offsets.get(key, 0)
        trace = traces.get(key[0], {})
        for ev in events:
            row = {"key": key, "type": ev["type"], "trigger": ev.get("trigger"), "background": ev.get("background")}
            rows.append(row)
            if ev["type"] in p_types:
                row["reason"] = "found"
                continue
            at = trigger_span(sentences.get(key, ""), ev.get("trigger") or "")
            if at is None or span is None:
                row["reason"] = "a_trigger_not_found"
                continue
            head, toks = trigger_head(span, s0 + at[0], s0 + at[1])
            toks = ([head] if head is not None else []) + [t for t in toks if head is None or t.i != head.i]
            traced = [(t, trace[t.idx]) for t in toks if t.idx in trace]
            row["head"] = f"{head.lemma_.lower()}/{head.pos_}" if head is not None else None
            if not traced:
                content = [t for t in toks if t.pos_ in ("VERB", "NOUN")]
                if not content:
                    row["reason"] = "a_pos"
                elif not any(t.lemma_.lower() in lemmas for t in content):
                    row["reason"] = "a_not_in_lexicon"
                else:
                    row["reason"] = "a_not_scored"
                continue
            # the trigger word that came closest: kept with the gold type, else kept, else any
            def rank(item):
                t, tr = item
                return (tr.get("fate") == "kept" and tr.get("type") == ev["type"], tr.get("fate") == "kept",
                        tr.get("type") == ev["type"], tr.get("confidence", 0.0))
            tok, tr = max(traced, key=rank)
            row.update(word=tok.text, model_type=tr.get("type"), confidence=round(tr.get("confidence", 0.0), 3),
                       p_none=round(tr.get("p_none", 0.0), 3), fate=tr.get("fate"))
            fate = tr.get("fate")
            if fate == "floor":
                row["reason"] = "d_below_floor" if tr.get("type") == ev["type"] else "e_none"
            elif fate != "kept":
                row["reason"] = "b_" + fate.split(":")[0] if tr.get("type") == ev["type"] or fate in (
                    "not_reporting", "newsgathering", "natural_doer", "game_or_market") else "e_wrong_type"
                if row["reason"].startswith("b_"):
                    row["rule"] = fate
            elif tr.get("type") != ev["type"]:
                row["reason"] = "e_wrong_type"
            elif tr.get("confidence", 0.0) < threshold:
                row["reason"] = "d_below_threshold"
            else:
                row["reason"] = "f_alignment"
    return rows


def summary(rows: list[dict]) -> dict[str, Any]:
    reasons = Counter(r["reason"] for r in rows)
    n = len(rows)
    rules = Counter(r.get("rule") for r in rows if r.get("rule"))
    wrong = Counter((r["type"], r.get("model_type")) for r in rows if r["reason"] in ("e_wrong_type", "e_none"))
    unknown = Counter((r.get("head") or "?") for r in rows if r["reason"] == "a_not_in_lexicon")
    pos = Counter((r.get("head") or "?") for r in rows if r["reason"] == "a_pos")
    return {"gold_events": n, "reasons": {k: {"n": v, "share": round(v / n, 3)} for k, v in reasons.most_common()},
            "rules": dict(rules.most_common()),
            "wrong_types": [f"{g}->{p}: {k}" for (g, p), k in wrong.most_common(15)],
            "not_in_lexicon": [f"{w}: {k}" for w, k in unknown.most_common(25)],
            "pos": [f"{w}: {k}" for w, k in pos.most_common(15)]}


def format_summary(title: str, s: dict[str, Any]) -> str:
    lines = [f"{title}: {s['gold_events']} gold events"]
    for k, v in s["reasons"].items():
        lines.append(f"  {k:22s} {v['n']:5d}  {v['share']:.1%}")
    if s["rules"]:
        lines.append("  rules: " + ", ".join(f"{k} {v}" for k, v in s["rules"].items()))
    for name in ("wrong_types", "not_in_lexicon", "pos"):
        if s[name]:
            lines.append(f"  {name}: " + "; ".join(s[name]))
    return "\n".join(lines)
