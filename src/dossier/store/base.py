"""The storage interface, and the SQL that DuckDB and PostgreSQL share.

One protocol (:class:`Store`), two implementations, the same tests for both —
the shape of datasketch's storage layer. Both databases run the same
statements; every write of a batch happens in one transaction, so a crash
leaves either the whole batch or none of it.

Records and relations. A record of :mod:`dossier.records` is kept as one JSON
document beside the typed columns the queries filter and sort on, so that a
new field of a record needs no migration. What *grows with the archive* is
not kept in documents but in relation tables, written in the same transaction
as the documents:

* ``article_actors (article_id, actor_id)``: which articles name an actor,
  from the resolved mentions. ``Actor.article_ids`` is not stored in the
  actor's document (it was rewritten whole on every upsert and grew with the
  corpus); reads fill it from here, all of it or the latest ``article_ids``
  of them, and ``actors.n_articles`` keeps the count for sorting;
* ``story_articles (story_id, article_id, pos)``: story membership, in the
  order the linker placed the articles. ``Story.article_ids`` is filled from
  here on every read; a write inserts and deletes only the rows that changed;
  ``stories.n_articles`` keeps the count, written with the membership (lists
  show it without counting the relation);
* ``event_actors (event_id, role, key, actor_id, story_id)``: who takes part in
  an event, one row per key an actor filter may name (the actor id, its
  country, its canonical name, the article's words), lower-cased; it
  replaced a pipe-joined string searched with ``LIKE '%|x|%'``, which read
  every event. The event's story is copied beside it (an event's rows are
  rewritten whenever the event is), so that "stories of an actor" reads this
  table alone rather than joining it with every event;
* ``event_sources (event_id, mention_id, article_id, outlet, outlet_key)``:
  who reported an event, for the outlet filter and an actor's outlet counts.

Lists are filtered, sorted and paged in SQL: a page is found by its ids on
the narrow columns (``ORDER BY ... LIMIT``, or a keyset condition ``after``
the last row of the previous page, which costs the same however deep the page
is), then its documents are read by primary key. A list asked with
``count=True`` comes back as a :class:`Counted` list that also says how many
items its filters select; without a cursor that count is a window over the
same statement (``count(*) OVER ()``, computed before the ``LIMIT``) when the
filters go through another table, so a page filtered by actor, outlet or
story costs one pass over its filter, not two.

Schema versions: :mod:`dossier.store.migrations` upgrades a store written by
an earlier release when it is opened; ``SCHEMA`` here is always the latest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol, runtime_checkable

from dossier.records import (
    Actor,
    ActorRef,
    Analysis,
    Article,
    Disagreement,
    Event,
    EventMention,
    Mention,
    Story,
    StoryProfile,
    TimeExpr,
    from_dict,
    to_dict,
)

# an actor record's article_ids are treated as "recently seen": a resolver appends the article it just
# resolved, so the pairs of the last few are written on upsert (the mentions write the rest)
ACTOR_IDS_WRITTEN = 64

# a keyset cursor: the sort values of the last row of the previous page, its id last
After = tuple[Any, ...]


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
    def get_articles(self, article_ids: Iterable[str]) -> dict[str, Article]: ...
    def get_analysis(self, article_id: str) -> Analysis | None: ...
    def iter_analyses(self, article_ids: Iterable[str] | None = None) -> Iterator[Analysis]: ...
    def list_articles(self, *, since: str | None = None, until: str | None = None,
                      outlet: str | None = None, story_id: str | None = None, limit: int | None = None,
                      offset: int = 0, after: After | None = None, bodies: bool = True,
                      count: bool = False) -> list[Article]: ...
    def count_articles(self, *, since: str | None = None, until: str | None = None,
                       outlet: str | None = None, story_id: str | None = None) -> int: ...

    # actors
    def upsert_actors(self, actors: Sequence[Actor]) -> None: ...
    def get_actor(self, actor_id: str, *, article_ids: int | None = None) -> Actor | None: ...
    def list_actors(self, *, q: str | None = None, country: str | None = None, sector: str | None = None,
                    order: str = "name", limit: int | None = None, offset: int = 0,
                    after: After | None = None, article_ids: int | None = None,
                    places: bool = True, participants: bool = False, count: bool = False) -> list[Actor]: ...
    def count_actors(self, *, q: str | None = None, country: str | None = None,
                     sector: str | None = None, places: bool = True, participants: bool = False) -> int: ...
    def actor_names(self, actor_ids: Iterable[str]) -> dict[str, str]: ...

    # linking output
    def write_links(self, stories: Sequence[Story], events: Sequence[Event],
                    disagreements: Sequence[Disagreement], *,
                    delete_stories: Sequence[str] = (), delete_events: Sequence[str] = (),
                    delete_disagreements: Sequence[str] = (),
                    replace_story_links: Sequence[str] = ()) -> None: ...
    def get_story(self, story_id: str, *, article_ids: int | None = None) -> Story | None: ...
    def get_stories(self, story_ids: Iterable[str], *, article_ids: bool = True) -> dict[str, Story]: ...
    def story_sizes(self, story_ids: Iterable[str]) -> dict[str, int]: ...
    def first_published(self, story_ids: Iterable[str]) -> dict[str, str]: ...
    def list_stories(self, *, since: str | None = None, until: str | None = None,
                     outlet: str | None = None, actor: str | None = None,
                     limit: int | None = None, offset: int = 0, after: After | None = None,
                     article_ids: int | None = None, count: bool = False) -> list[Story]: ...
    def count_stories(self, *, since: str | None = None, until: str | None = None,
                      outlet: str | None = None, actor: str | None = None) -> int: ...
    def stories_of(self, article_ids: Iterable[str]) -> dict[str, str]: ...
    def largest_stories(self, limit: int = 10) -> list[tuple[str, int]]: ...
    def stories_in_window(self, since: str | None, until: str | None) -> list[Story]: ...
    def get_event(self, event_id: str) -> Event | None: ...
    def list_events(self, *, actor: str | None = None, type: str | None = None,
                    mode: str | None = None, story_id: str | None = None,
                    since: str | None = None, until: str | None = None,
                    limit: int | None = None, offset: int = 0, outlet: str | None = None,
                    min_confidence: float | None = None, background: bool | None = None,
                    newest_first: bool = False, after: After | None = None,
                    count: bool = False) -> list[Event]: ...
    def count_events(self, **filters: Any) -> int: ...
    def event_participants(self, **filters: Any) -> list[Event]: ...
    def event_counts(self, **filters: Any) -> tuple[int, int]: ...
    def event_outlets(self, *, actor: str, limit: int = 100, **filters: Any) -> list[tuple[str | None, str | None, int]]: ...
    def list_disagreements(self, *, story_id: str | None = None, event_id: str | None = None,
                           field: str | None = None, limit: int | None = None,
                           offset: int = 0, after: After | None = None,
                           count: bool = False) -> list[Disagreement]: ...
    def count_disagreements(self, *, story_id: str | None = None, event_id: str | None = None,
                            field: str | None = None) -> int: ...

    # linking state (see link/linker.py): story profiles, the story index, stories waiting for a re-merge
    def get_profiles(self, story_ids: Iterable[str]) -> dict[str, StoryProfile]: ...
    def put_profiles(self, profiles: dict[str, StoryProfile]) -> None: ...
    def get_index(self, keys: Iterable[str]) -> dict[str, list[str]]: ...
    def index_entries(self, keys: Iterable[str]) -> dict[str, tuple[list[str], str | None]]: ...
    def put_index(self, entries: dict[str, list[str]], days: dict[str, str | None] | None = None) -> None: ...
    def prune_index(self, before: str, keep_prefixes: Sequence[str] = ()) -> int: ...
    def pending_stories(self) -> list[str]: ...
    def put_pending(self, *, add: Iterable[str], remove: Iterable[str]) -> None: ...

    # the stories filed under each lead key (link/background.py): rows ``[story_id, first_published, day,
    # date_text, stems]`` per key, oldest filing first
    def get_lead_keys(self, keys: Iterable[str]) -> dict[str, list[list[Any]]]: ...
    def lead_keys_of(self, story_id: str) -> set[str]: ...
    def put_lead_keys(self, entries: dict[str, list[list[Any]]]) -> None: ...

    # key/value state for single values (the linker's generation token)
    def get_state(self, key: str) -> Any | None: ...
    def get_states(self, keys: Iterable[str]) -> dict[str, Any]: ...
    def put_states(self, items: dict[str, Any]) -> None: ...
    def put_state(self, key: str, value: Any) -> None: ...
    def scan_states(self, prefix: str) -> dict[str, Any]: ...

    # integer counters kept row by row (document frequencies), so a batch writes only what changed
    def get_counters(self) -> dict[str, int]: ...
    def put_counters(self, values: dict[str, int]) -> None: ...

    # wire-copy signatures, filed by publication day (see ingest/dedup.py)
    def put_signatures(self, rows: dict[str, tuple[str, Any]]) -> None: ...
    def signatures_on(self, days: Iterable[str]) -> dict[str, tuple[str, Any]]: ...

    def counts(self) -> dict[str, int]: ...
    def schema_version(self) -> int: ...


SCHEMA_VERSION = 10

# the latest schema: a new store is created from it; an older store is brought to it by migrations
SCHEMA = [
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS articles (
        id TEXT PRIMARY KEY, content_hash TEXT, published TEXT, outlet TEXT,
        source TEXT, duplicate_of TEXT, data TEXT NOT NULL, outlet_key TEXT)""",
    "CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash)",
    "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
    "CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet_key)",
    """CREATE TABLE IF NOT EXISTS analyses (
        article_id TEXT PRIMARY KEY, mentions TEXT NOT NULL, timexes TEXT NOT NULL,
        events TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS actors (
        id TEXT PRIMARY KEY, name TEXT, country TEXT, sector TEXT, data TEXT NOT NULL,
        names TEXT, n_articles INTEGER DEFAULT 0, kind TEXT)""",
    """CREATE TABLE IF NOT EXISTS article_actors (
        article_id TEXT NOT NULL, actor_id TEXT NOT NULL, PRIMARY KEY (article_id, actor_id))""",
    "CREATE INDEX IF NOT EXISTS article_actors_actor ON article_actors (actor_id)",
    """CREATE TABLE IF NOT EXISTS stories (
        id TEXT PRIMARY KEY, first_published TEXT, last_published TEXT, data TEXT NOT NULL,
        n_articles INTEGER DEFAULT 0)""",
    "CREATE INDEX IF NOT EXISTS stories_first ON stories (first_published)",
    """CREATE TABLE IF NOT EXISTS story_articles (
        story_id TEXT NOT NULL, article_id TEXT NOT NULL, pos INTEGER NOT NULL,
        PRIMARY KEY (story_id, article_id))""",
    "CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles (article_id)",
    """CREATE TABLE IF NOT EXISTS events (
        id TEXT PRIMARY KEY, type TEXT, mode TEXT, date TEXT, story_id TEXT,
        confidence DOUBLE PRECISION, background BOOLEAN, data TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS events_date ON events (date)",
    "CREATE INDEX IF NOT EXISTS events_story ON events (story_id)",
    """CREATE TABLE IF NOT EXISTS event_actors (
        event_id TEXT NOT NULL, role TEXT NOT NULL, key TEXT NOT NULL, actor_id TEXT, story_id TEXT,
        PRIMARY KEY (event_id, role, key))""",
    "CREATE INDEX IF NOT EXISTS event_actors_key ON event_actors (key)",
    """CREATE TABLE IF NOT EXISTS event_sources (
        event_id TEXT NOT NULL, mention_id TEXT NOT NULL, article_id TEXT, outlet TEXT, outlet_key TEXT,
        PRIMARY KEY (event_id, mention_id))""",
    "CREATE INDEX IF NOT EXISTS event_sources_outlet ON event_sources (outlet_key)",
    """CREATE TABLE IF NOT EXISTS disagreements (
        id TEXT PRIMARY KEY, story_id TEXT, event_id TEXT, field TEXT, data TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS disagreements_story ON disagreements (story_id)",
    "CREATE INDEX IF NOT EXISTS disagreements_event ON disagreements (event_id)",
    "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, data TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS link_profiles (story_id TEXT PRIMARY KEY, data TEXT NOT NULL)",
    # day: the latest publication day a story was filed under the key (linking reads content keys only
    # within a window of it, and prunes those older than the window: link/linker.py)
    "CREATE TABLE IF NOT EXISTS link_index (key TEXT PRIMARY KEY, stories TEXT NOT NULL, day TEXT)",
    "CREATE TABLE IF NOT EXISTS link_pending (story_id TEXT PRIMARY KEY)",
    # a lead key's stories, in the order they were filed (pos); looked up by key, and by story on a re-merge
    """CREATE TABLE IF NOT EXISTS story_lead_keys (
        key TEXT NOT NULL, story_id TEXT NOT NULL, pos INTEGER NOT NULL, first_published TEXT,
        day TEXT NOT NULL, date_text TEXT NOT NULL, stems TEXT NOT NULL, PRIMARY KEY (key, story_id))""",
    "CREATE INDEX IF NOT EXISTS story_lead_keys_story ON story_lead_keys (story_id)",
    "CREATE TABLE IF NOT EXISTS counters (key TEXT PRIMARY KEY, n BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS signatures (article_id TEXT PRIMARY KEY, day TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS signatures_day ON signatures (day)",
]

