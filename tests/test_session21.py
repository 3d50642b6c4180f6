"""Twenty-first session: behaviour found reading held-out output (every sentence here written for the test)."""

from __future__ import annotations

from conftest import analysed_events

from dossier.records import ActorRef, Analysis, Article, EventMention


def _mention(i, article, text, actors, recipients, *, trigger, date=None, background=False, confidence=0.9):
    at = text.find(trigger)
    return EventMention(id=f"m{i}", article_id=article, type="CONSULT", trigger=trigger, trigger_start=at,
                        trigger_end=at + len(trigger), sentence_start=0, sentence_end=len(text), quote=text,
                        actors=actors, recipients=recipients, date=date, date_source="timex" if date else "none",
                        background=background, confidence=confidence)


def test_a_date_in_a_clause_opened_by_since_dates_no_act_of_the_sentence(nlp):
    # the parser makes "began" the root and hangs the visit under it: the date is still the span's start
    events = analysed_events(nlp, "President Aldo Ferran of Borvia traveled to Portugal on Friday, his first visit "
                                  "to a European state since the border war began in 2011.", "2022-03-19")
    assert all(not (e.date or "").startswith("2011") for e in events if e.type == "CONSULT"), \
        [(e.trigger, e.date) for e in events]


def test_a_recalled_undated_twin_neither_leads_nor_lets_recollections_into_the_news_event():
    from dossier.link.events import merge_story_events

    ferran = ActorRef("Aldo Ferran", actor_id="brv-ferran", country="BRV", sector="GOV")
    minister = ActorRef("the Portuguese foreign minister", actor_id="prt", country="PRT", sector="GOV")
    t1 = "Aldo Ferran traveled to Portugal on Friday, his first visit to a European state since the war began."
    t2 = "Officials objected in November when the Portuguese foreign minister visited Borville and met Aldo Ferran."
    a1 = Article(id="a1", source="t", text=t1, published="2022-03-19")
    a2 = Article(id="a2", source="t", text=t2, published="2022-03-19")
    news = _mention(1, "a1", t1, [ferran], [ActorRef("Portugal", actor_id="prt", country="PRT")],
                    trigger="traveled", date="2022-03-18", confidence=0.8)
    # the model is surer of the noun, which the word "first" made a recollection
    recalled_twin = _mention(2, "a1", t1, [ferran], [ActorRef("European state")], trigger="visit",
                             background=True, confidence=0.96)
    older = _mention(3, "a2", t2, [minister], [ferran], trigger="visited", date="2021-11", background=True)
    older_met = _mention(4, "a2", t2, [minister], [ferran], trigger="met", confidence=0.7)
    events = merge_story_events("s", [Analysis(article=a1, events=[news, recalled_twin]),
                                      Analysis(article=a2, events=[older, older_met])])
    trip = next(e for e in events if e.article_ids == ["a1"])
    assert (trip.date, trip.date_end, trip.background) == ("2022-03-18", None, False), trip
    assert [r.text for r in trip.recipients][:1] == ["Portugal"], trip.recipients
    earlier = next(e for e in events if e.article_ids == ["a2"])
    assert earlier.background and earlier.date == "2021-11", earlier


BEIRUT = ("BEIRUT - Lebanese protesters stormed several ministries in Beirut on Saturday as anger grew over the port "
          "blast. Security forces fired tear gas to disperse demonstrators who tried to reach parliament.")


def test_a_states_own_unnamed_bodies_take_the_setting_when_the_sentence_names_only_it(nlp):
    events = analysed_events(nlp, BEIRUT.replace("reach parliament", "reach parliament, as retired Lebanese army "
                                                 "officers joined them"), "2020-08-08")
    fired = next(e for e in events if e.trigger == "fired")
    assert [(a.text, a.country) for a in fired.actors] == [("Security forces", "LBN")], fired.actors
    # (session 48: a crowd acted upon takes no country from the setting when its sentence names only the doers'
    # nationality -- Israeli police firing at worshippers in Jerusalem read the same; empty is no error, a wrong one is)
    assert [r.country for r in fired.recipients] == [None], fired.recipients


