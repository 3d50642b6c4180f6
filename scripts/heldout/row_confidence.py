"""row_confidence.py N:AUDIT.jsonl ...: can a row-level confidence buy precision? Every audited row that some
verdict of set N covers (``$ANNOT/testN*/verdicts*.jsonl``, matched by ``blindlib.key``) becomes one example
(accepted as it stands or not); a logistic regression over what the row itself shows (type, mode, how many
actors and recipients, empty date, date source, background, the model's confidence, sources, participants
without a country or sector, a published date known) is scored out of set (leave one set out), and the share
accepted is printed at each coverage of the ranked rows, beside the AUC of the shipped confidence. Used in
docs/EVENTS.md to decide whether a stricter default threshold could reach issue 16's 70%: it could not."""
import glob, os, sys

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blindlib import key, load  # noqa: E402

A = os.environ.get("ANNOT", "../annot")  # verdicts quote third-party text: kept outside the repo


def features(r: dict) -> dict:
    f = {"type=" + r["type"]: 1, "mode=" + r["mode"]: 1, "nact": min(len(r["actors"]), 3),
         "nrec": min(len(r["recipients"]), 3), "noact": int(not r["actors"]), "norec": int(not r["recipients"]),
         "datenull": int(r["date"] is None), "ds=" + str(r.get("date_source")): 1, "bg": int(bool(r["background"])),
         "conf": r["confidence"], "nq": min(len(r["quotes"]), 3), "nsrc": min(r.get("n_sources", 1), 3),
         "pubnull": int(r["quotes"][0].get("published") is None),
         "qlen": min(len(r["quotes"][0]["quote"]) / 300, 2),
         "type_rec=%s_%d" % (r["type"], bool(r["recipients"])): 1}
    for p in r["actors"] + r["recipients"]:
        f["p_nocountry"] = f.get("p_nocountry", 0) + int(not p.get("country"))
        f["p_nosector"] = f.get("p_nosector", 0) + int(not p.get("sector"))
    return f


data, seen = [], set()
for arg in sys.argv[1:]:
    n, path = arg.split(":", 1)
    pool = {}
    for f in sorted(glob.glob(f"{A}/test{n}*/verdicts*.jsonl")):
        for v in load(f):
            if "quotes" in v:  # actor verdicts share the set's prefix
                pool.setdefault(key(v), v)
    for r in load(path):
        k = (n, key(r))
        if k in seen or k[1] not in pool:
            continue
        seen.add(k)
        data.append((n, r, pool[k[1]]["accepted"] == "yes"))
y = np.array([a for _, _, a in data])
groups = np.array([n for n, _, _ in data])
X = DictVectorizer().fit_transform([features(r) for _, r, _ in data])
p = np.zeros(len(y))
for n in sorted(set(groups)):
    out = groups == n
    p[out] = LogisticRegression(C=0.5, max_iter=2000).fit(X[~out], y[~out]).predict_proba(X[out])[:, 1]
print(f"{len(y)} judged rows of {len(set(groups))} sets, {int(y.sum())} accepted ({y.mean():.2f})")
print(f"AUC out of set: learned {roc_auc_score(y, p):.3f}, shipped confidence "
      f"{roc_auc_score(y, [r['confidence'] for _, r, _ in data]):.3f}")
order = np.argsort(-p)
for cov in (1.0, 0.8, 0.6, 0.5, 0.4, 0.3, 0.2):
    k = int(len(y) * cov)
    print(f"  top {cov:.0%} of rows ({k}): accepted {y[order[:k]].mean():.2f}")
