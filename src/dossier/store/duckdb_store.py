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

Closing is not free: DuckDB checkpoints a file when its last connection
closes, and a checkpoint rewrites every row group that the batch updated. The
linker's state rows are updated all over the table, so that cost grows with
the store (measured at ~0.3 s per 64-article batch at 2 000 articles, ~0.5 s
at 20 000). A long writer therefore wraps its loop in :meth:`DuckDBStore.hold`:
while its transactions come back to back (the next within ``idle`` seconds,
``$DOSSIER_HOLD_IDLE_SECONDS``, default 0.5), the connection outlives them for
up to ``seconds`` (``$DOSSIER_HOLD_SECONDS``, default 5) from its opening, so
a writer that is the bottleneck checkpoints once per window instead of once
per batch; a writer waiting for its workers releases the file half a second
after each batch, as readers need. A reader waits at most about one window,
well inside its lock timeout. A checkpoint also rewrites the row groups of every table an
update touched, and the linker's state rows are updated all over their
tables, so its cost grows with the archive: the writer's connection
checkpoints only when it closes (``checkpoint_threshold`` is raised; DuckDB
also checkpointed whenever 16 MB of log had gathered, two or three times per
window), which took the linking cost at 100 000 stored articles from 7.1 to
6.3 ms per article (CPU; 4.8 at 1 000). Large inserts and upserts reach DuckDB
as one Arrow table rather than as a multi-row ``VALUES`` statement with
thousands of bound parameters, whose binding cost twice the insert itself.

Readers linger, and give way. Opening the file costs more than most API
requests (~10 ms to open, and every query then reads its blocks cold: three
times the time of a request on an open connection, measured on a 2 000-article
store), so a read-only store may keep its connection ``read_linger`` seconds
after its last session (``dossier serve`` asks for 1 s, ``$DOSSIER_READ_LINGER``
overrides it; a CLI command reads once and closes), and a server under steady
load keeps it open. A writer that meets the lock says so: it
keeps a marker file (``<store>.writer-waiting``, its mtime refreshed on every
retry) until it has the file; a reader that sees a fresh marker closes its
connection at its next session and opens again only once the marker is gone,
so a waiting writer gets in after the request in flight (an idle reader lets
go after ``read_linger`` anyway). While a reader holds the file nothing can
change it, so a lingering connection never reads stale data.

Memory. A reader that lingers under steady load never closes, and what DuckDB gathers on its
connection beyond the buffer pool (capped at 512 MB for a read-only connection, against DuckDB's default of
80% of the machine) grew with it: ``dossier serve`` on a 101 000-article store went from 273 MB after its
warm-up to 351 MB after 120 s of 4 clients, still rising; neither glibc's ``malloc_trim``, DuckDB's
allocator settings (``allocator_flush_threshold``, background threads) nor ``MALLOC_ARENA_MAX`` held it,
and closing the connection gave it back. So a lingering reader's connection that is older than
``READER_RENEW_SECONDS`` (30 s, ``$DOSSIER_READ_RENEW_SECONDS``) is renewed the way it gives way to a
writer: the requests in flight finish, the next waits, the file is closed and opened again (one cold
open every 30 s): 294 MB after the warm-up, 311 at 60 s, 306 at 120 s, 327 at most.

Threads. A DuckDB connection must not run statements from two threads at
once, and the API serves requests from a pool of threads: each thread reads
through a cursor of its own (``connection.cursor()``: a second connection to
the same open database, with its own transaction), made on the thread's first
statement and kept until the file is closed. Requests therefore run side by
side instead of queueing behind one lock, and DuckDB, which releases the GIL
while it executes, overlaps their queries. The file is closed only when no
thread is inside a session; a writer that waits lets the requests in flight
finish while new ones wait for it. Writes stay one writer's: a transaction
belongs to the thread that began it.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import random
import threading
import time
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from dossier.store.base import SQLStore

