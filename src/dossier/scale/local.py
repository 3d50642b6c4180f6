"""The local engine: per-article work in worker processes, the model loaded once in each."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from dossier.ingest import RawDocument
from dossier.records import Analysis, SkippedItem
from dossier.scale.work import ArticleWorker

_worker: ArticleWorker | None = None


def _init(kb_paths: tuple[str, ...]) -> None:
    global _worker
    os.environ["OMP_NUM_THREADS"] = "1"
    _worker = ArticleWorker(kb_paths)


def _run(batch: list[RawDocument]) -> list[Analysis | SkippedItem]:
    assert _worker is not None
    return _worker(batch)


class LocalEngine:
    """Maps :class:`ArticleWorker` over batches; ``workers=1`` stays in this process."""

    def __init__(self, workers: int | None = None, kb_paths: tuple[str, ...] = ()) -> None:
        self.workers = workers if workers is not None else max(1, min(os.cpu_count() or 1, 4))
        self.kb_paths = kb_paths
        self._pool = None
        self._inline: ArticleWorker | None = None

    def map(self, batches: Iterable[list[RawDocument]]) -> Iterator[list[Analysis | SkippedItem]]:
        if self.workers <= 1:
            if self._inline is None:
                self._inline = ArticleWorker(self.kb_paths)
            for batch in batches:
                yield self._inline(batch)
            return
        if self._pool is None:
            import multiprocessing as mp

            ctx = mp.get_context("spawn" if os.name != "posix" else "forkserver")
            self._pool = ctx.Pool(self.workers, initializer=_init, initargs=(self.kb_paths,))
        yield from self._pool.imap(_run, batches)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None
