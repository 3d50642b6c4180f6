"""``/api/export/TABLE.FORMAT``: the CLI's exports over HTTP."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

from dossier.serve.routers.common import TOKEN, Access, Include

router = APIRouter(tags=["exports"], dependencies=TOKEN)

MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
         "parquet": "application/vnd.apache.parquet", "graphml": "application/graphml+xml"}


@router.get("/api/export/{what}.{fmt}",
            responses={200: {"content": {"application/x-ndjson": {}, "text/csv": {},
                                         "application/vnd.apache.parquet": {}, "application/graphml+xml": {}}}})
def export(db: Access, what: str, fmt: str, include: Include = "shown") -> Response:
    """Any export table (articles, events, flat_events ...) as jsonl, csv or parquet; actor_graph as graphml."""
    from dossier.serve.export import TABLES, write

    if what not in (*TABLES, "actor_graph"):
        raise HTTPException(404, f"unknown table {what!r}; choose one of {', '.join(TABLES)}, actor_graph")
    if fmt not in MEDIA:
        raise HTTPException(404, f"unknown format {fmt!r}; choose jsonl, csv, parquet or graphml")
    # the exporters write files (parquet needs a seekable sink): reuse them through a temporary file
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / f"{what}.{fmt}")
        try:
            db.run(lambda s: write(s, what, fmt, out, include_all=include == "all"))
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from exc
        body = Path(out).read_bytes() if Path(out).exists() else b""
    return Response(body, media_type=MEDIA[fmt], headers={"Content-Disposition": f'attachment; filename="{what}.{fmt}"'})
