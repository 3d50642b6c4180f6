import json
import re
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
    if r.get("date_source") == "published":  # shown as the UI and exports show it
        out["date_basis"] = "publication day: no sentence of the reports states a time for it"
    out.update({f"verdict_{c}": "" for c in CRIT}); out["accepted"] = ""; out["note"] = ""
    return out

def _straight(s):
    # article building writes apostrophes inside words straight since 6928dd4: a row is the same row either way
    return s.replace("\u2019", "'").replace("\u02bc", "'") if isinstance(s, str) else s

def key(r):
    k = lambda rs: tuple(sorted((_straight(x.get("name") or x.get("text") or ""), x.get("country") or "", x.get("sector") or "") for x in rs))
    q = r["quotes"][0] if r["quotes"] else {}
    return (r["type"], r["mode"], k(r["actors"]), k(r["recipients"]), r["date"], r.get("date_end"), bool(r["background"]),
            q.get("article_id"), _straight(q.get("quote")))

def accepted(r):
    a = str(r.get("accepted") or "").strip().lower()
    if a:
        return a in ("ok", "yes", "y", "true", "1", "accepted")
    return all(str(r.get(f"verdict_{c}") or "").lower() in ("ok", "n/a") for c in CRIT)

def tally(rows, label):
    acc = sum(accepted(r) for r in rows)
    wrong = {c: sum(1 for r in rows if str(r.get(f"verdict_{c}") or "").strip().lower() == "wrong") for c in CRIT}
    return f"{label}: accepted {acc}/{len(rows)} ({acc/max(len(rows),1):.0%}); wrong " + " ".join(f"{c} {n}" for c, n in wrong.items())

def actor_row(a, idx, arts):
    """An exported actor as an analyst judges it: its fields, up to three contexts (250 characters around the
    longest variant found in each of its first three articles) and blank verdicts."""
    ctx = []
    for aid in a.get("article_ids", [])[:3]:
        t = (arts.get(aid) or {}).get("text") or ""
        for v in sorted(a.get("variants") or [a["name"]], key=len, reverse=True):
            m = re.search(re.escape(v), t)
            if m:
                ctx.append({"article_id": aid, "context": t[max(0, m.start() - 250): m.end() + 250]}); break
    return {"idx": idx, "name": a["name"], "kind": a.get("kind"), "country": a.get("country"), "sector": a.get("sector"),
            "variants": a.get("variants"), "roles": a.get("roles"), "contexts": ctx,
            "verdict_kind": "", "verdict_name": "", "verdict_country": "", "verdict_sector": "",
            "right_kind_and_name": "", "note": ""}
