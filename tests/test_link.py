"""Linking: stories, merged events with stages, disagreements, summaries, eval commands."""

from __future__ import annotations

import json

import pytest

from typer.testing import CliRunner

from conftest import EXAMPLES, need_bench, need_seeds

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


def test_different_doers_and_unpinned_recalled_mentions_do_not_merge():
    from dataclasses import replace

    from dossier.link.events import compatible_reports

    # two ministers of one country thanking the same troops: two acts, whoever they thanked
    thanks_a = _em("thanked", ["aaa-minister"], ["bbb-army"], type_="SUPPORT")
    thanks_b = _em("thanked", ["aaa-president"], ["bbb-army"], type_="SUPPORT")
    assert not compatible(thanks_a, thanks_b)
    # a meeting dated the 4th and an undated visit reported as news on the 17th are not one occurrence
    meeting = _em("meeting", ["aaa-envoy"], ["bbb"], "2024-06-04")
    visit = _em("visit", ["aaa-envoy"], ["bbb"])
    assert not compatible_reports(meeting, "2024-06-18", visit, "2024-06-17")
    assert compatible_reports(meeting, "2024-06-05", replace(visit, trigger="meeting"), "2024-06-05")
    assert compatible_reports(meeting, "2024-06-05", visit, "2024-06-05")
    # undated recalled mentions pin no time: only the same word makes them one
    killing = replace(_em("killed", ["aaa"], ["bbb-group"], type_="ASSAULT"), background=True)
    invasion = replace(_em("invasion", ["aaa"], ["bbb-group"], type_="ASSAULT"), background=True)
    assert not compatible_reports(killing, "2024-10-26", invasion, "2024-10-26")
    assert compatible_reports(killing, "2024-10-26", replace(invasion, trigger="killing"), "2024-10-27")
    recalled_strike = replace(_em("strike", ["aaa"], ["bbb"], "2024-04-01", type_="ASSAULT"), background=True)
    shot_down = replace(_em("shot", ["aaa"], ["bbb"], type_="ASSAULT"), background=True)
    assert not compatible_reports(recalled_strike, "2024-04-13", shot_down, "2024-04-14")
    # a trip stage is no exception: a recalled dated meeting and an undated recalled visit stay apart
    old_meeting = replace(_em("meeting", ["aaa-envoy"], ["bbb"], "2024-06-04", stage="visit"), background=True)
    third_visit = replace(_em("visit", ["aaa-envoy"], ["bbb"], stage="arrived"), background=True)
    assert not compatible_reports(old_meeting, "2024-06-18", third_visit, None)


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
    from cachetools import LRUCache

    from dossier.link.linker import Linker
    from dossier.store import open_store

    store = open_store(str(tmp_path / "l.duckdb"))
    store.put_index({f"k{i}": [f"s{i}"] for i in range(6)})
    linker = Linker(store)
    linker._index = LRUCache(4)
    linker._fetch_index(["k0", "k1"])
    linker._fetch_index(["k0", "k1", "k2", "k3"])  # k0, k1 in use again
    linker._fetch_index(["k0", "k1", "k4", "k5"])
    assert linker._index.get("k0").stories == ["s0"] and linker._index.get("k1").stories == ["s1"]
    assert linker._index.get("k5").stories == ["s5"]
    store.close()


def test_link_state_lives_in_typed_tables(tmp_path):
    """Profiles, index entries and waiting stories are rows of their own tables; an article's story is
    its story_articles row; nothing of the linker is left in the key/value state but its generation."""
    from dossier.link.linker import Linker
    from dossier.pipeline import Pipeline
    from dossier.records import StoryProfile
    from dossier.store import open_store

    store = open_store(str(tmp_path / "t.duckdb"))
    pipe = Pipeline(store, workers=1, batch_size=4)
    pipe.linker.flush = lambda: None  # leave stories waiting for their events
    pipe.linker.rebuild_every = 1000
    pipe.ingest([str(EXAMPLES)])
    stories = store.list_stories()
    assert stories
    profiles = store.get_profiles(s.id for s in stories)
    assert set(profiles) == {s.id for s in stories}
    for s in stories:
        p = profiles[s.id]
        assert isinstance(p, StoryProfile) and p.terms and p.first <= p.last
    members = {aid: s.id for s in stories for aid in s.article_ids}
    assert store.stories_of(members) == members
    assert set(store.pending_stories()) == {s.id for s in stories}
    n_index = store._fetchall("SELECT count(*) FROM link_index")[0][0]
    assert n_index > len(stories)
    assert [r[0] for r in store._fetchall("SELECT key FROM state")] == ["link:gen"]
    Linker(store).flush()
    assert store.pending_stories() == []
    store.close()