CHUNK = 500  # values per IN list / rows per multi-row statement


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _lower(value: str | None) -> str | None:
    return value.lower() if value else None


LEAD_KEY_COLUMNS = ["key", "story_id", "pos", "first_published", "day", "date_text", "stems"]


def lead_key_rows(entries: dict[str, list[list[Any]]]) -> list[tuple]:
    """Rows of ``story_lead_keys`` for each key's stories, ``pos`` their place in its list."""
    return [(key, sid, pos, first, day or "", text or "", dumps(list(stems or [])))
            for key, rows in sorted(entries.items())
            for pos, (sid, first, day, text, stems) in enumerate(rows)]


EVENT_ACTOR_COLUMNS = ["event_id", "role", "key", "actor_id", "story_id"]


def event_actor_rows(event: Event) -> list[tuple[str, str, str, str | None, str | None]]:
    """``(event_id, role, key, actor_id, story_id)``: every key an actor filter may name a participant by
    (the event's story beside it, so that stories are found by actor without going through the events)."""
    rows: dict[tuple[str, str], str | None] = {}
    for role, refs in (("actor", event.actors), ("recipient", event.recipients)):
        for ref in refs:
            for k in (ref.actor_id, ref.name, ref.country, ref.text):
                if k:
                    rows.setdefault((role, k.lower()), ref.actor_id)
    return [(event.id, role, key, actor_id, event.story_id) for (role, key), actor_id in rows.items()]


