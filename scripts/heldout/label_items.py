"""label_items.py: event mentions of real-news sets for annotators, and their answers joined back into training files.

    python scripts/heldout/label_items.py items roles|dates OUT_DIR BATCHES SET...   (e.g. ... roles ../annot/roles 6 67 68)
    python scripts/heldout/label_items.py merge roles|dates OUT_DIR

``items`` analyses every article of ``$REALNEWS/testN`` with the code on PYTHONPATH and writes ``items_K.jsonl``
(what the annotator sees: the sentence with the trigger marked, the type, for dates the article's id and known
publication date) and ``key.json`` (where each item sits in the article as dossier builds it). roles: the
mentions the default view shows (confidence >= 0.55), a random 300 per batch. dates: those that are not
background, not dated by a time expression of their own, in articles with a known publication date, whole articles
per batch. The annotators' instructions: ``instructions/roles_TEMPLATE.md``, ``instructions/dates_TEMPLATE.md``
(K = the batch). ``merge`` joins ``labels_K.jsonl`` to the key: ``gold_roles.jsonl`` (``role_train.py
--realnews-roles``) or ``gold_dates.jsonl`` (``make train-report-day``; a label whose basis says it used outside
knowledge is left out). Everything here quotes third-party text: keep OUT_DIR outside the repository."""
import hashlib
import json
import os
import random
import sys
from pathlib import Path

REALNEWS = Path(os.environ.get("REALNEWS", "../realnews"))
PER_BATCH = 300


def _mentions(sets):
    os.environ.setdefault("DOSSIER_EMBEDDINGS", "off")
    from dossier.ingest import RawDocument, build_article
    from dossier.nlp.analyse import analyse_doc
    from dossier.nlp.model import load

    nlp = load()
    for n in sets:
        for line in (REALNEWS / f"test{n}" / "articles.jsonl").read_text("utf-8").splitlines():
            a = json.loads(line)
            try:
                art = build_article(RawDocument(source=a["id"], format="jsonl", body=a["text"], fields=a))
            except Exception:  # noqa: BLE001 -- an article the ingester refuses has no mentions to label
                continue
            an = analyse_doc(art, nlp(art.text))
            for e in an.events:
                yield n, art, e


def _marked(it):
    s, a, b = it["sentence"], it["ts"] - it["s0"], it["te"] - it["s0"]
    return s[:a] + "\u27e6" + s[a:b] + "\u27e7" + s[b:]


def items(kind, out, batches, sets):
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for n, art, e in _mentions(sets):
        if e.confidence < 0.55:
            continue
        if kind == "dates" and (e.background or e.date_source == "timex" or not art.published):
            continue
        text = art.text
        rows.append({"set": n, "article_id": art.id, "type": e.type, "ts": e.trigger_start, "te": e.trigger_end,
                     "s0": e.sentence_start, "s1": e.sentence_end, "sentence": text[e.sentence_start:e.sentence_end],
                     "prev": text[max(0, e.sentence_start - 300):e.sentence_start], "published": art.published,
                     "date": e.date, "date_source": e.date_source})
    key, shown = {}, [[] for _ in range(batches)]
    if kind == "roles":
        random.Random(26).shuffle(rows)
        rows = rows[:PER_BATCH * batches]
        for i, it in enumerate(rows):
            it["id"] = f"r{i:04d}"
            shown[i // PER_BATCH].append({"id": it["id"], "context": it["prev"], "sentence": _marked(it),
                                          "type": it["type"]})
    else:  # whole articles per batch, batches of about equal size
        by_art = {}
        for it in rows:
            by_art.setdefault((it["set"], it["article_id"]), []).append(it)
        i = 0
        for arts in by_art.values():
            k = min(range(batches), key=lambda b: len(shown[b]))
            for it in arts:
                it["id"] = f"d{i:04d}"
                i += 1
                shown[k].append({"id": it["id"], "set": f"test{it['set']}", "article_id": it["article_id"],
                                 "published": it["published"], "type": it["type"], "sentence": _marked(it)})
    for it in rows:
        key[it["id"]] = it
    for k, part in enumerate(shown):
        with (out / f"items_{k}.jsonl").open("w", encoding="utf-8") as fh:
            for it in part:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    (out / "key.json").write_text(json.dumps(key, ensure_ascii=False), "utf-8")
    print(len(rows), "items in", batches, "batches")


def merge(kind, out):
    key = json.loads((out / "key.json").read_text("utf-8"))
    dst = out / ("gold_roles.jsonl" if kind == "roles" else "gold_dates.jsonl")
    n = skipped = 0
    with dst.open("w", encoding="utf-8") as fh:
        for path in sorted(out.glob("labels_*.jsonl")):
            for line in path.read_text("utf-8").splitlines():
                if not line.strip():
                    continue
                d = json.loads(line)
                it = key.get(d["id"])
                if it is None:
                    skipped += 1
                    continue
                sha = hashlib.sha1(it["sentence"].encode("utf-8")).hexdigest()[:12]
                row = {"id": d["id"], "set": it["set"], "article_id": it["article_id"], "type": it["type"], "sha1": sha}
                if kind == "roles":
                    s = it["sentence"]
                    row.update(s0=it["s0"], s1=it["s1"], ts=it["ts"], te=it["te"], is_event=d.get("is_event"),
                               actors=[t for t in d.get("actors") or [] if t and t in s],
                               recipients=[t for t in d.get("recipients") or [] if t and t in s])
                else:
                    if "outside knowledge" in (d.get("basis") or "").lower():
                        skipped += 1
                        continue
                    row.update(trigger_start=it["ts"], date=d.get("date"), kind=d.get("kind"), basis=d.get("basis"),
                               rules_date=it["date"], rules_source=it["date_source"], published=it["published"])
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    print(n, "labels ->", dst, f"({skipped} left out)")


if __name__ == "__main__":
    cmd, kind, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    if cmd == "items":
        items(kind, out, int(sys.argv[4]), sys.argv[5:])
    else:
        merge(kind, out)
