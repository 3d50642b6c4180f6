"""Per-article CPU time of each extraction stage (mentions, time expressions, events) and of the spaCy pass,
over N bench-corpus articles in one process (the first 20 warm the caches and are not counted).

    OMP_NUM_THREADS=1 .venv/bin/python scripts/stage_times.py 200

Issue 16 asks what each stage costs per article; `dossier bench` reports the stages summed over workers, this
splits `extract` into its parts."""
import time, sys
from dossier.eval.bench_corpus import generate
from dossier.ingest import RawDocument, build_article
from dossier.nlp.analyse import _anchor
from dossier.nlp.docview import know_text
from dossier.nlp.entities import entity_mentions
from dossier.nlp.timex import extract_timexes
from dossier.nlp.events import extract_events
from dossier.nlp.model import load
N = int(sys.argv[1]) if len(sys.argv) > 1 else 200
recs = [r for r, _ in generate(N, 7)]
nlp = load(())
arts = [build_article(RawDocument(source=f"x{i}", format="jsonl", body=r["text"], fields={k: v for k, v in r.items() if k != "text"})) for i, r in enumerate(recs)]
t = time.process_time(); docs = list(nlp.pipe([a.text for a in arts], batch_size=8)); ts = time.process_time() - t
T = {"ents": 0.0, "timex": 0.0, "events": 0.0}
for k, (a, d) in enumerate(zip(arts, docs)):
    if k == 20: T = {x: 0.0 for x in T}
    know_text(d, a.text)
    t0 = time.process_time(); m = entity_mentions(d, a); t1 = time.process_time()
    tx = extract_timexes(d, a.id, _anchor(a)); t2 = time.process_time()
    ev = extract_events(d, a.id, m, tx, a.published); t3 = time.process_time()
    T["ents"] += t1 - t0; T["timex"] += t2 - t1; T["events"] += t3 - t2
n = N - 20
print(f"spacy {ts/N*1000:.1f} ms; " + "; ".join(f"{k} {v/n*1000:.1f} ms" for k, v in T.items()), f"total extract {sum(T.values())/n*1000:.1f}")
