"""Store behaviour. The same tests run against every implementation (see the ``any_store`` fixture)."""

from __future__ import annotations

import pytest

from dossier.records import (
    Actor, ActorRef, Analysis, Article, Disagreement, DisagreementValue, Event, Mention, Story,
)


def _analysis(i: int, published: str | None = "2024-04-24") -> Analysis:
    art = Article(id=f"a{i}", source=f"f{i}.txt", text=f"Body {i}", published=published, content_hash=f"h{i}")
    return Analysis(article=art, mentions=[Mention(f"a{i}", 0, 4, "Body", "ORG")])


def test_articles_round_trip_and_lookup(any_store):
    any_store.write_analyses([_analysis(1), _analysis(2, None)])
    assert any_store.known_ids(["a1", "a2", "a3"]) == {"a1", "a2"}
    assert any_store.ids_by_hash(["h1", "zz"]) == {"h1": "a1"}
    assert any_store.get_article("a1").published == "2024-04-24"
    assert any_store.get_analysis("a2").mentions[0].text == "Body"
    assert [a.id for a in any_store.list_articles(since="2024-01-01")] == ["a1"]
    assert [a.article.id for a in any_store.iter_analyses(["a2", "a1"])] == ["a2", "a1"]


def test_rewrite_is_idempotent(any_store):
    any_store.write_analyses([_analysis(1)])
    any_store.write_analyses([_analysis(1)])
    assert any_store.counts()["articles"] == 1


def test_failed_transaction_leaves_nothing(any_store):
    with pytest.raises(RuntimeError):
        with any_store.transaction():
            any_store.write_analyses([_analysis(1)])
            raise RuntimeError("crash mid-batch")
    assert any_store.counts()["articles"] == 0


def test_links_filters_and_deletes(any_store):
    ev = Event(id="e1", type="CONSULT", mode="asserted", date="2024-04-23", story_id="s1",
               actors=[ActorRef("Yun", actor_id="prk-yun", name="Yun Jong Ho", country="PRK", sector="GOV")],
               recipients=[ActorRef("Iran", country="IRN")], article_ids=["a1"])
    story = Story(id="s1", article_ids=["a1"], first_published="2024-04-24", last_published="2024-04-24")
    dis = Disagreement("d1", "s1", "e1", "stage", [DisagreementValue("departed", "q", "a1", "X")])
    any_store.write_links([story], [ev], [dis])
    assert [e.id for e in any_store.list_events(actor="prk")] == ["e1"]
    assert [e.id for e in any_store.list_events(actor="irn", type="consult")] == ["e1"]
    assert any_store.list_events(actor="RUS") == []
    assert any_store.list_events(since="2024-05-01") == []
    assert [s.id for s in any_store.stories_in_window("2024-04-20", "2024-04-30")] == ["s1"]
    assert any_store.stories_in_window("2024-05-20", "2024-05-30") == []
    assert any_store.list_disagreements(story_id="s1")[0].values[0].value == "departed"
    any_store.write_links([], [], [], delete_events=["e1"], delete_disagreements=["d1"])
    assert any_store.counts()["events"] == 0 and any_store.counts()["disagreements"] == 0


def test_actors_and_state(any_store):
    any_store.upsert_actors([Actor(id="x", name="X", variants={"X": 2})])
    assert any_store.get_actor("x").variants == {"X": 2}
    any_store.put_state("k", {"a": [1, 2]})
    assert any_store.get_state("k") == {"a": [1, 2]}
    assert any_store.get_state("missing") is None


def test_signatures_filed_by_day(any_store):
    any_store.put_signatures({"a1": ("2024-04-24", [[1, 2], "a1"]), "a2": ("2024-04-25", [[3, 4], "a1"]),
                              "a3": ("undated", [[5, 6], "a3"])})
    any_store.put_signatures({"a2": ("2024-04-25", [[3, 4], "a1"])})  # rewriting one is harmless
    assert any_store.signatures_on(["2024-04-25", "undated"]) == {
        "a2": ("2024-04-25", [[3, 4], "a1"]), "a3": ("undated", [[5, 6], "a3"])}
    assert any_store.signatures_on(["2023-01-01"]) == {}