def _waiting_store(path):
    """The example corpus ingested with every story left waiting for its events."""
    from dossier.pipeline import Pipeline
    from dossier.store import open_store

    store = open_store(str(path))
    pipe = Pipeline(store, workers=1, batch_size=4)
    pipe.linker.flush = lambda: None
    pipe.linker.rebuild_every = 1000
    pipe.ingest([str(EXAMPLES)])
    return store


def _linked(store):
    events = sorted((e.id, e.type, e.mode, e.date, e.background, tuple(sorted(m.article_id for m in e.mentions)))
                    for e in store.list_events())
    stories = sorted((s.id, s.title, s.first_published, tuple(s.event_types), s.main_event) for s in store.list_stories())
    return events, stories


def test_flush_in_steps_gives_what_one_step_gives_and_a_crash_leaves_the_rest_waiting(tmp_path, monkeypatch):
    """Linker.flush re-merges the waiting stories a bounded number of articles at a time (a long run's waiting
    stories hold most of the archive): earliest first, each step committed with its stories taken off the
    waiting list, so the result is what one re-merge of them all gives, and a crash loses nothing."""
    from dossier.link import linker as linker_mod
    from dossier.link.linker import Linker

    whole = _waiting_store(tmp_path / "whole.duckdb")
    Linker(whole).flush()
    expected = _linked(whole)
    assert expected[0] and whole.pending_stories() == []
    whole.close()

    stepped = _waiting_store(tmp_path / "stepped.duckdb")
    waiting = set(stepped.pending_stories())
    assert len(waiting) > 3
    monkeypatch.setattr(linker_mod, "FLUSH_ARTICLES", 1)  # one story per step
    steps: list[list[str]] = []
    real = Linker._rebuild_ids

    def crash_on_third(self, ids, touched):
        steps.append(list(ids))
        if len(steps) == 3:
            raise RuntimeError("killed")
        return real(self, ids, touched)

    monkeypatch.setattr(Linker, "_rebuild_ids", crash_on_third)
    with pytest.raises(RuntimeError):
        Linker(stepped).flush()
    assert set(stepped.pending_stories()) == waiting - set(steps[0]) - set(steps[1])
    monkeypatch.setattr(Linker, "_rebuild_ids", real)
    Linker(stepped).flush()
    assert stepped.pending_stories() == []
    assert _linked(stepped) == expected
    stepped.close()


# ---- disagreements: only facts that cannot both hold -------------------------------------------------

def _dv(value, article, outlet=None):
    from dossier.records import DisagreementValue

    return DisagreementValue(value=value, quote=f"{article} said {value}.", article_id=article,
                             outlet=outlet or f"outlet-{article}")


def test_dates_are_compared_at_the_coarser_granularity():
    from dossier.link.disagreements import dates_clash

    assert not dates_clash("2023-09", "2023-09-13")  # a month contains its days
    assert not dates_clash("2023", "2023-09-13")
    assert dates_clash("2023-10-18", "2023-10-19")
    assert dates_clash("2023-08", "2023-09-13")


def test_placeholders_and_internal_ids_are_never_values():
    from dossier.link.disagreements import _conflict, dates_clash

    assert _conflict("s", "e", "date", [_dv("2023-09-13", "a"), _dv("FUTURE_REF", "b")], dates_clash) is None
    assert _conflict("s", "e", "attribution", [_dv("rus-gov", "a"), _dv("rus-putin", "b"), _dv("x-96a31b55", "c")]) is None
    d = _conflict("s", "e", "date", [_dv("2023-10-18", "a"), _dv("2023-10", "b"), _dv("2023-10-19", "c")], dates_clash)
    assert {v.value for v in d.values} == {"2023-10-18", "2023-10-19"}  # the month agrees with both: left out


def test_two_sides_need_two_outlets():
    from dossier.link.disagreements import _conflict

    same_outlet = [_dv("departed", "a", "KCNA"), _dv("arrived", "b", "KCNA")]
    assert _conflict("s", "e", "stage", same_outlet) is None
    assert _conflict("s", "e", "stage", [_dv("departed", "a", "KCNA"), _dv("arrived", "b", "Yonhap")]) is not None


def test_places_conflict_only_when_neither_contains_the_other():
    from dossier.link.disagreements import places_clash

    assert not places_clash("Iran", "Tehran") and not places_clash("Tehran", "Iran")
    assert not places_clash("Vladivostok", "Russia") and not places_clash("Moscow", "Russia")
    assert places_clash("Moscow", "Vladivostok")
    assert places_clash("Iran", "Russia")
    assert not places_clash("Zurbriggens Ridge", "Moscow")  # a name the gazetteer does not know is no evidence


