"""Linking: stories, merged events with stages, disagreements, summaries, eval commands."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from conftest import need_bench, need_seeds

from dossier.link.events import compatible, stage_of
from dossier.records import ActorRef, EventMention
from dossier.serve.cli import app

runner = CliRunner()


def _story_of(store):
    return {aid[:3]: s.id for s in store.list_stories() for aid in s.article_ids}


def test_seed_trip_is_one_story_and_one_event_with_three_sources(seeds_store):
    need_seeds()
    story = _story_of(seeds_store)
    assert story["000"] == story["001"] == story["002"]
    assert len({story["000"], story["003"], story["004"]}) == 3
    trip = [e for e in seeds_store.list_events(story_id=story["000"])
            if {"departed", "arrived"} <= set(e.stages)]
    assert len(trip) == 1
    assert {a[:3] for a in trip[0].article_ids} == {"000", "001", "002"}
    assert trip[0].n_sources == 3


def test_seed_departed_vs_arrived_is_flagged(seeds_store):
    need_seeds()
    sid = _story_of(seeds_store)["000"]
    stage = [d for d in seeds_store.list_disagreements(story_id=sid) if d.field == "stage"]
    assert stage, "departed vs arrived on the same day should be a disagreement"
    values = {(v.value, v.article_id[:3]) for v in stage[0].values}
    assert ("departed", "000") in values and ("arrived", "002") in values
    assert all(v.quote for v in stage[0].values)


def test_spelling_variants_are_not_disagreements(seeds_store):
    need_seeds()
    sid = _story_of(seeds_store)["000"]
    for d in seeds_store.list_disagreements(story_id=sid):
        # the three spellings of one person's name resolve to one actor: never a conflict of names
        assert d.field in ("stage", "date", "place", "attribution", "number", "title")


def test_summary_names_each_source(seeds_store):
    need_seeds()
    story = seeds_store.get_story(_story_of(seeds_store)["000"])
    for prefix in ("000", "001", "002"):
        assert prefix in story.summary  # no outlet known: the file name stands in


def _em(trigger, actors, recipients=(), date=None, stage=None, type_="CONSULT"):
    refs = [ActorRef(text=a, actor_id=a, country=a.split("-")[0].upper()) for a in actors]
    recs = [ActorRef(text=r, actor_id=r, country=r.split("-")[0].upper()) for r in recipients]
    return EventMention(id=trigger + str(date), article_id="x", type=type_, trigger=trigger, trigger_start=0,
                        trigger_end=1, sentence_start=0, sentence_end=1, quote=trigger, actors=refs,
                        recipients=recs, date=date, date_source="timex" if date else "none", stage=stage)


def test_stages_of_one_trip_merge_but_other_trips_do_not():
    assert stage_of("flew out") == "departed" and stage_of("landed") == "arrived"
    leave = _em("left", ["aaa-envoy"], ["bbb"], "2024-03-01")
    arrive = _em("arrived", ["aaa-envoy"], ["bbb"], "2024-03-02")
    assert compatible(leave, arrive)
    elsewhere = _em("arrived", ["aaa-envoy"], ["ccc"], "2024-03-02")
    assert not compatible(leave, elsewhere)
    months_later = _em("met", ["aaa"], ["bbb"], "2024-09-01")
    same_day = _em("met", ["aaa"], ["bbb"], "2024-03-01")
    assert not compatible(months_later, same_day)
    assert not compatible(_em("visited", ["aaa"], ["bbb"], "2023"), _em("visited", ["aaa"], ["bbb"], "2024-03-01"))


def test_follow_up_is_a_new_story_in_the_same_thread(tmp_path):
    corpus = tmp_path / "c.jsonl"
    rows = [
        {"id": "a1", "published": "2024-03-04", "title": "Finland's foreign minister leaves for Japan",
         "text": "Finnish Foreign Minister Elina Valtonen left Helsinki for Tokyo on Monday, the ministry said. "
                 "Valtonen will hold talks with Japanese officials on trade."},
        {"id": "a2", "published": "2024-03-04", "title": "Valtonen departs for Japan",
         "text": "Elina Valtonen, Finland's foreign minister, departed for Tokyo on Monday, officials said. "
                 "The trip is her first to Japan."},
        {"id": "a3", "published": "2024-03-08", "title": "Valtonen and Japanese prime minister discuss "
         "semiconductors", "text": "In Tokyo on Friday, Finnish Foreign Minister Elina Valtonen and Japanese "
         "Prime Minister Fumio Kishida discussed semiconductor supply chains and a research pact."},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    assert runner.invoke(app, ["ingest", str(corpus), "--db", db, "-q", "--workers", "1"]).exit_code == 0
    from dossier.store import open_store

    store = open_store(db, read_only=True)
    try:
        story = {aid: s for s in store.list_stories() for aid in s.article_ids}
    finally:
        store.close()
    assert story["a1"].id == story["a2"].id
    assert story["a3"].id != story["a1"].id


def test_eval_stories_scores_gold_clusters(tmp_path):
    path = tmp_path / "gold.jsonl"
    rows = [
        {"id": "g1", "cluster": "x", "published": "2024-05-01", "title": "Chile and Peru sign fishing accord",
         "text": "Chile and Peru signed a fishing accord in Lima on Tuesday, officials in Santiago said."},
        {"id": "g2", "cluster": "y", "published": "2024-05-20", "title": "Floods hit southern Germany",
         "text": "Heavy rain flooded towns in Bavaria on Monday, the German weather service said."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    r = runner.invoke(app, ["eval", "stories", str(path), "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output.strip().splitlines()[-1])
    assert out["articles"] == 2 and out["b3_p"] == 1.0


def test_eval_stories_reads_ecbplus_documents(tmp_path):
    path = tmp_path / "ecb.jsonl"
    docs = [("d1", "1", "1a", "Chile and Peru signed a fishing accord in Lima on Tuesday, officials in Santiago said."),
            ("d2", "2", "2a", "Heavy rain flooded towns in Bavaria on Monday, the German weather service said.")]
    path.write_text("\n".join(json.dumps({"doc_id": d, "topic": t, "subtopic": st,
                                          "sentences": [{"text": text}]}) for d, t, st, text in docs) + "\n")
    r = runner.invoke(app, ["eval", "stories", str(path), "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output.strip().splitlines()[-1])
    assert out["articles"] == 2 and out["gold_clusters"] == 2 and out["path"] == str(path)


def test_eval_coref_on_ecbplus_dev():
    path = need_bench("ecbplus/ecbplus_dev.jsonl")
    r = runner.invoke(app, ["eval", "coref", str(path), "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output.strip().splitlines()[-1])
    for key in ("doc_b3_f1", "muc_f1", "b3_f1", "ceafe_f1", "conll_f1"):
        assert key in out
    assert out["doc_b3_f1"] >= 0.85


def test_linker_cache_keeps_what_a_batch_uses(tmp_path):
    """Fetching a batch's keys must not evict the ones the batch already had (they are about to be used)."""
    from dossier.link.linker import Linker, _LRU
    from dossier.store import open_store

    store = open_store(str(tmp_path / "l.duckdb"))
    store.put_states({f"link:idx:k{i}": [f"s{i}"] for i in range(6)})
    linker = Linker(store)
    linker._index = _LRU(4)
    linker._fetch("link:idx:", ["k0", "k1"], linker._index, list)
    linker._fetch("link:idx:", ["k0", "k1", "k2", "k3"], linker._index, list)  # k0, k1 in use again
    linker._fetch("link:idx:", ["k0", "k1", "k4", "k5"], linker._index, list)
    assert linker._index.get("k0") == ["s0"] and linker._index.get("k1") == ["s1"]
    assert linker._index.get("k5") == ["s5"]
    store.close()