def test_duckdb_hold_keeps_one_connection_for_its_window(tmp_path, monkeypatch):
    import time

    from dossier.store.duckdb_store import DuckDBStore

    store = DuckDBStore(tmp_path / "h.duckdb")
    opens = []
    real_open = store._open
    monkeypatch.setattr(store, "_open", lambda: opens.append(1) or real_open())

    with store.hold(60, idle=60):
        for i in range(3):
            with store.transaction():
                store.write_analyses([_analysis(i)])
        assert len(opens) == 1 and store._conn is not None  # one open, one checkpoint to come
    assert store._conn is None  # released when the writer's loop ends

    opens.clear()
    for i in range(3, 5):  # outside a hold: open and close per transaction, as before
        with store.transaction():
            store.write_analyses([_analysis(i)])
        assert store._conn is None
    assert len(opens) == 2

    def released_while_holding() -> bool:
        for _ in range(200):
            if store._conn is None:
                return True
            time.sleep(0.05)
        return False

    # a window that ends while the writer waits: the timer releases the connection
    with store.hold(0.05, idle=60):
        with store.transaction():
            store.write_analyses([_analysis(5)])
        assert released_while_holding()
        with store.transaction():  # and the next transaction simply reopens
            store.write_analyses([_analysis(6)])
    # a writer waiting for its workers: released soon after each batch although the window is long
    with store.hold(60, idle=0.05):
        with store.transaction():
            store.write_analyses([_analysis(7)])
        assert released_while_holding()
    assert store.known_ids(f"a{i}" for i in range(8)) == {f"a{i}" for i in range(8)}
    store.close()


# -- relations, filters and pages in SQL (schema v2), the same on both databases ------------------------
def _event(i: int, date: str | None, story: str, actor: ActorRef, outlet: str | None = "Harbour Gazette") -> Event:
    from dossier.records import EventSource

    return Event(id=f"e{i:02d}", type="CONSULT" if i % 2 else "AGREE", mode="asserted", date=date, story_id=story,
                 actors=[actor], recipients=[ActorRef("Iran", actor_id="irn", country="IRN")],
                 article_ids=[f"a{i}"], mentions=[EventSource(f"a{i}", f"m{i}", outlet, "q", None, "asserted", None,
                                                              date, date)])


def test_story_membership_lives_in_its_relation(any_store):
    s = Story(id="s1", article_ids=["a1", "a2"], first_published="2024-04-24")
    any_store.write_links([s], [], [])
    s.article_ids.append("a3")  # the linker appends: only the new row is written
    any_store.write_links([s], [], [])
    assert any_store.get_story("s1").article_ids == ["a1", "a2", "a3"]
    assert any_store.stories_of(["a3", "zz"]) == {"a3": "s1"}
    s.article_ids = ["a3", "a1"]  # reordered and shrunk: rewritten
    any_store.write_links([s], [], [])
    assert any_store.get_story("s1").article_ids == ["a3", "a1"]
    assert any_store.largest_stories(1) == [("s1", 2)]
    import json

    assert "article_ids" not in json.loads(any_store._fetchall("SELECT data FROM stories")[0][0])
    any_store.write_links([], [], [], delete_stories=["s1"])
    assert any_store.stories_of(["a1", "a3"]) == {} and any_store.get_story("s1") is None


def test_story_reads_bound_their_article_lists(any_store):
    """Lists and pages may read a story's first articles only, counting them all; such a story cannot be
    written back (it would lose the members it was read without)."""
    import pytest

    any_store.write_links([Story(id="s1", article_ids=[f"a{i}" for i in range(5)], first_published="2024-04-24"),
                           Story(id="s2", article_ids=["b1"], first_published="2024-04-25")], [], [])
    whole = any_store.get_story("s1")
    assert whole.article_ids == [f"a{i}" for i in range(5)] and whole.n_articles == 5
    first = any_store.get_story("s1", article_ids=2)
    assert first.article_ids == ["a0", "a1"] and first.n_articles == 5
    listed = any_store.list_stories(article_ids=0)
    assert [(s.id, s.article_ids, s.n_articles) for s in listed] == [("s1", [], 5), ("s2", [], 1)]
    assert [s.article_ids for s in any_store.list_stories()] == [[f"a{i}" for i in range(5)], ["b1"]]
    with pytest.raises(ValueError):
        any_store.write_links([first], [], [])
    assert any_store.get_story("s1").article_ids == [f"a{i}" for i in range(5)]


