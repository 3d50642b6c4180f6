"""Train the actor check (``nlp/actor_check.py``) from analysts' verdicts on real news.

Input, kept outside the repository (third-party text): ``REALNEWS/testN/articles.jsonl`` (the sets' articles) and
``ANNOT/testN_base_actors/verdicts_*.jsonl`` or, for the sets judged whole by ``scripts/heldout/actors_all.py``,
``ANNOT/testN_actors/verdicts_*.jsonl`` (one verdict per canonical actor dossier found in set N at the code it was
first measured on, with
``name``, ``kind`` and ``right_kind_and_name``; ``scripts/heldout/README.md`` says how they were made). Every set
with both is used. Each article is analysed and resolved by today's code with the check recording instead of
dropping; a discovered non-place actor of an article takes its set's verdict on the actor of that name and kind.

Scored leaving one set out (the sets are different topics and years): AUC, and for each threshold the share of
the dropped that were judged wrong (precision, with the lower end of its 95% Wilson interval) and the shares of
wrong and right actors dropped. The threshold is the lowest whose out-of-set precision, and that of every higher
one, is at least ``actor_check.PRECISION`` with 95% confidence: a point estimate of 0.70 at threshold 0.5 (test67–
test79) dropped 10 wrong and 8 right actors of the next fresh set, test80. Then
one model is fitted on every set and written to ``data/actor_check.npz`` with its figures in
``data/actor_check.meta.json``.
"""

from __future__ import annotations

import json
import math
import os
import time
from collections import Counter
from pathlib import Path

import numpy as np

from dossier.nlp import actor_check
from dossier.nlp.event_train import DATA, git_commit

C = 0.3
Z = 1.645  # one-sided 95%


def _verdict_dir(annot: Path, n: str) -> Path:
    base = annot / f"test{n}_base_actors"
    return base if base.is_dir() else annot / f"test{n}_actors"


