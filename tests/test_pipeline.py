"""End to end: files in, stories, events and exports out."""

from __future__ import annotations

import json

import pytest

from typer.testing import CliRunner

from conftest import EXAMPLES, SEEDS, need_seeds

from dossier.serve.cli import app

runner = CliRunner()


def _write_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text(
        "Lavrov arrives in Pyongyang for talks\n\nPublished: October 18, 2023\n\n"
        "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for talks with "
        "North Korean Foreign Minister Choe Son Hui, the Korean Central News Agency said.\n", encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "bad.jsonl").write_text('{"id": "j1", "text": "Iran and China agreed to expand trade ties, '
                                      'officials in Beijing said on Monday.", "published": "2024-02-05"}\n'
                                      '{broken json\n', encoding="utf-8")
    return corpus


def test_ingest_reports_skips_and_is_idempotent(tmp_path):
    corpus = _write_corpus(tmp_path)
    db = str(tmp_path / "t.duckdb")
    r = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--json", "--workers", "1"])
    assert r.exit_code == 0, r.output
    report = json.loads(r.output)
    assert report["added"] == 2
    reasons = {s["source"].rsplit("/", 1)[-1]: s["reason"] for s in report["skipped"]}
    assert reasons["empty.txt"] == "empty file"
    assert "malformed JSON" in reasons["bad.jsonl#L2"]
    again = json.loads(runner.invoke(app, ["ingest", str(corpus), "--db", db, "--json", "--workers", "1"]).output)
    assert again["added"] == 0 and again["already_known"] == 2


def test_export_every_table_carries_article_ids(tmp_path):
    corpus = _write_corpus(tmp_path)
    db = str(tmp_path / "t.duckdb")
    assert runner.invoke(app, ["ingest", str(corpus), "--db", db, "-q", "--workers", "1"]).exit_code == 0
    r = runner.invoke(app, ["export", "--what", "articles", "--db", db])
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert {"id", "source", "url", "outlet", "title", "text", "published", "published_evidence",
            "published_confidence"} <= set(rows[0])
    assert {row["id"] for row in rows} >= {"j1"}
    for what in ("timexes", "events", "stories", "actors", "disagreements"):
        r = runner.invoke(app, ["export", "--what", what, "--db", db])
        assert r.exit_code == 0, r.output
        for line in r.output.splitlines():
            assert json.loads(line)["article_ids"], what
    out = tmp_path / "stories.parquet"
    r = runner.invoke(app, ["export", "--what", "stories", "--format", "parquet", "--out", str(out), "--db", db])
    assert r.exit_code == 0 and out.stat().st_size > 0
    r = runner.invoke(app, ["export", "--what", "events", "--format", "csv", "--db", db])
    assert r.exit_code == 0 and r.output.startswith("id,type,mode,actors,recipients")


def test_nothing_readable_exits_nonzero(tmp_path):
    (tmp_path / "x.txt").write_text("", encoding="utf-8")
    r = runner.invoke(app, ["ingest", str(tmp_path / "x.txt"), "--db", str(tmp_path / "t.duckdb"), "-q"])
    assert r.exit_code == 1


def test_query_commands_run(tmp_path):
    corpus = _write_corpus(tmp_path)
    db = str(tmp_path / "t.duckdb")
    runner.invoke(app, ["ingest", str(corpus), "--db", db, "-q", "--workers", "1"])
    for args in (["articles"], ["stories"], ["events"], ["actors"], ["timeline"],
                 ["timeline", "--between", "RUS", "PRK"], ["show", "actor", "Lavrov"]):
        r = runner.invoke(app, [*args, "--db", db])
        assert r.exit_code == 0, (args, r.output)


def test_seed_stories(seeds_store):
    """Seeds 000-002 report one trip; 003 and 004 are other events."""
    need_seeds()
    story_of = {}
    for s in seeds_store.list_stories():
        for aid in s.article_ids:
            story_of[aid[:3]] = s.id
    assert story_of["000"] == story_of["001"] == story_of["002"]
    assert len({story_of["000"], story_of["003"], story_of["004"]}) == 3


def test_examples_ingest(tmp_path):
    if not EXAMPLES.is_dir():
        return
    db = str(tmp_path / "ex.duckdb")
    r = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db, "--json", "--workers", "1"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["added"] >= 12


def test_deferred_event_rebuild_gives_the_same_links_and_survives_a_stop(tmp_path):
    """Stories re-merged every few batches (and at the end) end up as when re-merged every batch."""
    from dossier.link import Linker
    from dossier.pipeline import Pipeline
    from dossier.store import open_store

    remerged: dict[str, int] = {}

    def links(rebuild_every: int, name: str, growth: int = 0) -> tuple:
        store = open_store(str(tmp_path / name))
        pipe = Pipeline(store, workers=1, batch_size=3)
        pipe.linker.rebuild_every, pipe.linker.rebuild_growth = rebuild_every, growth
        rebuild = pipe.linker._rebuild

        def counted(stories: list) -> None:
            remerged[name] = remerged.get(name, 0) + len(stories)
            rebuild(stories)

        pipe.linker._rebuild = counted
        pipe.ingest([str(EXAMPLES)])
        out = (sorted(tuple(sorted(s.article_ids)) for s in store.list_stories()),
               sorted(e.id for e in store.list_events()), sorted(d.id for d in store.list_disagreements()))
        store.close()
        return out

    every, deferred = links(1, "a.duckdb"), links(5, "b.duckdb", growth=8)
    assert every == deferred and every[1]
    # a story re-merged only once it has grown by half: fewer re-merges, the same links in the end
    assert links(1, "g.duckdb", growth=2) == every and remerged["g.duckdb"] < remerged["a.duckdb"]

    # a run that stops between rebuilds leaves the waiting stories in link_pending; the next linker
    # (another process) re-merges them
    store = open_store(str(tmp_path / "c.duckdb"))
    pipe = Pipeline(store, workers=1, batch_size=3)
    pipe.linker.rebuild_every = 1000
    pipe.linker.flush = lambda: None  # as if killed before the end of the run
    pipe.ingest([str(EXAMPLES)])
    assert store.list_events() == [] and store.pending_stories()
    Linker(store).flush()
    assert sorted(e.id for e in store.list_events()) == every[1] and store.pending_stories() == []
    store.close()
