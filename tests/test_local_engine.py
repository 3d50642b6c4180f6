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
    monkeypatch.setattr(local, "RECYCLE_BATCHES", 1)  # a fresh worker process for every batch
    engine = local.LocalEngine(workers=2)
    try:
        got = list(engine.map(batches))
    finally:
        engine.close()
    assert len(batches) >= 3
    assert _key(got) == _key(expected)
    assert engine.peak_worker_rss_mb > 0
