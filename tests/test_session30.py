"""Thirtieth session: stories in dense coverage (one region, one week, several events on the same countries)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dossier.link.stories import SCORING, focus_overlap, score
from dossier.records import LinkFeatures, StoryProfile
from dossier.serve.cli import app

runner = CliRunner()


def _stories(tmp_path, rows):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db, "-q", "--workers", "1"])
    assert result.exit_code == 0, result.output
    from dossier.store import open_store

    store = open_store(db, read_only=True)
    try:
        return {aid: s.id for s in store.list_stories() for aid in s.article_ids}
    finally:
        store.close()


def test_a_week_of_one_war_keeps_its_events_apart(tmp_path):
    # every headline names Russia and Ukraine: that the two countries recur says nothing about which event
    rows = [
        {"id": "k1", "published": "2024-02-05", "outlet": "Harbour Post",
         "title": "Russian missiles hit Odesa port, Ukraine says",
         "text": "Russian missiles struck grain terminals in the Ukrainian port of Odesa on Monday, killing three "
                 "dock workers, Ukraine's air force said. Ukrainian officials said two silos burned through the night."},
        {"id": "k2", "published": "2024-02-05", "outlet": "Baltic Wire",
         "title": "Odesa grain terminals burn after Russian strike",
         "text": "A Russian missile attack on Monday set fire to grain terminals in Odesa, Ukraine, and killed three "
                 "workers, regional governor Oleh Kiper said. Firefighters fought the blaze at two silos until morning."},
        {"id": "k3", "published": "2024-02-07", "outlet": "Alpine Courier",
         "title": "Russia and Ukraine swap prisoners of war",
         "text": "Russia and Ukraine exchanged 190 prisoners of war on Wednesday in a swap brokered by Qatar, officials "
                 "in Moscow and Kyiv said. Buses carried the freed soldiers across the border near Sumy."},
        {"id": "k4", "published": "2024-02-07", "outlet": "Harbour Post",
         "title": "Ukraine, Russia trade 190 captives in Qatari-brokered deal",
         "text": "Ukraine and Russia each freed prisoners of war on Wednesday, 190 in all, after mediation by Qatar, "
                 "the Ukrainian ombudsman said. Families waited at a checkpoint near Sumy as the buses arrived."},
        {"id": "k5", "published": "2024-02-09", "outlet": "Baltic Wire",
         "title": "Russian drones strike Kharkiv power station",
         "text": "Russian drones hit a power station in Kharkiv, Ukraine, on Friday, leaving 40,000 homes without "
                 "heating, mayor Ihor Terekhov said. Engineers expected repairs to take a week."},
        {"id": "k6", "published": "2024-02-09", "outlet": "Alpine Courier",
         "title": "Kharkiv without heat after Russian drone attack",
         "text": "A Russian drone attack on Friday knocked out a Kharkiv power station, cutting heating to 40,000 "
                 "homes in Ukraine's second city, mayor Ihor Terekhov said. Repairs would take about a week, he said."},
    ]
    story = _stories(tmp_path, rows)
    assert story["k1"] == story["k2"]
    assert story["k3"] == story["k4"]
    assert story["k5"] == story["k6"]
    assert len({story["k1"], story["k3"], story["k5"]}) == 3


def test_a_shared_headline_country_counts_less_the_more_open_stories_name_it():
    a, b = {"RUS", "UKR"}, {"RUS", "UKR"}
    assert focus_overlap(a, b) == 1.0
    assert focus_overlap(a, b, {"RUS": 1, "UKR": 1}) == 1.0
    assert focus_overlap(a, b, {"RUS": 4, "UKR": 2}) == (0.25 + 0.5) / 2
    assert focus_overlap({"ISR"}, set(), {"ISR": 3}) == 0.0


def _features(terms, focus):
    norm = sum(v * v for v in terms.values()) ** 0.5
    return LinkFeatures(article_id="a", terms=terms, actors={}, focus=focus, events=[], date="2024-02-07",
                        day=None, embedding=None, terms_norm=norm, actors_norm=0.0, keys=[])


def test_headline_countries_alone_never_join_a_story():
    profile_terms = {"missiles": 3.0, "odesa": 3.0, "grain": 2.0, "prisoners": 0.2}
    profile = StoryProfile(terms=profile_terms, focus=["RUS", "UKR"], first="2024-02-05", last="2024-02-05",
                           terms_norm=sum(v * v for v in profile_terms.values()) ** 0.5)
    swap = _features({"prisoners": 3.0, "qatar": 2.0, "exchanged": 2.0, "odesa": 0.1}, ["RUS", "UKR"])
    # the focus alone would reach the threshold
    assert SCORING.focus * 1.0 >= SCORING.threshold
    assert score(swap, profile) < 0
    strike = _features({"missiles": 2.0, "odesa": 2.0, "grain": 1.0}, ["RUS", "UKR"])
    assert score(strike, profile) > 0


def test_a_foreign_secretary_is_the_foreign_minister_but_not_a_secretary_general():
    from dossier.link.disagreements import rank_of

    assert rank_of("Foreign Secretary") == rank_of("foreign minister") == rank_of("Secretary of State")
    assert rank_of("Under Secretary of State") == rank_of("Deputy Foreign Minister")
    assert rank_of("UN Secretary-General") != rank_of("Foreign Minister")
    assert rank_of("Press Secretary") != rank_of("Foreign Minister")


def test_an_accepted_invitation_to_visit_is_a_planned_visit(nlp):
    from conftest import event_with_trigger

    visit = event_with_trigger(nlp, "The Chilean president has accepted an invitation to visit Vietnam, the foreign "
                                    "ministry said on Tuesday.", "visit")
    assert visit is not None and visit.mode == "planned"


def test_one_arrival_told_with_two_days_is_one_event_and_a_disagreement(tmp_path):
    rows = [
        {"id": "v1", "published": "2024-05-16", "outlet": "Harbour Post", "title": "Lavrov in Hanoi",
         "text": "Russian Foreign Minister Sergei Lavrov arrived in Hanoi on Wednesday for two days of talks on "
                 "trade and energy cooperation, the ministry said."},
        {"id": "v2", "published": "2024-05-17", "outlet": "Baltic Wire", "title": "Lavrov visits Vietnam",
         "text": "Sergei Lavrov, Russia's foreign minister, arrived in Hanoi on Thursday for talks on trade and "
                 "energy cooperation, officials said."},
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    assert runner.invoke(app, ["ingest", str(corpus), "--db", db, "-q", "--workers", "1"]).exit_code == 0
    from dossier.store import open_store

    store = open_store(db, read_only=True)
    try:
        flagged = store.list_disagreements()
    finally:
        store.close()
    dates = [d for d in flagged if d.field == "date"]
    assert len(dates) == 1
    assert {v.value for v in dates[0].values} == {"2024-05-15", "2024-05-16"}
    assert {v.article_id for v in dates[0].values} == {"v1", "v2"}


def test_a_national_agency_takes_the_only_country_its_report_names(nlp):
    from conftest import resolved

    text = ("The Central Bureau of Investigation arrested a former finance minister at his home in New Delhi on "
            "Wednesday night. Officers of the agency later took him to their headquarters in Delhi.")
    an, r = resolved(nlp, text)
    m = next(m for m in an.mentions if m.text.endswith("Central Bureau of Investigation"))
    assert r.actors[m.actor_id].country == "IND"
    # a second country named: whose bureau it is, the report does not say
    text2 = ("The Central Bureau of Investigation arrested a businessman at his home in New Delhi on Wednesday, "
             "a day after he returned from London, and officers searched his office in Delhi.")
    an2, r2 = resolved(nlp, text2, aid="t2")
    m2 = next(m for m in an2.mentions if m.text.endswith("Central Bureau of Investigation"))
    assert r2.actors[m2.actor_id].country is None


def test_a_masthead_with_its_section_breadcrumb_names_the_outlet():
    from dossier.ingest.clean import clean_text

    text = ("Ferry link to reopen next month\n\nPORT LUNE HERALD | World | Europe\nBy Ana Ruiz\n\n"
            "The ferry link between the two islands will reopen next month after repairs to the pier, the port "
            "authority said on Tuesday.")
    cleaned = clean_text(text, title=None)
    assert cleaned.metadata.get("outlet masthead") == "Port Lune Herald"
    assert "PORT LUNE HERALD" not in cleaned.body
    desk = clean_text("Ferry link to reopen\n\nPort Lune Herald — Islands desk\n\nThe ferry link between the two "
                      "islands will reopen next month, the port authority said on Tuesday.", title=None)
    assert desk.metadata.get("outlet masthead") == "Port Lune Herald"
    # a linked page title with its site's name is no masthead
    linked = clean_text("Ferry link to reopen\n\nWhat is the ferry dispute? | Port Lune Herald\n\nThe ferry link "
                        "between the two islands will reopen next month, the port authority said.", title=None)
    assert linked.metadata.get("outlet masthead") is None


def test_the_leader_of_a_stateless_armed_group_is_no_officer_of_the_reporting_state(nlp):
    from conftest import resolved

    text = ("The White House said on Thursday that US forces had killed Abu Khalid al-Tamimi, leader of the Islamic "
            "State group, in a raid in northern Syria. Washington said no American was hurt, and the White House "
            "thanked the troops. Officials in Washington called the raid a success.")
    an, r = resolved(nlp, text)
    m = next(m for m in an.mentions if m.text.endswith("al-Tamimi"))
    actor = r.actors[m.actor_id]
    assert actor.country is None and actor.sector == "REB"


def test_whom_a_bomb_killed_and_shoppers_killed_in_a_raid_are_its_recipients(nlp):
    from conftest import event_with_trigger

    bomb = event_with_trigger(nlp, "The bomber detonated a bomb that killed 20 civilians in the market, officials "
                                   "said on Tuesday.", "detonated")
    assert [r.text for r in bomb.recipients] == ["20 civilians"]
    raid = event_with_trigger(nlp, "Militants stormed a mall in the capital on Friday, killing 20 shoppers, police "
                                   "said.", "stormed")
    assert [(r.text, r.sector) for r in raid.recipients] == [("20 shoppers", "CVL")]
