"""Share of actor/recipient references in exported events that carry a country (IGO refs counted apart)."""
import json, sys
n = c = igo = 0
for l in open(sys.argv[1]):
    if not l.strip(): continue
    e = json.loads(l)
    for r in e["actors"] + e["recipients"]:
        n += 1
        if r.get("country"): c += 1
        elif r.get("sector") == "IGO": igo += 1
print(f"refs {n}, with country {c} ({c/max(n,1):.1%}); IGO without country {igo}; country or IGO {(c+igo)/max(n,1):.1%}")
