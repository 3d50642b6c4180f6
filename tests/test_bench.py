"""The synthetic bench corpus: exact size, deterministic, news-like story sizes and wire copies."""

from __future__ import annotations

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

    out = link_scaling([200, 400], batch=10)
    assert set(out) == {"200", "400"}
    assert all(v > 0 for v in out.values())
