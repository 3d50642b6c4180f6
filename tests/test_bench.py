"""The synthetic bench corpus: exact size, deterministic, news-like story sizes and wire copies."""

from __future__ import annotations

import os
import time
from collections import Counter


def test_corpus_is_deterministic_and_news_shaped():
    from dossier.eval.bench_corpus import generate

    recs = list(generate(3000, seed=3))
    assert len(recs) == 3000
    assert [r["id"] for r, _ in recs] == [r["id"] for r, _ in generate(3000, seed=3)]
    assert len({r["id"] for r, _ in recs}) == 3000
    sizes = Counter(p.id for _, p in recs)
    singles = sum(1 for v in sizes.values() if v == 1)
    assert singles / len(sizes) > 0.3 and max(sizes.values()) >= 10  # many one-offs, a few big stories
    texts = Counter(r["text"] for r, _ in recs)
    assert any(c > 1 for c in texts.values())  # verbatim wire copies exist
    assert len({r["outlet"] for r, _ in recs}) >= 10
    days = sorted({r["published"] for r, _ in recs})
    assert len(days) >= 10  # dates advance with the corpus
    assert all("{" not in r["text"] and "{" not in r["title"] for r, _ in recs)  # every slot filled


def test_link_scaling_reports_each_size():
    from dossier.eval.bench import link_scaling

    out = link_scaling([200, 400], batch=10, turns=3)
    assert set(out) == {"200", "400", "detail", "growth", "stories_b3"}
    # every linked article scored against the generator's stories
    assert out["stories_b3"]["gold_stories"] > 1 and 0 < out["stories_b3"]["f1"] <= 1
    assert out["200"] > 0 and out["400"] > 0
    for size in ("200", "400"):  # every timed turn reported, the figure their median
        d = out["detail"][size]
        assert len(d["wall_ms_turns"]) == 3 and len(d["cpu_ms_turns"]) == 3
        assert d["wall_ms_median"] == out[size] == sorted(d["wall_ms_turns"])[1]
        assert d["stored_to"] - d["stored_from"] == 3 * 10 * 8  # three turns of REBUILD_EVERY batches
    assert out["growth"]["wall"] == round(out["400"] / out["200"], 3)


def test_article_lengths_look_like_news_bodies():
    import statistics

    from dossier.eval.bench_corpus import generate

    lengths = sorted(len(r["text"]) for r, _ in generate(2000, seed=5))
    # real article bodies (AEB gold): median 3.2 kB, quartiles 1.9 and 4.9 kB
    assert 2500 < statistics.median(lengths) < 4000
    assert lengths[len(lengths) // 4] < 2600 and lengths[3 * len(lengths) // 4] > 4000


def test_bench_reports_story_quality_and_linking_memory():
    from dossier.eval.bench import run_bench

    out = run_bench(articles=40, workers=1, link_sizes=[100], link_batch=10)
    b3 = out["pipeline"]["stories_b3"]
    assert 0 < b3["p"] <= 1 and 0 < b3["r"] <= 1
    assert out["ratio_vs_spacy"] > 0 and out["link_scaling_peak_rss_mb"] > 0
    # the workers start before the clock (as the reference loads its model before its own); start-up reported
    assert out["pipeline"]["worker_start_seconds"] >= 0
    assert 0 < out["ratio_vs_spacy_with_start"] <= out["ratio_vs_spacy"]
    assert set(out["link_ms_per_article"]) == {"100"}
    mem = out["pipeline"]["memory_all_processes_mb"]  # sampled while the pipeline ran, this process included
    assert mem["processes_at_peak"] >= 1 and mem["peak_rss"] >= mem["peak_pss"] > 0
    assert mem["samples"] and mem["samples"][-1][1] <= 40


def test_tree_memory_counts_child_processes():
    import subprocess
    import sys

    from dossier.eval.serve_load import cpu_seconds, tree_memory_mb

    alone = tree_memory_mb(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "import time; x = bytearray(200 * 2**20); time.sleep(30)"])
    try:
        for _ in range(100):  # until the child has its 200 MB
            both = tree_memory_mb(os.getpid())
            if both["rss"] - alone["rss"] > 150:
                break
            time.sleep(0.1)
        assert both["processes"] == alone["processes"] + 1 and both["rss"] - alone["rss"] > 150
    finally:
        child.kill()
        child.wait()
    assert cpu_seconds(os.getpid()) > 0


def test_serve_phase_loads_every_endpoint_of_the_store_it_built(tmp_path):
    """``bench --serve``: the linking-scale store (with synthetic events) served under concurrent clients;
    every endpoint answered without error, the server's memory sampled."""
    from dossier.eval.bench import link_scaling

    out = link_scaling([100], batch=20, db=str(tmp_path / "s.duckdb"), serve={"seconds": 2, "clients": 2})
    (served,) = out["serve"].values()
    assert served["errors"] == 0, served["error_kinds"]
    expected = {"articles", "articles_after", "stories", "events", "events_actor", "stories_actor", "actors",
                "actor_page", "story_page", "event_page", "article_page", "disagreements", "timeline_actor"}
    assert expected <= set(served["endpoints"])
    assert all(e["requests"] > 0 for e in served["endpoints"].values())
    assert served["serve_rss_mb"]["samples_every_0_5s"] and served["serve_rss_mb"]["max"] > 0


def test_engine_started_early_keeps_its_workers_for_the_batches():
    from dossier.ingest import RawDocument
    from dossier.scale.local import LocalEngine

    eng = LocalEngine(workers=2)
    try:
        eng.start()
        pool = eng._pool
        assert pool is not None
        docs = [RawDocument(source=f"s{i}", format="jsonl", body="Officials met in Geneva on Monday to talk about "
                            "the border. " * 5, fields={"title": f"T{i}", "published": "2024-05-06"})
                for i in range(2)]
        out = [r for batch in eng.map([docs[:1], docs[1:]]) for r in batch]
        assert len(out) == 2 and eng._pool is pool  # the batches went to the workers started first
    finally:
        eng.close()
