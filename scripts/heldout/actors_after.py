"""actors_after.py N prep|tally: the after draw of 50 actors (seed 13); actors identical in (name, kind, country, sector)
to a judged base actor inherit its verdict, the rest go to a judge ($ANNOT/testN/actors50.jsonl -> actors50_verdicts.jsonl)."""
import json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blindlib import load, dump
N, cmd = sys.argv[1], sys.argv[2]
A = os.environ.get("ANNOT", "../annot")  # verdicts quote third-party text: kept outside the repo
base = load(f"{A}/test{N}_base/actors50_verdicts.jsonl")
k = lambda a: (a["name"], a.get("kind"), a.get("country"), a.get("sector"))
judged = {k(a): a for a in base}
src = f"/tmp/final{N}"; arts = {a["id"]: a for a in load(f"{src}/articles.jsonl")}
actors = load(f"{src}/actors.jsonl"); picked = random.Random(13).sample(actors, min(50, len(actors)))
os.makedirs(f"{A}/test{N}", exist_ok=True)
if cmd == "prep":
    need = []
    for i, a in enumerate(picked):
        if k(a) in judged: continue
        ctx = []
        for aid in a.get("article_ids", [])[:3]:
            t = (arts.get(aid) or {}).get("text") or ""
            for v in sorted(a.get("variants") or [a["name"]], key=len, reverse=True):
                m = re.search(re.escape(v), t)
                if m: ctx.append({"article_id": aid, "context": t[max(0, m.start()-250): m.end()+250]}); break
        need.append({"idx": i, "name": a["name"], "kind": a.get("kind"), "country": a.get("country"), "sector": a.get("sector"),
                     "variants": a.get("variants"), "roles": a.get("roles"), "contexts": ctx, "verdict_kind": "",
                     "verdict_name": "", "verdict_country": "", "verdict_sector": "", "right_kind_and_name": "", "note": ""})
    dump(need, f"{A}/test{N}/actors50.jsonl"); print(50 - len(need), "inherited,", len(need), "to judge")
else:
    new = {v["idx"]: v for v in load(f"{A}/test{N}/actors50_verdicts.jsonl")} if os.path.exists(f"{A}/test{N}/actors50_verdicts.jsonl") else {}
    rows = [judged.get(k(a)) or new.get(i) for i, a in enumerate(picked)]
    ok = lambda r: str(r["right_kind_and_name"]).lower() in ("yes", "true")
    print("base", sum(ok(r) for r in base), "/", len(base), "; after", sum(ok(r) for r in rows if r), "/", len(rows), "unjudged", sum(r is None for r in rows))
