"""Schema versions, and the migrations that bring an older store to the latest one when it is opened.

A store records the versions applied to it in ``schema_version``. A store
with tables but no such table was written before versions existed: version 1
(its schema is frozen in ``tests/fixtures/store_v1/``; stores written after
commit c0f5e28 also have ``events.confidence`` and ``events.background``). An empty
database is created at the latest version directly. Each migration runs in
one transaction, so a store is at one version or the next, never between;
on PostgreSQL the opener holds an advisory lock meanwhile, so that two
processes opening one old store do not both migrate it.

A store opened read-only (``dossier serve`` on DuckDB) cannot migrate
itself: :class:`~dossier.store.duckdb_store.DuckDBStore` opens it once for
writing first (see :func:`needs_upgrade`).

Migrations replace the code paths that read old formats: a reader of the
store only ever meets the latest schema. Version 2 (relations out of the JSON
documents, see :mod:`dossier.store.base`) also moves the linker's document
frequencies out of the single ``link:df`` state value into ``counters``, and
wire-copy signatures out of ``ingest.syndication.v1`` / ``syn:*`` state rows into
``signatures``, filed by their article's publication day. Version 3 moves the
linker's key-prefixed ``state`` rows into typed tables: ``link:story:*``
profiles into ``link_profiles``, ``link:idx:*`` index entries into
``link_index``, the ``link:pending`` list into ``link_pending`` rows; the
``link:art:*`` article -> story rows go (``story_articles`` holds the same
map, written in the same transactions). Version 4 gave events a row
confidence beside their detection confidence; the row model did not generalise
to unseen news (docs/EVENTS.md) and was removed, so version 4 now only files an
event's ``confidence`` as its document's ``detection_confidence``, and version 7
puts the detection confidence back into ``confidence`` (document and column) of
stores that went through the old version 4. Version 5 copies each actor's ``kind`` out of its document
into a column, so that actor lists can leave places out in the database. Version 6 copies
what the lists read beside what they filter on: ``stories.n_articles`` (from ``story_articles``)
and ``event_actors.story_id`` (the event's story). Version 8 moves the last kind of linker state out of
the key/value table: the stories filed under each background lead key (``bg:lead:*`` rows, a JSON list
each) become rows of ``story_lead_keys``, in their order, and the ``bg:story:*`` rows (the keys each
story was filed under) go, since that table answers the same by story. Version 9 gives each
``link_index`` entry the day of its latest filing (the latest last report of its stories), which the
linker reads its content keys within a window of, and prunes by. Version 10 records where a dated
event's date comes from (``date_source``: all "timex" before it).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

from dossier.records import Actor, Event, Story, StoryProfile, from_dict, to_dict
from dossier.store.base import (
    EVENT_ACTOR_COLUMNS,
    LEAD_KEY_COLUMNS,
    SCHEMA,
    SCHEMA_VERSION,
    actor_document,
    actor_names_column,
    dumps,
    event_actor_rows,
    event_source_rows,
    lead_key_rows,
    story_document,
)

log = logging.getLogger("dossier.store")

LATEST = SCHEMA_VERSION
LEGACY_DF_KEY = "link:df"  # version 1 stores written before counters: {"n", "df", "adf"} in one state value
LEGACY_SYNDICATION_KEY = "ingest.syndication.v1"  # {article id: [signature, root]} in one state value
LEGACY_SYNDICATION_PREFIX = "syn:"  # one state row per signature


class StoreTooNew(RuntimeError):
    """The store was written by a newer release of dossier than this one."""


def _tables(store: Any) -> set[str]:
    rows = store._fetchall("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
    return {r[0] for r in rows}


def _columns(store: Any, table: str) -> set[str]:
    return {r[0] for r in store._fetchall("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_schema = current_schema() AND table_name = ?", [table])}


def current_version(store: Any) -> int:
    """0 for an empty database, 1 for a store written before versions, else the highest version applied."""
    tables = _tables(store)
    if "schema_version" in tables:
        rows = store._fetchall("SELECT max(version) FROM schema_version")
        return int(rows[0][0] or 1)
    return 1 if "articles" in tables else 0


def needs_upgrade(store: Any) -> bool:
    version = current_version(store)
    if version > LATEST:
        raise StoreTooNew(f"{store.url} has schema version {version}; this dossier reads up to {LATEST}")
    return 0 < version < LATEST


def prepare(store: Any) -> None:
    """Create an empty store at the latest version, or migrate an older one to it."""
    with store.transaction():
        version = current_version(store)
        if version > LATEST:
            raise StoreTooNew(f"{store.url} has schema version {version}; this dossier reads up to {LATEST}")
        if version == 0:
            for stmt in SCHEMA:
                store._execute(stmt)
            _record(store, LATEST)
            return
    for target in range(version + 1, LATEST + 1):
        with store.transaction():
            MIGRATIONS[target](store)
            _record(store, target)
        log.warning("dossier store %s upgraded to schema version %d", store.url, target)


def _record(store: Any, version: int) -> None:
    store._execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)")
    store._execute("INSERT INTO schema_version (version, applied) VALUES (?, ?) ON CONFLICT DO NOTHING",
                   [version, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")])


def _chunks(store: Any, table: str, key: str, columns: str, size: int = 1000) -> Iterator[list[tuple]]:
    """Every row of ``table`` in pages of ``size``, by ``key`` (a keyset, so a big table is never one list)."""
    last = None
    while True:
        where, params = (f" WHERE {key} > ?", [last]) if last is not None else ("", [])
        rows = store._fetchall(f"SELECT {key}, {columns} FROM {table}{where} ORDER BY {key} LIMIT {size}", params)
        if not rows:
            return
        yield rows
        last = rows[-1][0]


# -- version 2: relations out of the documents ---------------------------------------------------------
_EVENTS_V2 = next(s for s in SCHEMA if "TABLE IF NOT EXISTS events " in s)


def _to_v2(store: Any) -> None:
    # events: the pipe-joined actor_keys column goes (DuckDB cannot drop a column of a table with an index,
    # so the table is rebuilt), confidence and background come
    store._execute(_EVENTS_V2.replace("IF NOT EXISTS events ", "IF NOT EXISTS events_v2 "))
    # stores written after event confidences came (commit c0f5e28) already have those two columns
    kept = ["id", "type", "mode", "date", "story_id", "data"]
    kept += [c for c in ("confidence", "background") if c in _columns(store, "events")]
    store._execute(f"INSERT INTO events_v2 ({', '.join(kept)}) SELECT {', '.join(kept)} FROM events")
    store._execute("DROP TABLE events")
    store._execute("ALTER TABLE events_v2 RENAME TO events")
    store._execute("ALTER TABLE articles ADD COLUMN outlet_key TEXT")
    store._execute("ALTER TABLE actors ADD COLUMN names TEXT")
    store._execute("ALTER TABLE actors ADD COLUMN n_articles INTEGER DEFAULT 0")
    # the new tables and every index before any UPDATE: DuckDB cannot index a table with updates outstanding
    for stmt in SCHEMA:
        store._execute(stmt)
    store._execute("UPDATE articles SET outlet_key = lower(outlet)")

    pairs: set[tuple[str, str]] = set()
    for rows in _chunks(store, "actors", "id", "data"):
        actors = [from_dict(Actor, json.loads(data)) for _, data in rows]
        pairs.update((aid, a.id) for a in actors for aid in a.article_ids)
        store._upsert("actors", ["id", "names", "data"],
                      [(a.id, actor_names_column(a), actor_document(a)) for a in actors])
    for rows in _chunks(store, "analyses", "article_id", "mentions"):
        for article_id, mentions in rows:
            pairs.update((article_id, m["actor_id"]) for m in json.loads(mentions) if m.get("actor_id"))
    store._insert("article_actors", ["article_id", "actor_id"], sorted(pairs))
    store._execute("UPDATE actors SET n_articles = "
                   "(SELECT count(*) FROM article_actors aa WHERE aa.actor_id = actors.id)")

    for rows in _chunks(store, "stories", "id", "data"):
        stories = [from_dict(Story, json.loads(data)) for _, data in rows]
        store._insert("story_articles", ["story_id", "article_id", "pos"],
                      [(s.id, aid, pos) for s in stories for pos, aid in enumerate(dict.fromkeys(s.article_ids))])
        store._upsert("stories", ["id", "data"], [(s.id, story_document(s)) for s in stories])

    for rows in _chunks(store, "events", "id", "data"):
        events = [from_dict(Event, json.loads(data)) for _, data in rows]
        store._insert("event_actors", EVENT_ACTOR_COLUMNS, [r for e in events for r in event_actor_rows(e)])
        store._insert("event_sources", ["event_id", "mention_id", "article_id", "outlet", "outlet_key"],
                      [r for e in events for r in event_source_rows(e)])

    _legacy_counters(store)
    _legacy_signatures(store)


def _legacy_counters(store: Any) -> None:
    legacy = store.get_state(LEGACY_DF_KEY)
    if legacy is None:
        return
    if not store._fetchall("SELECT key FROM counters LIMIT 1"):
        counts = {"n": int(legacy.get("n", 0))}
        counts.update({f"t:{k}": int(v) for k, v in legacy.get("df", {}).items()})
        counts.update({f"a:{k}": int(v) for k, v in legacy.get("adf", {}).items()})
        store._upsert("counters", ["key", "n"], sorted(counts.items()))
    store._delete("state", [LEGACY_DF_KEY], column="key")


def _day(published: str | None) -> str:
    """The day a signature is filed under (as :func:`dossier.ingest.dedup.day_of` files it)."""
    if published and len(published) >= 10:
        try:
            return dt.date.fromisoformat(published[:10]).isoformat()
        except ValueError:
            pass
    return "undated"


def _legacy_signatures(store: Any) -> None:
    rows: dict[str, Any] = dict(store.get_state(LEGACY_SYNDICATION_KEY) or {})
    legacy_rows = store.scan_states(LEGACY_SYNDICATION_PREFIX)
    rows.update({k[len(LEGACY_SYNDICATION_PREFIX):]: v for k, v in legacy_rows.items()})
    if not rows:
        return
    ids = sorted(rows)
    filed = {r[0] for r in store._in("signatures", "article_id", ids, "article_id")}
    published = dict(store._in("articles", "id", ids, "id, published"))
    store._insert("signatures", ["article_id", "day", "data"],
                  [(aid, _day(published.get(aid)), dumps(rows[aid])) for aid in ids if aid not in filed])
    store._delete("state", [LEGACY_SYNDICATION_KEY, *legacy_rows], column="key")


# -- version 3: the linker's state in typed tables -----------------------------------------------------
def _prefix_range(prefix: str) -> tuple[str, str]:
    """``key >= lo AND key < hi`` selects the keys that start with ``prefix``."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _profile_v3(data: dict) -> str:
    """A profile as version 3 keeps it. Version-1 linkers wrote profiles without ``first`` (their
    ``last`` stood in) or without norms (computed when read); those defaults are applied here once."""
    import math

    data = dict(data)
    data.setdefault("first", data.get("last"))
    for key in ("terms", "actors"):
        if f"{key}_norm" not in data:
            data[f"{key}_norm"] = math.sqrt(sum(v * v for v in (data.get(key) or {}).values()))
    return dumps(to_dict(from_dict(StoryProfile, data)))


