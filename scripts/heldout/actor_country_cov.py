"""actor_country_cov.py EVENTS_JSONL [ACTORS_JSONL]: of the canonical actors that take part in the exported
(default-view) events, the share with a country; international bodies and their officers (sector IGO, no country
by nature) are counted apart. country_cov.py counts references instead (an unnamed "the military" counts there)."""
import json, sys

ids, igo, with_country = {}, set(), set()
for l in open(sys.argv[1]):
    e = json.loads(l)
    for r in e["actors"] + e["recipients"]:
        if not r.get("actor_id"):
            continue
        ids[r["actor_id"]] = r["name"]
        if r.get("country"):
            with_country.add(r["actor_id"])
        elif r.get("sector") == "IGO":
            igo.add(r["actor_id"])
n = len(ids)
print(f"canonical actors in exported events {n}, with country {len(with_country)} ({len(with_country) / max(n, 1):.1%}); "
      f"IGO without country {len(igo)}; of the rest {len(with_country) / max(n - len(igo), 1):.1%}")
