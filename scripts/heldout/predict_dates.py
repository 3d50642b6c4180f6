"""predict_dates.py N AUDIT: on a set already judged (read), what a change that only dates rows would do to
acceptance, read from the verdicts of the same rows undated: a row matched to a verdict by everything it shows but
its date (blindlib.key) counts accepted when every other criterion was ok and the judge's note names the new date;
rows matched in full keep their verdicts; rows matched neither way are listed UNKNOWN (judge them blind). A
prediction for read sets only: held-out figures come from blind judging (pool_tally.py)."""
import glob, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blindlib import load, key, accepted
CRIT = ["event", "type", "actors", "recipients", "mode", "date", "background"]
N, audit = sys.argv[1], sys.argv[2]
A = os.environ.get('ANNOT', '../annot')  # verdicts quote third-party text: kept outside the repo
pool = {}
for f in sorted(glob.glob(f'{A}/test{N}*/verdicts*.jsonl')):
    for v in load(f):
        pool.setdefault(key(v), v)


def undated_key(r):
    k = list(key(r)); k[4] = None; k[5] = None
    return tuple(k)


stats = {"known_acc": 0, "known": 0, "pred_acc": 0, "pred_rej": 0, "unknown": 0}
for r in load(audit):
    v = pool.get(key(r))
    if v is not None:
        stats["known"] += 1; stats["known_acc"] += accepted(v)
        continue
    v = pool.get(undated_key(r))
    if v is None:
        stats["unknown"] += 1; print("UNKNOWN", r["type"], r["date"])
        continue
    others_ok = all(str(v.get(f"verdict_{c}")).lower() in ("ok", "n/a") for c in CRIT if c != "date")
    good = v["verdict_date"] == "wrong" and r["date"] in re.findall(r"\d{4}-\d{2}-\d{2}", v.get("note", ""))
    if others_ok and good:
        stats["pred_acc"] += 1
    else:
        stats["pred_rej"] += 1
        if accepted(v):
            print("LOSS", r["type"], r["date"])
print(stats, "predicted accepted", stats["known_acc"] + stats["pred_acc"])
