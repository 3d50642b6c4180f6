"""The Ray engine: the per-article stage as Ray Data ``map_batches`` over a model-holding actor.

The actor (:class:`_RayWorker`) wraps the same :class:`ArticleWorker` the local
engine runs, so both engines give the same analyses. Input is streamed in
windows of ``window`` articles: each window becomes one dataset (``from_items``)
executed with order preserved, and results are cut back into the pipeline's
batches. A window is large so that starting the actor pool (and loading the
model in each actor) is paid once per few thousand articles, not per batch.

Records cross the Ray object store as pickled bytes: RawDocument/Analysis are
nested dataclasses that Arrow cannot type, and pickling keeps them exact.

Pointing it at a cluster: see README, "Running on a Ray cluster". ``RAY_ADDRESS``
(or ``address=``) selects an existing cluster; without one a local instance starts.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterable, Iterator
from typing import Any

from dossier.ingest import RawDocument
from dossier.records import Analysis, SkippedItem


class _RayWorker:
    """Ray Data actor class: loads the model once per actor."""

    def __init__(self, kb_paths: tuple[str, ...]) -> None:
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        from dossier.scale.work import ArticleWorker

        self.worker = ArticleWorker(tuple(kb_paths))

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        raws = [pickle.loads(b) for b in batch["raw"]]
        out = self.worker(raws)
        return {"result": [pickle.dumps(r) for r in out]}


class RayEngine:
    def __init__(self, kb_paths: Iterable[str] = (), workers: int | None = None, *,
                 address: str | None = None, window: int = 4096, batch_size: int = 32) -> None:
        import ray

        self.kb_paths = tuple(kb_paths)
        self.workers = workers or max(1, min(os.cpu_count() or 1, 4))
        self.window = window
        self.batch_size = batch_size
        self._started = False
        if not ray.is_initialized():
            address = address or os.environ.get("RAY_ADDRESS")
            if address:
                ray.init(address=address, ignore_reinit_error=True, log_to_driver=False)
            else:
                ray.init(num_cpus=self.workers, include_dashboard=False, ignore_reinit_error=True,
                         log_to_driver=False, runtime_env={"env_vars": {"OMP_NUM_THREADS": "1"}})
            self._started = True

    def _run_window(self, batches: list[list[RawDocument]]) -> Iterator[list[Analysis | SkippedItem]]:
        import ray.data

        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = False
        items = [{"raw": pickle.dumps(r)} for b in batches for r in b]
        ds = ray.data.from_items(items).map_batches(
            _RayWorker, fn_constructor_kwargs={"kb_paths": self.kb_paths},
            concurrency=min(self.workers, max(1, len(items) // self.batch_size)),
            batch_size=self.batch_size, num_cpus=1)
        results = (pickle.loads(row["result"]) for row in ds.iter_rows())
        for b in batches:
            yield [next(results) for _ in b]

    def map(self, batches: Iterable[list[RawDocument]]) -> Iterator[list[Analysis | SkippedItem]]:
        window: list[list[RawDocument]] = []
        size = 0
        for batch in batches:
            window.append(batch)
            size += len(batch)
            if size >= self.window:
                yield from self._run_window(window)
                window, size = [], 0
        if window:
            yield from self._run_window(window)

    def close(self) -> None:
        if self._started:
            import ray

            ray.shutdown()
            self._started = False
