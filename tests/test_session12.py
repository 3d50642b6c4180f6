"""Twelfth session: the actor lists name those that take part in events; every named entity on request.

An analyst's actor list is the doers and recipients of events. Names that act in no event (a photographer
credited under a picture, a byline, a venue the parser filed as an organisation, a quoted family friend) stay
in the store and are listed with ``--all`` / ``include=all``. Every name and sentence here was written for
these tests.
"""

from __future__ import annotations

import json

import pytest

from dossier.records import Actor, ActorRef, Event, Story

VENN = ActorRef("Arla Venn", actor_id="nld-venn", name="Arla Venn", country="NLD", sector="GOV")
SOUTH = ActorRef("Southland", actor_id="sld", name="Southland", country="SLD", sector="GOV")
CAST = [Actor(id="nld-venn", name="Arla Venn", country="NLD", sector="GOV", kind="person"),
        Actor(id="sld", name="Southland", country="SLD", sector="GOV", kind="country"),
        Actor(id="x-credit", name="Tomas Brill", kind="person"),  # credited under a photograph
        Actor(id="x-hall", name="Marble Hall", kind="organisation"),  # a venue, filed as an organisation
        Actor(id="x-port", name="Harbourtown", kind="place")]


def _build(store) -> None:
    store.upsert_actors(CAST)
    talks = Event(id="e1", type="CONSULT", mode="asserted", date="2031-03-04", story_id="s1",
                  actors=[VENN], recipients=[SOUTH], article_ids=["a1"], confidence=0.9)
    store.write_links([Story(id="s1", article_ids=["a1"], first_published="2031-03-04",
                             last_published="2031-03-04")], [talks], [])


def test_participants_are_the_actors_of_events(any_store):
    _build(any_store)
    assert sorted(a.id for a in any_store.list_actors(participants=True)) == ["nld-venn", "sld"]
    assert any_store.count_actors(participants=True) == 2
    assert any_store.list_actors(participants=True, count=True).total == 2
    assert sorted(a.id for a in any_store.list_actors(places=False)) == ["nld-venn", "sld", "x-credit", "x-hall"]
    assert [a.id for a in any_store.list_actors(participants=True, q="venn")] == ["nld-venn"]
    # the event goes (its story re-merged without it): its actors are no participants any more
    any_store.write_links([], [], [], replace_story_links=["s1"])
    assert any_store.list_actors(participants=True) == []
    assert any_store.count_actors() == 5


