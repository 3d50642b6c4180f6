"""Session 48: rules read from the rejected rows of test115-test118 (now read sets), on sentences written here."""

from conftest import analysed_events, event_with_trigger


def test_a_participle_clause_is_done_at_its_main_acts_time(nlp):
    e = event_with_trigger(nlp, "The United States on 30 July imposed sanctions on Judge Carla Mendes of Brazil, "
                                "accusing her of serious abuses.", "accusing", published="2025-08-01")
    assert e.type == "ACCUSE" and e.date == "2025-07-30" and e.date_source == "timex"


def test_an_act_on_a_day_after_the_report_is_planned(nlp):
    e = event_with_trigger(nlp, "President Trump on Friday declared that his June 12 summit with Kim Jong Un in "
                                "Singapore is on again.", "summit", published="2018-06-01")
    assert e.date == "2018-06-12" and e.mode == "planned"
    # a day before the report stays done
    e = event_with_trigger(nlp, "Trump met Kim Yong Chol on May 31 in New York.", "met", published="2018-06-01")
    assert e.mode == "asserted"


def test_what_a_visit_does_not_signal_does_not_undo_the_visit(nlp):
    e = event_with_trigger(nlp, "Foreign Minister Wang Yi's visit to India does not signal a return to normal "
                                "relations.", "visit", published="2022-03-25")
    assert e.mode == "asserted"


def test_talks_that_did_not_take_place_stay_negated(nlp):
    e = event_with_trigger(nlp, "The talks between Putin and Zelensky did not take place.", "talks",
                           published="2022-03-25")
    assert e.mode == "negated"


def test_leaders_are_no_crowd():
    from dossier.resolve.resolver import is_crowd

    assert not is_crowd("world leaders") and not is_crowd("the leaders") and not is_crowd("student leaders")
    assert is_crowd("worshippers") and is_crowd("angry protesters")


def test_world_leaders_urged_are_no_civilians(nlp):
    e = event_with_trigger(nlp, "Erdogan on Tuesday urged world leaders to help end the suffering in Gaza.", "urged",
                           published="2025-09-24")
    assert [(r.text, r.sector) for r in e.recipients if r.text == "world leaders"] != [("world leaders", "CVL")]


def test_a_crowd_attacked_takes_no_country_from_the_setting_alone(nlp):
    events = analysed_events(nlp, "Israeli police raided the compound in Jerusalem before dawn on Wednesday. Israel's "
                                  "police minister defended the raid in Israel, and Palestinian officials condemned "
                                  "it. Police broke into the mosque and started assaulting worshippers. Palestinian "
                                  "medics treated the injured.", "2023-04-05")
    e = next(e for e in events if e.trigger == "assaulting")
    assert [(r.text, r.country) for r in e.recipients] == [("worshippers", None)]


def test_a_crowd_placed_by_its_own_words_keeps_the_place(nlp):
    e = event_with_trigger(nlp, "Police fired tear gas at protesters in Tbilisi on Monday.", "fired",
                           published="2024-05-01")
    assert [r.country for r in e.recipients] == ["GEO"]


def test_people_a_state_sanctions_are_not_its_own(nlp):
    e = event_with_trigger(nlp, "The Trump administration on Friday imposed sanctions on 13 people and 12 companies.",
                           "sanctions", published="2017-02-04")
    assert all(r.country != "USA" for r in e.recipients if r.text == "13 people")


def test_welcomed_by_a_group_of_officials_is_a_reception(nlp):
    e = event_with_trigger(nlp, "Raisi arrived in Riyadh on Saturday and was welcomed by a group of Saudi officials.",
                           "welcomed", published="2023-11-11")
    assert e.type == "CONSULT" and [r.text for r in e.recipients] == ["Raisi"]
    # a decision welcomed by a group of people is still backing
    e = event_with_trigger(nlp, "The decision was welcomed by a group of Saudi officials on Saturday.", "welcomed",
                           published="2023-11-11")
    assert e.type == "SUPPORT"


def test_an_undated_reports_recollection_takes_its_year_from_the_story():
    from dossier.link.story_days import date_by_the_story
    from dossier.records import ActorRef, Analysis, Article, EventMention

    def report(aid, published, **em):
        mention = EventMention(f"m{aid}", aid, "SANCTION", "imposed", 0, 7, 0, 40, "q", confidence=0.9,
                               actors=[ActorRef("Washington", actor_id="usa", country="USA")],
                               recipients=[ActorRef("Mendes", actor_id="mendes", country="BRA")], **em)
        text = " ".join(["The judge spoke at length about the case and its many troubles today."] * 80)
        return Analysis(article=Article(aid, "t", text, published=published), events=[mention])

    dated = report("a", "2025-07-31", date="2025-07-30", date_source="timex", date_text="Wednesday")
    recalled = EventMention("r", "u", "SANCTION", "revoked", 500, 507, 480, 560, "q", confidence=0.9,
                            background=True, undated_text="18 July",
                            actors=[ActorRef("Washington", actor_id="usa", country="USA")])
    undated = report("u", None)
    undated.events.append(recalled)
    got = date_by_the_story([dated, undated])[1].events[1]
    assert got.date == "2025-07-18" and got.background
    # a recalled weekday names no week of its own
    weekday = EventMention("w", "u", "SANCTION", "revoked", 500, 507, 480, 560, "q", confidence=0.9,
                           background=True, undated_text="Monday")
    undated = report("u", None)
    undated.events.append(weekday)
    assert date_by_the_story([dated, undated])[1].events[1].date is None


def test_a_leaders_administration_is_the_states_government(nlp):
    e = event_with_trigger(nlp, "President Donald Trump has feuded with Brazil for months. The Trump administration "
                                "announced new sanctions against Brazil on Wednesday.", "sanctions",
                           published="2025-07-30")
    assert [(r.actor_id, r.sector) for r in e.actors] == [("usa-gov", "GOV")]
    # the leader's aide stays the aide
    e = event_with_trigger(nlp, "Trump's envoy met Putin on Monday.", "met", published="2025-07-30")
    assert [r.actor_id for r in e.actors] != ["usa-gov"]


def test_a_clock_or_a_penalty_is_no_participant(nlp):
    e = event_with_trigger(nlp, "On September 5, at 10:50 am Kabul time, an unknown militant detonated an explosive "
                                "device near the embassy.", "detonated", published="2022-09-05")
    assert "Kabul time" not in [r.text for r in e.recipients]
    e = event_with_trigger(nlp, "Olmert was initially given six years' prison in May 2014 for taking bribes.", "given",
                           published="2016-02-15")
    assert "six years' prison" not in [r.text for r in e.recipients]


def test_a_name_the_tagger_cut_in_two_is_one_person(nlp):
    e = event_with_trigger(nlp, "Obama met with African Union Commission chair Nkosazana Dlamini Zuma on Tuesday.",
                           "met", published="2015-07-29")
    assert [r.text for r in e.recipients] == ["Nkosazana Dlamini Zuma"]
    assert all(r.actor_id != "zaf-zuma" for r in e.recipients)


def test_the_pm_is_the_prime_minister_named_before(nlp):
    events = analysed_events(nlp, "Prime Minister Imran Khan arrived in Moscow on Wednesday. The PM met Putin on "
                                  "Thursday.", "2022-02-24")
    e = next(e for e in events if e.trigger == "met")
    assert [r.actor_id for r in e.actors] == ["pak-imran-khan"]