def _to_v3(store: Any) -> None:
    for stmt in SCHEMA:
        store._execute(stmt)
    lo, hi = _prefix_range("link:idx:")
    store._execute("INSERT INTO link_index (key, stories) "
                   f"SELECT substr(key, {len(lo) + 1}), data FROM state WHERE key >= ? AND key < ?", [lo, hi])
    lo, hi = _prefix_range("link:story:")
    last = lo
    while True:  # in pages: a profile is rewritten on the way
        rows = store._fetchall("SELECT key, data FROM state WHERE key > ? AND key < ? ORDER BY key LIMIT 1000",
                               [last, hi])
        if not rows:
            break
        store._insert("link_profiles", ["story_id", "data"],
                      [(key[len(lo):], _profile_v3(json.loads(data))) for key, data in rows])
        last = rows[-1][0]
    pending = store.get_state("link:pending") or []
    store._insert("link_pending", ["story_id"], [(sid,) for sid in sorted(set(pending))])
    for prefix in ("link:idx:", "link:story:", "link:art:"):
        store._execute("DELETE FROM state WHERE key >= ? AND key < ?", list(_prefix_range(prefix)))
    store._delete("state", ["link:pending"], column="key")


# -- version 4: the detection confidence under its own name ------------------------------------------------
def _to_v4(store: Any) -> None:
    for rows in _chunks(store, "events", "id", "confidence, data"):
        updated = []
        for event_id, detection, data in rows:
            doc = json.loads(data)
            if "detection_confidence" not in doc:
                # stores written before confidences existed had none: the store counted them as confident
                doc["detection_confidence"] = detection
                updated.append((event_id, detection, dumps(to_dict(from_dict(Event, doc)))))
        store._upsert("events", ["id", "confidence", "data"], updated)


