"""Storage behind one interface: DuckDB embedded by default, PostgreSQL for servers."""

from __future__ import annotations

import os

from dossier.store.base import SQLStore, Store

DEFAULT_DB = "dossier.duckdb"


def resolve_db(db: str | None) -> str:
    """The store location: the explicit argument, else ``$DOSSIER_DB``, else ./dossier.duckdb."""
    return db or os.environ.get("DOSSIER_DB") or DEFAULT_DB


def open_store(db: str | None = None, *, read_only: bool = False, read_linger: float | None = None) -> SQLStore:
    """Open the store at ``db`` (a file path, ``:memory:`` or a ``postgresql://`` URL); ``read_linger``: how
    long a read-only DuckDB connection may outlive its last read (a server's; see ``duckdb_store``)."""
    url = resolve_db(db)
    if url.startswith(("postgresql://", "postgres://")):
        from dossier.store.postgres_store import PostgresStore

        return PostgresStore(url)
    from dossier.store.duckdb_store import DuckDBStore

    return DuckDBStore(url, read_only=read_only, read_linger=read_linger)


__all__ = ["Store", "SQLStore", "open_store", "resolve_db", "DEFAULT_DB"]
