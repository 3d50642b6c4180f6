"""Train the country-from-context model (``resolve/country_model.py``) from analysts' verdicts on real news.

Input, kept outside the repository (third-party text), the same as the actor check's (``nlp/actor_check_train.py``):
``REALNEWS/testN/articles.jsonl`` and the verdicts on every canonical actor dossier found in set N
(``ANNOT/testN_base_actors`` or ``ANNOT/testN_actors``). Each article is analysed and resolved by today's code
with the model recording instead of deciding: every discovered person, body or group left without a country, with
its candidate countries. An example takes its set's verdict on the actor of that name and kind:
- ``verdict_country`` "empty_but_given" and the analyst's note naming one country code: that country;
- "n/a", or "ok" on an actor shown without a country: no country is right (every candidate is wrong);
- an actor the analysts saw with a country they judged right ("ok"): that country.
Other verdicts (a wrong country, a note naming several) are left out.

Scored leaving one set out (the sets are different topics and years): for each threshold, the actors given a
country, the share given the right one (precision, with the lower end of its 95% Wilson interval) and the share of
the actors whose country the analysts wrote that were given it (recall). The threshold is the lowest whose
out-of-set precision, and that of every higher one, is at least ``country_model.PRECISION`` with 95% confidence.
Then one model is fitted on every set and written to ``data/country_model.npz`` with its figures in
``data/country_model.meta.json``.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections import Counter
from pathlib import Path

import numpy as np

from dossier.nlp.actor_check_train import _threshold, cli, judged_articles, sets, verdict_rows, wilson_low
from dossier.nlp.event_train import git_commit
from dossier.resolve import country_model

C = 0.5
DATA = Path(__file__).resolve().parent / "data"
_CODE = re.compile(r"\b[A-Z]{3}\b")


def _country_codes() -> set[str]:
    from dossier.resolve import load_kb

    kb = load_kb()
    return {e.country for e in kb.entries.values() if getattr(e, "kind", None) == "country" and e.country}


def _gold(verdict: dict, codes: set[str]) -> tuple[bool, str | None]:
    """(usable, the right country or None)."""
    v = verdict.get("verdict_country")
    shown = verdict.get("country")
    if v == "empty_but_given" and not shown:
        found = {c for c in _CODE.findall(verdict.get("note") or "") if c in codes}
        return (True, found.pop()) if len(found) == 1 else (False, None)
    if v == "ok":
        return True, shown or None
    if v == "n/a":
        found = {c for c in _CODE.findall(verdict.get("note") or "") if c in codes}
        return (not found and not shown), None
    return False, None


def examples(nlp, annot: Path, realnews: Path, n: str, codes: set[str], log=print) -> list[dict]:
    from dossier.nlp.analyse import analyse_doc
    from dossier.resolve import Resolver

    verdicts = verdict_rows(annot, n)
    resolver = Resolver()
    resolver.country_trace = []
    out: list[dict] = []
    for art in judged_articles(realnews, n, log):
        resolver.country_trace.clear()
        resolver.resolve(analyse_doc(art, nlp(art.text)))
        for row in resolver.country_trace:
            v = verdicts.get((row["name"], row["kind"])) or verdicts.get((row["name"],))
            if v is None:
                continue
            usable, gold = _gold(v, codes)
            if usable:
                out.append({"set": n, "article_id": row["article_id"], "name": row["name"], "kind": row["kind"],
                            "gold": gold, "candidates": row["candidates"]})
    return out


def _rows(data: list[dict]):
    feats, y, owner = [], [], []
    for i, e in enumerate(data):
        for c, f in e["candidates"].items():
            feats.append(f)
            y.append(c == e["gold"])
            owner.append(i)
    return feats, np.array(y), np.array(owner)


def _choices(data: list[dict], p: np.ndarray, owner: np.ndarray) -> list[tuple[float, str]]:
    """Each example's best candidate and its probability."""
    best: dict[int, tuple[float, str]] = {}
    for j, i in enumerate(owner):
        c = list(data[i]["candidates"])[sum(1 for k in owner[:j] if k == i)]
        if i not in best or p[j] > best[i][0]:
            best[i] = (float(p[j]), c)
    return [best.get(i, (0.0, "")) for i in range(len(data))]