def test_figures_of_two_occasions_or_two_statements_are_not_a_conflict():
    from dossier.link.disagreements import number_disagreements

    ev, analyses = _event_with_quotes({"a": "The navy captured 23 pirates in the gulf on Saturday.",
                                       "b": "On Thursday a navy warship captured 26 pirates in the gulf."})
    assert number_disagreements("s", [ev], analyses) == []
    ev, analyses = _event_with_quotes({"a": "The navy captured 23 pirates in the gulf on Saturday.",
                                       "b": "On Saturday a navy warship captured 26 pirates in the gulf."})
    assert len(number_disagreements("s", [ev], analyses)) == 1
    ev, analyses = _event_with_quotes({"a": "More than 10,000 people marched through the capital in a strike.",
                                       "b": "A crowd of about 1,000 people attended a sit-down vigil."})
    assert number_disagreements("s", [ev], analyses) == []
    same = {"a": "Officials said 45 people were killed in the blast on Monday.",
            "b": "Police said 12 people were killed in the blast on Monday."}
    assert len(number_disagreements("s", *_rev(_event_with_quotes(same)))) == 1
    assert number_disagreements("s", *_rev(_event_with_quotes(same, published=None))) == []  # undated: not placed


def _rev(pair):
    ev, analyses = pair
    return [ev], analyses


def test_numbers_conflict_by_unit_with_qualifiers_and_tolerance():
    from dossier.link.disagreements import numbers_clash

    assert numbers_clash("more than 1000 containers", "about 600 containers")
    assert not numbers_clash("more than 300 drones", "320 drones")
    assert not numbers_clash("about 300 drones", "310 drones")
    assert not numbers_clash("1000 containers", "1020 containers")
    assert numbers_clash("99%", "90%")


def _event_with_quotes(quotes: dict[str, str], published: str | None = "2024-03-05"):
    from dossier.records import Article, Analysis, Event, EventSource

    analyses = {aid: Analysis(article=Article(id=aid, source=f"{aid}.txt", text=q, outlet=f"Outlet {aid}",
                                              published=published))
                for aid, q in quotes.items()}
    ev = Event(id="e1", type="ASSAULT", mode="asserted", article_ids=list(quotes),
               mentions=[EventSource(article_id=aid, event_mention_id=f"m-{aid}", outlet=f"Outlet {aid}", quote=q,
                                     attribution=None, mode="asserted", stage=None, date=None, published=None)
                         for aid, q in quotes.items()])
    return ev, analyses


def test_a_breakdown_in_one_report_is_not_a_conflict():
    from dossier.link.disagreements import number_disagreements

    ev, analyses = _event_with_quotes({
        "a": "The barrage included 170 drones, 30 cruise missiles and 120 ballistic missiles, the army said.",
        "b": "More than 300 missiles and drones were fired overnight, officials said."})
    assert number_disagreements("s", [ev], analyses) == []
    ev, analyses = _event_with_quotes({
        "a": "Officials said 45 people were killed in the blast on Monday.",
        "b": "Some 12 people were killed in the blast, police said."})
    found = number_disagreements("s", [ev], analyses)
    assert len(found) == 1 and {v.value for v in found[0].values} == {"45 people", "some 12 people"}
    ev, analyses = _event_with_quotes({
        "a": "Officials said 45 people were killed in the blast on Monday.",
        "b": "At least 40 people were killed in the blast, police said."})
    assert number_disagreements("s", [ev], analyses) == []  # "at least 40" allows 45


def test_titles_differing_only_in_portfolio_wording_agree():
    from dossier.link.disagreements import rank_of

    assert rank_of("minister for external economic relations") == rank_of("Minister of Foreign Economic Affairs")
    assert rank_of("Deputy Foreign Minister") == "deputy minister" == rank_of("Vice Foreign Minister")
    assert rank_of("Deputy Foreign Minister") != rank_of("Foreign Minister")


def test_seed_disagreements_are_real_conflicts_and_who_is_cited_is_listed(seeds_store):
    need_seeds()
    sid = _story_of(seeds_store)["000"]
    found = seeds_store.list_disagreements(story_id=sid)
    assert {d.field for d in found} == {"stage"}  # not Iran vs Tehran, not who is cited, not title wording
    story = seeds_store.get_story(sid)
    assert any("Korean Central News Agency" in c or "KCNA" in c for c in story.cited)


# ---- titles and the one-line "what happened" ----------------------------------------------------

