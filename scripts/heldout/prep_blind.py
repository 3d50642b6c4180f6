"""prep_blind.py N: /tmp/finalN -> $ANNOT/testN/{blind_A,blind_B,actors50}.jsonl"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); ANNOT = os.environ.get("ANNOT", "../annot")  # verdicts quote third-party text: kept outside the repo
from blindlib import actor_row, load, dump, blind
N = sys.argv[1]; src = f"/tmp/final{N}"; dst = f"{ANNOT}/test{N}"; os.makedirs(dst, exist_ok=True)
rows = [blind(r, i) for i, r in enumerate(load(f"{src}/audit70.jsonl"))]
half = (len(rows) + 1) // 2
dump(rows[:half], f"{dst}/blind_A.jsonl"); dump(rows[half:], f"{dst}/blind_B.jsonl")
arts = {a["id"]: a for a in load(f"{src}/articles.jsonl")}
actors = load(f"{src}/actors.jsonl")
picked = random.Random(13).sample(actors, min(50, len(actors)))
out = [actor_row(a, i, arts) for i, a in enumerate(picked)]
dump(out, f"{dst}/actors50.jsonl")
print(len(rows), "rows", half, "/", len(rows) - half, "; actors", len(out), "of", len(actors))