def test_actor_articles_are_counted_from_mentions(any_store):
    def named(i: int, *actors: str) -> Analysis:
        an = _analysis(i, f"2024-04-{10 + i:02d}")
        an.mentions = [Mention(f"a{i}", 0, 4, "Body", "PERSON", actor_id=a) for a in actors]
        return an

    any_store.upsert_actors([Actor(id="x", name="Xavier Ode", variants={"X. Ode": 1}),
                             Actor(id="y", name="Yara Ode", article_ids=["a9"])])
    any_store.write_analyses([named(1, "x"), named(2, "x", "y"), named(3, "y")])
    assert any_store.get_actor("x").n_articles == 2 and any_store.get_actor("x").article_ids == ["a1", "a2"]
    assert any_store.get_actor("y").n_articles == 3  # a9 came with the record, the rest from the mentions
    assert any_store.get_actor("y", article_ids=2).article_ids == ["a2", "a3"]  # the latest, in date order
    any_store.write_analyses([named(2, "y")])  # written again without x: the relation follows
    assert any_store.get_actor("x").article_ids == ["a1"] and any_store.get_actor("x").n_articles == 1
    assert [a.id for a in any_store.list_actors(order="articles", article_ids=0)] == ["y", "x"]
    assert all(a.article_ids == [] for a in any_store.list_actors(article_ids=0))
    assert [a.id for a in any_store.list_actors(q="x. ode")] == ["x"]
    assert [a.id for a in any_store.list_actors(q="ode", after=("Xavier Ode", "x"))] == ["y"]
    assert any_store.list_actors(q="100%") == [] and any_store.count_actors(q="ode") == 2
    assert any_store.actor_names(["y", "nobody"]) == {"y": "Yara Ode"}
    import json

    assert "article_ids" not in json.loads(any_store._fetchall("SELECT data FROM actors WHERE id = 'y'")[0][0])


def test_event_filters_and_keyset_pages(any_store):
    yun = ActorRef("Yun", actor_id="prk-yun", name="Yun Jong Ho", country="PRK")
    kim = ActorRef("the envoy", actor_id="prk-kim", name="Kim", country="PRK")
    dates = ["2024-04-23", None, "2024-04-23", "2024-04", "2024-05-01", None, "2024-04-23"]
    events = [_event(i, d, "s1" if i < 4 else "s2", yun if i % 3 else kim, None if i == 5 else "Harbour Gazette")
              for i, d in enumerate(dates)]
    any_store.write_links([], events, [Disagreement("d1", "s1", "e01", "date", [])])
    ordered = [e.id for e in any_store.list_events()]
    assert ordered == ["e03", "e00", "e02", "e06", "e04", "e01", "e05"]  # dates, ids; undated last
    # what a graph reads: the same events in the same order, participants and no reports
    light = any_store.event_participants(since="2024-04")
    whole = any_store.list_events(since="2024-04")
    assert [(e.id, e.type, e.mode, e.date, e.story_id, e.actors, e.recipients) for e in light] \
        == [(e.id, e.type, e.mode, e.date, e.story_id, e.actors, e.recipients) for e in whole]
    assert light and all(e.mentions == [] for e in light)
    assert any_store.event_counts(actor="prk-kim") == (3, 2)
    for size in (1, 2, 3):
        pages, after = [], None
        while True:
            page = any_store.list_events(limit=size, after=after)
            pages += [e.id for e in page]
            if len(page) < size:
                break
            after = (page[-1].date, page[-1].id)
        assert pages == ordered, size
    newest = [e.id for e in any_store.list_events(newest_first=True)]
    assert newest == ["e04", "e06", "e02", "e00", "e03", "e05", "e01"]
    assert [e.id for e in any_store.list_events(newest_first=True, after=("2024-04-23", "e02"))] \
        == ["e00", "e03", "e05", "e01"]
    assert [e.id for e in any_store.list_events(actor="the envoy")] == ["e03", "e00", "e06"]
    assert any_store.count_events(actor="prk") == 7 and any_store.count_events(actor="prk-kim", type="agree") == 2
    assert [e.id for e in any_store.list_events(outlet="harbour gazette", story_id="s2")] == ["e06", "e04"]
    assert any_store.list_events(until="2024-04", since="2024-04") and \
        [e.id for e in any_store.list_events(until="2024-04")] == ["e03", "e00", "e02", "e06"]
    assert any_store.event_outlets(actor="prk-kim") == [("Harbour Gazette", None, 3)]
    assert any_store.event_outlets(actor="prk-yun") == [("Harbour Gazette", None, 3), (None, "a5", 1)]
    assert [s for s in any_store.list_stories(actor="prk-kim")] == []  # no story records written
    any_store.write_links([Story(id="s1", article_ids=["a0"]), Story(id="s2", article_ids=["a4"])], [], [])
    assert [s.id for s in any_store.list_stories(actor="the envoy")] == ["s1", "s2"]
    assert any_store.count_stories(actor="nobody") == 0
    assert [d.id for d in any_store.list_disagreements(field="date")] == ["d1"]
    assert any_store.count_disagreements(event_id="e01") == 1 and any_store.list_disagreements(field="stage") == []
    any_store.write_links([], [], [], replace_story_links=["s1"])  # the story's events and their rows go
    assert any_store.count_events(actor="prk") == 3
    assert any_store._fetchall("SELECT count(*) FROM event_actors WHERE event_id = 'e00'")[0][0] == 0
    assert [s.id for s in any_store.list_stories(actor="the envoy")] == ["s2"]
    moved = next(e for e in events if e.id == "e06")  # an event a re-merge moves to another story
    moved.story_id = "s3"
    any_store.write_links([Story(id="s3", article_ids=["a6", "a7"], first_published="2024-04-23")], [moved], [])
    assert [s.id for s in any_store.list_stories(actor="the envoy")] == ["s3"]
    assert [(s.id, s.n_articles) for s in any_store.list_stories(actor="prk", article_ids=0)] \
        == [("s3", 2), ("s2", 1)]
    assert any_store.story_sizes(["s2", "s3", "zz"]) == {"s2": 1, "s3": 2}


