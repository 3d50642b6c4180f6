import json
CRIT = ("event", "type", "actors", "recipients", "mode", "date", "background")

def load(p):
    return [json.loads(l) for l in open(p) if l.strip()]

def dump(rows, p):
    with open(p, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def refs(rs):
    return [{"name": r.get("name"), "text": r.get("text"), "country": r.get("country"), "sector": r.get("sector")} for r in rs]

def blind(r, idx):
    out = {"idx": idx, "type": r["type"], "mode": r["mode"], "actors": refs(r["actors"]),
           "recipients": refs(r["recipients"]), "date": r["date"], "date_end": r.get("date_end"),
           "background": r["background"],
           "quotes": [{"article_id": q["article_id"], "outlet": q.get("outlet"), "published": q.get("published"),
                       "quote": q["quote"]} for q in r["quotes"]]}
    out.update({f"verdict_{c}": "" for c in CRIT}); out["accepted"] = ""; out["note"] = ""
    return out

def key(r):
    k = lambda rs: tuple(sorted((x.get("name") or x.get("text") or "", x.get("country") or "", x.get("sector") or "") for x in rs))
    q = r["quotes"][0] if r["quotes"] else {}
    return (r["type"], r["mode"], k(r["actors"]), k(r["recipients"]), r["date"], r.get("date_end"), bool(r["background"]),
            q.get("article_id"), q.get("quote"))

def accepted(r):
    a = str(r.get("accepted") or "").strip().lower()
    if a:
        return a in ("ok", "yes", "y", "true", "1", "accepted")
    return all(str(r.get(f"verdict_{c}") or "").lower() in ("ok", "n/a") for c in CRIT)

def tally(rows, label):
    acc = sum(accepted(r) for r in rows)
    wrong = {c: sum(1 for r in rows if str(r.get(f"verdict_{c}") or "").strip().lower() == "wrong") for c in CRIT}
    return f"{label}: accepted {acc}/{len(rows)} ({acc/max(len(rows),1):.0%}); wrong " + " ".join(f"{c} {n}" for c, n in wrong.items())