def test_every_seed_story_has_a_title_and_a_main_event_line(seeds_store):
    need_seeds()
    for s in seeds_store.list_stories():
        assert s.title and s.main_event, s.id
        assert "independent outlet" in s.main_event
        assert "_REF" not in s.main_event
    trip = seeds_store.get_story(_story_of(seeds_store)["000"])
    assert "3 independent outlets" in trip.main_event and trip.main_event_id


def test_story_title_is_the_most_shared_headline_or_a_first_line():
    from dossier.link.summary import story_title
    from dossier.records import Analysis, Article

    def an(aid, title, text="", published="2024-05-01", outlet=None):
        return Analysis(article=Article(id=aid, source=aid, text=text, title=title, published=published,
                                        outlet=outlet))

    titled = [an("a", "Storm closes ports in Chile", published="2024-04-30"),
              an("b", "Chile ports shut as storm hits coast - Andes Daily", outlet="Andes Daily"),
              an("c", "Storm shuts ports along Chile coast")]
    assert story_title(titled) == "Chile ports shut as storm hits coast"  # outlet suffix dropped
    untitled = [an("d", "", "http : / / example . com / news / 2024\n\nHeavy rain closed every port along the "
                            "coast of Chile on Tuesday, the navy said. More rain is due.")]
    assert story_title(untitled) == "Heavy rain closed every port along the coast of Chile on Tuesday, the navy said."


# ---- linking real multi-outlet coverage --------------------------------------------------------

def test_undated_reports_join_their_story_by_content(tmp_path):
    corpus = tmp_path / "c.jsonl"
    rows = [
        {"id": "d1", "published": "2024-06-04", "outlet": "Harbour Post", "title": "Estonian premier visits Seoul",
         "text": "Estonian Prime Minister Kristen Michal arrived in Seoul on Tuesday for talks with South Korean "
                 "President Lee on shipbuilding and drones."},
        {"id": "d2", "published": "2024-06-04", "outlet": "Baltic Wire", "title": "Michal in Seoul for shipbuilding "
         "talks", "text": "Kristen Michal, Estonia's prime minister, held talks in Seoul on Tuesday on shipbuilding "
                          "and drone cooperation with South Korea."},
        {"id": "u1", "outlet": "Tallinn Letter", "title": "Estonia and South Korea discuss shipbuilding",
         "text": "Prime Minister Kristen Michal discussed shipbuilding and drones with South Korean officials in "
                 "Seoul, his office said."},
        {"id": "u2", "outlet": "Alpine Courier", "title": "Avalanche closes Swiss pass",
         "text": "An avalanche closed the Grimsel pass in the Swiss Alps on Sunday; no one was hurt, police said."},
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
    assert story["d1"].id == story["d2"].id == story["u1"].id
    assert story["u2"].id != story["d1"].id


def test_eval_stories_reads_a_gold_file_and_prints_a_baseline(tmp_path):
    arts = tmp_path / "articles.jsonl"
    rows = [
        {"id": "g1", "published": "2024-05-01", "title": "Chile and Peru sign fishing accord",
         "text": "Chile and Peru signed a fishing accord in Lima on Tuesday, officials in Santiago said."},
        {"id": "g2", "published": "2024-05-01", "title": "Peru, Chile agree on fishing",
         "text": "Peru and Chile agreed a fishing accord in Lima on Tuesday, Peruvian officials said."},
        {"id": "g3", "published": "2024-05-20", "title": "Floods hit southern Germany",
         "text": "Heavy rain flooded towns in Bavaria on Monday, the German weather service said."},
    ]
    arts.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(r) for r in [
        {"id": "g1", "gold_story": "fish"}, {"id": "g2", "gold_story": "fish"}, {"id": "g3", "gold_story": None}]))
    flagged = tmp_path / "flagged.jsonl"
    r = runner.invoke(app, ["eval", "stories", str(arts), "--json", "--disagreements", str(flagged)])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output.strip().splitlines()[-1])
    assert out["articles"] == 3 and out["gold_clusters"] == 2
    assert flagged.exists() and len(flagged.read_text().splitlines()) == out["disagreements"]
    assert {"b3_p", "b3_r", "b3_f1", "stories"} <= out["baseline"].keys()