def event_source_rows(event: Event) -> list[tuple[str, str, str, str | None, str | None]]:
    """``(event_id, mention_id, article_id, outlet, outlet_key)`` for every report of an event."""
    rows = {}
    for m in event.mentions:
        rows.setdefault(m.event_mention_id or m.article_id, (m.article_id, m.outlet, _lower(m.outlet)))
    return [(event.id, mid, aid, outlet, key) for mid, (aid, outlet, key) in rows.items()]


def actor_document(actor: Actor) -> str:
    """The actor's JSON without what the relation tables hold."""
    d = to_dict(actor)
    d.pop("article_ids", None)
    d.pop("n_articles", None)
    return dumps(d)


def actor_names_column(actor: Actor) -> str:
    """Name and variants, lower-cased, one a line: what the ``q`` filter searches."""
    return "\n".join(dict.fromkeys(v.lower() for v in [actor.name, *actor.variants] if v))


def story_document(story: Story) -> str:
    """The story's JSON without what ``story_articles`` holds."""
    d = to_dict(story)
    d.pop("article_ids", None)
    d.pop("n_articles", None)
    return dumps(d)


class _Where:
    """Filter clauses and their parameters, in the order they are added."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""

    def subqueries(self) -> bool:
        """Whether a clause filters through another table (``IN (SELECT ...)``)."""
        return any("SELECT" in c for c in self.clauses)

    def copy(self) -> _Where:
        out = _Where()
        out.clauses, out.params = list(self.clauses), list(self.params)
        return out


class Counted(list):
    """A page of a list, and in ``total`` how many items the list's filters select (all pages)."""

    total: int = 0

    def __init__(self, items: Iterable[Any] = (), total: int = 0) -> None:
        super().__init__(items)
        self.total = total


def _keyset(where: _Where, columns: Sequence[tuple[str, bool, bool, type]], after: After) -> None:
    """Rows after ``after`` (the sort values of the last row seen, its id last) in the order
    ``columns``: ``(column, descending, nullable, type)`` each, NULLS LAST, the primary key last.
    ValueError when ``after`` does not fit them."""
    if len(after) != len(columns):
        raise ValueError(f"a cursor of {len(columns)} values was expected, not {len(after)}")
    after = tuple(v if v is None else kind(v) for (*_, kind), v in zip(columns, after))
    terms: list[str] = []
    params: list[Any] = []
    equal: list[str] = []
    equal_params: list[Any] = []
    for (column, desc, nullable, _), value in zip(columns, after):
        if value is not None:  # nothing sorts after NULL in a NULLS LAST column
            beyond = f"{column} {'<' if desc else '>'} ?" + (f" OR {column} IS NULL" if nullable else "")
            terms.append("(" + " AND ".join([*equal, f"({beyond})"]) + ")")
            params.extend([*equal_params, value])
            equal.append(f"{column} = ?")
            equal_params.append(value)
        else:
            equal.append(f"{column} IS NULL")
    where.add("(" + (" OR ".join(terms) or "FALSE") + ")", *params)


def _after(filters: _Where, columns: Sequence[tuple[str, bool, bool, type]], after: After | None) -> _Where:
    """``filters`` and, given a cursor, the keyset condition of the rows after it (a copy: the filters alone
    still say what a count counts)."""
    if after is None:
        return filters
    where = filters.copy()
    _keyset(where, columns, after)
    return where


def _counted(items: list, total: int | None) -> list:
    return items if total is None else Counted(items, total)


# sort orders of the lists: (column, descending, nullable, type of its values)
ARTICLE_ORDER = (("published", False, True, str), ("id", False, False, str))
STORY_ORDER = (("first_published", False, True, str), ("id", False, False, str))
EVENT_ORDER = (("date", False, True, str), ("id", False, False, str))
EVENT_ORDER_NEWEST = (("date", True, True, str), ("id", True, False, str))
ACTOR_ORDER = (("name", False, False, str), ("id", False, False, str))
ACTOR_ORDER_ARTICLES = (("n_articles", True, False, int), ("name", False, False, str), ("id", False, False, str))
DISAGREEMENT_ORDER = (("story_id", False, True, str), ("id", False, False, str))

STORY_COLUMNS = "id, data, n_articles"  # what a story is read from (its members come from story_articles)


def _order_sql(columns: Sequence[tuple[str, bool, bool, type]]) -> str:
    return ", ".join(f"{c}{' DESC' if desc else ''}{' NULLS LAST' if nullable else ''}"
                     for c, desc, nullable, _ in columns)


def _page(limit: int | None, offset: int) -> str:
    sql = ""
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    if offset:
        sql += f" OFFSET {int(offset)}"
    return sql


