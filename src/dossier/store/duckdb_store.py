"""The embedded default store: one DuckDB file (``./dossier.duckdb``).

Concurrency. DuckDB lets one process hold a database file for writing, and a
read-only connection cannot open while another process holds the write lock
(nor can a writer open while readers hold the file). A store that kept its
connection for its whole life would therefore freeze ``dossier serve`` for the
length of an ingest. So a file-backed store is *transient*: it opens the file
for one statement, one read, or one transaction, and closes it again, and an
open that meets another process's lock is retried with backoff for up to
``lock_timeout`` seconds (``$DOSSIER_LOCK_TIMEOUT``, default 30). The ingest
holds the lock only while it commits a batch (one transaction), never while
it analyses the next one, so readers get in between batches; a reader holds
the file only for one query (or one :meth:`DuckDBStore.session` block).
``:memory:`` stores keep their one connection, since closing it loses the data.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from dossier.store.base import SQLStore

DEFAULT_LOCK_TIMEOUT = 30.0


def _is_lock_error(exc: Exception) -> bool:
    msg = str(exc).lower()
    # another process holds the file ("Could not set lock on file"), or this
    # process has it open with the other read_only setting (an in-process lock)
    return "lock" in msg or "different configuration" in msg


class StoreBusy(RuntimeError):
    """The store stayed locked by another process for longer than the lock timeout."""


class DuckDBStore(SQLStore):
    placeholder = "?"

    def __init__(self, path: str | Path = "dossier.duckdb", *, read_only: bool = False,
                 transient: bool | None = None, lock_timeout: float | None = None) -> None:
        self.path = str(path)
        self.url = self.path
        self.read_only = read_only
        self.transient = self.path != ":memory:" if transient is None else transient
        if lock_timeout is None:
            lock_timeout = float(os.environ.get("DOSSIER_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))
        self.lock_timeout = lock_timeout
        self._in_tx = False
        self._conn: Any = None
        self._depth = 0  # nesting of session()/transaction() blocks holding the connection
        if self.path != ":memory:" and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        if not self.transient:
            self._conn = self._open()
        if read_only:
            # fail now, with the real error, when the file is missing or not a database
            with self.session():
                pass
        else:
            with self.session():
                super().__init__()

    # -- connection lifecycle ---------------------------------------------------
    def _open(self) -> Any:
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.01
        while True:
            try:
                return duckdb.connect(self.path, read_only=self.read_only)
            except (duckdb.IOException, duckdb.ConnectionException) as exc:
                if not _is_lock_error(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise StoreBusy(f"{self.path} stayed locked for {self.lock_timeout:.0f}s: {exc}") from exc
                # jitter so that many readers do not retry in lockstep
                time.sleep(delay * (0.5 + random.random()))
                delay = min(delay * 2, 0.25)

    @contextmanager
    def session(self) -> Iterator[None]:
        """Hold one connection for a block of several reads (e.g. one API request)."""
        if self._conn is not None:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._conn = self._open()
        self._depth = 1
        try:
            yield
        finally:
            self._depth = 0
            conn, self._conn = self._conn, None
            if self.transient:
                conn.close()
            else:
                self._conn = conn

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.session(), super().transaction():
            yield

    def _connection(self) -> Any:
        if self._conn is None:
            raise RuntimeError("no open connection: use session() or transaction()")
        return self._conn

    def _cursor(self) -> Any:
        # a DuckDB cursor is a second connection with its own transaction: stay on one
        return self._connection()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        if self._conn is None:
            with self.session():
                super()._execute(sql, params)
            return None
        return super()._execute(sql, params)

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.session():
            super()._executemany(sql, rows)

    def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self.session():
            return list(self._connection().execute(self._sql(sql), list(params)).fetchall())

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
