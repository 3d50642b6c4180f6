"""The end-to-end pipeline: read -> build + analyse (parallel) -> dedupe -> resolve -> store -> link.

Work is streamed in batches and each batch is committed in one transaction,
so memory stays flat and an interrupted run resumes where it stopped: items
already in the store are skipped before any work is spent on them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dossier.ingest import RawDocument, article_id, read_inputs
from dossier.ingest.dedup import Syndication
from dossier.link import Linker
from dossier.link.linker import REBUILD_EVERY, REBUILD_GROWTH
from dossier.records import Analysis, IngestReport, SkippedItem
from dossier.resolve import Resolver, load_kb
from dossier.store.base import SQLStore

BATCH = 64


def _batches(items: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    batch: list[RawDocument] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Pipeline:
    def __init__(self, store: SQLStore, *, engine: str = "local", workers: int | None = None,
                 kb_paths: Iterable[str | Path] = (), batch_size: int = BATCH) -> None:
        self.store = store
        self.kb_paths = tuple(str(p) for p in kb_paths)
        self.batch_size = batch_size
        self.engine_name = engine
        self.workers = workers
        # without their article lists: the store keeps those (the resolver appends the articles of this run)
        self.resolver = Resolver(load_kb(self.kb_paths), store.list_actors(article_ids=0))
        # events of touched stories are re-merged every 8 batches and at the end of the run, not per batch:
        # a big story's articles arrive over many batches
        self.linker = Linker(store, rebuild_every=REBUILD_EVERY, rebuild_growth=REBUILD_GROWTH)
        self.syndication = Syndication(store)  # wire copies / near-duplicates (MinHash LSH)

    def _engine(self):
        if self.engine_name == "ray":
            from dossier.scale.ray_engine import RayEngine

            return RayEngine(kb_paths=self.kb_paths, workers=self.workers)
        from dossier.scale.local import LocalEngine

        return LocalEngine(self.workers, self.kb_paths)

    def ingest(self, paths: Iterable[str | Path], *,
               progress: Callable[[int], None] | None = None) -> IngestReport:
        started = time.perf_counter()
        report = IngestReport()

        def fresh() -> Iterator[RawDocument]:
            pending: list[RawDocument] = []

            def flush() -> Iterator[RawDocument]:
                known = self.store.known_ids(article_id(r) for r in pending)
                for r in pending:
                    if article_id(r) in known:
                        report.already_known += 1
                        if progress:
                            progress(1)
                    else:
                        yield r
                pending.clear()

            for item in read_inputs(paths):
                if isinstance(item, SkippedItem):
                    report.skipped.append(item)
                    if progress:
                        progress(1)
                    continue
                pending.append(item)
                if len(pending) >= 256:
                    yield from flush()
            yield from flush()

        engine = self._engine()
        try:
            with self.store.hold():
                for results in engine.map(_batches(fresh(), self.batch_size)):
                    self._commit(results, report)
                    if progress:
                        progress(len(results))
        finally:
            engine.close()
        # the workers (a spaCy pipeline each) are gone before the waiting stories are re-merged: that last
        # step runs in this process alone
        with self.store.hold():
            self.linker.flush()
        report.seconds = time.perf_counter() - started
        counts = self.store.counts()
        report.stories, report.events, report.actors = counts["stories"], counts["events"], counts["actors"]
        return report

    def _commit(self, results: list[Analysis | SkippedItem], report: IngestReport) -> None:
        analyses: list[Analysis] = []
        for r in results:
            if isinstance(r, SkippedItem):
                report.skipped.append(r)
            else:
                analyses.append(r)
        if not analyses:
            return
        with self.store.session():
            self._commit_batch(analyses, report)

    def _commit_batch(self, analyses: list[Analysis], report: IngestReport) -> None:
        # ids seen in this batch already (the same item twice in one run)
        seen: dict[str, str] = {}
        by_hash = self.store.ids_by_hash(a.article.content_hash for a in analyses)
        known = self.store.known_ids(a.article.id for a in analyses)
        unique: list[Analysis] = []
        for an in analyses:
            art = an.article
            if art.id in seen or art.id in known:
                report.already_known += 1
                continue
            original = by_hash.get(art.content_hash) or seen.get(art.content_hash) or self.syndication.check(art)
            if original and original != art.id:
                art.duplicate_of = original
                report.duplicates += 1
            seen[art.id] = art.id
            seen.setdefault(art.content_hash, art.id)
            unique.append(an)
        for an in unique:
            self.resolver.resolve(an)
            report.mentions += len(an.mentions)
            report.timexes += len(an.timexes)
            report.event_mentions += len(an.events)
        with self.store.transaction():
            self.store.write_analyses(unique)
            self.syndication.save()
            self.store.upsert_actors(self.resolver.take_changed())
            self.linker.update(unique)
        report.added += len(unique)


def ingest(paths: Iterable[str | Path], store: SQLStore, **kwargs) -> IngestReport:
    return Pipeline(store, **kwargs).ingest(paths)
