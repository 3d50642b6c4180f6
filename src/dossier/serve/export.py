"""Table exports (JSONL, CSV, Parquet): every row carries the article ids it comes from.

Nested fields (actors, mentions, values) stay nested in JSONL and Parquet and
are JSON-encoded in CSV cells.

Every column named like a date (``date``, ``published`` ...) holds an ISO 8601
date (year, month, day or week precision) or null. An event mention's date is
the TIMEX value of its time expression, which may be a reference such as
PAST_REF ("previously"): that is not a date, so it goes out as null, and the
words stay in ``date_text``.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dossier.records import ActorRef, to_dict
from dossier.serve.query import calendar_date
from dossier.store.base import SQLStore

TABLES = ("articles", "timexes", "events", "stories", "actors", "disagreements", "event_mentions", "flat_events")
ARTICLE_COLUMNS = ["id", "source", "url", "outlet", "title", "text", "published", "published_evidence",
                   "published_confidence", "author", "language", "format", "duplicate_of"]


def _coded(country: str | None, sector: str | None) -> tuple[str | None, str | None]:
    """(country, sector) as exported: an international body and its officials carry sector IGO and no
    country (the annotation convention); dossier keeps "IGO" in the country field internally so a body's
    key and the resolver's "not a nation" checks stay one field."""
    if country == "IGO":
        return None, sector or "IGO"
    return country, sector


def _ref(r: ActorRef) -> dict[str, Any]:
    country, sector = _coded(r.country, r.sector)
    return {"name": r.name or r.text, "country": country, "sector": sector, "actor_id": r.actor_id, "text": r.text}


def rows(store: SQLStore, what: str, include_all: bool = False) -> Iterator[dict[str, Any]]:
    """Rows of one table; events under the default row-confidence threshold (event mentions: under the
    detection threshold), and in the actors table places and what takes part in no event (a photographer
    credited, a venue, a byline), only with ``include_all``."""
    from dossier.link.events import mention_shown, report_day_known, shown

    if what == "articles":
        for a in store.list_articles():
            d = to_dict(a)
            yield {k: d[k] for k in ARTICLE_COLUMNS} | {"article_ids": [a.id]}
    elif what == "timexes":
        for an in store.iter_analyses():
            for t in an.timexes:
                yield {"article_id": t.article_id, "text": t.text, "start": t.start, "end": t.end, "type": t.type,
                       "value": t.value, "end_value": t.end_value, "article_ids": [t.article_id]}
    elif what == "event_mentions":
        for an in store.iter_analyses():
            known = report_day_known(an)
            for e in an.events:
                if not mention_shown(e, include_all, reported=known):
                    continue
                d = to_dict(e)
                d["date"], d["date_end"] = calendar_date(e.date), calendar_date(e.date_end)
                d["article_ids"] = [e.article_id]
                yield d
    elif what == "events":
        for e in store.list_events(**shown(include_all)):
            yield {"id": e.id, "type": e.type, "mode": e.mode, "actors": [_ref(r) for r in e.actors],
                   "recipients": [_ref(r) for r in e.recipients], "date": e.date, "date_end": e.date_end,
                   "date_source": e.date_source, "place": e.place, "story_id": e.story_id, "article_ids": e.article_ids,
                   "n_sources": e.n_sources, "first_reported": e.first_reported, "stages": e.stages,
                   "confidence": e.confidence, "detection_confidence": e.detection_confidence,
                   "background": e.background,
                   "mentions": [{"article_id": m.article_id, "outlet": m.outlet, "quote": m.quote,
                                 "attribution": m.attribution, "mode": m.mode, "stage": m.stage, "date": m.date}
                                for m in e.mentions]}
    elif what == "flat_events":
        urls = {a.id: a.url or a.source for a in store.list_articles()}
        for e in store.list_events(**shown(include_all)):
            a = e.actors[0] if e.actors else ActorRef("")
            r = e.recipients[0] if e.recipients else ActorRef("")
            (a_country, a_sector), (r_country, r_sector) = _coded(a.country, a.sector), _coded(r.country, r.sector)
            yield {"event_id": e.id, "date": e.date, "date_source": e.date_source, "actor_name": a.name or a.text or None,
                   "actor_country": a_country, "actor_sector": a_sector, "event_type": e.type, "mode": e.mode,
                   "recipient_name": r.name or r.text or None, "recipient_country": r_country,
                   "recipient_sector": r_sector, "place": e.place, "n_sources": e.n_sources,
                   "confidence": e.confidence, "detection_confidence": e.detection_confidence,
                   "background": e.background,
                   "first_source_url": urls.get(e.article_ids[0]) if e.article_ids else None,
                   "article_ids": e.article_ids}
    elif what == "stories":
        for s in store.list_stories():
            yield {"id": s.id, "article_ids": s.article_ids, "title": s.title, "first_published": s.first_published,
                   "last_published": s.last_published, "outlets": s.outlets, "summary": s.summary,
                   "thread_id": s.thread_id}
    elif what == "actors":
        for a in store.list_actors(places=include_all, participants=not include_all):
            country, sector = _coded(a.country, a.sector)
            yield {"id": a.id, "name": a.name, "country": country, "sector": sector, "kind": a.kind,
                   "variants": sorted(a.variants), "roles": a.roles, "article_ids": a.article_ids}
    elif what == "disagreements":
        for d in store.list_disagreements():
            vals = [to_dict(v) for v in d.values]
            yield {"id": d.id, "story_id": d.story_id, "event_id": d.event_id, "field": d.field, "values": vals,
                   "article_ids": list(dict.fromkeys(v["article_id"] for v in vals))}
    else:
        raise ValueError(f"unknown table {what!r}; choose one of {', '.join(TABLES)}")


def write(store: SQLStore, what: str, fmt: str, out: str | None, include_all: bool = False) -> int:
    if what == "actor_graph" or fmt == "graphml":
        # a graph is not a table: it has its own format (GraphML via networkx, see serve/graph.py)
        if (what, fmt) != ("actor_graph", "graphml"):
            raise ValueError("the actor graph exports as --what actor_graph --format graphml")
        from dossier.serve.graph import write_graphml

        return write_graphml(store, out, include_all=include_all)
    data = list(rows(store, what, include_all))
    if fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data)
        _emit(text, out)
    elif fmt == "csv":
        buf = io.StringIO()
        cols = list(data[0].keys()) if data else []
        writer = csv.DictWriter(buf, fieldnames=cols)
        writer.writeheader()
        for r in data:
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                             for k, v in r.items()})
        _emit(buf.getvalue(), out)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not out:
            raise ValueError("parquet needs --out FILE")
        pq.write_table(pa.Table.from_pylist(data), out)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose jsonl, csv or parquet")
    return len(data)


def _emit(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
