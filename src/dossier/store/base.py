"""The storage interface, and the SQL that DuckDB and PostgreSQL share.

One protocol (:class:`Store`), two implementations, the same tests for both —
the shape of datasketch's storage layer. Records are kept as JSON documents
beside a few typed columns that the queries filter on, so that adding a field
to a record in :mod:`dossier.records` never needs a migration and both
databases run the same statements. Every write of a batch happens in one
transaction: a crash leaves either the whole batch or none of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol, runtime_checkable

from dossier.records import (
    Actor,
    Analysis,
    Article,
    Disagreement,
    Event,
    EventMention,
    Mention,
    Story,
    TimeExpr,
    from_dict,
    to_dict,
)


@runtime_checkable
class Store(Protocol):
    """What every stage and surface may ask of storage."""

    url: str

    def close(self) -> None: ...

    # articles and their per-article analysis
    def known_ids(self, ids: Iterable[str]) -> set[str]: ...
    def ids_by_hash(self, hashes: Iterable[str]) -> dict[str, str]: ...
    def write_analyses(self, analyses: Sequence[Analysis]) -> None: ...
    def get_article(self, article_id: str) -> Article | None: ...
    def get_analysis(self, article_id: str) -> Analysis | None: ...
    def iter_analyses(self, article_ids: Iterable[str] | None = None) -> Iterator[Analysis]: ...
    def list_articles(self, *, since: str | None = None, until: str | None = None,
                      outlet: str | None = None, limit: int | None = None,
                      offset: int = 0) -> list[Article]: ...

    # actors
    def upsert_actors(self, actors: Sequence[Actor]) -> None: ...
    def get_actor(self, actor_id: str) -> Actor | None: ...
    def list_actors(self) -> list[Actor]: ...

    # linking output
    def write_links(self, stories: Sequence[Story], events: Sequence[Event],
                    disagreements: Sequence[Disagreement], *,
                    delete_stories: Sequence[str] = (), delete_events: Sequence[str] = (),
                    delete_disagreements: Sequence[str] = (),
                    replace_story_links: Sequence[str] = ()) -> None: ...
    def get_story(self, story_id: str) -> Story | None: ...
    def list_stories(self, *, since: str | None = None, until: str | None = None,
                     limit: int | None = None, offset: int = 0) -> list[Story]: ...
    def stories_in_window(self, since: str | None, until: str | None) -> list[Story]: ...
    def get_event(self, event_id: str) -> Event | None: ...
    def list_events(self, *, actor: str | None = None, type: str | None = None,
                    mode: str | None = None, story_id: str | None = None,
                    since: str | None = None, until: str | None = None,
                    limit: int | None = None, offset: int = 0, min_confidence: float | None = None,
                    background: bool | None = None) -> list[Event]: ...
    def list_disagreements(self, *, story_id: str | None = None,
                           event_id: str | None = None) -> list[Disagreement]: ...

    # key/value state for incremental stages (linking indexes)
    def get_state(self, key: str) -> Any | None: ...
    def get_states(self, keys: Iterable[str]) -> dict[str, Any]:
        """Several state values in one query; missing keys are absent from the result."""
        return {k: json.loads(v) for k, v in self._in("state", "key", list(dict.fromkeys(keys)), "key, data")}

    def put_states(self, items: dict[str, Any]) -> None:
        with self.transaction():
            self._upsert("state", ["key", "data"], [(k, dumps(v)) for k, v in items.items()])

    def put_state(self, key: str, value: Any) -> None: ...
    def scan_states(self, prefix: str) -> dict[str, Any]: ...

    # integer counters kept row by row (document frequencies), so a batch writes only what changed
    def get_counters(self) -> dict[str, int]: ...
    def put_counters(self, values: dict[str, int]) -> None: ...

    # wire-copy signatures, filed by publication day (see ingest/dedup.py)
    def put_signatures(self, rows: dict[str, tuple[str, Any]]) -> None: ...
    def signatures_on(self, days: Iterable[str]) -> dict[str, tuple[str, Any]]: ...

    def counts(self) -> dict[str, int]: ...


SCHEMA = [
    """CREATE TABLE IF NOT EXISTS articles (
        id TEXT PRIMARY KEY, content_hash TEXT, published TEXT, outlet TEXT,
        source TEXT, duplicate_of TEXT, data TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash)",
    "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
    """CREATE TABLE IF NOT EXISTS analyses (
        article_id TEXT PRIMARY KEY, mentions TEXT NOT NULL, timexes TEXT NOT NULL,
        events TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS actors (
        id TEXT PRIMARY KEY, name TEXT, country TEXT, sector TEXT, data TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS stories (
        id TEXT PRIMARY KEY, first_published TEXT, last_published TEXT, data TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS stories_first ON stories (first_published)",
    """CREATE TABLE IF NOT EXISTS events (
        id TEXT PRIMARY KEY, type TEXT, mode TEXT, date TEXT, story_id TEXT,
        actor_keys TEXT, data TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS events_date ON events (date)",
    # added with event confidence (stores made before it get the columns; NULL reads as shown)
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS confidence DOUBLE PRECISION",
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS background BOOLEAN",
    """CREATE TABLE IF NOT EXISTS disagreements (
        id TEXT PRIMARY KEY, story_id TEXT, event_id TEXT, field TEXT, data TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS events_story ON events (story_id)",
    "CREATE INDEX IF NOT EXISTS disagreements_story ON disagreements (story_id)",
    "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, data TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS counters (key TEXT PRIMARY KEY, n BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS signatures (article_id TEXT PRIMARY KEY, day TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS signatures_day ON signatures (day)",
]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _actor_keys(event: Event) -> str:
    """A searchable string of every actor id, name and country of an event."""
    keys: list[str] = []
    for ref in [*event.actors, *event.recipients]:
        keys.extend(k for k in (ref.actor_id, ref.name, ref.country, ref.text) if k)
    return "|" + "|".join(k.lower() for k in keys) + "|"


class SQLStore:
    """The SQL both stores run; subclasses supply the connection and placeholder."""

    placeholder = "?"
    url = ""

    def __init__(self) -> None:
        self._in_tx = False
        self._create_schema()

    # -- plumbing --------------------------------------------------------------
    def _connection(self) -> Any:
        raise NotImplementedError

    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def _cursor(self) -> Any:
        return self._connection().cursor()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self._cursor()
        cur.execute(self._sql(sql), list(params))
        return cur

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            cur = self._cursor()
            cur.executemany(self._sql(sql), [list(r) for r in rows])

    def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return list(self._execute(sql, params).fetchall())

    @contextmanager
    def session(self) -> Iterator[None]:
        """Several statements on one connection (stores that open per query keep it open here)."""
        yield

    @contextmanager
    def hold(self, seconds: float | None = None, idle: float | None = None) -> Iterator[None]:
        """A long writer's loop: stores that reopen per transaction may keep the connection a while."""
        yield

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_tx:
            yield
            return
        self._begin()
        self._in_tx = True
        try:
            yield
        except BaseException:
            self._rollback()
            raise
        else:
            self._commit()
        finally:
            self._in_tx = False

    def _begin(self) -> None:
        self._execute("BEGIN TRANSACTION")

    def _commit(self) -> None:
        self._execute("COMMIT")

    def _rollback(self) -> None:
        self._execute("ROLLBACK")

    def _create_schema(self) -> None:
        for stmt in SCHEMA:
            self._execute(stmt)

    def _upsert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        key = columns[0]
        cols = ", ".join(columns)
        row_marks = "(" + ", ".join("?" for _ in columns) + ")"
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns[1:])
        # one multi-row statement per chunk: row-by-row executemany costs milliseconds a row in DuckDB;
        # a key repeated within one statement is an error in both databases, so the last write wins here
        latest = {row[0]: row for row in rows}
        unique = list(latest.values())
        step = max(200, 2000 // len(columns))
        for start in range(0, len(unique), step):
            chunk = unique[start:start + step]
            self._execute(
                f"INSERT INTO {table} ({cols}) VALUES {', '.join(row_marks for _ in chunk)} "
                f"ON CONFLICT ({key}) DO UPDATE SET {updates}",
                [v for row in chunk for v in row],
            )

    def _delete(self, table: str, ids: Sequence[str], column: str = "id") -> None:
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start:chunk_start + 500])
            marks = ", ".join("?" for _ in chunk)
            self._execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", chunk)

    def _in(self, table: str, column: str, values: Sequence[str], select: str) -> list[tuple]:
        out: list[tuple] = []
        for chunk_start in range(0, len(values), 500):
            chunk = list(values[chunk_start:chunk_start + 500])
            marks = ", ".join("?" for _ in chunk)
            out.extend(self._fetchall(f"SELECT {select} FROM {table} WHERE {column} IN ({marks})", chunk))
        return out

    def close(self) -> None:
        self._connection().close()

    # -- articles ----------------------------------------------------------------
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return {r[0] for r in self._in("articles", "id", list(ids), "id")}

    def ids_by_hash(self, hashes: Iterable[str]) -> dict[str, str]:
        rows = self._in("articles", "content_hash", [h for h in hashes if h], "content_hash, id, duplicate_of")
        out: dict[str, str] = {}
        for h, article_id, dup in sorted(rows, key=lambda r: (r[2] is not None, r[1])):
            out.setdefault(h, dup or article_id)
        return out

    def write_analyses(self, analyses: Sequence[Analysis]) -> None:
        with self.transaction():
            self._upsert(
                "articles",
                ["id", "content_hash", "published", "outlet", "source", "duplicate_of", "data"],
                [(a.article.id, a.article.content_hash, a.article.published, a.article.outlet,
                  a.article.source, a.article.duplicate_of, dumps(to_dict(a.article))) for a in analyses],
            )
            self._upsert(
                "analyses",
                ["article_id", "mentions", "timexes", "events"],
                [(a.article.id,
                  dumps([to_dict(m) for m in a.mentions]),
                  dumps([to_dict(t) for t in a.timexes]),
                  dumps([to_dict(e) for e in a.events])) for a in analyses],
            )

    def get_article(self, article_id: str) -> Article | None:
        rows = self._fetchall("SELECT data FROM articles WHERE id = ?", [article_id])
        return from_dict(Article, json.loads(rows[0][0])) if rows else None

    def _analysis_from_rows(self, article_data: str, mentions: str | None, timexes: str | None,
                            events: str | None) -> Analysis:
        return Analysis(
            article=from_dict(Article, json.loads(article_data)),
            mentions=[from_dict(Mention, m) for m in json.loads(mentions or "[]")],
            timexes=[from_dict(TimeExpr, t) for t in json.loads(timexes or "[]")],
            events=[from_dict(EventMention, e) for e in json.loads(events or "[]")],
        )

    def get_analysis(self, article_id: str) -> Analysis | None:
        rows = self._fetchall(
            "SELECT a.data, n.mentions, n.timexes, n.events FROM articles a "
            "LEFT JOIN analyses n ON n.article_id = a.id WHERE a.id = ?", [article_id])
        return self._analysis_from_rows(*rows[0]) if rows else None

    def iter_analyses(self, article_ids: Iterable[str] | None = None) -> Iterator[Analysis]:
        select = ("SELECT a.data, n.mentions, n.timexes, n.events FROM articles a "
                  "LEFT JOIN analyses n ON n.article_id = a.id")
        if article_ids is None:
            ids = [r[0] for r in self._fetchall("SELECT id FROM articles ORDER BY published NULLS LAST, id")]
        else:
            ids = list(article_ids)
        for start in range(0, len(ids), 200):
            chunk = ids[start:start + 200]
            marks = ", ".join("?" for _ in chunk)
            rows = {json.loads(r[0])["id"]: r for r in self._fetchall(f"{select} WHERE a.id IN ({marks})", chunk)}
            for article_id in chunk:
                if article_id in rows:
                    yield self._analysis_from_rows(*rows[article_id])

    def list_articles(self, *, since: str | None = None, until: str | None = None,
                      outlet: str | None = None, limit: int | None = None,
                      offset: int = 0) -> list[Article]:
        where, params = [], []
        if since:
            where.append("published >= ?")
            params.append(since)
        if until:
            where.append("published <= ?")
            params.append(until)
        if outlet:
            where.append("lower(outlet) = ?")
            params.append(outlet.lower())
        sql = "SELECT data FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY published NULLS LAST, id"
        sql += _page(limit, offset)
        return [from_dict(Article, json.loads(r[0])) for r in self._fetchall(sql, params)]

    # -- actors ------------------------------------------------------------------
    def upsert_actors(self, actors: Sequence[Actor]) -> None:
        with self.transaction():
            self._upsert("actors", ["id", "name", "country", "sector", "data"],
                         [(a.id, a.name, a.country, a.sector, dumps(to_dict(a))) for a in actors])

    def get_actor(self, actor_id: str) -> Actor | None:
        rows = self._fetchall("SELECT data FROM actors WHERE id = ?", [actor_id])
        return from_dict(Actor, json.loads(rows[0][0])) if rows else None

    def list_actors(self) -> list[Actor]:
        return [from_dict(Actor, json.loads(r[0])) for r in self._fetchall("SELECT data FROM actors ORDER BY name, id")]

    # -- links -------------------------------------------------------------------
    def write_links(self, stories: Sequence[Story], events: Sequence[Event],
                    disagreements: Sequence[Disagreement], *,
                    delete_stories: Sequence[str] = (), delete_events: Sequence[str] = (),
                    delete_disagreements: Sequence[str] = (),
                    replace_story_links: Sequence[str] = ()) -> None:
        """Upsert; ``replace_story_links``: story ids whose previous events and disagreements go first."""
        with self.transaction():
            self._delete("events", list(replace_story_links), column="story_id")
            self._delete("disagreements", list(replace_story_links), column="story_id")
            self._delete("stories", list(delete_stories))
            self._delete("events", list(delete_events))
            self._delete("disagreements", list(delete_disagreements))
            self._upsert("stories", ["id", "first_published", "last_published", "data"],
                         [(s.id, s.first_published, s.last_published, dumps(to_dict(s))) for s in stories])
            self._upsert("events", ["id", "type", "mode", "date", "story_id", "actor_keys", "confidence",
                                    "background", "data"],
                         [(e.id, e.type, e.mode, e.date, e.story_id, _actor_keys(e), e.confidence, e.background,
                           dumps(to_dict(e))) for e in events])
            self._upsert("disagreements", ["id", "story_id", "event_id", "field", "data"],
                         [(d.id, d.story_id, d.event_id, d.field, dumps(to_dict(d))) for d in disagreements])

    def get_story(self, story_id: str) -> Story | None:
        rows = self._fetchall("SELECT data FROM stories WHERE id = ?", [story_id])
        return from_dict(Story, json.loads(rows[0][0])) if rows else None

    def list_stories(self, *, since: str | None = None, until: str | None = None,
                     limit: int | None = None, offset: int = 0) -> list[Story]:
        where, params = [], []
        if since:
            where.append("(last_published >= ? OR last_published IS NULL)")
            params.append(since)
        if until:
            where.append("(first_published <= ? OR first_published IS NULL)")
            params.append(until)
        sql = "SELECT data FROM stories"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY first_published NULLS LAST, id" + _page(limit, offset)
        return [from_dict(Story, json.loads(r[0])) for r in self._fetchall(sql, params)]

    def stories_in_window(self, since: str | None, until: str | None) -> list[Story]:
        """Stories whose span touches [since, until], plus undated ones: linking's candidates."""
        if since is None or until is None:
            rows = self._fetchall("SELECT data FROM stories WHERE first_published IS NULL")
        else:
            rows = self._fetchall(
                "SELECT data FROM stories WHERE first_published IS NULL OR "
                "(first_published <= ? AND last_published >= ?)", [until, since])
        return [from_dict(Story, json.loads(r[0])) for r in rows]

    def get_event(self, event_id: str) -> Event | None:
        rows = self._fetchall("SELECT data FROM events WHERE id = ?", [event_id])
        return from_dict(Event, json.loads(rows[0][0])) if rows else None

    def list_events(self, *, actor: str | None = None, type: str | None = None,
                    mode: str | None = None, story_id: str | None = None,
                    since: str | None = None, until: str | None = None,
                    limit: int | None = None, offset: int = 0, min_confidence: float | None = None,
                    background: bool | None = None) -> list[Event]:
        """Events matching every filter given; ``min_confidence`` and ``background`` (False: news only)
        are how surfaces apply the default view (``nlp.event_model.DEFAULT_THRESHOLD``)."""
        where, params = [], []
        if min_confidence is not None:
            where.append("COALESCE(confidence, 1.0) >= ?")
            params.append(float(min_confidence))
        if background is not None:
            where.append("COALESCE(background, FALSE) = ?")
            params.append(bool(background))
        if actor:
            where.append("actor_keys LIKE ?")
            params.append(f"%|{actor.lower()}|%")
        if type:
            where.append("type = ?")
            params.append(type.upper())
        if mode:
            where.append("mode = ?")
            params.append(mode.lower())
        if story_id:
            where.append("story_id = ?")
            params.append(story_id)
        if since:
            where.append("date >= ?")
            params.append(since)
        if until:
            where.append("date <= ?")
            params.append(until + "\uffff")
        sql = "SELECT data FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date NULLS LAST, id" + _page(limit, offset)
        return [from_dict(Event, json.loads(r[0])) for r in self._fetchall(sql, params)]

    def list_disagreements(self, *, story_id: str | None = None,
                           event_id: str | None = None) -> list[Disagreement]:
        where, params = [], []
        if story_id:
            where.append("story_id = ?")
            params.append(story_id)
        if event_id:
            where.append("event_id = ?")
            params.append(event_id)
        sql = "SELECT data FROM disagreements"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY story_id, id"
        return [from_dict(Disagreement, json.loads(r[0])) for r in self._fetchall(sql, params)]

    # -- state -------------------------------------------------------------------
    def get_state(self, key: str) -> Any | None:
        rows = self._fetchall("SELECT data FROM state WHERE key = ?", [key])
        return json.loads(rows[0][0]) if rows else None

    def get_states(self, keys: Iterable[str]) -> dict[str, Any]:
        """Several state values in one query; missing keys are absent from the result."""
        return {k: json.loads(v) for k, v in self._in("state", "key", list(dict.fromkeys(keys)), "key, data")}

    def put_states(self, items: dict[str, Any]) -> None:
        with self.transaction():
            self._upsert("state", ["key", "data"], [(k, dumps(v)) for k, v in items.items()])

    def put_state(self, key: str, value: Any) -> None:
        with self.transaction():
            self._upsert("state", ["key", "data"], [(key, dumps(value))])

    def scan_states(self, prefix: str) -> dict[str, Any]:
        """Every state value whose key starts with ``prefix`` (a range scan on the primary key)."""
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return {k: json.loads(v) for k, v in
                self._fetchall("SELECT key, data FROM state WHERE key >= ? AND key < ?", [prefix, upper])}

    def get_counters(self) -> dict[str, int]:
        return {k: int(n) for k, n in self._fetchall("SELECT key, n FROM counters")}

    def put_counters(self, values: dict[str, int]) -> None:
        with self.transaction():
            self._upsert("counters", ["key", "n"], list(values.items()))

    def put_signatures(self, rows: dict[str, tuple[str, Any]]) -> None:
        """``article id -> (day, signature)``; day is ``YYYY-MM-DD`` or ``undated``."""
        with self.transaction():
            self._upsert("signatures", ["article_id", "day", "data"],
                         [(aid, day, dumps(sig)) for aid, (day, sig) in rows.items()])

    def signatures_on(self, days: Iterable[str]) -> dict[str, tuple[str, Any]]:
        return {aid: (day, json.loads(data)) for aid, day, data in
                self._in("signatures", "day", list(dict.fromkeys(days)), "article_id, day, data")}

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "actors", "stories", "events", "disagreements"):
            out[table] = int(self._fetchall(f"SELECT count(*) FROM {table}")[0][0])
        return out


def _page(limit: int | None, offset: int) -> str:
    sql = ""
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    if offset:
        sql += f" OFFSET {int(offset)}"
    return sql
