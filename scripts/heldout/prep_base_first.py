"""prep_base_first.py N: /tmp/finalN_base -> $ANNOT/testN_base/{blind_A,blind_B}.jsonl — the code before a round is
judged first, in full, while the round is written (then ``after_pair.py`` sends only changed rows to a judge)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); ANNOT = os.environ.get("ANNOT", "../annot")  # verdicts quote third-party text: kept outside the repo
from blindlib import load, dump, blind
N = sys.argv[1]; src = f"/tmp/final{N}_base"; dst = f"{ANNOT}/test{N}_base"; os.makedirs(dst, exist_ok=True)
rows = [blind(r, i) for i, r in enumerate(load(f"{src}/audit70.jsonl"))]
half = (len(rows) + 1) // 2
dump(rows[:half], f"{dst}/blind_A.jsonl"); dump(rows[half:], f"{dst}/blind_B.jsonl")
print(len(rows), "rows", half, "/", len(rows) - half)