def _curve(data: list[dict], chosen: list[tuple[float, str]]) -> list[dict]:
    given = sum(1 for e in data if e["gold"])
    rows = []
    for t in np.round(np.arange(0.30, 0.96, 0.05), 2):
        took = [(e, c) for e, (p, c) in zip(data, chosen) if p >= t]
        right = sum(1 for e, c in took if c == e["gold"])
        low = wilson_low(right, len(took))
        rows.append({"threshold": float(t), "given": len(took), "right": right,
                     "precision": round(right / len(took), 3) if took else None,
                     "precision_low": round(low, 3) if low is not None else None,
                     "recall": round(right / given, 3) if given else None})
    return rows


def train(annot: Path, realnews: Path, out: Path = DATA, log=print, examples_file: Path | None = None,
          exclude: frozenset[str] = frozenset()) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from dossier.nlp import model as nlp_model

    os.environ.setdefault("DOSSIER_EMBEDDINGS", "off")
    t0 = time.time()
    data: list[dict] = []
    if examples_file is not None and examples_file.exists():
        data = json.loads(examples_file.read_text("utf-8"))
    else:
        nlp = nlp_model.load()
        codes = _country_codes()
        for n in sets(annot, realnews):
            got = examples(nlp, annot, realnews, n, codes, log)
            log(f"test{n}: {len(got)} actors without a country, {sum(bool(e['gold']) for e in got)} given one by "
                f"the analysts")
            data += got
        if examples_file is not None:
            examples_file.write_text(json.dumps(data), "utf-8")
    data = [e for e in data if e["set"] not in exclude]
    if not data:
        raise SystemExit(f"no judged sets under {annot} with texts under {realnews}")
    log(f"{len(data)} examples ({time.time() - t0:.0f}s)")
    feats, y, owner = _rows(data)
    vec = DictVectorizer()
    X = vec.fit_transform(feats)
    g = np.array([data[i]["set"] for i in owner])
    oof = np.zeros(len(y))
    for s in sorted(set(g)):
        clf = LogisticRegression(C=C, max_iter=5000).fit(X[g != s], y[g != s])
        oof[g == s] = clf.predict_proba(X[g == s])[:, 1]
    chosen = _choices(data, oof, owner)
    curve = _curve(data, chosen)
    threshold = _threshold(curve, country_model.PRECISION)
    per_set = {}
    for s in sorted({e["set"] for e in data}, key=int):
        idx = [i for i, e in enumerate(data) if e["set"] == s]
        took = [i for i in idx if threshold is not None and chosen[i][0] >= threshold]
        per_set[f"test{s}"] = {"examples": len(idx), "given_by_analysts": sum(1 for i in idx if data[i]["gold"]),
                               "given": len(took), "right": sum(1 for i in took if chosen[i][1] == data[i]["gold"])}
    clf = LogisticRegression(C=C, max_iter=5000).fit(X, y)
    w = clf.coef_[0].astype(np.float32)
    keep = np.abs(w) > 1e-4
    names = np.array(vec.get_feature_names_out())[keep].astype(str)
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "country_model.npz", names=names, w=w[keep], b=np.float32(clf.intercept_[0]))
    meta = {"commit": git_commit(), "sets": [f"test{s}" for s in sorted({e["set"] for e in data}, key=int)], "C": C,
            "counts": {"examples": len(data), "given_by_analysts": sum(1 for e in data if e["gold"]),
                       "candidates": len(y), "by_kind": dict(Counter(e["kind"] for e in data))},
            "precision_target": country_model.PRECISION, "threshold": threshold,
            "cv": {"scheme": "leave one set out", "curve": curve, "per_set": per_set},
            "source": "analysts' verdicts on dossier's actors in real news sets kept outside the repository "
                      "(scripts/heldout/README.md); no text of them is shipped"}
    (out / "country_model.meta.json").write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    country_model.load.cache_clear()
    log(json.dumps({k: meta[k] for k in ("threshold", "counts")}) + "\n" + json.dumps(curve, indent=0))
    return meta


def main() -> None:
    cli(train, "Train dossier's country-from-context model from analysts' verdicts.")


if __name__ == "__main__":
    main()