def test_descriptions_of_another_side_take_no_setting_from_a_sentence_naming_only_it(nlp):
    text = BEIRUT + (" On Sunday, Lebanese officials said the prime minister met ministers from both countries, "
                     "and the president thanked a foreign leader. Lebanese groups urged the King to apologise.")
    events = analysed_events(nlp, text, "2020-08-08")
    for trigger, who in (("met", "ministers"), ("thanked", "foreign leader"), ("urged", "the King")):
        e = next(e for e in events if e.trigger == trigger)
        ref = next(r for r in e.recipients if r.text.endswith(who))
        assert ref.country is None, (trigger, ref)


def test_force_kept_on_the_table_is_a_threat_against_what_it_would_seize(nlp):
    for text in ("President Rafael Ortiz refused to rule out using military force to seize control of the Panama "
                 "Canal and Greenland on Tuesday.",
                 "Ortiz says he won't rule out the use of military force to regain control of the Panama Canal and "
                 "occupy Greenland."):
        events = analysed_events(nlp, text, "2025-01-08")
        shown = [e for e in events if e.confidence >= 0.55]
        assert [e.type for e in shown] == ["THREATEN"], [(e.type, e.trigger, e.mode) for e in events]
        assert shown[0].mode == "asserted" and "GRL" in {r.country for r in shown[0].recipients}, shown[0]


def test_a_refusal_to_rule_out_anything_else_stays_a_refusal(nlp):
    events = analysed_events(nlp, "The minister refused to rule out new taxes on Monday.", "2025-01-08")
    assert [e.type for e in events if e.trigger == "refused"] == ["REJECT"], events


def test_doers_told_as_a_knifeman_or_at_someones_hands(nlp):
    e = next(e for e in analysed_events(nlp, "A police officer was stabbed by the knifeman before he was shot.",
                                        "2017-03-22") if e.trigger == "stabbed")
    assert [(a.text, a.sector) for a in e.actors] == [("the knifeman", "CRM")], e.actors
    e = next(e for e in analysed_events(nlp, "After the killing of the teacher at the hands of a young man in a "
                                             "Paris suburb, officials announced measures.", "2020-10-20")
             if e.trigger == "killing")
    assert [a.text for a in e.actors] and "man" in e.actors[0].text, e.actors


def test_an_act_told_inside_the_since_clause_keeps_its_date(nlp):
    events = analysed_events(nlp, "At least 27 people have been killed since the protests first broke out on "
                                  "Wednesday, April 18.", "2018-04-23")
    assert next(e for e in events if e.trigger == "protests").date == "2018-04-18"


def test_the_general_assembly_is_the_uns_plenary_not_a_generals_body(nlp):
    events = analysed_events(nlp, "The United Nations met in New York. On Thursday, the General Assembly voted to "
                                  "demand aid access in Ukraine.", "2022-03-25")
    sectors = {a.sector for e in events for a in e.actors if "Assembly" in a.text}
    assert sectors == {"IGO"}, [(e.trigger, e.actors) for e in events]


def test_he_after_a_described_attacker_is_the_attacker_not_the_woman_who_reports_it(nlp):
    events = analysed_events(nlp, "Prime Minister Jane Harlow spoke on Thursday. She confirmed that a single "
                                  "attacker drove a car into pedestrians on the bridge before running through the "
                                  "gates, where he killed a police officer.", "2017-03-23")
    e = next(e for e in events if e.trigger == "killed")
    assert [a.text for a in e.actors] == ["single attacker"], e.actors


def test_a_vote_to_do_an_act_dates_the_act(nlp):
    events = analysed_events(nlp, "On March 24, the General Assembly overwhelmingly voted to demand aid access in "
                                  "Ukraine.", "2022-04-08")
    assert next(e for e in events if e.trigger == "demand").date == "2022-03-24"