class SQLStore:
    """The SQL both stores run; subclasses supply the connection and placeholder."""

    placeholder = "?"
    url = ""
    # True where several threads may read at once (each through a cursor of its own); else one at a time
    concurrent_reads = False

    def __init__(self) -> None:
        self._in_tx = False
        self._dirty_actors: set[str] = set()
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
            self._recount_actors()
        except BaseException:
            self._dirty_actors.clear()
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
        from dossier.store.migrations import prepare

        prepare(self)

    def schema_version(self) -> int:
        from dossier.store.migrations import current_version

        return current_version(self)

    def _upsert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        key = columns[0]
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns[1:])
        # a key repeated within one statement is an error in both databases, so the last write wins here
        latest = {row[0]: row for row in rows}
        self._insert(table, columns, list(latest.values()), f"ON CONFLICT ({key}) DO UPDATE SET {updates}")

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                conflict: str = "ON CONFLICT DO NOTHING") -> None:
        """Multi-row INSERTs (row-by-row executemany costs milliseconds a row in DuckDB)."""
        if not rows:
            return
        cols = ", ".join(columns)
        row_marks = "(" + ", ".join("?" for _ in columns) + ")"
        step = max(200, 2000 // len(columns))
        for start in range(0, len(rows), step):
            chunk = rows[start:start + step]
            self._execute(f"INSERT INTO {table} ({cols}) VALUES {', '.join(row_marks for _ in chunk)} {conflict}",
                          [v for row in chunk for v in row])

    def _delete(self, table: str, ids: Iterable[str], column: str = "id") -> None:
        ids = list(ids)
        for chunk_start in range(0, len(ids), CHUNK):
            chunk = ids[chunk_start:chunk_start + CHUNK]
            marks = ", ".join("?" for _ in chunk)
            self._execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", chunk)

    def _in(self, table: str, column: str, values: Sequence[str], select: str, suffix: str = "") -> list[tuple]:
        out: list[tuple] = []
        values = list(values)
        for chunk_start in range(0, len(values), CHUNK):
            chunk = values[chunk_start:chunk_start + CHUNK]
            marks = ", ".join("?" for _ in chunk)
            out.extend(self._fetchall(f"SELECT {select} FROM {table} WHERE {column} IN ({marks}){suffix}", chunk))
        return out

    def _page_ids(self, table: str, where: _Where, order: str, limit: int | None, offset: int) -> list[str]:
        return [r[0] for r in self._page_rows("id", table, where, order, limit, offset)[0]]

    def _page_rows(self, select: str, table: str, where: _Where, order: str, limit: int | None, offset: int,
                   count: _Where | None = None) -> tuple[list[tuple], int | None]:
        """The rows of one page, and with ``count`` (the filters without a cursor) how many rows those
        select: in the same statement when ``count`` is ``where`` itself (no cursor) and filters through
        another table, else by a second one. The window materialises every row the filters select, which
        is cheap for a membership filter (an actor's events, a story's articles) and dearer than a second
        pass for plain column predicates (counting 100 000 articles reads one column; numbering them for a
        window costs 20 ms)."""
        sql = f"FROM {table}{where.sql()} ORDER BY {order}" + _page(limit, offset)
        if count is where and where.subqueries():
            rows = self._fetchall(f"SELECT {select}, count(*) OVER () {sql}", where.params)
            if rows:
                return [r[:-1] for r in rows], int(rows[0][-1])
            return [], self._count(table, count) if offset else 0  # a page past the end counts apart
        rows = self._fetchall(f"SELECT {select} {sql}", where.params)
        return rows, None if count is None else self._count(table, count)

    def _docs(self, table: str, ids: Sequence[str], columns: str = "id, data") -> list[tuple]:
        """``(id, data)`` (or the ``columns`` named, the id first) of ``ids`` that exist, in the order given."""
        found = {r[0]: r for r in self._in(table, "id", list(dict.fromkeys(ids)), columns)}
        return [found[i] for i in ids if i in found]

    def _count(self, table: str, where: _Where) -> int:
        return int(self._fetchall(f"SELECT count(*) FROM {table}{where.sql()}", where.params)[0][0])

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
            ids = [a.article.id for a in analyses]
            rewritten = self.known_ids(ids)
            self._upsert(
                "articles",
                ["id", "content_hash", "published", "outlet", "outlet_key", "source", "duplicate_of", "data"],
                [(a.article.id, a.article.content_hash, a.article.published, a.article.outlet,
                  _lower(a.article.outlet), a.article.source, a.article.duplicate_of, dumps(to_dict(a.article)))
                 for a in analyses],
            )
            self._upsert(
                "analyses",
                ["article_id", "mentions", "timexes", "events"],
                [(a.article.id,
                  dumps([to_dict(m) for m in a.mentions]),
                  dumps([to_dict(t) for t in a.timexes]),
                  dumps([to_dict(e) for e in a.events])) for a in analyses],
            )
            pairs = sorted({(a.article.id, m.actor_id) for a in analyses for m in a.mentions if m.actor_id})
            if rewritten:  # an article written again names the actors of its new analysis only
                self._dirty_actors.update(r[0] for r in self._in("article_actors", "article_id",
                                                                 sorted(rewritten), "actor_id"))
                self._delete("article_actors", sorted(rewritten), column="article_id")
            self._insert("article_actors", ["article_id", "actor_id"], pairs)
            self._dirty_actors.update(actor for _, actor in pairs)

    def get_article(self, article_id: str) -> Article | None:
        rows = self._fetchall("SELECT data FROM articles WHERE id = ?", [article_id])
        return from_dict(Article, json.loads(rows[0][0])) if rows else None

    def get_articles(self, article_ids: Iterable[str]) -> dict[str, Article]:
        return {i: from_dict(Article, json.loads(d))
                for i, d in self._in("articles", "id", list(dict.fromkeys(article_ids)), "id, data")}

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
        if article_ids is None:
            ids = [r[0] for r in self._fetchall("SELECT id FROM articles ORDER BY published NULLS LAST, id")]
        else:
            ids = list(article_ids)
        for start in range(0, len(ids), 200):
            chunk = ids[start:start + 200]
            # two lookups by primary key: a join would read the whole analyses table for a few rows
            articles = dict(self._in("articles", "id", list(dict.fromkeys(chunk)), "id, data"))
            parts = {r[0]: r[1:] for r in self._in("analyses", "article_id", list(articles),
                                                    "article_id, mentions, timexes, events")}
            for article_id in chunk:
                if article_id in articles:
                    yield self._analysis_from_rows(articles[article_id], *parts.get(article_id, (None,) * 3))

    def _article_filter(self, since: str | None, until: str | None, outlet: str | None,
                        story_id: str | None) -> _Where:
        where = _Where()
        if since:
            where.add("published >= ?", since)
        if until:
            where.add("published <= ?", until + "\uffff")  # until=2024-03 keeps the whole of March
        if outlet:
            where.add("outlet_key = ?", outlet.lower())
        if story_id:
            where.add("id IN (SELECT article_id FROM story_articles WHERE story_id = ?)", story_id)
        return where

    def list_articles(self, *, since: str | None = None, until: str | None = None,
                      outlet: str | None = None, story_id: str | None = None, limit: int | None = None,
                      offset: int = 0, after: After | None = None, bodies: bool = True,
                      count: bool = False) -> list[Article]:
        """Articles by publication date (undated last); ``bodies=False`` leaves ``text`` and ``cleaning``
        empty (what a list shows is the headline: the body is nine tenths of a document, and a page of
        50 articles was 210 kB with them); ``count``: a :class:`Counted` list."""
        filters = self._article_filter(since, until, outlet, story_id)
        where = _after(filters, ARTICLE_ORDER, after)
        with self.session():
            rows, total = self._page_rows("id", "articles", where, _order_sql(ARTICLE_ORDER), limit, offset,
                                          filters if count else None)
            docs = [json.loads(d) for _, d in self._docs("articles", [r[0] for r in rows])]
        if not bodies:
            for d in docs:
                d["text"], d["cleaning"] = "", []
        return _counted([from_dict(Article, d) for d in docs], total)

    def count_articles(self, *, since: str | None = None, until: str | None = None,
                       outlet: str | None = None, story_id: str | None = None) -> int:
        return self._count("articles", self._article_filter(since, until, outlet, story_id))

    # -- actors ------------------------------------------------------------------
    def upsert_actors(self, actors: Sequence[Actor]) -> None:
        with self.transaction():
            # n_articles is not among the columns: an upsert keeps the count, a new row starts at 0
            self._upsert("actors", ["id", "name", "country", "sector", "kind", "names", "data"],
                         [(a.id, a.name, a.country, a.sector, a.kind, actor_names_column(a), actor_document(a))
                          for a in actors])
            pairs = sorted({(aid, a.id) for a in actors for aid in a.article_ids[-ACTOR_IDS_WRITTEN:]})
            self._insert("article_actors", ["article_id", "actor_id"], pairs)
            self._dirty_actors.update(a.id for a in actors)

    def _recount_actors(self) -> None:
        """``actors.n_articles`` of the actors whose article pairs this transaction touched."""
        ids, self._dirty_actors = sorted(self._dirty_actors), set()
        if not ids:
            return
        counts = dict.fromkeys(ids, 0)
        counts.update({a: int(n) for a, n in self._in("article_actors", "actor_id", ids, "actor_id, count(*)",
                                                       " GROUP BY actor_id")})
        rows = sorted(counts.items())
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start:start + CHUNK]
            self._execute("UPDATE actors SET n_articles = v.n FROM (VALUES "
                          + ", ".join("(?, CAST(? AS INTEGER))" for _ in chunk)
                          + ") AS v (id, n) WHERE actors.id = v.id", [x for row in chunk for x in row])

    def _actors(self, rows: list[tuple[str, str, int | None]], article_ids: int | None) -> list[Actor]:
        """Actors from ``(id, data, n_articles)`` rows, with all (None) or the latest ``article_ids``."""
        ids = [r[0] for r in rows]
        linked: dict[str, list[str]] = {}
        if article_ids is None or article_ids > 0:
            linked = self._actor_articles(ids, article_ids)
        out = []
        for actor_id, data, n in rows:
            a = from_dict(Actor, json.loads(data))
            a.n_articles = int(n or 0)
            # stores written before the relation kept the list in the document: the relation wins
            a.article_ids = linked.get(actor_id, [])
            out.append(a)
        return out

    def _actor_articles(self, actor_ids: list[str], latest: int | None) -> dict[str, list[str]]:
        """Article ids per actor, latest last (by publication date, undated ones first); only the latest
        ``latest`` if given."""
        out: dict[str, list[str]] = {}
        if len(actor_ids) == 1 and latest is not None:  # one actor's page: a top-N, no window over its articles
            rows = self._fetchall("SELECT aa.article_id FROM article_actors aa LEFT JOIN articles a "
                                  "ON a.id = aa.article_id WHERE aa.actor_id = ? "
                                  "ORDER BY a.published DESC NULLS LAST, aa.article_id DESC LIMIT ?",
                                  [actor_ids[0], int(latest)])
            return {actor_ids[0]: [r[0] for r in reversed(rows)]} if rows else {}
        rank = ("row_number() OVER (PARTITION BY aa.actor_id ORDER BY a.published DESC NULLS LAST, "
                "aa.article_id DESC)")
        for start in range(0, len(actor_ids), CHUNK):
            chunk = actor_ids[start:start + CHUNK]
            marks = ", ".join("?" for _ in chunk)
            inner = (f"SELECT aa.actor_id, aa.article_id, a.published, {rank} AS r FROM article_actors aa "
                     f"LEFT JOIN articles a ON a.id = aa.article_id WHERE aa.actor_id IN ({marks})")
            sql = f"SELECT actor_id, article_id FROM ({inner}) x"
            params: list[Any] = list(chunk)
            if latest is not None:
                sql += " WHERE r <= ?"
                params.append(latest)
            sql += " ORDER BY actor_id, r DESC"
            for actor_id, article_id in self._fetchall(sql, params):
                out.setdefault(actor_id, []).append(article_id)
        return out

    def get_actor(self, actor_id: str, *, article_ids: int | None = None) -> Actor | None:
        """The actor; ``article_ids``: how many of its latest articles to list (None: all)."""
        with self.session():
            rows = self._fetchall("SELECT id, data, n_articles FROM actors WHERE id = ?", [actor_id])
            return self._actors(rows, article_ids)[0] if rows else None

    def _actor_filter(self, q: str | None, country: str | None, sector: str | None,
                      places: bool = True, participants: bool = False) -> _Where:
        where = _Where()
        if not places:
            where.add("(kind IS NULL OR kind <> ?)", "place")
        if participants:
            where.add("id IN (SELECT actor_id FROM event_actors WHERE actor_id IS NOT NULL)")
        if q:
            needle = q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where.add("names LIKE ? ESCAPE '\\'", f"%{needle}%")
        if country:
            where.add("upper(country) = ?", country.upper())
        if sector:
            where.add("upper(sector) = ?", sector.upper())
        return where

    def list_actors(self, *, q: str | None = None, country: str | None = None, sector: str | None = None,
                    order: str = "name", limit: int | None = None, offset: int = 0, after: After | None = None,
                    article_ids: int | None = None, places: bool = True, participants: bool = False,
                    count: bool = False) -> list[Actor]:
        """Actors by name (``order="articles"``: most articles first); ``q`` is part of a name or variant;
        ``article_ids``: how many of each actor's latest articles to list (None: all, 0: none); ``places``:
        also the places (kind ``place``: cities, regions, facilities), which are kept as actors so that
        events and stories can name where things happened, but do not act; ``participants``: only those
        that take part in a stored event (as actor or recipient, shown or not); ``count``: a
        :class:`Counted` list."""
        filters = self._actor_filter(q, country, sector, places, participants)
        by = ACTOR_ORDER_ARTICLES if order == "articles" else ACTOR_ORDER
        where = _after(filters, by, after)
        with self.session():
            rows, total = self._page_rows("id, data, n_articles", "actors", where, _order_sql(by), limit, offset,
                                          filters if count else None)
            return _counted(self._actors(rows, article_ids), total)

    def count_actors(self, *, q: str | None = None, country: str | None = None, sector: str | None = None,
                     places: bool = True, participants: bool = False) -> int:
        return self._count("actors", self._actor_filter(q, country, sector, places, participants))

    def actor_names(self, actor_ids: Iterable[str]) -> dict[str, str]:
        """Canonical names of the actors among ``actor_ids`` that exist."""
        return {i: n for i, n in self._in("actors", "id", sorted(set(actor_ids)), "id, name")}

    # -- links -------------------------------------------------------------------
    def write_links(self, stories: Sequence[Story], events: Sequence[Event],
                    disagreements: Sequence[Disagreement], *,
                    delete_stories: Sequence[str] = (), delete_events: Sequence[str] = (),
                    delete_disagreements: Sequence[str] = (),
                    replace_story_links: Sequence[str] = ()) -> None:
        """Upsert; ``replace_story_links``: story ids whose previous events and disagreements go first."""
        with self.transaction():
            replaced = list(replace_story_links)
            gone = set(delete_events) | {e.id for e in events}
            if replaced:
                gone.update(r[0] for r in self._in("events", "story_id", replaced, "id"))
            for table in ("event_actors", "event_sources"):
                self._delete(table, sorted(gone), column="event_id")
            self._delete("events", replaced, column="story_id")
            self._delete("disagreements", replaced, column="story_id")
            self._delete("stories", list(delete_stories))
            self._delete("story_articles", list(delete_stories), column="story_id")
            self._delete("events", list(delete_events))
            self._delete("disagreements", list(delete_disagreements))
            self._upsert("stories", ["id", "first_published", "last_published", "n_articles", "data"],
                         [(s.id, s.first_published, s.last_published, len(dict.fromkeys(s.article_ids)),
                           story_document(s)) for s in stories])
            self._write_members(stories)
            self._upsert("events", ["id", "type", "mode", "date", "story_id", "confidence", "background", "data"],
                         [(e.id, e.type, e.mode, e.date, e.story_id, getattr(e, "confidence", None),
                           getattr(e, "background", None), dumps(to_dict(e))) for e in events])
            latest = {e.id: e for e in events}.values()
            self._insert("event_actors", EVENT_ACTOR_COLUMNS, [r for e in latest for r in event_actor_rows(e)])
            self._insert("event_sources", ["event_id", "mention_id", "article_id", "outlet", "outlet_key"],
                         [r for e in latest for r in event_source_rows(e)])
            self._upsert("disagreements", ["id", "story_id", "event_id", "field", "data"],
                         [(d.id, d.story_id, d.event_id, d.field, dumps(to_dict(d))) for d in disagreements])

    def _write_members(self, stories: Sequence[Story]) -> None:
        """``story_articles`` brought to the stories' lists, writing only the rows that changed: the linker
        writes a growing story after every batch that adds to it."""
        if not stories:
            return
        partial = [s.id for s in stories if len(s.article_ids) < s.n_articles]
        if partial:  # read with a bounded article list (an API page): writing it would drop members
            raise ValueError(f"stories read with part of their article list cannot be written: {partial[:3]}")
        want = {s.id: {aid: pos for pos, aid in enumerate(dict.fromkeys(s.article_ids))} for s in stories}
        have: dict[str, dict[str, int]] = {}
        for sid, aid, pos in self._in("story_articles", "story_id", list(want), "story_id, article_id, pos"):
            have.setdefault(sid, {})[aid] = int(pos)
        # a story that lost or reordered members is rewritten whole (the linker only ever appends)
        rewrite = [sid for sid, members in want.items()
                   if any(members.get(aid) != pos for aid, pos in have.get(sid, {}).items())]
        self._delete("story_articles", rewrite, column="story_id")
        for sid in rewrite:
            have.pop(sid, None)
        self._insert("story_articles", ["story_id", "article_id", "pos"],
                     [(sid, aid, pos) for sid, members in want.items() for aid, pos in members.items()
                      if aid not in have.get(sid, {})])

    def _stories(self, rows: list[tuple[str, str, int | None]], article_ids: int | None = None) -> list[Story]:
        """Stories from ``(id, data, n_articles)`` rows, their article ids from ``story_articles``: all of them
        (``article_ids`` None), none (0) or the first ``article_ids`` in the linker's order."""
        members: dict[str, list[str]] = {}
        ids = [r[0] for r in rows]
        if article_ids is None:
            if len(ids) > 20 * CHUNK:  # most of the table: one pass beats many IN lists
                found = self._fetchall("SELECT story_id, article_id FROM story_articles ORDER BY story_id, pos")
            else:
                found = self._in("story_articles", "story_id", ids, "story_id, article_id", " ORDER BY story_id, pos")
            wanted = set(ids)
            for sid, aid in found:
                if sid in wanted:
                    members.setdefault(sid, []).append(aid)
        elif article_ids > 0:
            for sid in ids:
                members[sid] = [r[0] for r in self._fetchall(
                    "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY pos LIMIT ?",
                    [sid, int(article_ids)])]
        out = []
        for sid, data, n in rows:
            s = from_dict(Story, json.loads(data))
            s.article_ids = members.get(sid, [])
            s.n_articles = int(n or 0)
            out.append(s)
        return out

    def get_story(self, story_id: str, *, article_ids: int | None = None) -> Story | None:
        """The story; ``article_ids``: how many of its first articles to list (None: all)."""
        with self.session():
            rows = self._fetchall(f"SELECT {STORY_COLUMNS} FROM stories WHERE id = ?", [story_id])
            return self._stories(rows, article_ids)[0] if rows else None

    def get_stories(self, story_ids: Iterable[str], *, article_ids: bool = True) -> dict[str, Story]:
        """The stories among ``story_ids``; ``article_ids=False`` leaves their article lists empty (cheaper
        where only the headline is shown)."""
        with self.session():
            rows = self._in("stories", "id", list(dict.fromkeys(story_ids)), STORY_COLUMNS)
            return {s.id: s for s in self._stories(rows, None if article_ids else 0)}

    def _story_filter(self, since: str | None, until: str | None, outlet: str | None,
                      actor: str | None) -> _Where:
        where = _Where()
        if since:
            where.add("(last_published >= ? OR last_published IS NULL)", since)
        if until:
            where.add("(first_published <= ? OR first_published IS NULL)", until + "\uffff")
        if outlet:
            where.add("id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
                      "WHERE a.outlet_key = ?)", outlet.lower())
        if actor:
            where.add("id IN (SELECT story_id FROM event_actors WHERE key = ?)", actor.lower())
        return where

    def list_stories(self, *, since: str | None = None, until: str | None = None,
                     outlet: str | None = None, actor: str | None = None,
                     limit: int | None = None, offset: int = 0, after: After | None = None,
                     article_ids: int | None = None, count: bool = False) -> list[Story]:
        """Stories by first report (undated last); ``article_ids``: how many of each story's first articles
        to list (None: all, 0: none; ``n_articles`` counts them all); ``count``: a :class:`Counted` list."""
        filters = self._story_filter(since, until, outlet, actor)
        where = _after(filters, STORY_ORDER, after)
        with self.session():
            rows, total = self._page_rows("id", "stories", where, _order_sql(STORY_ORDER), limit, offset,
                                          filters if count else None)
            docs = self._docs("stories", [r[0] for r in rows], STORY_COLUMNS)
            return _counted(self._stories(docs, article_ids), total)

    def count_stories(self, *, since: str | None = None, until: str | None = None,
                      outlet: str | None = None, actor: str | None = None) -> int:
        return self._count("stories", self._story_filter(since, until, outlet, actor))

    def story_sizes(self, story_ids: Iterable[str]) -> dict[str, int]:
        """Articles per story, of the stories among ``story_ids`` that have any."""
        return {sid: int(n) for sid, n in self._in("stories", "id", list(dict.fromkeys(story_ids)), "id, n_articles")
                if n}

    def first_published(self, story_ids: Iterable[str]) -> dict[str, str]:
        """The earliest publication date among each story's articles as stored now (stories among
        ``story_ids`` with a dated article); a story's own ``first_published`` is as of its last re-merge."""
        return {sid: first for sid, first in self._in(
            "story_articles sa JOIN articles a ON a.id = sa.article_id", "sa.story_id",
            list(dict.fromkeys(story_ids)), "sa.story_id, min(a.published)", " GROUP BY sa.story_id") if first}

    def stories_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The story each of ``article_ids`` belongs to (those in a story)."""
        return dict(self._in("story_articles", "article_id", list(dict.fromkeys(article_ids)), "article_id, story_id"))

    def largest_stories(self, limit: int = 10) -> list[tuple[str, int]]:
        """``(story id, articles)`` of the stories with most articles, biggest first."""
        return [(sid, int(n)) for sid, n in self._fetchall(
            "SELECT story_id, count(*) AS n FROM story_articles GROUP BY story_id ORDER BY n DESC, story_id "
            "LIMIT ?", [int(limit)])]

    def stories_in_window(self, since: str | None, until: str | None) -> list[Story]:
        """Stories whose span touches [since, until], plus undated ones: linking's candidates."""
        with self.session():
            if since is None or until is None:
                rows = self._fetchall(f"SELECT {STORY_COLUMNS} FROM stories WHERE first_published IS NULL")
            else:
                rows = self._fetchall(
                    f"SELECT {STORY_COLUMNS} FROM stories WHERE first_published IS NULL OR "
                    "(first_published <= ? AND last_published >= ?)", [until, since])
            return self._stories(rows)

    def get_event(self, event_id: str) -> Event | None:
        with self.session():
            rows = self._fetchall("SELECT data FROM events WHERE id = ?", [event_id])
            return self._coded([from_dict(Event, json.loads(rows[0][0]))])[0] if rows else None

    def _coded(self, events: list[Event]) -> list[Event]:
        """Participants whose report gave no country take their canonical actor's, in place: a ref carries what
        its actor knew when its article was resolved ("Suu Kyi" in a report read before the one that says
        "Myanmar's opposition leader"), the actor what every report of it has said since."""
        waiting = [r for e in events for r in (*e.actors, *e.recipients) if r.actor_id and r.country is None]
        if not waiting:
            return events
        codes = {i: (c, sec) for i, c, sec in self._in("actors", "id", sorted({r.actor_id for r in waiting}),
                                                        "id, country, sector")}
        for ref in waiting:
            country, sector = codes.get(ref.actor_id, (None, None))
            if country:
                ref.country, ref.sector = country, ref.sector or sector
        return events

    def _event_filter(self, actor: str | None = None, type: str | None = None, mode: str | None = None,
                      story_id: str | None = None, since: str | None = None, until: str | None = None,
                      outlet: str | None = None, min_confidence: float | None = None,
                      background: bool | None = None) -> _Where:
        where = _Where()
        if actor:
            where.add("id IN (SELECT event_id FROM event_actors WHERE key = ?)", actor.lower())
        if type:
            where.add("type = ?", type.upper())
        if mode:
            where.add("mode = ?", mode.lower())
        if story_id:
            where.add("story_id = ?", story_id)
        if since:
            where.add("date >= ?", since)
        if until:
            where.add("date <= ?", until + "\uffff")
        if outlet:
            where.add("id IN (SELECT event_id FROM event_sources WHERE outlet_key = ?)", outlet.lower())
        if min_confidence is not None:  # events stored before confidences existed count as confident
            where.add("COALESCE(confidence, 1.0) >= ?", float(min_confidence))
        if background is not None:
            where.add("COALESCE(background, FALSE) = ?", bool(background))
        return where

    def list_events(self, *, actor: str | None = None, type: str | None = None,
                    mode: str | None = None, story_id: str | None = None,
                    since: str | None = None, until: str | None = None,
                    limit: int | None = None, offset: int = 0, outlet: str | None = None,
                    min_confidence: float | None = None, background: bool | None = None,
                    newest_first: bool = False, after: After | None = None, count: bool = False) -> list[Event]:
        """Events matching every filter given, by date (undated last), or newest first; ``count``: a
        :class:`Counted` list."""
        filters = self._event_filter(actor, type, mode, story_id, since, until, outlet, min_confidence,
                                     background)
        order = EVENT_ORDER_NEWEST if newest_first else EVENT_ORDER
        where = _after(filters, order, after)
        with self.session():
            rows, total = self._page_rows("id", "events", where, _order_sql(order), limit, offset,
                                          filters if count else None)
            return _counted(self._coded([from_dict(Event, json.loads(d))
                                         for _, d in self._docs("events", [r[0] for r in rows])]), total)

    def count_events(self, **filters: Any) -> int:
        return self._count("events", self._event_filter(**filters))

    def event_participants(self, **filters: Any) -> list[Event]:
        """The events matching ``filters`` (those of :meth:`list_events`, all of them, by date) with their
        id, type, mode, date, story and participants only: what an actor graph draws. Only those two
        fields of each document are read out of its JSON (by the database), not its reports: a month of
        events costs a fifth of reading them whole."""
        where = self._event_filter(**filters)
        rows = self._fetchall(
            "SELECT id, type, mode, date, story_id, CAST(data AS JSON) ->> 'actors', "
            f"CAST(data AS JSON) ->> 'recipients' FROM events{where.sql()} ORDER BY {_order_sql(EVENT_ORDER)}",
            where.params)
        return self._coded([Event(id=i, type=t, mode=m, date=d, story_id=sid,
                                  actors=[from_dict(ActorRef, r) for r in json.loads(a or "[]")],
                                  recipients=[from_dict(ActorRef, r) for r in json.loads(rc or "[]")])
                            for i, t, m, d, sid, a, rc in rows])

    def event_counts(self, **filters: Any) -> tuple[int, int]:
        """``(events, stories)``: how many events match ``filters`` and how many stories they belong to."""
        where = self._event_filter(**filters)
        n, stories = self._fetchall(f"SELECT count(*), count(DISTINCT story_id) FROM events{where.sql()}",
                                    where.params)[0]
        return int(n), int(stories)

    def event_outlets(self, *, actor: str, limit: int = 100, **filters: Any) -> list[tuple[str | None, str | None, int]]:
        """``(outlet, article_id, reports)`` of the events of ``actor`` (and ``filters``, those of
        :meth:`list_events`), most reports first; a report without an outlet is counted by its article
        (``outlet`` None), the others with ``article_id`` None."""
        where = self._event_filter(actor=actor, **filters)
        return [(o, a, int(n)) for o, a, n in self._fetchall(
            "SELECT s.outlet, CASE WHEN s.outlet IS NULL THEN s.article_id END AS aid, count(*) AS n "
            f"FROM event_sources s WHERE s.event_id IN (SELECT id FROM events{where.sql()}) "
            "GROUP BY s.outlet, aid ORDER BY n DESC, s.outlet, aid LIMIT ?", [*where.params, int(limit)])]

    def _disagreement_filter(self, story_id: str | None, event_id: str | None, field: str | None) -> _Where:
        where = _Where()
        if story_id:
            where.add("story_id = ?", story_id)
        if event_id:
            where.add("event_id = ?", event_id)
        if field:
            where.add("field = ?", field)
        return where

    def list_disagreements(self, *, story_id: str | None = None, event_id: str | None = None,
                           field: str | None = None, limit: int | None = None,
                           offset: int = 0, after: After | None = None,
                           count: bool = False) -> list[Disagreement]:
        filters = self._disagreement_filter(story_id, event_id, field)
        where = _after(filters, DISAGREEMENT_ORDER, after)
        with self.session():
            rows, total = self._page_rows("data", "disagreements", where, _order_sql(DISAGREEMENT_ORDER), limit,
                                          offset, filters if count else None)
        return _counted([from_dict(Disagreement, json.loads(r[0])) for r in rows], total)

    def count_disagreements(self, *, story_id: str | None = None, event_id: str | None = None,
                            field: str | None = None) -> int:
        return self._count("disagreements", self._disagreement_filter(story_id, event_id, field))

    # -- linking state --------------------------------------------------------------
    def get_profiles(self, story_ids: Iterable[str]) -> dict[str, StoryProfile]:
        return {sid: from_dict(StoryProfile, json.loads(data)) for sid, data in
                self._in("link_profiles", "story_id", list(dict.fromkeys(story_ids)), "story_id, data")}

    def put_profiles(self, profiles: dict[str, StoryProfile]) -> None:
        with self.transaction():
            self._upsert("link_profiles", ["story_id", "data"],
                         [(sid, dumps(to_dict(p))) for sid, p in sorted(profiles.items())])

    def get_index(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """The story ids filed under each of ``keys`` (most recent last); keys with none are absent."""
        return {k: stories for k, (stories, _day) in self.index_entries(keys).items()}

    def index_entries(self, keys: Iterable[str]) -> dict[str, tuple[list[str], str | None]]:
        """``(story ids, day)`` filed under each of ``keys``: the stories most recent last, the day the latest
        filing's (``YYYY-MM-DD``, None when unknown); keys with none are absent."""
        return {k: (json.loads(v), day) for k, v, day in
                self._in("link_index", "key", list(dict.fromkeys(keys)), "key, stories, day")}

    def put_index(self, entries: dict[str, list[str]], days: dict[str, str | None] | None = None) -> None:
        """Replace the stories filed under each key of ``entries``, with its latest filing's day (``days``)."""
        days = days or {}
        with self.transaction():
            self._upsert("link_index", ["key", "stories", "day"],
                         [(k, dumps(v), days.get(k)) for k, v in sorted(entries.items())])

    def prune_index(self, before: str, keep_prefixes: Sequence[str] = ()) -> int:
        """Drop the index entries last filed before day ``before``, but for keys starting with one of
        ``keep_prefixes`` (and entries of unknown day); returns how many went."""
        keep = "".join(f" AND substr(key, 1, {len(p)}) <> ?" for p in keep_prefixes)
        params = [before, *keep_prefixes]
        with self.transaction():
            n = int(self._fetchall(f"SELECT count(*) FROM link_index WHERE day < ?{keep}", params)[0][0])
            if n:
                self._execute(f"DELETE FROM link_index WHERE day < ?{keep}", params)
            return n

    def pending_stories(self) -> list[str]:
        """Stories whose events wait for a re-merge."""
        return [r[0] for r in self._fetchall("SELECT story_id FROM link_pending ORDER BY story_id")]

    def put_pending(self, *, add: Iterable[str], remove: Iterable[str]) -> None:
        with self.transaction():
            self._delete("link_pending", sorted(set(remove)), column="story_id")
            self._insert("link_pending", ["story_id"], [(sid,) for sid in sorted(set(add))])

    # -- background lead keys (link/background.py) ---------------------------------------------------
    def get_lead_keys(self, keys: Iterable[str]) -> dict[str, list[list[Any]]]:
        """The stories filed under each of ``keys``, oldest filing first: ``[story_id, first_published,
        day, date_text, stems]`` each; keys with none are absent."""
        out: dict[str, list[list[Any]]] = {}
        rows = self._in("story_lead_keys", "key", list(dict.fromkeys(keys)),
                        "key, pos, story_id, first_published, day, date_text, stems")
        for key, _pos, sid, first, day, text, stems in sorted(rows, key=lambda r: (r[0], r[1])):
            out.setdefault(key, []).append([sid, first, day, text, json.loads(stems)])
        return out

    def lead_keys_of(self, story_id: str) -> set[str]:
        """The keys ``story_id`` is filed under."""
        return {r[0] for r in self._fetchall("SELECT key FROM story_lead_keys WHERE story_id = ?", [story_id])}

    def put_lead_keys(self, entries: dict[str, list[list[Any]]]) -> None:
        """Replace the stories filed under each key of ``entries`` (an empty list: none)."""
        with self.transaction():
            self._delete("story_lead_keys", sorted(entries), column="key")
            self._insert("story_lead_keys", LEAD_KEY_COLUMNS, lead_key_rows(entries), conflict="")

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
