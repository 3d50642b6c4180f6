"""actors_all.py OUT_DIR ARTICLES_JSONL ACTORS_JSONL K: every exported actor, with up to three contexts, shuffled
(seed 5) and split into K files ``actors_all_{k}.jsonl`` for K analysts (instructions/auditor_actors.md with the
input and output names changed). From 2026-12-03 the whole set is judged, not a draw of 50: the share of all actors
right is steadier, and an after run's actors identical to judged ones keep their verdicts (``actors_all_tally.py``)."""
import json, os, random, re, sys

out_dir, arts_path, actors_path, k = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
arts = {json.loads(l)["id"]: json.loads(l) for l in open(arts_path)}
actors = [json.loads(l) for l in open(actors_path)]
random.Random(5).shuffle(actors)
rows = []
for i, a in enumerate(actors):
    ctx = []
    for aid in a.get("article_ids", [])[:3]:
        t = (arts.get(aid) or {}).get("text") or ""
        for v in sorted(a.get("variants") or [a["name"]], key=len, reverse=True):
            m = re.search(re.escape(v), t)
            if m:
                ctx.append({"article_id": aid, "context": t[max(0, m.start() - 250): m.end() + 250]})
                break
    rows.append({"idx": i, "name": a["name"], "kind": a.get("kind"), "country": a.get("country"),
                 "sector": a.get("sector"), "variants": a.get("variants"), "roles": a.get("roles"), "contexts": ctx,
                 "verdict_kind": "", "verdict_name": "", "verdict_country": "", "verdict_sector": "",
                 "right_kind_and_name": "", "note": ""})
os.makedirs(out_dir, exist_ok=True)
for j in range(k):
    with open(f"{out_dir}/actors_all_{j}.jsonl", "w", encoding="utf-8") as f:
        for r in rows[j::k]:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "actors in", k, "files")
