"""Store behaviour. The same tests run against every implementation (see the ``any_store`` fixture)."""

from __future__ import annotations

import pytest

from dossier.records import (
    Actor, ActorRef, Analysis, Article, Disagreement, DisagreementValue, Event, Mention, Story,
)


@pytest.fixture(params=["duckdb", "postgres"])
def any_store(request, tmp_path):
    from dossier.store import open_store

    if request.param == "postgres":
        # skips, saying why, when no local server can be started
        url = request.getfixturevalue("pg_url")
        s = open_store(url)
    else:
        s = open_store(str(tmp_path / "s.duckdb"))
    yield s
    s.close()


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
