"""Linking reads content index keys within a window of the article's date and prunes them behind it.

The articles are written here (synthetic analyses: text, title, date and resolved mentions, no NLP), so
that each test says which keys a report has: content keys (MinHash bands and strongest terms of its text)
always, explicit keys (a specific actor, the headline's focus) only when it names one.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dossier.link.linker import EXPLICIT_KEYS, INDEX_DAYS, STORY_DAYS, Linker
from dossier.link.stories import THREAD_DAYS
from dossier.records import Analysis, Article, Mention

FERRY = ("The harbour authority of Port Ellery suspended the night ferry to Caldmoor after a hull inspection "
         "found corrosion in two ballast tanks. Inspectors said the vessel would stay in dry dock for repairs "
         "and that passengers holding tickets would be carried by the morning boat instead.")
FERRY_AGAIN = ("Port Ellery's harbour authority kept the Caldmoor night ferry suspended while the hull "
               "inspection of its ballast tanks continued. Passengers with tickets are carried by the morning "
               "boat until the vessel leaves dry dock, the inspectors said.")
ORCHARD = ("Growers in the Vell valley began the apple harvest a week early after a warm spring, and the "
           "cooperative said it expected its largest crop in a decade, with cider presses running day and "
           "night to keep up with deliveries from the orchards.")


def _report(aid: str, day: str | None, text: str, title: str, actor: str | None = None) -> Analysis:
    mentions = []
    if actor:
        name = "Mara Quill"
        text = f"{name} said so. " + text
        mentions.append(Mention(aid, 0, len(name), name, "PERSON", actor_id=actor))
    art = Article(id=aid, source=f"test:{aid}", text=text, title=title, outlet="Test Gazette", published=day,
                  format="jsonl", content_hash=aid)
    return Analysis(article=art, mentions=mentions)


def _link(store, linker, *reports: Analysis) -> None:
    with store.transaction():
        store.write_analyses(list(reports))
        linker.update(list(reports))


def _story(store, aid: str) -> str | None:
    return store.stories_of([aid]).get(aid)


def _day(start: str, days: int) -> str:
    return (date.fromisoformat(start) + timedelta(days=days)).isoformat()


@pytest.fixture(params=["duckdb", "postgres"])
def store(request, tmp_path):
    from dossier.store import open_store

    # PostgreSQL skips, saying why, when no local server can be started
    s = open_store(request.getfixturevalue("pg_url") if request.param == "postgres" else str(tmp_path / "w.duckdb"))
    yield s
    s.close()


def test_the_window_covers_joining_and_following():
    # a story is joined within STORY_DAYS of its first report and followed within THREAD_DAYS of its last:
    # content keys must stay readable that long
    assert INDEX_DAYS >= max(STORY_DAYS, THREAD_DAYS)


def test_a_follow_up_inside_the_window_finds_its_story_by_content(store):
    """No explicit key at all: a report days later joins by its text; weeks later (past STORY_DAYS, inside
    the window) it is a new story, and a third report of the same days joins that one."""
    linker = Linker(store)
    _link(store, linker, _report("f1", "2024-03-01", FERRY, "Night ferry suspended"))
    _link(store, linker, _report("f2", "2024-03-04", FERRY_AGAIN, "Ferry stays in dock"))
    assert _story(store, "f2") == _story(store, "f1")
    _link(store, linker, _report("f3", "2024-03-30", FERRY_AGAIN, "Ferry stays in dock"))
    _link(store, linker, _report("f4", "2024-03-31", FERRY, "Night ferry suspended"))
    assert _story(store, "f3") != _story(store, "f1")
    assert _story(store, "f4") == _story(store, "f3")


def test_content_keys_behind_the_window_are_pruned_and_explicit_keys_kept(store):
    linker = Linker(store)
    _link(store, linker, _report("f1", "2024-03-01", FERRY, "Night ferry suspended", actor="p-quill"))
    keys = [k for k, in store._fetchall("SELECT key FROM link_index")]
    content = [k for k in keys if not k.startswith(EXPLICIT_KEYS)]
    assert content and "a:p-quill" in keys
    assert {day for _stories, day in store.index_entries(keys).values()} == {"2024-03-01"}
    # the ingest moves on: a batch published more than the window later prunes the old content keys
    _link(store, linker, _report("o1", _day("2024-03-01", INDEX_DAYS + 2), ORCHARD, "Early apple harvest"))
    left = store.index_entries(keys)
    assert set(left) == {k for k in keys if k.startswith(EXPLICIT_KEYS)}
    assert all(k not in linker._index for k in content)  # and from memory
    # a late-arriving report of the ferry story that names no actor has only its content keys, which are
    # gone: it starts a story of its own ...
    _link(store, linker, _report("f3", "2024-03-03", FERRY, "Night ferry suspended"))
    assert _story(store, "f3") not in (_story(store, "f1"), None)
    # ... one that names the story's actor still finds it through that explicit key
    _link(store, linker, _report("f2", "2024-03-03", FERRY_AGAIN, "Ferry stays in dock", actor="p-quill"))
    assert _story(store, "f2") == _story(store, "f1")


def test_content_keys_older_than_the_window_are_not_read_even_before_pruning(store):
    """What is scored must not depend on when the store was last pruned: an entry last filed more than
    INDEX_DAYS before the article is ignored whether or not it is still stored."""
    linker = Linker(store)
    _link(store, linker, _report("f1", "2024-03-01", FERRY, "Night ferry suspended"))
    linker._prune = lambda ordered: None  # nothing pruned
    late = _day("2024-03-01", INDEX_DAYS + 3)
    _link(store, linker, _report("f2", late, FERRY_AGAIN, "Ferry stays in dock"))
    assert _story(store, "f2") != _story(store, "f1")
    assert store.index_entries([k for k, in store._fetchall("SELECT key FROM link_index")])  # still stored


def test_an_undated_report_reads_every_stored_key(store):
    linker = Linker(store)
    _link(store, linker, _report("f1", "2024-03-01", FERRY, "Night ferry suspended"))
    _link(store, linker, _report("u1", None, FERRY_AGAIN, "Ferry stays in dock"))
    assert _story(store, "u1") == _story(store, "f1")
    # it files the story under its keys on the story's day, so that they are pruned with the story's
    days = {day for _s, day in store.index_entries(
        [k for k, in store._fetchall("SELECT key FROM link_index")]).values()}
    assert days == {"2024-03-01"}


def test_a_misdated_batch_from_the_future_does_not_empty_the_index(store):
    linker = Linker(store)
    recent = (date.today() - timedelta(days=2)).isoformat()
    _link(store, linker, _report("f1", recent, FERRY, "Night ferry suspended"))
    _link(store, linker, _report("x1", "2099-05-01", ORCHARD, "Early apple harvest"))
    _link(store, linker, _report("f2", recent, FERRY_AGAIN, "Ferry stays in dock"))
    assert _story(store, "f2") == _story(store, "f1")


def test_prune_index_keeps_explicit_keys_and_undated_entries(store):
    store.put_index({"t:ferry": ["s1"], "3:abc": ["s1"], "a:p-quill": ["s1"], "f:XYZ": ["s1"], "t:harvest": ["s2"],
                     "t:undated": ["s3"]},
                    {"t:ferry": "2024-01-01", "3:abc": "2024-01-01", "a:p-quill": "2024-01-01",
                     "f:XYZ": "2024-01-01", "t:harvest": "2024-03-01", "t:undated": None})
    assert store.prune_index("2024-02-01", EXPLICIT_KEYS) == 2
    assert sorted(k for k, in store._fetchall("SELECT key FROM link_index")) == [
        "a:p-quill", "f:XYZ", "t:harvest", "t:undated"]
    assert store.get_index(["t:harvest"]) == {"t:harvest": ["s2"]}
    assert store.index_entries(["t:harvest"]) == {"t:harvest": (["s2"], "2024-03-01")}


def test_index_days_of_an_older_store_come_from_its_stories(tmp_path):
    """Schema 9 dates each index entry by the latest last report of the stories filed under it."""
    import duckdb

    from dossier.store import open_store
    from dossier.store.base import SCHEMA_VERSION

    path = str(tmp_path / "old.duckdb")
    s = open_store(path)
    with s.transaction():
        s._execute("INSERT INTO stories (id, first_published, last_published, data) VALUES "
                   "('s1', '2024-01-01', '2024-01-03T10:00:00', '{}'), ('s2', '2024-02-01', '2024-02-05', '{}'), "
                   "('s3', NULL, NULL, '{}')")
    s.put_index({"t:a": ["s1", "s2"], "t:b": ["s1"], "t:c": ["s3"]})
    s.close()
    con = duckdb.connect(path)  # as version 8 left it: no day column
    con.execute("ALTER TABLE link_index DROP COLUMN day")
    con.execute(f"UPDATE schema_version SET version = 8 WHERE version = {SCHEMA_VERSION}")
    con.close()
    s = open_store(path)
    try:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.index_entries(["t:a", "t:b", "t:c"]) == {
            "t:a": (["s1", "s2"], "2024-02-05"), "t:b": (["s1"], "2024-01-03"), "t:c": (["s3"], None)}
    finally:
        s.close()

