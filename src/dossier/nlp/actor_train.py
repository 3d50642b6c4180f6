"""Train the actor-ness model (``actor_model.py``) from the gold entity tags of ECB+ train.

Every non-pronoun entity mention of ECB+ train is one example, labelled by its tag: HUMAN_PART_* = actor,
LOC_FAC / LOC_GEO / LOC_OTHER = place, NON_HUMAN_PART* / TIME_* = thing. Documents are parsed with the shared
pipeline (through ``event_train``'s DocBin + tensor cache). A multinomial logistic regression is
cross-validated by topic on train; for 'thing' and 'place' the threshold shipped is the lowest probability whose
out-of-fold precision on *named* mentions (a head the NER labels as a name, or an unlabelled proper noun: what
``entities.py`` sees)
reaches ``PRECISION``. The model is then refit on all of train and scored once on ECB+ dev. Output: derived
weights ``data/actor_model.npz`` and ``data/actor_model.meta.json`` (scores, thresholds, counts).

    python -m dossier.nlp.actor_train --shared ../shared       (make train-actors)
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import numpy as np

from dossier.nlp import actor_model
from dossier.nlp.event_train import DATA, SHARED, _jsonl, parse_cached

PRECISION = 0.9
# the NER labels of the spans ``entities.py`` turns into actor mentions (a date or a number never is one)
# and would keep as an actor (a GPE or LOC is a place already)
CANDIDATE_ENTS = frozenset({"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
C = 0.5


def label_of(tag: str) -> str | None:
    if tag.startswith("HUMAN_PART"):
        return "actor"
    if tag in ("LOC_FAC", "LOC_GEO", "LOC_OTHER"):
        return "place"
    if tag.startswith("NON_HUMAN_PART") or tag.startswith("TIME_"):
        return "thing"
    return None


def examples(nlp, path: Path, name: str) -> list[tuple[dict, str, bool, str]]:
    """(features, label, named, topic) of every non-pronoun entity mention of an ECB+ split."""
    from dossier.eval.ecb_events import document_text

    rows = _jsonl(path)
    joined = [document_text(r) for r in rows]
    docs = parse_cached(nlp, [j[0] for j in joined], name)
    out = []
    for row, doc, (_text, spans) in zip(rows, docs, joined):
        start = {sid: s0 for s0, _s1, sid in spans}
        for m in row.get("entity_mentions") or []:
            label = label_of(m.get("tag") or "")
            if label is None or not m.get("contiguous", True) or m["sent_id"] not in start:
                continue
            s0 = start[m["sent_id"]]
            span = doc.char_span(s0 + m["char_start"], s0 + m["char_end"], alignment_mode="expand")
            if span is None or len(span) == 0 or span.root.pos_ == "PRON":
                continue
            head = span.root
            named = head.ent_type_ in CANDIDATE_ENTS or head.pos_ == "PROPN" and not head.ent_type_
            out.append((actor_model.features(span), label, named, row["topic"]))
    return out


def _fit(X, y):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=2000).fit(X, y)


def _threshold(p: np.ndarray, y: np.ndarray, named: np.ndarray, cls: str) -> tuple[float | None, dict]:
    k = actor_model.CLASSES.index(cls)
    best = None
    for t in np.arange(0.5, 0.99, 0.02):
        pred = named & (p[:, k] >= t)
        n = int(pred.sum())
        if n < 10:
            break
        prec = float((y[pred] == cls).mean())
        if prec >= PRECISION:
            best = float(round(t, 2))
            break
    return best, _scores(p, y, named, cls, best)


def _scores(p, y, named, cls, t) -> dict:
    k = actor_model.CLASSES.index(cls)
    gold = named & (y == cls)
    if t is None:
        return {"threshold": None, "gold": int(gold.sum())}
    pred = named & (p[:, k] >= t)
    tp = int((pred & gold).sum())
    return {"threshold": t, "predicted": int(pred.sum()), "gold": int(gold.sum()),
            "precision": round(tp / max(1, int(pred.sum())), 3), "recall": round(tp / max(1, int(gold.sum())), 3)}


def train(shared: Path = SHARED, out: Path = DATA, log=print) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.model_selection import GroupKFold

    from dossier.nlp import model as nlp_model

    nlp = nlp_model.load()
    t0 = time.time()
    tr = examples(nlp, shared / "bench" / "ecbplus" / "ecbplus_train.jsonl", "ecbtrain-all")
    dv = examples(nlp, shared / "bench" / "ecbplus" / "ecbplus_dev.jsonl", "ecbdev-all")
    log(f"{len(tr)} train and {len(dv)} dev mentions ({time.time() - t0:.0f}s)")
    vec = DictVectorizer()
    X = vec.fit_transform([e[0] for e in tr])
    y = np.array([e[1] for e in tr])
    named = np.array([e[2] for e in tr])
    groups = np.array([e[3] for e in tr])
    oof = np.zeros((len(y), len(actor_model.CLASSES)))
    for a, b in GroupKFold(n_splits=5).split(X, y, groups):
        clf = _fit(X[a], y[a])
        order = [list(clf.classes_).index(c) for c in actor_model.CLASSES]
        oof[b] = clf.predict_proba(X[b])[:, order]
    cls_names = np.array(actor_model.CLASSES)
    meta: dict = {"counts": {"train": dict(Counter(y.tolist())), "train_named": dict(Counter(y[named].tolist())),
                             "dev": dict(Counter(e[1] for e in dv))},
                  "precision_target": PRECISION, "C": C, "thresholds": {}, "cv": {}, "dev": {}}
    meta["cv"]["accuracy"] = round(float((cls_names[oof.argmax(1)] == y).mean()), 3)
    meta["cv"]["accuracy_named"] = round(float((cls_names[oof.argmax(1)] == y)[named].mean()), 3)
    for cls in ("thing", "place"):
        t, s = _threshold(oof, y, named, cls)
        meta["thresholds"][cls] = t
        meta["cv"][cls] = s
    clf = _fit(X, y)
    order = [list(clf.classes_).index(c) for c in actor_model.CLASSES]
    Xd = vec.transform([e[0] for e in dv])
    yd = np.array([e[1] for e in dv])
    nd = np.array([e[2] for e in dv])
    pd = clf.predict_proba(Xd)[:, order]
    meta["dev"]["accuracy"] = round(float((cls_names[pd.argmax(1)] == yd).mean()), 3)
    meta["dev"]["accuracy_named"] = round(float((cls_names[pd.argmax(1)] == yd)[nd].mean()), 3)
    for cls in ("thing", "place"):
        meta["dev"][cls] = _scores(pd, yd, nd, cls, meta["thresholds"][cls])
    out.mkdir(parents=True, exist_ok=True)
    W = clf.coef_[order].T.astype(np.float32)
    b = clf.intercept_[order].astype(np.float32)
    keep = np.abs(W).max(axis=1) > 1e-4
    names = np.array(vec.get_feature_names_out())[keep].astype(str)
    np.savez_compressed(out / "actor_model.npz", names=names, W=W[keep], b=b)
    meta["source"] = "ECB+ train entity tags (see ../shared/bench/ecbplus/README.txt for attribution and licence)"
    (out / "actor_model.meta.json").write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    actor_model.load.cache_clear()
    log(json.dumps({k: meta[k] for k in ("thresholds", "cv", "dev")}, indent=1))
    return meta


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Train dossier's actor-ness model from ECB+ entity tags.")
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args()
    train(args.shared)


if __name__ == "__main__":
    main()