def test_an_international_body_is_placed_in_no_country_by_the_city_it_meets_in(nlp):
    events = analysed_events(nlp, "The General Assembly in New York voted on Thursday to demand aid access in "
                                  "Ukraine.", "2022-03-25")
    refs = [a for e in events for a in e.actors if "Assembly" in a.text]
    assert refs and all(a.country in (None, "IGO") and a.sector == "IGO" for a in refs), refs


def test_an_invitation_to_visit_is_agree_the_codebook_way(nlp):
    events = analysed_events(nlp, "Zelensky then invited Trump to visit Ukraine.", "2019-09-26")
    e = next(e for e in events if e.trigger == "invited")
    assert (e.type, e.mode) == ("AGREE", "asserted"), e
    assert not [e for e in analysed_events(nlp, "The ministry invited bids for the contract.", "2019-09-26")
                if e.type == "AGREE"]


def test_the_two_leaders_are_the_two_people_of_state_the_report_names(nlp):
    events = analysed_events(nlp, "Turkish President Recep Tayyip Erdogan flew to Cairo on Wednesday for talks with "
                                  "Egyptian President Abdel Fattah el-Sisi. The two leaders also criticised Israel's "
                                  "conduct of the war.", "2024-02-14")
    e = next(e for e in events if e.trigger == "criticised")
    assert sorted(a.country for a in e.actors) == ["EGY", "TUR"], e.actors


def test_a_state_holding_someone_told_in_the_passive_is_the_country_named_with_in(nlp):
    events = analysed_events(nlp, "The call came a day after the release of Marc Fogel, who had been held in Russia "
                                  "since 2021.", "2025-02-13")
    e = next(e for e in events if e.trigger == "held")
    assert [a.country for a in e.actors] == ["RUS"], e.actors
    e = next(e for e in analysed_events(nlp, "He was detained in Moscow on Friday.", "2025-02-13")
             if e.trigger == "detained")
    assert not e.actors  # a city is where, not who


def test_a_labelled_publication_date_with_a_two_digit_year_beats_a_sites_date_banner():
    from dossier.ingest import RawDocument, build_article
    from dossier.ingest.dates import inline_label_date

    assert inline_label_date("AP Bogota Published 18.01.19, 11:42 AM")[0].isoformat() == "2019-01-18"
    assert inline_label_date("Published 1.2.3.4 build") is None
    body = ("MY CITY EDITION\nSite-logo Monday, 25 November 2024\n\nBomb at a police school kills 21\n\n"
            "AP Bogota Published 18.01.19, 11:42 AM\nA car bomb exploded at a police academy in the capital on "
            "Thursday, killing 21 people, officials said. The attacker died in the blast, they added, and the "
            "president called the attack an act of terror.")
    art = build_article(RawDocument(source="t", format="jsonl", body=body,
                                    fields={"title": "Bomb at a police school kills 21", "url": "https://x.example/a/1"}))
    assert art.published == "2019-01-18", (art.published, art.published_evidence)


def test_a_man_arrested_after_throwing_a_bomb_is_a_suspect(nlp):
    for text in ("Local media reported that a man had been arrested after throwing what appeared to be a smoke bomb.",
                 "Footage showed people fleeing and a man being arrested following the explosion."):
        e = next(e for e in analysed_events(nlp, text, "2023-04-15") if e.trigger == "arrested")
        assert [r.sector for r in e.recipients] == ["CRM"], e.recipients
    e = next(e for e in analysed_events(nlp, "Police arrested two protesters after the rally.", "2023-04-15")
             if e.trigger == "arrested")
    assert [r.sector for r in e.recipients] == ["CVL"], e.recipients


def test_security_forces_that_arrest_after_a_raid_are_police_and_the_raid_is_the_arrests(nlp):
    events = analysed_events(nlp, "The movement confirmed on Monday evening that security forces arrested its "
                                  "president, Omar Haddad, after raiding his home in the capital.", "2023-04-18")
    arrest = next(e for e in events if e.trigger == "arrested")
    assert [a.sector for a in arrest.actors] == ["POL"], arrest.actors
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]
