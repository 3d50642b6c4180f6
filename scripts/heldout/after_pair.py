"""after_pair.py N prep|tally: after-sample rows identical to judged base rows keep their verdicts; the others are
judged blind ($ANNOT/testN/blind_rows.jsonl -> verdicts.jsonl). ``base_pair.py`` turned round, for a base judged first."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); ANNOT = os.environ.get("ANNOT", "../annot")  # verdicts quote third-party text: kept outside the repo
from blindlib import load, dump, blind, key, tally
N, cmd = sys.argv[1], sys.argv[2]
after_src = load(f"/tmp/final{N}/audit70.jsonl"); base_src = load(f"/tmp/final{N}_base/audit70.jsonl")
bdir = f"{ANNOT}/test{N}_base"; adir = f"{ANNOT}/test{N}"; os.makedirs(adir, exist_ok=True)
judged = {v["idx"]: v for f in ("verdicts_A.jsonl", "verdicts_B.jsonl") for v in load(f"{bdir}/{f}")}
by_key = {key(r): judged[i] for i, r in enumerate(base_src) if i in judged}
if cmd == "prep":
    need = [blind(r, i) for i, r in enumerate(after_src) if key(r) not in by_key]
    dump(need, f"{adir}/blind_rows.jsonl"); print(f"{len(after_src)-len(need)} inherited, {len(need)} to judge")
else:
    new = {v["idx"]: v for v in load(f"{adir}/verdicts.jsonl")} if os.path.exists(f"{adir}/verdicts.jsonl") else {}
    rows = [by_key.get(key(r)) or new.get(i) for i, r in enumerate(after_src)]
    miss = sum(r is None for r in rows)
    print(tally(list(judged.values()), f"base test{N}"))
    print(tally([r for r in rows if r], f"after test{N}") + (f" (unjudged {miss})" if miss else ""))