DEFAULT_LOCK_TIMEOUT = 30.0
DEFAULT_HOLD_SECONDS = 5.0
DEFAULT_HOLD_IDLE_SECONDS = 0.5
SERVE_READ_LINGER = 1.0  # what `dossier serve` asks for
WRITER_WAITING = ".writer-waiting"  # suffix of the marker a writer keeps while it waits for the lock
MARKER_FRESH_SECONDS = 5.0  # a marker not refreshed for this long was left by a writer that died
# DuckDB checkpoints when a commit leaves more than this in its write-ahead log (its default: 16 MB) and
# when the last connection closes; a writer's connection closes at the end of each hold window anyway
WRITER_CHECKPOINT_THRESHOLD = "256MB"
# a read-only connection (``dossier serve``) caps its buffer pool well under the machine's memory (DuckDB's
# default: 80% of it); what a long-lived reader gathers beyond it is let go by renewing the connection
READER_SETTINGS = ("SET memory_limit = '512MB'",)
# the writer's buffer pool too (``$DOSSIER_WRITER_MEMORY``): at the default a 100 000-article ingest's last
# re-merge of its waiting stories took the writer's process from 0.8 to 3.9 GB, most of it DuckDB caching the
# tables it rewrote; re-merging the 30 largest stories of that store (29 500 articles) peaked at 1 342 MB
# RSS uncapped, 841 MB at 512 MB and 647 MB at 256 MB, in the same time (163-173 s); 512 MB leaves the
# ingest loop's reads of link state as cached as they were (its writer stayed under 740 MB uncapped)
WRITER_MEMORY_LIMIT = "512MB"
# ... and lowered to this just before the writer's connection closes, which is when DuckDB checkpoints: the
# checkpoint at the end of a hold window was the main process's only transient at 100 000 articles (1.1 GB
# against 600-650 MB between windows, seen in stack dumps); replaying a rebuild of the three largest
# stories' events (12 000 rows deleted and appended) on that store, then closing: 587 MB peak at 512 MB,
# 370 MB with the pool lowered to 256 MB first, 313 MB at 192 MB, the close no slower (1.2-1.6 s)
CHECKPOINT_MEMORY_LIMIT = "256MB"
READER_RENEW_SECONDS = 30.0  # a lingering reader's connection is closed and opened again after this long
STAGED_ROWS = 100  # an insert of this many rows or more goes through an Arrow table (see DuckDBStore._insert)


def _is_lock_error(exc: Exception) -> bool:
    msg = str(exc).lower()
    # another process holds the file ("Could not set lock on file"), or this
    # process has it open with the other read_only setting (an in-process lock)
    return "lock" in msg or "different configuration" in msg


_OPEN: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def _close_lingering() -> None:
    for store in list(_OPEN):
        with contextlib.suppress(Exception):
            store.close()


class StoreBusy(RuntimeError):
    """The store stayed locked by another process for longer than the lock timeout."""


class StoreOutdated(RuntimeError):
    """A store of an earlier schema version opened read-only where it cannot be upgraded."""