def verdict_rows(annot: Path, n: str) -> dict[tuple, dict]:
    """Set N's actor verdicts by (name, kind), and by name alone for the first of that name."""
    out: dict[tuple, dict] = {}
    for p in sorted(_verdict_dir(annot, n).glob("verdicts_*.jsonl")):
        for line in p.read_text("utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out[(d["name"], d["kind"])] = d
                out.setdefault((d["name"],), d)
    return out


def _verdicts(annot: Path, n: str) -> dict[tuple, str]:
    return {k: d["right_kind_and_name"] for k, d in verdict_rows(annot, n).items()}


def judged_articles(realnews: Path, n: str, log=print):
    """Set N's articles as dossier ingests them; one the ingester refuses is logged and skipped."""
    from dossier.ingest import RawDocument, build_article

    for line in (realnews / f"test{n}" / "articles.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        a = json.loads(line)
        try:
            yield build_article(RawDocument(source=a["id"], format="jsonl", body=a["text"], fields=a))
        except ValueError as e:
            log(f"  {a['id']}: skipped ({e})")


def sets(annot: Path, realnews: Path) -> list[str]:
    found = []
    # the blind verdicts of a set's first measurement only (``testN_sNN_actors`` judge later code's changes)
    for d in sorted(annot.glob("test*_actors")):
        n = d.name[len("test"):].split("_")[0]
        if d.name not in (f"test{n}_base_actors", f"test{n}_actors") or not n.isdigit() or n in found:
            continue
        if (realnews / f"test{n}" / "articles.jsonl").exists() and any(_verdict_dir(annot, n).glob("verdicts_*.jsonl")):
            found.append(n)
    return sorted(found, key=int)


def examples(nlp, annot: Path, realnews: Path, n: str, log=print) -> list[dict]:
    from dossier.nlp.analyse import analyse_doc
    from dossier.resolve import Resolver

    verdicts = _verdicts(annot, n)
    resolver = Resolver()
    resolver.check_trace = []
    out: list[dict] = []
    for art in judged_articles(realnews, n, log):
        doc = nlp(art.text)
        resolver.check_trace.clear()
        resolver.resolve(analyse_doc(art, doc))
        for row in resolver.check_trace:
            y = verdicts.get((row["name"], row["kind"])) or verdicts.get((row["name"],))
            if y not in ("yes", "no"):
                continue
            span = doc.char_span(*row["span"], alignment_mode="expand")
            feats = dict(row["context"])
            if span is not None and len(span):
                feats.update(actor_check.span_features(span))
            out.append({"set": n, "name": row["name"], "kind": row["kind"], "source": row.get("source", "discovered"), "sector": row.get("sector"),
                        "wrong": y == "no", "f": feats})
    return out


def wilson_low(hits: int, n: int, z: float = Z) -> float | None:
    """The lower end of the Wilson score interval of a share (one-sided, ``z`` 1.645: 95%)."""
    if n == 0:
        return None
    p = hits / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def _curve(p: np.ndarray, y: np.ndarray) -> list[dict]:
    rows = []
    for t in np.round(np.arange(0.30, 0.96, 0.05), 2):
        drop = p >= t
        low = wilson_low(int((drop & y).sum()), int(drop.sum()))
        rows.append({"threshold": float(t), "dropped": int(drop.sum()),
                     "precision": round(float(y[drop].mean()), 3) if drop.any() else None,
                     "precision_low": round(low, 3) if low is not None else None,
                     "wrong_dropped": round(float(drop[y].mean()), 3), "right_dropped": round(float(drop[~y].mean()), 4)})
    return rows


def _threshold(curve: list[dict], target: float | None = None) -> float | None:
    """The lowest threshold at which the out-of-set precision is at least ``target`` (the actor check's
    ``PRECISION`` unless given) with 95% confidence (the Wilson interval's lower end) and at every higher one at
    least ``target`` as measured (a few drops at the top have a wide interval)."""
    target = actor_check.PRECISION if target is None else target
    chosen = None
    for row in reversed(curve):  # from the top down
        if row["precision"] is None:
            continue
        if row["precision"] < target:
            break  # below here a lower interval end cannot be trusted either
        if row["precision_low"] >= target:
            chosen = row["threshold"]
    return chosen


def train(annot: Path, realnews: Path, out: Path = DATA, log=print, examples_file: Path | None = None,
          exclude: frozenset[str] = frozenset()) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    from dossier.nlp import model as nlp_model

    os.environ.setdefault("DOSSIER_EMBEDDINGS", "off")
    t0 = time.time()
    data: list[dict] = []
    if examples_file is not None and examples_file.exists():
        data = json.loads(examples_file.read_text("utf-8"))
    else:
        nlp = nlp_model.load()
        for n in sets(annot, realnews):
            got = examples(nlp, annot, realnews, n, log)
            log(f"test{n}: {len(got)} actors in articles, {sum(e['wrong'] for e in got)} judged wrong")
            data += got
        if examples_file is not None:
            examples_file.write_text(json.dumps(data), "utf-8")
    # a set kept back to be measured on; known actors are the known check's (``known_check``), not this one's
    data = [e for e in data if e["set"] not in exclude and e.get("source", "discovered") == "discovered"]
    for e in data:
        e["f"] = {k: v for k, v in e["f"].items() if not k.startswith(actor_check.NAME_FEATURES)}
    if not data:
        raise SystemExit(f"no judged sets under {annot} with texts under {realnews}")
    log(f"{len(data)} examples ({time.time() - t0:.0f}s)")
    vec = DictVectorizer()
    X = vec.fit_transform([e["f"] for e in data])
    y = np.array([e["wrong"] for e in data])
    g = np.array([e["set"] for e in data])
    oof = np.zeros(len(y))
    per_set = {}
    for s in sorted(set(g)):
        clf = LogisticRegression(C=C, max_iter=5000).fit(X[g != s], y[g != s])
        oof[g == s] = clf.predict_proba(X[g == s])[:, 1]
    curve = _curve(oof, y)
    threshold = _threshold(curve)
    for s in sorted(set(g)):
        k = g == s
        drop = oof[k] >= (threshold if threshold is not None else 2.0)
        per_set[f"test{s}"] = {"actors": int(k.sum()), "wrong": int(y[k].sum()),
                               "auc": round(float(roc_auc_score(y[k], oof[k])), 3) if 0 < y[k].sum() < k.sum() else None,
                               "wrong_dropped": int((drop & y[k]).sum()), "right_dropped": int((drop & ~y[k]).sum())}
    clf = LogisticRegression(C=C, max_iter=5000).fit(X, y)
    w = clf.coef_[0].astype(np.float32)
    keep = np.abs(w) > 1e-4
    names = np.array(vec.get_feature_names_out())[keep].astype(str)
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "actor_check.npz", names=names, w=w[keep], b=np.float32(clf.intercept_[0]))
    meta = {"commit": git_commit(), "sets": [f"test{s}" for s in sorted(set(g))], "C": C,
            "counts": {"examples": len(y), "wrong": int(y.sum()), "by_kind": dict(Counter(e["kind"] for e in data))},
            "precision_target": actor_check.PRECISION, "threshold": threshold,
            "cv": {"scheme": "leave one set out", "auc": round(float(roc_auc_score(y, oof)), 3), "curve": curve,
                   "per_set": per_set},
            "source": "analysts' verdicts on dossier's actors in real news sets kept outside the repository "
                      "(scripts/heldout/README.md); no text of them is shipped"}
    (out / "actor_check.meta.json").write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    actor_check.load.cache_clear()
    log(json.dumps({k: meta[k] for k in ("threshold", "counts")}) + "\n" + json.dumps(meta["cv"]["curve"], indent=0))
    return meta


def cli(train_fn, description: str) -> None:
    """The command line of a trainer fitted on the held-out verdicts: ``--annot``, ``--realnews``, ``--examples``,
    ``--exclude``."""
    import argparse

    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--annot", type=Path, default=Path("../annot"))
    ap.add_argument("--realnews", type=Path, default=Path("../realnews"))
    ap.add_argument("--examples", type=Path, help="a cache of the examples (written if absent, read if present)")
    ap.add_argument("--exclude", default="", help="sets to leave out, by number: 78,79")
    args = ap.parse_args()
    train_fn(args.annot, args.realnews, examples_file=args.examples,
             exclude=frozenset(x.strip() for x in args.exclude.split(",") if x.strip()))


def main() -> None:
    cli(train, "Train dossier's actor check from analysts' verdicts on real news.")


if __name__ == "__main__":
    main()
