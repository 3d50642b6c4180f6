"""pool_tally.py N AUDIT... [--need=OUT]: verdicts judged for set N (every $ANNOT/testN*/verdicts*.jsonl), found
again by what a row shows (blindlib.key); prints each audit's tally; with --need, writes every unjudged row of
all the audits once (blind) to OUT. Used with audits drawn again from both codes' stores
(`dossier audit events --sample 70 --seed 13 --db OUT/store.duckdb`: a bottom-k draw, so the rows pair up)."""
import glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blindlib import load, dump, blind, key, tally
N = sys.argv[1]; A = os.environ.get('ANNOT', '../annot')  # verdicts quote third-party text: kept outside the repo
pool = {}
for f in sorted(glob.glob(f'{A}/test{N}*/verdicts*.jsonl')):
    if '_actors' in os.path.basename(os.path.dirname(f)):
        continue  # the actors' verdicts (actors_all.py; new actors of an after run) sit beside the events'
    for v in load(f):
        pool.setdefault(key(v), v)
audits = [a for a in sys.argv[2:] if not a.startswith('--need=')]
need_out = next((a[7:] for a in sys.argv[2:] if a.startswith('--need=')), None)
need, seen = [], set()
for p in audits:
    src = load(p)
    rows = [pool.get(key(r)) for r in src]
    print(tally([r for r in rows if r], p) + f" (unjudged {sum(r is None for r in rows)})")
    for i, r in enumerate(src):
        k = key(r)
        if pool.get(k) is None and k not in seen:
            seen.add(k)
            b = blind(r, len(need))
            if r.get("date_source") == "published":
                b["date_basis"] = "publication day: no sentence of the reports states a time for it"
            need.append(b)
if need_out:
    dump(need, need_out); print('need', len(need), '->', need_out)
