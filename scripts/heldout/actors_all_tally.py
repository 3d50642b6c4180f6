"""actors_all_tally.py ACTORS_JSONL VERDICTS_JSONL...: share of exported actors judged right in kind and name, by
matching each actor to a verdict on the same (name, kind, country, sector, variants); also the seed-13 draw of 50
(as prep_blind.py draws it) and the actors no verdict covers (to be judged blind, e.g. after a round)."""
import collections, json, random, sys

load = lambda p: [json.loads(l) for l in open(p)]  # noqa: E731
key = lambda a: (a["name"], a.get("kind"), a.get("country"), a.get("sector"), tuple(sorted(a.get("variants") or [])))  # noqa: E731
actors = load(sys.argv[1])
verdicts = {key(r): r for f in sys.argv[2:] for r in load(f)}
judged = [verdicts[key(a)] for a in actors if key(a) in verdicts]
unjudged = [a["name"] for a in actors if key(a) not in verdicts]
right = collections.Counter(v["right_kind_and_name"] for v in judged)
print(f"all: {right['yes']}/{len(judged)} right in kind and name ({right['yes'] / max(1, len(judged)):.3f}); "
      f"country {dict(collections.Counter(v['verdict_country'] for v in judged))}")
draw = random.Random(13).sample(actors, min(50, len(actors)))
print("draw of 50:", dict(collections.Counter((verdicts.get(key(a)) or {}).get("right_kind_and_name", "unjudged")
                                              for a in draw)))
if unjudged:
    print(f"unjudged ({len(unjudged)}):", "; ".join(unjudged))
