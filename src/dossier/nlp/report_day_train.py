"""Train the report-day decision (``nlp/report_day.py``) from event mentions of real news whose day annotators worked
out.

Input, kept outside the repository (third-party text): ``REALNEWS/testN/articles.jsonl`` and a labels file, one
mention a line: ``set``, ``article_id``, ``trigger_start`` (a character offset in the article as dossier builds
it), ``sha1`` of the mention's sentence, and ``date`` (``YYYY-MM-DD``, a month, a year, or null when a careful
reader cannot pin it). Each labelled article is analysed by today's code with the decision recording instead of
deciding; a mention is an example when the decision would weigh it, and it is *right* when its label is the
candidate day.

Scored leaving one set out (the sets are different topics and years). For granting (mentions the rules left
undated): the share of granted mentions whose label is the candidate; for taking back (mentions the rules dated):
the share of those taken back whose label is not the candidate. Each threshold is the most permissive one whose
out-of-set share is at least ``TARGET`` with 95% confidence (the Wilson interval's lower end) and stays at least
``TARGET`` at every stricter one that decides ``MIN_VOLUME`` mentions or more; none where no threshold qualifies
(that direction is then off). Then one model is
fitted on every set and written to ``data/report_day.npz`` with its figures in ``data/report_day.meta.json``.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

from dossier.nlp import report_day
from dossier.nlp.actor_check_train import wilson_low
from dossier.nlp.event_train import DATA, git_commit

C = 0.3
TARGET = 0.7
MIN_VOLUME = 20  # a threshold deciding fewer mentions out of set neither qualifies nor vetoes (its share is noise)
THRESHOLDS = [round(0.3 + 0.05 * i, 2) for i in range(14)]


def examples(labels: Path, realnews: Path, log=print) -> list[dict]:
    from dossier.ingest import RawDocument, build_article
    from dossier.nlp import model as nlp_model
    from dossier.nlp.analyse import analyse_doc

    rows = [json.loads(x) for x in labels.read_text("utf-8").splitlines() if x.strip()]
    by_art: dict[tuple[str, str], dict[int, dict]] = {}
    for r in rows:
        by_art.setdefault((str(r["set"]), r["article_id"]), {})[int(r["trigger_start"])] = r
    nlp = nlp_model.load()
    out: list[dict] = []
    stale = 0
    old_env = os.environ.get(report_day.MODEL_DIR_ENV)
    with tempfile.TemporaryDirectory() as empty:
        os.environ[report_day.MODEL_DIR_ENV] = empty  # the rules alone decide while the cues are recorded
        report_day.load.cache_clear()
        try:
            for s in sorted({k[0] for k in by_art}):
                path = realnews / f"test{s}" / "articles.jsonl"
                if not path.exists():
                    continue
                for line in path.read_text("utf-8").splitlines():
                    d = json.loads(line)
                    want = by_art.get((s, d["id"]))
                    if not want:
                        continue
                    try:
                        art = build_article(RawDocument(source=d["id"], format="jsonl", body=d["text"], fields=d))
                    except Exception:  # noqa: BLE001 -- an article the ingester refuses
                        continue
                    report_day.TRACE = []
                    analysis = analyse_doc(art, nlp(art.text))
                    quotes = {e.trigger_start: art.text[e.sentence_start:e.sentence_end] for e in analysis.events}
                    for row in report_day.TRACE:
                        lab = want.get(row["trigger_start"])
                        if lab is None:
                            continue
                        sent = quotes.get(row["trigger_start"], "")
                        if hashlib.sha1(sent.encode("utf-8")).hexdigest()[:12] != lab["sha1"]:
                            stale += 1
                            continue
                        out.append({"set": s, "granted": row["granted"], "candidate": row["candidate"],
                                    "label": lab.get("date"), "kind": lab.get("kind"),
                                    "right": lab.get("date") == row["candidate"],
                                    "f": row["f"]})
                log(f"test{s}: {sum(e['set'] == s for e in out)} mentions")
        finally:
            report_day.TRACE = None
            if old_env is None:
                os.environ.pop(report_day.MODEL_DIR_ENV, None)
            else:
                os.environ[report_day.MODEL_DIR_ENV] = old_env
            report_day.load.cache_clear()
    log(f"{len(out)} examples, {stale} labels stale")
    return out


def _curves(p: np.ndarray, right: np.ndarray, granted: np.ndarray, may: np.ndarray) -> dict[str, list[dict]]:
    grant, revoke = [], []
    for t in THRESHOLDS:
        g = ~granted & may & (p >= t)
        hits = int((g & right).sum())
        low = wilson_low(hits, int(g.sum()))
        grant.append({"threshold": t, "granted": int(g.sum()), "right": hits,
                      "precision": round(hits / g.sum(), 3) if g.any() else None,
                      "precision_low": round(low, 3) if low is not None else None,
                      "of_right": round(hits / max(int((~granted & right).sum()), 1), 3)})
        r = granted & (p < t)
        hits = int((r & ~right).sum())
        low = wilson_low(hits, int(r.sum()))
        revoke.append({"threshold": t, "taken_back": int(r.sum()), "wrong_day": hits,
                       "precision": round(hits / r.sum(), 3) if r.any() else None,
                       "precision_low": round(low, 3) if low is not None else None,
                       "right_lost": int((r & right).sum())})
    return {"grant": grant, "revoke": revoke}


def _most_permissive(rows: list[dict], volume: str) -> float | None:
    """Walking ``rows`` from the strictest threshold on: the last whose precision's lower end reaches ``TARGET``
    before a measured precision (on ``MIN_VOLUME`` decisions or more) falls below it."""
    chosen = None
    for row in rows:
        if row["precision"] is None or row[volume] < MIN_VOLUME:
            continue
        if row["precision"] < TARGET:
            break
        if row["precision_low"] >= TARGET:
            chosen = row["threshold"]
    return chosen


def _grant_threshold(curve: list[dict]) -> float | None:
    return _most_permissive(list(reversed(curve)), "granted")  # a higher threshold grants less


def _revoke_threshold(curve: list[dict]) -> float | None:
    return _most_permissive(curve, "taken_back")  # a lower threshold takes back less


def train(labels: Path, realnews: Path, out: Path = DATA, log=print, examples_file: Path | None = None,
          exclude: frozenset[str] = frozenset()) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    os.environ.setdefault("DOSSIER_EMBEDDINGS", "off")
    t0 = time.time()
    if examples_file is not None and examples_file.exists():
        data = json.loads(examples_file.read_text("utf-8"))
    else:
        data = examples(labels, realnews, log)
        if examples_file is not None:
            examples_file.write_text(json.dumps(data), "utf-8")
    data = [e for e in data if e["set"] not in exclude]
    if not data:
        raise SystemExit(f"no labelled mentions from {labels} over {realnews}")
    vec = DictVectorizer()
    X = vec.fit_transform([e["f"] for e in data])
    y = np.array([e["right"] for e in data])
    granted = np.array([e["granted"] for e in data])
    g = np.array([e["set"] for e in data])
    oof = np.zeros(len(y))
    for s in sorted(set(g)):
        clf = LogisticRegression(C=C, max_iter=5000).fit(X[g != s], y[g != s])
        oof[g == s] = clf.predict_proba(X[g == s])[:, 1]
    may = np.array([report_day.may_grant(e["f"]) for e in data])
    curves = _curves(oof, y, granted, may)
    grant, revoke = _grant_threshold(curves["grant"]), _revoke_threshold(curves["revoke"])
    rules = {"granted": int(granted.sum()), "granted_right": int((granted & y).sum()),
             "left_empty": int((~granted).sum()), "left_empty_candidate_right": int((~granted & y).sum())}
    clf = LogisticRegression(C=C, max_iter=5000).fit(X, y)
    w = clf.coef_[0]
    keep = np.abs(w) > 1e-4
    names = np.array(vec.get_feature_names_out())[keep].astype(str)
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "report_day.npz", names=names, w=w[keep].astype(np.float32),
                        b=np.float32(clf.intercept_[0]))
    meta = {"commit": git_commit(), "sets": [f"test{s}" for s in sorted(set(g))], "C": C, "target": TARGET,
            "counts": {"examples": len(y), "right": int(y.sum()), "by_set": dict(Counter(g.tolist()))},
            "rules": rules, "grant": grant, "revoke": revoke,
            "cv": {"scheme": "leave one set out", "auc": round(float(roc_auc_score(y, oof)), 3),
                   "auc_undated": round(float(roc_auc_score(y[~granted], oof[~granted])), 3), **curves},
            "source": "annotators' days for event mentions of real news sets kept outside the repository "
                      "(scripts/heldout/README.md); no text of them is shipped",
            "seconds": round(time.time() - t0)}
    (out / "report_day.meta.json").write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    report_day.load.cache_clear()
    log(json.dumps({k: meta[k] for k in ("grant", "revoke", "rules", "counts")}) + f"\nAUC {meta['cv']['auc']}")
    return meta


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Train dossier's report-day decision from annotated real news.")
    ap.add_argument("--labels", type=Path, default=Path("../annot/dates/gold_dates.jsonl"))
    ap.add_argument("--realnews", type=Path, default=Path("../realnews"))
    ap.add_argument("--examples", type=Path, help="a cache of the examples (written if absent, read if present)")
    ap.add_argument("--exclude", default="", help="sets to leave out, by number: 78,79")
    args = ap.parse_args()
    train(args.labels, args.realnews, examples_file=args.examples,
          exclude=frozenset(x.strip() for x in args.exclude.split(",") if x.strip()))


if __name__ == "__main__":
    main()
