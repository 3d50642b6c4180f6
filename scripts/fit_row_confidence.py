"""Fit the row confidence (``src/dossier/link/row_confidence.py``) on audited real-news dev rows.

Reads the analysts' audits of exported events in place (``/work/annot/dev_audit_*.jsonl``: rows written by
``dossier audit events`` and judged by reading) with the dev split's gold stories
(``/work/realnews/dev/gold.jsonl``). The audits quote third-party news text, so they are not in the
repository; only the derived coefficients are (``data/row_confidence.json``).

The audits were made on different code versions and draw many of the same events: a row is identified by
its first quote, its type and what the row says (mode, background, date, participants with countries,
source count); a row judged in several audits keeps its latest verdict. A row whose participants changed
between versions is a different row with its own verdict.

The model is scikit-learn's ``LogisticRegression`` (L2, C=1) over ``row_confidence.features``, its
probability capped at the detection confidence as ``row_confidence`` caps it. It is
cross-validated leaving one story out (a story's rows share articles and wording; rows of an article
outside the gold stories form a group of their own), and the default threshold is chosen on the
out-of-fold probabilities: the lowest at which the rows kept are accepted at ``--target`` or more, provided
it keeps at least ``--min-kept`` of the rows (when no threshold does, the most precise one that keeps that
many). The final coefficients are fitted on every row.

    .venv/bin/python scripts/fit_row_confidence.py            # report; --write to update the JSON
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score
from sklearn.model_selection import LeaveOneGroupOut

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from dossier.link.row_confidence import MODEL_FILE, features  # noqa: E402

ANNOT = Path("/work/annot")
# oldest first: a row judged again later keeps the later verdict
AUDITS = ["dev_audit_seed1.jsonl", "dev_audit_seed1_after.jsonl", "dev_audit_seed2_after.jsonl",
          "dev_audit_seed7_ev4_round1.jsonl", "dev_audit_seed7_ev4.jsonl", "dev_audit_seed21_ev5.jsonl"]
GOLD = Path("/work/realnews/dev/gold.jsonl")
THRESHOLDS = [round(0.05 * i, 2) for i in range(2, 19)]
C = 1.0


def _refs(refs: list[dict]) -> tuple:
    return tuple((r.get("text"), r.get("country")) for r in refs)


def row_key(r: dict, by: str) -> tuple:
    quote = r["quotes"][0]["quote"] if r.get("quotes") else ""
    if by == "quote":
        return quote, r["type"]
    return (quote, r["type"], r["mode"], bool(r["background"]), r.get("date"), _refs(r["actors"]),
            _refs(r["recipients"]), r["n_sources"])


def load(annot: Path, by: str) -> list[dict]:
    rows: dict[tuple, dict] = {}
    for name in AUDITS:
        for line in (annot / name).read_text("utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if r.get("accepted") in ("yes", "no"):
                    rows[row_key(r, by)] = r
    return list(rows.values())


def groups_of(rows: list[dict], gold: Path) -> list[str]:
    story = {}
    for line in gold.read_text("utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            story[g["id"]] = g.get("gold_story")
    out = []
    for r in rows:
        aid = r["quotes"][0]["article_id"] if r.get("quotes") else r["event_id"]
        out.append(story.get(aid) or f"article:{aid}")
    return out


def matrix(rows: list[dict]) -> tuple[list[str], np.ndarray]:
    feats = [features(r) for r in rows]
    names = list(feats[0])
    return names, np.array([[f[n] for n in names] for f in feats], dtype=float)


def out_of_fold(X: np.ndarray, y: np.ndarray, groups: list[str], detection: np.ndarray | None = None) -> np.ndarray:
    """Each row's probability from a model fitted without its story; capped at its detection confidence, as
    ``row_confidence`` caps it, when ``detection`` is given."""
    oof = np.zeros(len(y))
    for train, test in LeaveOneGroupOut().split(X, y, groups):
        model = LogisticRegression(C=C, max_iter=1000).fit(X[train], y[train])
        oof[test] = model.predict_proba(X[test])[:, 1]
    return oof if detection is None else np.minimum(oof, detection)


def curve(p: np.ndarray, y: np.ndarray) -> list[dict]:
    out = []
    for t in THRESHOLDS:
        kept = p >= t
        n = int(kept.sum())
        out.append({"threshold": t, "kept": n, "kept_share": round(n / len(y), 3),
                    "accepted_among_kept": round(float(y[kept].mean()), 3) if n else None,
                    "accepted_kept_of_all_accepted": round(float(y[kept].sum() / y.sum()), 3)})
    return out


def choose(points: list[dict], target: float, min_kept: float) -> dict:
    """The lowest threshold whose kept rows are accepted at ``target`` or more while it keeps ``min_kept`` of
    the rows; when none does, the most precise of those that keep ``min_kept`` (the first on ties)."""
    keeping = [pt for pt in points if pt["kept_share"] >= min_kept and pt["accepted_among_kept"] is not None]
    if not keeping:
        raise SystemExit(f"no threshold keeps {min_kept:.0%} of the rows")
    for pt in keeping:
        if pt["accepted_among_kept"] >= target:
            return pt
    best = max(pt["accepted_among_kept"] for pt in keeping)
    return next(pt for pt in keeping if pt["accepted_among_kept"] == best)


def calibration(p: np.ndarray, y: np.ndarray, bins: int = 5) -> list[dict]:
    order = np.argsort(p)
    out = []
    for chunk in np.array_split(order, bins):
        out.append({"mean_predicted": round(float(p[chunk].mean()), 3),
                    "accepted": round(float(y[chunk].mean()), 3), "rows": int(len(chunk))})
    return out


def summary(p: np.ndarray, y: np.ndarray) -> dict:
    return {"auc": round(float(roc_auc_score(y, p)), 3), "log_loss": round(float(log_loss(y, p)), 3),
            "brier": round(float(brier_score_loss(y, p)), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--annot", type=Path, default=ANNOT)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--dedupe", choices=["row", "quote"], default="row",
                    help="row: first quote, type and what the row says (default); quote: first quote and type")
    ap.add_argument("--target", type=float, default=0.70, help="acceptance wanted among the rows kept")
    ap.add_argument("--min-kept", type=float, default=0.20, help="least share of rows the threshold keeps")
    ap.add_argument("--write", action="store_true", help=f"write {MODEL_FILE}")
    args = ap.parse_args()

    rows = load(args.annot, args.dedupe)
    groups = groups_of(rows, args.gold)
    names, X = matrix(rows)
    y = np.array([r["accepted"] == "yes" for r in rows], dtype=int)
    detection = X[:, names.index("detection")]
    oof = out_of_fold(X, y, groups, detection)
    det = out_of_fold(X[:, [names.index("detection")]], y, groups)
    points = curve(oof, y)
    chosen = choose(points, args.target, args.min_kept)
    final = LogisticRegression(C=C, max_iter=1000).fit(X, y)

    rates = {}
    for i, n in enumerate(names):
        if n == "detection":
            on = X[:, i] >= 0.8
            label = "detection >= 0.8"
        else:
            on = X[:, i] == 1
            label = n
        rates[label] = {"with": round(float(y[on].mean()), 3) if on.any() else None, "n_with": int(on.sum()),
                        "without": round(float(y[~on].mean()), 3) if (~on).any() else None,
                        "n_without": int((~on).sum())}
    report = {
        "rows": len(rows), "accepted": int(y.sum()), "groups": len(set(groups)), "dedupe": args.dedupe,
        "acceptance_by_feature": rates,
        "out_of_fold": summary(oof, y), "out_of_fold_detection_only": summary(det, y),
        "curve": points, "curve_detection_only": curve(det, y), "calibration": calibration(oof, y),
        "chosen": chosen,
        "coefficients": {n: round(float(w), 4) for n, w in zip(names, final.coef_[0])},
        "intercept": round(float(final.intercept_[0]), 4),
    }
    print(json.dumps(report, indent=1))
    if args.write:
        model = {
            "about": "row confidence: logistic regression over link.row_confidence.features, fitted by "
                     "scripts/fit_row_confidence.py on audited real-news dev rows (docs/EVENTS.md)",
            "intercept": report["intercept"], "coefficients": report["coefficients"],
            "threshold": chosen["threshold"],
            "fit": {"rows": len(rows), "accepted": int(y.sum()), "stories": len(set(groups)),
                    "cv": "leave one story out", "C": C, "target": args.target, "min_kept": args.min_kept,
                    "out_of_fold": report["out_of_fold"], "curve": points},
        }
        MODEL_FILE.parent.mkdir(exist_ok=True)
        MODEL_FILE.write_text(json.dumps(model, indent=1) + "\n", "utf-8")
        print(f"wrote {MODEL_FILE}", file=sys.stderr)
    if not math.isfinite(report["out_of_fold"]["log_loss"]):
        raise SystemExit("the fit diverged")


if __name__ == "__main__":
    main()
