"""CPU time per article of everything after spaCy (``analyse_doc``: mentions, time expressions, events), over N
bench-corpus articles parsed once in one process, timed twice (the first pass also reads the lazily loaded tables).

    OMP_NUM_THREADS=1 .venv/bin/python scripts/extract_times.py 120 LABEL

Run it for two codes in turn (PYTHONPATH=<worktree>/src for the other) and compare the second figures: issue 20's
bench ratio moves with the extraction stage's cost."""
import time, sys
from dossier.eval.bench_corpus import generate
from dossier.ingest import RawDocument, build_article
from dossier.nlp.analyse import analyse_doc
from dossier.nlp.docview import know_text
from dossier.nlp.model import load
N = int(sys.argv[1])
recs = [r for r, _ in generate(N, 7)]
nlp = load(())
arts = [build_article(RawDocument(source=f"x{i}", format="jsonl", body=r["text"], fields={k: v for k, v in r.items() if k != "text"})) for i, r in enumerate(recs)]
texts=[a.text for a in arts]
res=[]
for rep in range(2):
    docs = list(nlp.pipe(texts, batch_size=8))
    t = time.process_time()
    for a, d in zip(arts, docs):
        know_text(d, a.text); analyse_doc(a, d)
    res.append((time.process_time() - t)/N*1000)
print(sys.argv[2], " ".join(f"{x:.1f}" for x in res), "ms/article")
