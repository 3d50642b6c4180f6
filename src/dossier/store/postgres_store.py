"""PostgreSQL store: the same SQL as DuckDB (see :mod:`dossier.store.base`) over psycopg 3.

The connection runs in autocommit mode so that the explicit ``BEGIN`` /
``COMMIT`` / ``ROLLBACK`` issued by :meth:`SQLStore.transaction` are the only
transaction boundaries, exactly as on DuckDB; otherwise psycopg would open an
implicit transaction on the first statement and a batch could be half-visible.
"""

from __future__ import annotations

from typing import Any

from dossier.store.base import SQLStore


class PostgresStore(SQLStore):
    placeholder = "%s"

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        try:
            self._conn = psycopg.connect(url, autocommit=True)
        except psycopg.OperationalError as exc:
            raise ConnectionError(f"cannot connect to PostgreSQL at {_redact(url)}: {exc}") from exc
        self.read_only = False
        super().__init__()

    def _connection(self) -> Any:
        return self._conn

    def _create_schema(self) -> None:
        # concurrent first opens (several workers, several tests) race on CREATE ... IF NOT EXISTS
        # in PostgreSQL's catalog; one transaction plus an advisory lock serialises them
        with self.transaction():
            self._execute("SELECT pg_advisory_xact_lock(724151)")
            super()._create_schema()


def _redact(url: str) -> str:
    """The URL without its password, for error messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url
