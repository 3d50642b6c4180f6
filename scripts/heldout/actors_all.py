"""actors_all.py OUT_DIR ARTICLES_JSONL ACTORS_JSONL K: every exported actor, with up to three contexts, shuffled
(seed 5) and split into K files ``actors_all_{k}.jsonl`` for K analysts (instructions/auditor_actors.md with the
input and output names changed). From 2026-12-03 the whole set is judged, not a draw of 50: the share of all actors
right is steadier, and an after run's actors identical to judged ones keep their verdicts (``actors_all_tally.py``)."""
import json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blindlib import actor_row  # noqa: E402

out_dir, arts_path, actors_path, k = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
arts = {json.loads(l)["id"]: json.loads(l) for l in open(arts_path)}
actors = [json.loads(l) for l in open(actors_path)]
random.Random(5).shuffle(actors)
rows = [actor_row(a, i, arts) for i, a in enumerate(actors)]
os.makedirs(out_dir, exist_ok=True)
for j in range(k):
    with open(f"{out_dir}/actors_all_{j}.jsonl", "w", encoding="utf-8") as f:
        for r in rows[j::k]:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "actors in", k, "files")