def test_article_filters_and_pages(any_store):
    arts = [_analysis(i, p) for i, p in enumerate(["2024-04-02", None, "2024-03-30", "2024-04-02", None])]
    for k, an in enumerate(arts):
        an.article.outlet = "Valley Courier" if k % 2 else "Harbour Gazette"
    any_store.write_analyses(arts)
    any_store.write_links([Story(id="s1", article_ids=["a3", "a1"])], [], [])
    assert [a.id for a in any_store.list_articles()] == ["a2", "a0", "a3", "a1", "a4"]
    assert [a.id for a in any_store.list_articles(after=("2024-04-02", "a0"))] == ["a3", "a1", "a4"]
    assert [a.id for a in any_store.list_articles(after=(None, "a1"))] == ["a4"]
    assert [a.id for a in any_store.list_articles(outlet="valley COURIER")] == ["a3", "a1"]
    assert [a.id for a in any_store.list_articles(story_id="s1")] == ["a3", "a1"]
    assert [a.id for a in any_store.list_articles(until="2024-04")] == ["a2", "a0", "a3"]
    assert any_store.count_articles(since="2024-04-01") == 2 and any_store.count_articles(outlet="x") == 0
    assert set(any_store.get_articles(["a1", "a4", "zz"])) == {"a1", "a4"}
    with pytest.raises(ValueError):
        any_store.list_articles(after=("2024-04-02",))


