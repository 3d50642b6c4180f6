"""The embedded default store: one DuckDB file (``./dossier.duckdb``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from dossier.store.base import SQLStore


class DuckDBStore(SQLStore):
    placeholder = "?"

    def __init__(self, path: str | Path = "dossier.duckdb", *, read_only: bool = False) -> None:
        self.path = str(path)
        self.url = self.path
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = duckdb.connect(self.path, read_only=read_only)
        self.read_only = read_only
        if read_only:
            self._in_tx = False
        else:
            super().__init__()

    def _connection(self) -> Any:
        return self._conn

    def _cursor(self) -> Any:
        # a DuckDB cursor is a second connection with its own transaction: stay on one
        return self._conn