def test_api_lists_participants_unless_include_all(tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from dossier.serve.api import create_app
    from dossier.store import open_store

    db = str(tmp_path / "s.duckdb")
    s = open_store(db)
    _build(s)
    s.close()
    with TestClient(create_app(db)) as c:
        ids = lambda **p: sorted(a["id"] for a in c.get("/api/actors", params=p).json()["items"])  # noqa: E731
        assert ids() == ["nld-venn", "sld"]
        assert c.get("/api/actors").json()["total"] == 2
        assert ids(include="all") == ["nld-venn", "sld", "x-credit", "x-hall"]
        assert ids(include="all", places="true") == ["nld-venn", "sld", "x-credit", "x-hall", "x-port"]
        assert c.get("/api/actors", params={"include": "every"}).status_code == 422
        assert c.get("/api/actors/x-credit").status_code == 200  # still there, with its page


def test_cli_export_and_list(tmp_path):
    from typer.testing import CliRunner

    from dossier.serve.cli import app
    from dossier.store import open_store

    db = str(tmp_path / "s.duckdb")
    s = open_store(db)
    _build(s)
    s.close()
    runner = CliRunner()
    for extra, want in (([], {"nld-venn", "sld"}), (["--all"], {"nld-venn", "sld", "x-credit", "x-hall", "x-port"})):
        out = tmp_path / f"actors{len(extra)}.jsonl"
        r = runner.invoke(app, ["export", "--what", "actors", "--db", db, "--out", str(out), *extra])
        assert r.exit_code == 0, r.output
        assert {json.loads(line)["id"] for line in out.read_text().splitlines()} == want
    listed = runner.invoke(app, ["actors", "--db", db])
    assert listed.exit_code == 0 and "Arla Venn" in listed.output and "Tomas Brill" not in listed.output
    every = runner.invoke(app, ["actors", "--db", db, "--all"])
    assert every.exit_code == 0 and "Tomas Brill" in every.output and "Harbourtown" not in every.output


# -- actors read on the held-out set test46 after its blind measurement (all sentences written here) --------------
def test_a_capitals_dateline_closed_by_a_dash_without_a_space_is_where_the_report_was_filed(nlp):
    from conftest import resolved

    an, _ = resolved(nlp, "ALIAGA, TURKEY—A Turkish court on Friday ordered the release of a jailed pastor.",
                     published="2031-10-12")
    assert not any(m.text == "ALIAGA" and m.kind != "place" for m in an.mentions)
    assert all(a.text != "ALIAGA" for e in an.events for a in e.actors)


def test_a_son_named_with_jr_is_not_his_father():
    from dossier.resolve.names import name_key, same_person

    assert not same_person(name_key("Donald Trump Jr."), name_key("Donald Trump"))
    assert same_person(name_key("Donald Trump Jr."), name_key("Donald J. Trump Jr."))
    assert not same_person(name_key("Ferdinand Marcos Jr."), name_key("Ferdinand Marcos"))


def test_a_son_named_with_jr_is_an_actor_of_his_own(nlp):
    from conftest import resolved

    an, _ = resolved(nlp, "Trump said on Thursday that his son Donald Trump Jr.'s meeting with Russian lawyers "
                          "was ordinary.", published="2031-07-14")
    son = next(m for m in an.mentions if m.text.startswith("Donald Trump Jr"))
    assert son.actor_id != "usa-trump"


def test_a_handout_picture_that_shows_is_a_caption():
    from dossier.ingest.clean import clean_text

    text = ("Orlandia agreed to a truce on Tuesday.\n\n"
            "This handout photograph taken and released by the Orlandian Presidential Press Service on March 11, "
            "2031, shows the foreign minister attending the talks in Marlova. (AFP)\n\n"
            "The foreign minister said on Tuesday the next step was up to the rebels.")
    body = clean_text(text).body
    assert "Press Service" not in body and "next step was up to the rebels" in body


def test_a_street_troops_march_down_is_a_place_and_the_parade_no_protest(nlp):
    from conftest import resolved

    for text in ("The parade featured Orlandian and Vesperian troops marching down the Grand Esplanade in Marlova.",
                 "Orlandian troops marched down the Grand Esplanade in Marlova on the national day."):
        an, _ = resolved(nlp, text, published="2031-07-14")
        assert not any(m.text.endswith("Grand Esplanade") and m.kind != "place" for m in an.mentions), text
        assert not any(e.type == "PROTEST" for e in an.events), text
    an, _ = resolved(nlp, "Thousands of students marched down the Grand Esplanade to protest the new fees.",
                     published="2031-07-14")
    assert any(e.type == "PROTEST" for e in an.events)


def test_an_attack_on_the_city_hits_the_town_named_before(nlp):
    # read on test45 ("the Russians hit the city": no recipient), a known leftover of the eleventh session
    from conftest import resolved

    text = ("On the morning of March 3, Vesperian forces attacked Kharkiv. The air force said the Vesperian forces "
            "hit the city with a ballistic missile.")
    an, _ = resolved(nlp, text, published="2031-03-03")
    hit = next(e for e in an.events if e.trigger == "hit")
    assert [(r.text, r.country) for r in hit.recipients] == [("Kharkiv", "UKR")]
    # a city of the doer's own country is not what they hit; the city council is a body, not the town
    an, _ = resolved(nlp, "Officials in Kharkiv said on Monday that Ukrainian police raided the city council.",
                     published="2031-03-03")
    assert all(r.text != "Kharkiv" for e in an.events for r in e.recipients)


def test_leaving_for_ones_own_country_is_going_home(nlp):
    # read on test45 ("Sharif will leave for Pakistan later in the day" was a planned CONSULT)
    from conftest import resolved
    from dossier.link.events import shown

    threshold = shown()["min_confidence"]
    an, _ = resolved(nlp, "Pakistani Prime Minister Tomas Vey will leave for Pakistan later in the day.",
                     published="2031-05-27")
    assert all(e.confidence < threshold for e in an.events if e.type == "CONSULT")
    an, _ = resolved(nlp, "Pakistani Prime Minister Tomas Vey will leave for India on Monday for talks.",
                     published="2031-05-27")
    assert any(e.type == "CONSULT" and e.confidence >= threshold for e in an.events)


def test_athletes_marching_in_a_ceremony_are_no_protest_but_a_march_to_protest_is(nlp):
    # read on test42 ("Athletes from both nations marched together ... in the opening ceremony": PROTEST)
    from conftest import resolved

    an, _ = resolved(nlp, "Athletes from the two nations marched together under one flag in the opening ceremony.",
                     published="2031-02-10")
    assert not any(e.type == "PROTEST" for e in an.events)
    an, _ = resolved(nlp, "Opposition supporters marched during the national day parade to protest the arrests.",
                     published="2031-02-10")
    assert any(e.type == "PROTEST" for e in an.events)


def test_the_subject_of_held_talks_parsed_as_a_noun_phrase_is_the_doer(nlp):
    # read on test44 ("Trump held talks with ... Pena Nieto": the parser made "held" a modifier of "talks" and
    # "Trump" a noun modifier: no doer)
    from conftest import resolved

    an, _ = resolved(nlp, "Trump held talks with Orlandian President Tomas Vey on Wednesday.", published="2031-08-31")
    talks = next(e for e in an.events if e.trigger == "talks")
    assert [a.text for a in talks.actors] == ["Trump"] and [r.text for r in talks.recipients] == ["Tomas Vey"]


def test_the_news_perfect_of_a_lead_is_not_undone_by_a_compound_word_or_a_year_of_a_role(nlp):
    # read on test46 after its measurement: "A Paris court has convicted far-right figurehead and 2027 presidential
    # frontrunner X ... and banned her": "far" of "far-right" read as "so far", 2027 as a time of the sentence
    from conftest import resolved

    text = ("Marlova (Wire) — A Marlova court has convicted far-right figurehead and 2032 presidential frontrunner "
            "Ines Rauch of embezzlement and banned her from running for office.\n\n"
            "The ban takes effect immediately, the court said.")
    an, _ = resolved(nlp, text, published="2031-03-31")
    acts = [e for e in an.events if e.trigger in ("convicted", "banned")]
    assert len(acts) == 2 and all(e.date == "2031-03-31" and e.date_source == "published" for e in acts)
    # a count still makes a perfect a running tally: no day
    an, _ = resolved(nlp, "Marlova (Wire) — Orlandian police have arrested 2032 protesters since the vote.\n\n"
                          "The arrests continue, officials said.", published="2031-03-31")
    assert all(e.date is None for e in an.events if e.trigger == "arrested")


def test_a_headline_in_the_present_and_a_30_day_truce_take_the_days_news(nlp):
    # read on test46 after its measurement: "Ukraine agrees to 30-day ceasefire proposal from US" (a headline in the
    # present; "30-day" read as a time of the sentence and its 30 as a count)
    from conftest import resolved

    text = ("Orlandia agrees to 30-day truce proposal from Vesperia\n\n"
            "Orlandia has accepted a Vesperian proposal for a 30-day truce, its foreign ministry announced.\n\n"
            "Talks will continue next week.")
    an, _ = resolved(nlp, text, published="2031-03-11")
    agree = [e for e in an.events if e.type == "AGREE" and e.trigger in ("agrees", "accepted")]
    assert len(agree) == 2 and all(e.date == "2031-03-11" for e in agree)


def test_who_proposed_is_who_an_acceptance_or_a_refusal_answers(nlp):
    # read on test46 after its measurement ("Ukraine agrees to 30-day ceasefire proposal from US": no recipient)
    from conftest import resolved

    an, _ = resolved(nlp, "Orlandia agreed on Tuesday to a ceasefire proposal from Russia.", published="2031-03-11")
    agree = next(e for e in an.events if e.type == "AGREE")
    assert [r.country for r in agree.recipients] == ["RUS"]
    an, _ = resolved(nlp, "Hamas rejected the offer by Israel on Tuesday.", published="2031-03-11")
    reject = next(e for e in an.events if e.type == "REJECT")
    assert [r.country for r in reject.recipients] == ["ISR"]


def test_a_town_after_a_site_is_a_place_and_waiting_to_be_evacuated_is_not_done(nlp):
    # the kind of sentence test47's verdicts name (read after its measurement: victims at a station left without
    # their country); written here
    from conftest import resolved

    an, _ = resolved(nlp, "A Vesperian missile struck the bus station in Kramatorsk on Friday, killing at least 30 "
                          "civilians waiting to be evacuated.", published="2031-04-08")
    town = next(m for m in an.mentions if m.text == "Kramatorsk")
    assert town.kind == "place"
    killing = next(e for e in an.events if e.type == "ASSAULT")
    assert [r.country for r in killing.recipients] == ["UKR"]
    assert all(e.mode != "asserted" for e in an.events if e.trigger == "evacuated")


def test_a_us_state_in_a_role_is_no_word_of_north_korea_and_a_navys_ship_is_its_countrys(nlp):
    # read on test46 after its measurement: "North Carolina native Andrew Brunson" was coded PRK ("North", the
    # Koreans' short name for the DPRK); "warning shots at HMS Defender" left the destroyer without a country
    from conftest import resolved

    an, _ = resolved(nlp, "The court sentenced North Carolina native Tomas Vey to three years in prison.",
                     published="2031-10-12")
    sentenced = next(e for e in an.events if e.trigger == "sentenced")
    assert [r.country for r in sentenced.recipients] != ["PRK"]
    an, _ = resolved(nlp, "The defence ministry of Vesperia said it had fired warning shots at HMS Marlow on "
                          "Wednesday.", published="2031-06-23")
    fired = next(e for e in an.events if e.trigger == "fired")
    assert [(r.country, r.sector) for r in fired.recipients] == [("GBR", "MIL")]


def test_the_head_of_a_body_is_a_doer(nlp):
    # from the judges' summary of test46 (after its measurement): "the head of the Palestinian Authority blamed
    # Israel" had no doer: "head" of the trip lexicon was read as an act noun
    from conftest import resolved

    an, _ = resolved(nlp, "The head of the Orlandian army met Vesperian officials on Monday.", published="2031-05-12")
    met = next(e for e in an.events if e.trigger == "met")
    assert [a.text for a in met.actors] == ["The head of the Orlandian army"]
    assert met.actors[0].sector == "MIL"