@pytest.mark.parametrize("threads", [1, 3])
def test_lingering_reader_gives_way_to_a_writer(tmp_path, threads):
    """A server under steady load keeps its read-only connection open (reopening costs more than a request),
    yet a writer that waits for the file gets it, and the reader then sees what was written; also when
    several threads read at once, so that some session is always open."""
    import json
    import subprocess
    import sys
    import textwrap
    import time

    from dossier.store.duckdb_store import DuckDBStore

    path = tmp_path / "shared.duckdb"
    writer = DuckDBStore(path, lock_timeout=60)
    writer.write_analyses([_analysis(1)])
    reader = textwrap.dedent(f"""
        import json, sys, threading, time
        from dossier.store.duckdb_store import DuckDBStore
        s = DuckDBStore({str(path)!r}, read_only=True, read_linger=30, lock_timeout=60)
        seen, opens, real_open = set(), [0], s._open
        s._open = lambda: opens.__setitem__(0, opens[0] + 1) or real_open()
        stop = time.monotonic() + 120

        def read():
            while time.monotonic() < stop and seen != {{1, 2}}:
                with s.session():  # back to back, as requests under load: the linger never runs out
                    seen.add(s.count_articles())
                    time.sleep(0.01)  # sessions of several threads overlap
                time.sleep(0.002)

        readers = [threading.Thread(target=read) for _ in range({threads})]
        for t in readers:
            t.start()
        time.sleep(0.2)
        print("ready", flush=True)
        for t in readers:
            t.join()
        print(json.dumps([sorted(seen), opens[0]]), flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", reader], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.5)  # the reader now holds the file
        writer.write_analyses([_analysis(2)])  # waits for the reader to give way (StoreBusy otherwise)
        out, err = proc.communicate(timeout=180)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert out.strip(), err[-2000:]
    seen, reopened = json.loads(out)
    assert seen == [1, 2]
    assert reopened >= 1  # it let go for the writer, and opened again to read the new article
    assert not (tmp_path / "shared.duckdb.writer-waiting").exists()
    writer.close()


def test_duckdb_threads_read_at_once_through_cursors_of_their_own(tmp_path):
    """A read-only DuckDB store serves several threads side by side (an API's thread pool): each reads
    through a cursor of its own while the others are inside their sessions, and the file is let go only
    once the last session has ended."""
    import threading

    from dossier.store.duckdb_store import DuckDBStore

    path = tmp_path / "r.duckdb"
    writer = DuckDBStore(path)
    writer.write_analyses([_analysis(i) for i in range(3)])
    writer.close()
    store = DuckDBStore(path, read_only=True)
    together = threading.Barrier(3, timeout=30)  # passes only if three sessions are open at once
    cursors, counts, errors = {}, [], []

    def request(k: int) -> None:
        try:
            with store.session():
                counts.append(store.count_articles())
                together.wait()
                cursors[k] = store._connection()
                counts.append(len(store.list_articles(limit=2)))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=request, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(counts) == [2, 2, 2, 3, 3, 3]
    assert len({id(c) for c in cursors.values()}) == 3
    assert store._conn is None and not store._cursors  # no linger asked: closed with the last session
    store.close()


def test_counted_pages_say_how_many_their_filters_select(any_store):
    """``count=True``: a page also says how many items its filters select, whatever the page (first, by
    offset, after a cursor, past the end); a cursor does not change the count."""
    from dossier.store.base import Counted

    yun = ActorRef("Yun", actor_id="prk-yun", name="Yun Jong Ho", country="PRK")
    dates = ["2024-04-23", None, "2024-04-21", "2024-04", "2024-05-01"]
    any_store.write_links([Story(id=f"s{i}", article_ids=[f"a{i}"], first_published=d) for i, d in enumerate(dates)],
                          [_event(i, d, f"s{i}", yun) for i, d in enumerate(dates)], [])
    first = any_store.list_events(limit=2, count=True)
    assert isinstance(first, Counted) and first.total == 5 and len(first) == 2
    later = any_store.list_events(limit=2, after=(first[-1].date, first[-1].id), count=True)
    assert later.total == 5 and [e.id for e in first + later] == [e.id for e in any_store.list_events()][:4]
    assert any_store.list_events(since="2024-04-22", limit=1, count=True).total == 2
    beyond = any_store.list_events(limit=2, offset=10, count=True)
    assert list(beyond) == [] and beyond.total == 5
    assert any_store.list_events(actor="nobody", count=True).total == 0
    assert type(any_store.list_events(limit=2)) is list  # without count: a plain list, as before
    stories = any_store.list_stories(actor="prk-yun", limit=3, offset=1, article_ids=0, count=True)
    assert stories.total == 5 and len(stories) == 3
    assert any_store.list_articles(count=True).total == 0
    assert any_store.list_actors(count=True).total == 0
    assert any_store.list_disagreements(story_id="s1", count=True).total == 0


def test_a_lingering_reader_renews_its_connection_and_caps_its_memory(tmp_path):
    """``dossier serve``'s read-only store keeps its connection between requests, but not for ever: once
    it is older than ``renew_seconds`` the next session waits for the requests in flight, then opens the
    file again (what DuckDB gathered on the old connection is let go); its buffer pool is capped."""
    import threading
    import time

    from dossier.store.duckdb_store import DuckDBStore

    path = tmp_path / "r.duckdb"
    DuckDBStore(str(path)).close()
    reader = DuckDBStore(str(path), read_only=True, read_linger=60)
    try:
        reader.renew_seconds = 3600.0
        with reader.session():
            first = reader._conn
            limit = reader._fetchall("SELECT current_setting('memory_limit')")[0][0]
        with reader.session():
            assert reader._conn is first  # kept between sessions while young
        assert limit == "488.2 MiB"  # 512 MB, as DuckDB prints it (its default is 80% of the machine's memory)

        order: list[str] = []
        inside = threading.Event()

        def request_in_flight() -> None:
            with reader.session():
                inside.set()
                time.sleep(0.3)  # the renewing session starts meanwhile: it must wait for this one
                reader._fetchall("SELECT 1")  # the connection is still open under this request
                order.append("in flight done")

        t = threading.Thread(target=request_in_flight)
        t.start()
        inside.wait()
        reader.renew_seconds = 0.0
        with reader.session():
            order.append("renewed")
            assert reader._conn is not first
            assert reader._fetchall("SELECT 1") == [(1,)]
        t.join()
        assert order == ["in flight done", "renewed"]
    finally:
        reader.close()