def test_fit_ranks_scoring_settings_by_b_cubed(tmp_path):
    from dossier.eval.stories import fit

    arts = tmp_path / "articles.jsonl"
    rows = [
        {"id": "f1", "published": "2024-05-01", "title": "Chile and Peru sign fishing accord", "cluster": "fish",
         "text": "Chile and Peru signed a fishing accord in Lima on Tuesday, officials in Santiago said."},
        {"id": "f2", "published": "2024-05-01", "title": "Peru, Chile agree on fishing accord", "cluster": "fish",
         "text": "Peru and Chile agreed a fishing accord in Lima on Tuesday, Peruvian officials said."},
        {"id": "f3", "published": "2024-05-20", "title": "Floods hit southern Germany", "cluster": "flood",
         "text": "Heavy rain flooded towns in Bavaria on Monday, the German weather service said."},
    ]
    arts.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    r = fit([arts], grid={"actors": (0.2,), "focus": (0.15,), "events": (0.0,), "threshold": (0.95, 0.225)})
    assert [row["threshold"] for row in r["linker"]] == [0.225, 0.95]  # nothing reaches 0.95: all split
    assert r["linker"][0]["per_corpus"][0]["b3_f1"] == 1.0 > r["linker"][1]["per_corpus"][0]["b3_f1"]


def test_story_lists_show_title_and_main_event_in_cli_and_api(seeds_store):
    need_seeds()
    pytest = __import__("pytest")
    r = runner.invoke(app, ["stories", "--db", seeds_store.path])
    assert r.exit_code == 0, r.output
    assert "independent outlet" in r.output
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from dossier.serve.api import create_app

    with TestClient(create_app(seeds_store.path)) as c:
        items = c.get("/api/stories").json()["items"]
    assert items and all(s["title"] and s["main_event"] for s in items)
    assert any(s["cited"] for s in items)


def test_a_date_recalled_from_an_earlier_occasion_is_not_a_conflict():
    from dossier.link.disagreements import event_disagreements
    from dossier.records import Article, Analysis, Event, EventSource

    quotes = {"a": ("The envoy met the president in the capital on Tuesday.", "2025-06-17"),
              "b": ("The talks came two weeks after the envoy's previous meeting with the president on June 4.",
                    "2025-06-04"),
              "c": ("The envoy met the president in the capital on Wednesday.", "2025-06-18")}
    analyses = {aid: Analysis(article=Article(id=aid, source=aid, text=q, outlet=f"Outlet {aid}",
                                              published="2025-06-18")) for aid, (q, _) in quotes.items()}
    ev = Event(id="e", type="CONSULT", mode="asserted", article_ids=list(quotes),
               mentions=[EventSource(article_id=aid, event_mention_id=f"m-{aid}", outlet=f"Outlet {aid}", quote=q,
                                     attribution=None, mode="asserted", stage="arrived", date=d, published=None)
                         for aid, (q, d) in quotes.items()])
    found = [d for d in event_disagreements("s", ev, analyses) if d.field == "date"]
    assert len(found) == 1 and {v.value for v in found[0].values} == {"2025-06-17", "2025-06-18"}


def test_stage_words_of_movement_sentences_are_travel_only():
    from dossier.link.events import stage_of

    assert stage_of("A delegation headed by the foreign minister was in Moscow on Friday.") is None
    assert stage_of("The two sides reached an agreement on grain exports.") is None
    assert stage_of("The foreign minister headed to Moscow on Friday.") == "departed"


def test_a_storys_main_event_line_names_only_an_event_its_page_shows():
    from dossier.link.summary import what_happened
    from dossier.records import Analysis, Article, Event, EventSource, Story

    def ev(i, confidence, background, outlets):
        who, whom = ActorRef("Aland", actor_id="ala", country="ALA"), ActorRef("Borvia", actor_id="brv", country="BRV")
        return Event(id=f"e{i}", type="CONSULT", mode="asserted", actors=[who], recipients=[whom], confidence=confidence,
                     background=background, n_sources=len(outlets),
                     mentions=[EventSource(f"a{j}", f"m{i}{j}", o, "q", None, "asserted", None, None, None)
                               for j, o in enumerate(outlets)])
    analyses = [Analysis(article=Article(id=f"a{j}", source="t", text="t", outlet=o, published="2032-04-02"))
                for j, o in enumerate(["Gazette", "Courier", "Observer"])]
    recalled = ev(1, 0.9, True, ["Gazette", "Courier", "Observer"])  # most outlets, but a recollection
    unsure = ev(2, 0.1, False, ["Gazette", "Courier"])  # under the default row confidence
    news = ev(3, 0.9, False, ["Gazette"])
    story = Story(id="s", first_published="2032-04-02")
    assert what_happened(story, [recalled, unsure, news], analyses)[1] == "e3"
    line, event_id = what_happened(story, [recalled, unsure], analyses)
    assert event_id is None and line.startswith("no confident event recognised")