class DuckDBStore(SQLStore):
    placeholder = "?"
    concurrent_reads = True  # a cursor per thread

    def __init__(self, path: str | Path = "dossier.duckdb", *, read_only: bool = False,
                 transient: bool | None = None, lock_timeout: float | None = None,
                 read_linger: float | None = None) -> None:
        self.path = str(path)
        self.url = self.path
        self.read_only = read_only
        self.transient = self.path != ":memory:" if transient is None else transient
        if lock_timeout is None:
            lock_timeout = float(os.environ.get("DOSSIER_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))
        self.lock_timeout = lock_timeout
        if os.environ.get("DOSSIER_READ_LINGER"):
            read_linger = float(os.environ["DOSSIER_READ_LINGER"])
        self.read_linger = (read_linger or 0.0) if read_only else 0.0
        self.renew_seconds = float(os.environ.get("DOSSIER_READ_RENEW_SECONDS", READER_RENEW_SECONDS))
        self._marker = self.path + WRITER_WAITING
        self._in_tx = False
        self._table_columns: dict[str, set[str]] = {}  # cached for _upsert (the schema of an open store is fixed)
        self._conn: Any = None
        self._cursors: dict[int, Any] = {}  # thread id -> that thread's cursor on _conn
        self._local = threading.local()  # .depth: this thread's nesting of sessions
        self._depth = 0  # nesting of session()/transaction() blocks holding the connection, all threads
        self._holding = 0  # nesting of hold() blocks
        self._hold_seconds = 0.0
        self._idle_seconds = 0.0
        self._opened_at = 0.0
        self._timer: threading.Timer | None = None
        # the hold timer closes an idle connection from its own thread; serving threads share the connection
        self._lock = threading.RLock()
        self._drained = threading.Condition(self._lock)  # notified when the last open session ends
        _OPEN.add(self)  # a connection left lingering is closed at exit
        if self.path != ":memory:" and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        if not self.transient:
            self._conn = self._open()
        if read_only:
            # fail now, with the real error, when the file is missing or not a database
            with self.session():
                from dossier.store.migrations import needs_upgrade

                outdated = needs_upgrade(self)
            if outdated:
                self._close_now()  # the writable open below would meet this process's own read lock
                self._upgrade()
        else:
            with self.session():
                super().__init__()

    def _upgrade(self) -> None:
        """A read-only store cannot migrate itself: open the file once for writing (which migrates it)."""
        try:
            DuckDBStore(self.path, lock_timeout=self.lock_timeout).close()
        except (duckdb.IOException, duckdb.PermissionException, PermissionError) as exc:
            raise StoreOutdated(f"{self.path} was written by an earlier release of dossier and must be "
                                f"upgraded, which needs write access to it once: {exc}") from exc

    # -- connection lifecycle ---------------------------------------------------
    def _open(self) -> Any:
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.01
        if self.read_only:
            self._give_way(deadline)
        waiting = False
        try:
            while True:
                try:
                    conn = duckdb.connect(self.path, read_only=self.read_only)
                    # no progress bar: a long query would print one into the output of a CLI command
                    conn.execute("SET enable_progress_bar = false")
                    if not self.read_only:  # checkpoints when the connection closes, not also on the way
                        conn.execute(f"SET checkpoint_threshold = '{WRITER_CHECKPOINT_THRESHOLD}'")
                        if self.transient:  # an in-memory store keeps its data in that pool: no cap
                            limit = os.environ.get("DOSSIER_WRITER_MEMORY", WRITER_MEMORY_LIMIT)
                            conn.execute(f"SET memory_limit = '{limit}'")
                    else:  # a reader that lingers under load (module docstring: memory)
                        for setting in READER_SETTINGS:
                            conn.execute(setting)
                    return conn
                except (duckdb.IOException, duckdb.ConnectionException) as exc:
                    if not _is_lock_error(exc):
                        raise
                    if time.monotonic() >= deadline:
                        raise StoreBusy(f"{self.path} stayed locked for {self.lock_timeout:.0f}s: {exc}") from exc
                    if not self.read_only and self.transient:
                        waiting = self._say_waiting() or waiting
                    # jitter so that many readers do not retry in lockstep
                    time.sleep(delay * (0.5 + random.random()))
                    delay = min(delay * 2, 0.25)
        finally:
            if waiting:
                with contextlib.suppress(OSError):
                    os.unlink(self._marker)

    def _say_waiting(self) -> bool:
        """Keep the marker that tells lingering readers a writer waits (module docstring)."""
        try:
            Path(self._marker).write_text(str(os.getpid()), encoding="utf-8")
            return True
        except OSError:  # a read-only directory: readers then let go after their linger
            return False

    def _writer_waiting(self) -> bool:
        try:
            return time.time() - os.stat(self._marker).st_mtime < MARKER_FRESH_SECONDS
        except OSError:
            return False

    def _worn(self) -> bool:
        """A lingering reader's connection has been open longer than ``READER_RENEW_SECONDS``."""
        return time.monotonic() - self._opened_at > self.renew_seconds

    def _give_way(self, deadline: float) -> None:
        """A reader about to open waits while a writer says it waits (so the writer gets the file first)."""
        while self._writer_waiting() and time.monotonic() < deadline:
            time.sleep(0.02)

    @contextmanager
    def session(self) -> Iterator[None]:
        """Hold the file open for a block of several reads (e.g. one API request). Each thread reads through
        a cursor of its own (module docstring: threads)."""
        local = self._local
        with self._lock:
            self._cancel_timer()
            if not getattr(local, "depth", 0):  # a thread's nested session never waits for itself
                if self._conn is not None and self.read_linger and (self._writer_waiting() or self._worn()):
                    # a lingering reader gives way to a writer that waits, and renews a connection it has
                    # kept long (module docstring: memory): the requests in flight finish, new ones wait
                    # here, the file is closed and opened again (once a waiting writer is through)
                    while self._depth and (self._writer_waiting() or self._worn()):
                        self._drained.wait(0.05)
                    if not self._depth and self._conn is not None:
                        self._close_now()
                if self._conn is None:
                    self._conn = self._open()
                    self._opened_at = time.monotonic()
            self._depth += 1
            local.depth = getattr(local, "depth", 0) + 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                local.depth -= 1
                if self._depth == 0:
                    self._drained.notify_all()
                    if self.transient:
                        left = self._opened_at + self._hold_seconds - time.monotonic()
                        if self._holding and left > 0:
                            self._close_later(min(left, self._idle_seconds))
                        elif self.read_linger and not self._writer_waiting():
                            self._close_later(self.read_linger)
                        else:
                            self._close_now()

    @contextmanager
    def hold(self, seconds: float | None = None, idle: float | None = None) -> Iterator[None]:
        """Let the connection outlive its transactions for up to ``seconds`` from its opening, while
        the next one starts within ``idle`` seconds of the last (module docstring: one checkpoint
        per window instead of one per batch when batches come back to back)."""
        if seconds is None:
            seconds = float(os.environ.get("DOSSIER_HOLD_SECONDS", DEFAULT_HOLD_SECONDS))
        if idle is None:
            idle = float(os.environ.get("DOSSIER_HOLD_IDLE_SECONDS", DEFAULT_HOLD_IDLE_SECONDS))
        with self._lock:
            self._holding += 1
            self._hold_seconds = seconds
            self._idle_seconds = idle
        try:
            yield
        finally:
            with self._lock:
                self._holding -= 1
                if not self._holding:
                    self._hold_seconds = 0.0
                    if self._depth == 0 and self.transient:
                        self._close_now()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _close_now(self) -> None:
        """Closes the cursors and the connection (only ever while no session is open: ``_depth`` is 0, or
        the store is being closed). The file is released, and checkpointed, when the last of them closes."""
        self._cancel_timer()
        conn, self._conn = self._conn, None
        cursors, self._cursors = list(self._cursors.values()), {}
        for cursor in cursors:
            with contextlib.suppress(duckdb.Error):
                cursor.close()
        if conn is not None:
            if self.transient and not self.read_only:  # its checkpoint runs in a smaller pool (module docstring)
                with contextlib.suppress(duckdb.Error):
                    limit = os.environ.get("DOSSIER_CHECKPOINT_MEMORY", CHECKPOINT_MEMORY_LIMIT)
                    conn.execute(f"SET memory_limit = '{limit}'")
            conn.close()

    def _close_later(self, delay: float) -> None:
        self._cancel_timer()
        timer = threading.Timer(delay, self._close_if_idle)
        timer.args = (timer,)
        timer.daemon = True
        self._timer = timer
        timer.start()

    def _close_if_idle(self, timer: threading.Timer) -> None:
        with self._lock:
            if self._timer is not timer:  # cancelled or replaced while it waited for the lock
                return
            self._timer = None
            if self._depth == 0 and self.transient and self._conn is not None:
                self._close_now()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.session(), super().transaction():
            yield

    def _connection(self) -> Any:
        """This thread's cursor on the open connection (made on its first use, kept until the file closes)."""
        thread = threading.get_ident()
        cursor = self._cursors.get(thread)
        if cursor is None:
            with self._lock:
                if self._conn is None:
                    raise RuntimeError("no open connection: use session() or transaction()")
                cursor = self._conn.cursor()
                cursor.execute("SET enable_progress_bar = false")
                self._cursors[thread] = cursor
        return cursor

    def _cursor(self) -> Any:
        # a DuckDB cursor is a connection of its own with its own transaction: a thread stays on its one
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

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                conflict: str = "ON CONFLICT DO NOTHING") -> None:
        """Many rows are handed to DuckDB as one Arrow table (``INSERT ... SELECT``): binding thousands of
        parameters of multi-row VALUES statements cost the linker twice the time of the insert itself."""
        if len(rows) < STAGED_ROWS:
            super()._insert(table, columns, rows, conflict)
            return
        cols, name = ", ".join(columns), f"staged_{table}"
        self._over_staged(name, columns, rows, f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name} {conflict}")

    def _over_staged(self, name: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], *sql: str) -> None:
        """Runs ``sql`` in one session with ``rows`` registered as the Arrow table ``name``."""
        import pyarrow as pa

        staged = pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)})
        with self.session():
            conn = self._connection()
            conn.register(name, staged)
            try:
                for statement in sql:
                    conn.execute(statement)
            finally:
                conn.unregister(name)

    def _upsert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """A row that names every column of its table is replaced (its old row deleted, the new one
        appended) rather than updated in place: DuckDB rewrites, at its next checkpoint, every row group
        an UPDATE touched, and the linker's index rows are updated all over the table, so that cost grew
        with the archive (300 scattered upserts into the 515 000-row ``link_index`` of a 100 000-article
        store: 0.6 s to write and 0.2-0.3 s to checkpoint; deleted and appended: 0.05-0.2 s and 0.06-0.09 s).
        An upsert that leaves columns out (``actors.n_articles``) must keep them: ON CONFLICT then."""
        if not rows or set(columns) != self._columns(table):
            super()._upsert(table, columns, rows)
            return
        latest = list({row[0]: row for row in rows}.values())
        if len(latest) < STAGED_ROWS:
            with self.session():
                self._delete(table, [r[0] for r in latest], column=columns[0])
                super()._insert(table, columns, latest, conflict="")
            return
        cols, name = ", ".join(columns), f"staged_{table}"
        self._over_staged(name, columns, latest,
                          f"DELETE FROM {table} WHERE {columns[0]} IN (SELECT {columns[0]} FROM {name})",
                          f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name}")

    def _create_schema(self) -> None:
        self._table_columns.clear()  # migrations add columns: what was read before them is stale
        try:
            super()._create_schema()
        finally:
            self._table_columns.clear()

    def _columns(self, table: str) -> set[str]:
        if table not in self._table_columns:
            self._table_columns[table] = {r[0] for r in self._fetchall(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table])}
        return self._table_columns[table]

    def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self.session():
            return list(self._connection().execute(self._sql(sql), list(params)).fetchall())

    def close(self) -> None:
        with self._lock:
            self._close_now()