# -- version 5: an actor's kind as a column ------------------------------------------------------------
def _to_v5(store: Any) -> None:
    # actor lists leave places out by default; the kind was only inside the JSON document
    store._execute("ALTER TABLE actors ADD COLUMN IF NOT EXISTS kind TEXT")
    for rows in _chunks(store, "actors", "id", "data"):
        # the document goes with it: PostgreSQL checks NOT NULL on the row it would insert
        store._upsert("actors", ["id", "data", "kind"],
                      [(actor_id, data, json.loads(data).get("kind")) for actor_id, data in rows])


# -- version 6: what lists read beside what they filter on ----------------------------------------------
def _to_v6(store: Any) -> None:
    # a store that came from version 1 got event_actors from the latest SCHEMA (in _to_v2): column and all
    store._execute("ALTER TABLE stories ADD COLUMN IF NOT EXISTS n_articles INTEGER DEFAULT 0")
    store._execute("ALTER TABLE event_actors ADD COLUMN IF NOT EXISTS story_id TEXT")
    store._execute("UPDATE stories SET n_articles = n.n FROM "
                   "(SELECT story_id, count(*) AS n FROM story_articles GROUP BY story_id) AS n "
                   "WHERE n.story_id = stories.id")
    store._execute("UPDATE event_actors SET story_id = e.story_id FROM events e WHERE e.id = event_actors.event_id")


