"""prep_blind.py N: /tmp/finalN -> $ANNOT/testN/{blind_A,blind_B,actors50}.jsonl"""
import json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); ANNOT = os.environ.get("ANNOT", "../annot")  # verdicts quote third-party text: kept outside the repo
from blindlib import load, dump, blind
N = sys.argv[1]; src = f"/tmp/final{N}"; dst = f"{ANNOT}/test{N}"; os.makedirs(dst, exist_ok=True)
rows = [blind(r, i) for i, r in enumerate(load(f"{src}/audit70.jsonl"))]
half = (len(rows) + 1) // 2
dump(rows[:half], f"{dst}/blind_A.jsonl"); dump(rows[half:], f"{dst}/blind_B.jsonl")
arts = {a["id"]: a for a in load(f"{src}/articles.jsonl")}
actors = load(f"{src}/actors.jsonl")
picked = random.Random(13).sample(actors, min(50, len(actors)))
out = []
for i, a in enumerate(picked):
    ctx = []
    for aid in a.get("article_ids", [])[:3]:
        t = (arts.get(aid) or {}).get("text") or ""
        for v in sorted(a.get("variants") or [a["name"]], key=len, reverse=True):
            m = re.search(re.escape(v), t)
            if m:
                ctx.append({"article_id": aid, "context": t[max(0, m.start() - 250): m.end() + 250]}); break
    out.append({"idx": i, "name": a["name"], "kind": a.get("kind"), "country": a.get("country"), "sector": a.get("sector"),
                "variants": a.get("variants"), "roles": a.get("roles"), "contexts": ctx,
                "verdict_kind": "", "verdict_name": "", "verdict_country": "", "verdict_sector": "",
                "right_kind_and_name": "", "note": ""})
dump(out, f"{dst}/actors50.jsonl")
print(len(rows), "rows", half, "/", len(rows) - half, "; actors", len(out), "of", len(actors))
