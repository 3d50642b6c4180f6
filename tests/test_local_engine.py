"""The local engine: worker processes give the inline engine's analyses, also across worker recycling."""

from __future__ import annotations

from conftest import EXAMPLES


def _raws():
    from dossier.ingest import RawDocument, read_inputs

    return [r for r in read_inputs([EXAMPLES]) if isinstance(r, RawDocument)]


def _key(results):
    from dossier.records import SkippedItem, to_dict

    return [("skip", r.source, r.reason) if isinstance(r, SkippedItem)
            else (r.article.id, to_dict(r)) for batch in results for r in batch]


def test_recycled_workers_give_the_same_analyses_in_order(monkeypatch):
    from dossier.scale import local

    raws = _raws()
    batches = [raws[i:i + 6] for i in range(0, len(raws), 6)]
    inline = local.LocalEngine(workers=1)
    try:
        expected = list(inline.map(batches))
    finally:
        inline.close()
    monkeypatch.setattr(local, "RECYCLE_TASKS", 1)  # a fresh worker process for every task
    engine = local.LocalEngine(workers=2)
    try:
        got = list(engine.map(batches))
    finally:
        engine.close()
    assert len(batches) >= 3
    assert _key(got) == _key(expected)
    assert engine.peak_worker_rss_mb > 0


def test_a_batch_is_dealt_to_every_worker_in_order():
    from dossier.scale.local import MIN_PART, parts

    batch = list(range(64))
    assert parts(batch, 2) == [batch[:32], batch[32:]]
    assert [len(p) for p in parts(list(range(65)), 3)] == [22, 22, 21]
    assert parts(list(range(MIN_PART + 3)), 2) == [list(range(MIN_PART + 3))]  # too small to split
    assert parts([], 2) == [[]]
    for n in (1, 17, 33, 64, 100):
        for w in (1, 2, 4):
            got = parts(list(range(n)), w)
            assert sum(got, []) == list(range(n)) and len(got) <= w