# -- version 7: confidence is the detection confidence again --------------------------------------------
def _to_v7(store: Any) -> None:
    for rows in _chunks(store, "events", "id", "confidence, data"):
        updated = []
        for event_id, confidence, data in rows:
            doc = json.loads(data)
            detection = doc.get("detection_confidence")
            if detection is not None and detection != confidence:
                doc["confidence"] = detection
                updated.append((event_id, detection, dumps(to_dict(from_dict(Event, doc)))))
        store._upsert("events", ["id", "confidence", "data"], updated)


# -- version 8: background lead keys in a table of their own --------------------------------------------
LEGACY_LEAD_PREFIX = "bg:lead:"  # key -> [[story_id, first_published, day, date_text, stems], ...]
LEGACY_LEAD_STORY_PREFIX = "bg:story:"  # story -> the keys it was filed under


def _to_v8(store: Any) -> None:
    for stmt in SCHEMA:
        store._execute(stmt)
    lo, hi = _prefix_range(LEGACY_LEAD_PREFIX)
    last = lo
    while True:
        rows = store._fetchall("SELECT key, data FROM state WHERE key > ? AND key < ? ORDER BY key LIMIT 1000",
                               [last, hi])
        if not rows:
            break
        store._insert("story_lead_keys", LEAD_KEY_COLUMNS,
                      lead_key_rows({key[len(lo):]: json.loads(data) for key, data in rows}))
        last = rows[-1][0]
    for prefix in (LEGACY_LEAD_PREFIX, LEGACY_LEAD_STORY_PREFIX):
        store._execute("DELETE FROM state WHERE key >= ? AND key < ?", list(_prefix_range(prefix)))


# -- version 9: the day of an index entry's latest filing ------------------------------------------------
def _to_v9(store: Any) -> None:
    """An entry's day is taken as the latest last report of the stories filed under it (what the linker
    would have written: the day of the latest article that filed one of them, or a later one)."""
    store._execute("ALTER TABLE link_index ADD COLUMN IF NOT EXISTS day TEXT")
    for rows in _chunks(store, "link_index", "key", "stories"):
        buckets = {key: json.loads(stories) for key, stories in rows}
        last = dict(store._in("stories", "id", sorted({s for b in buckets.values() for s in b}),
                              "id, last_published"))
        dated = []
        for key, bucket in buckets.items():
            days = [last[s][:10] for s in bucket if last.get(s)]
            if days:
                dated.append((key, max(days)))
        for start in range(0, len(dated), 500):
            chunk = dated[start:start + 500]
            store._execute("UPDATE link_index SET day = v.day FROM (VALUES "
                           + ", ".join("(?, ?)" for _ in chunk) + ") AS v (key, day) WHERE link_index.key = v.key",
                           [x for row in chunk for x in row])


# -- version 10: where an event's date comes from --------------------------------------------------------
def _to_v10(store: Any) -> None:
    """Before version 10 an event's date came only from its mentions' time expressions: a dated event of an
    older store is ``date_source == "timex"`` (publication-day dates are new with this version)."""
    for rows in _chunks(store, "events", "id", "data"):
        updated = []
        for event_id, data in rows:
            doc = json.loads(data)
            if doc.get("date") and not doc.get("date_source"):
                doc["date_source"] = "timex"
                updated.append((event_id, dumps(to_dict(from_dict(Event, doc)))))
        store._upsert("events", ["id", "data"], updated)


MIGRATIONS: dict[int, Callable[[Any], None]] = {2: _to_v2, 3: _to_v3, 4: _to_v4, 5: _to_v5, 6: _to_v6,
                                                7: _to_v7, 8: _to_v8, 9: _to_v9, 10: _to_v10}
