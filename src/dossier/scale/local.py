"""The local engine: per-article work in worker processes, the model loaded once in each.

Workers start with ``forkserver`` so that they do not inherit the parent's
memory (a store connection, a loaded model, the bench's texts) and each loads
the spaCy pipeline once in its initializer. Batches go out with ``apply_async`` so
results come back in input order, with at most ``2 * workers + 1`` batches in
flight (``Pool.imap`` would read the whole input ahead into its queue), so
memory stays flat however large the input.

Each batch is dealt out in parts, one per worker (parts of at least ``MIN_PART``
articles): a batch of 64 goes to two workers as two tasks of 32, so the last batches
of a run keep both busy. Whole batches left a worker idle for up to one batch at the
end: in an 800-article bench (13 batches) about a batch's time, 6-7% of the run.

Workers are replaced after ``RECYCLE_TASKS`` tasks: a long-lived spaCy
process keeps growing (every new string enters the vocabulary's StringStore,
and freed arenas are not all returned), which the 20 000-article bench saw as
workers of 1.1 GB against 0.77 GB at 2 000; reloading the model costs a few
seconds per several thousand articles. In the full 100 000-article ingest of
2026-12-05 a worker replaced every 6 400 articles still peaked at 591 MB and all
processes together at 2 088 MB, over the 2 GB budget: every 3 200 now.

After each batch a worker hands the memory it freed back to the system
(:func:`release_freed_memory`, glibc's ``malloc_trim``): parsing a batch
allocates a few hundred MB that Python and spaCy free again, but glibc keeps
the freed pages in the process's heap, so a worker sat at 590-650 MB after its
first batch of 64 bench articles and at 240-260 MB with the trim (180 MB with
the model loaded and nothing parsed). No library does this one call; ctypes
reaches it where glibc is the C library and it is skipped elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from dossier.ingest import RawDocument
from dossier.records import Analysis, SkippedItem
from dossier.scale.work import ArticleWorker, tune_collector

_worker: ArticleWorker | None = None
RECYCLE_TASKS = 100  # 3 200 articles: parts of 32 (the pipeline's batches of 64 over two workers)
MIN_PART = 16  # articles: no part smaller (spaCy parses 8 at a time in a worker)


def peak_rss_self_mb() -> float | None:
    """This process's own peak RSS (Linux VmHWM). ``ru_maxrss`` survives exec, so a spawned child
    would report its parent's peak when that is larger."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


_TRIM: Any = None


def release_freed_memory() -> None:
    """Return the heap pages freed since the last call to the system (glibc ``malloc_trim``; a no-op where
    the C library is not glibc)."""
    global _TRIM
    if _TRIM is None:
        try:
            import ctypes

            _TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _TRIM = False
    if _TRIM:
        _TRIM(0)


def parts(batch: list, workers: int) -> list[list]:
    """``batch`` cut into at most ``workers`` parts of nearly equal size, none under ``MIN_PART`` articles
    (in order: the parts' results joined give the batch's)."""
    k = max(1, min(workers, len(batch) // MIN_PART))
    size, extra = divmod(len(batch), k)
    out, start = [], 0
    for i in range(k):
        end = start + size + (1 if i < extra else 0)
        out.append(batch[start:end])
        start = end
    return out


def _init(kb_paths: tuple[str, ...]) -> None:
    global _worker
    os.environ["OMP_NUM_THREADS"] = "1"
    _worker = ArticleWorker(kb_paths)
    tune_collector()


def _run(batch: list[RawDocument]) -> tuple[list[Analysis | SkippedItem], dict[str, float]]:
    assert _worker is not None
    import resource

    before = dict(_worker.timings)
    out = _worker(batch)
    release_freed_memory()
    timings = {k: v - before.get(k, 0.0) for k, v in _worker.timings.items()}
    # forkserver workers are not this process's children, so RUSAGE_CHILDREN never sees them
    peak = peak_rss_self_mb()
    timings["peak_rss_mb"] = peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out, timings


def _ready(_: int) -> int:
    import time

    time.sleep(0.3)
    return os.getpid()


class LocalEngine:
    """Maps :class:`ArticleWorker` over batches; ``workers=1`` stays in this process.

    ``timings`` sums the per-stage seconds the workers report (build, spacy, extract).
    """

    def __init__(self, workers: int | None = None, kb_paths: tuple[str, ...] = ()) -> None:
        self.workers = workers if workers is not None else max(1, min(os.cpu_count() or 1, 4))
        self.kb_paths = tuple(kb_paths)
        self._pool = None
        self._inline: ArticleWorker | None = None
        self.timings: dict[str, float] = {}
        self.peak_worker_rss_mb = 0.0  # largest ru_maxrss a worker reported
        self.in_flight = 2 * self.workers + 1

    def _add(self, timings: dict[str, float]) -> None:
        timings = dict(timings)
        rss = timings.pop("peak_rss_mb", None)
        if rss is not None:
            self.peak_worker_rss_mb = max(self.peak_worker_rss_mb, round(rss, 1))
        for k, v in timings.items():
            self.timings[k] = self.timings.get(k, 0.0) + v

    def map(self, batches: Iterable[list[RawDocument]]) -> Iterator[list[Analysis | SkippedItem]]:
        if self.workers <= 1:
            if self._inline is None:
                self._inline = ArticleWorker(self.kb_paths)
            for batch in batches:
                before = dict(self._inline.timings)
                out = self._inline(batch)
                release_freed_memory()
                self._add({k: v - before.get(k, 0.0) for k, v in self._inline.timings.items()})
                yield out
            return
        self._ensure_pool()
        # Pool.imap would drain the whole input into its task queue: keep a bounded window instead
        from collections import deque

        pending: deque = deque()  # per batch, its parts' results
        for batch in batches:
            pending.append([self._pool.apply_async(_run, (part,)) for part in parts(batch, self.workers)])
            if len(pending) >= self.in_flight:
                release_freed_memory()  # this process too: the batch it committed last is garbage now
                yield self._gather(pending.popleft())
        while pending:
            yield self._gather(pending.popleft())

    def _gather(self, results: list) -> list[Analysis | SkippedItem]:
        out: list[Analysis | SkippedItem] = []
        for result in results:
            part, timings = result.get()
            self._add(timings)
            out.extend(part)
        return out

    def start(self) -> None:
        """Start the worker processes now and wait until each has loaded its pipeline (what ``map`` would
        otherwise do on the first batch): ``dossier bench`` starts them before its clock, as its bare-spaCy
        reference loads its model before its own."""
        if self.workers <= 1:
            if self._inline is None:
                self._inline = ArticleWorker(self.kb_paths)
            return
        self._ensure_pool()
        # a worker takes a task only after its initializer ran; a task that waits a little reaches every worker
        self._pool.map(_ready, range(self.workers), chunksize=1)

    def _ensure_pool(self) -> None:
        if self._pool is None:
            import multiprocessing as mp

            ctx = mp.get_context("spawn" if os.name != "posix" else "forkserver")
            self._pool = ctx.Pool(self.workers, initializer=_init, initargs=(self.kb_paths,),
                                  maxtasksperchild=RECYCLE_TASKS)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None
