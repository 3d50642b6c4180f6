"""Seventeenth session: behaviour found on the fresh held-out set test57 (every sentence here written for the test)."""

from __future__ import annotations

from conftest import analysed_events


def _by_trigger(events, trigger):
    return next(e for e in events if e.trigger == trigger)


def test_a_noun_for_the_people_who_act_does_not_take_the_acts_day(nlp):
    """"detained more than 300 protesters Sunday": the parser hangs "Sunday" on "protesters", a candidate trigger of
    another type; the protesters are participants, so Sunday is the detention's day."""
    events = analysed_events(nlp, "MINSK — Riot police in riot gear detained more than 300 protesters Sunday at a "
                                  "demonstration against the jailing of opposition leaders, a monitoring group said, "
                                  "marking another show of defiance a week after the largest opposition rally in "
                                  "years.", "2020-09-13")
    assert _by_trigger(events, "detained").date == "2020-09-13"


def test_people_in_a_city_are_its_people_not_the_city(nlp):
    events = analysed_events(nlp, "Security forces arrested dozens of people in central Minsk on Sunday.",
                             "2020-09-13")
    ref = next(r for r in _by_trigger(events, "arrested").recipients if "people" in r.text)
    assert ref.actor_id is None and ref.country == "BLR", ref


def test_the_session_an_act_is_done_at_is_no_recipient(nlp):
    events = analysed_events(nlp, "Norway will formally recognise Palestine at the UN General Assembly next month, "
                                  "Prime Minister Jonas Gahr Store said on Monday.", "2024-08-12")
    e = _by_trigger(events, "recognise")
    assert [r.country for r in e.recipients] == ["PSE"], e.recipients


def test_where_named_victims_were_struck_stands_for_nobody(nlp):
    events = analysed_events(nlp, "Five guards were shot at a checkpoint in Iraq's Anbar province on Monday, "
                                  "officials said.", "2021-06-12")
    e = _by_trigger(events, "shot")
    assert [r.text for r in e.recipients] == ["Five guards"], e.recipients


def test_nationals_acted_upon_with_no_article_are_people_not_the_state(nlp):
    events = analysed_events(nlp, "The foreign minister on Tuesday urged Canadians to leave Lebanon immediately.",
                             "2024-08-06")
    ref = next(r for r in _by_trigger(events, "urged").recipients if r.text == "Canadians")
    assert ref.actor_id is None and ref.country == "CAN" and ref.sector == "CVL", ref


def test_a_states_opposition_is_not_the_state(nlp):
    events = analysed_events(nlp, "A protest was organized by the Belarusian opposition in defiance of a ban by city "
                                  "officials.", "2020-09-13")
    refs = [r for e in events for r in e.actors if "opposition" in r.text]
    assert refs and all(r.actor_id is None and r.country == "BLR" for r in refs), refs


def test_a_liberation_army_is_armed_opposition_and_the_chinese_army_is_not(nlp):
    events = analysed_events(nlp, "The Arakan Liberation Army said it killed four soldiers on Monday. The People's "
                                  "Liberation Army fired missiles at targets near the island on Tuesday.",
                             "2022-08-04")
    sectors = {r.text: r.sector for e in events for r in e.actors}
    assert sectors.get("The Arakan Liberation Army") == "REB", sectors
    assert sectors.get("People's Liberation Army") == "MIL", sectors


def test_an_act_told_days_before_the_leads_news_is_context(nlp):
    """A lead dated Saturday; a jailing on Wednesday and a sentence "earlier this week", told after it, are what
    led to the news, not the news."""
    text = ("Police detained more than 400 protesters on Saturday outside the city hall of Lorvik.\n\n"
            "The crowd had gathered to demand that barred candidates be allowed to run.\n\n"
            "The opposition leader Anton Vesk was jailed on Wednesday for calling the protest. Earlier this week, "
            "a court sentenced his deputy to ten days in jail.")
    events = analysed_events(nlp, text, "2019-07-27")
    assert not _by_trigger(events, "detained").background
    assert _by_trigger(events, "jailed").background
    assert _by_trigger(events, "sentenced").background


def _mentions(nlp, text, published=None):
    from dossier.nlp import analyse
    from dossier.records import Article
    from dossier.resolve import Resolver

    return Resolver().resolve(analyse(Article(id="t", source="test", text=text, published=published), nlp)).mentions


def test_call_signs_credits_and_acronyms_of_agreements_are_no_actors(nlp):
    text = ("The Mutual Defence Information Sharing Agreement (MDISA) lapsed on Friday after Seoul let it expire.\n\n"
            "The president arrived by Marine One, having landed on Air Force One the evening before.\n\n"
            "AP: Jane Holloway\n\n"
            "Police detained dozens of protesters outside the assembly.\n\n"
            "(Source: Harbour Wire)")
    names = {m.text for m in _mentions(nlp, text, "2019-11-23") if m.actor_id or m.kind in ("person", "organisation")}
    assert not names & {"MDISA", "Marine", "Marine One", "Air Force One", "Jane Holloway", "Harbour Wire"}, names


def test_a_city_body_placed_in_a_country_is_not_named_as_the_states(nlp):
    from dossier.resolve import Resolver
    from dossier.nlp import analyse
    from dossier.records import Article

    r = Resolver()
    r.resolve(analyse(Article(id="t", source="test", text="Thousands marched in Minsk on Sunday, demanding that "
                              "barred candidates be allowed to run for City Council elections. Belarusian police "
                              "detained 200 people.", published="2020-09-13"), nlp))
    assert not any(a.name.startswith("City Council of") for a in r.actors.values()), \
        [a.name for a in r.actors.values()]


def test_a_dateline_with_the_places_country_then_a_dash_and_the_full_date_gives_the_publication_date():
    from dossier.ingest import build_article
    from dossier.ingest.sources import RawDocument

    text = ("Two leaders meet at the lakeside palace\n\n  • Writer: Lakeside Daily\n  • Mar 3\n  • 2 min read\n\n"
            "Lakeport, Freedonia – March 3, 2021 - The prime minister welcomed the visiting president at the lakeside "
            "palace on Wednesday, as hundreds of protesters marched outside the gates.\n\n"
            "The two leaders are expected to sign a trade accord on Thursday.")
    art = build_article(RawDocument("d.jsonl#1", "jsonl", text, {"outlet": "Lakeside Daily"}))
    assert art.published == "2021-03-03", (art.published, art.published_evidence)


def test_a_land_feature_is_a_place_and_a_region_is_not_the_body_named_after_it(nlp):
    text = ("The Karakoram Liberation Front said it attacked the convoy in the Lowari Pass on Monday. "
            "Gilgit-Baltistan has long seen such attacks.")
    ms = _mentions(nlp, text, "2021-06-08")
    kinds = {m.text: m.kind for m in ms}
    assert kinds.get("the Lowari Pass") == "place", kinds
    front = next(m for m in ms if "Liberation Front" in m.text)
    region = [m for m in ms if m.text == "Gilgit-Baltistan"]
    assert all(m.actor_id != front.actor_id for m in region), [(m.text, m.actor_id) for m in ms]
