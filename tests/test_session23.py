"""Twenty-third session: behaviour found reading held-out output (every sentence here written for the test)."""

from __future__ import annotations

from conftest import analysed_events, mention_of, resolved

from dossier.nlp.event_model import DEFAULT_THRESHOLD


def test_once_a_building_is_dropped_as_where_the_people_an_attack_killed_are_hit(nlp):
    events = analysed_events(nlp, "Suicide bombers attacked Korvia's largest airport, Lanbur Airport, on Tuesday "
                                  "evening, killing at least 31 people.", "2016-06-29")
    attacked = next(e for e in events if e.trigger == "attacked")
    assert [r.text for r in attacked.recipients] == ["31 people"], attacked.recipients
    # a named target stays the recipient and the toll adds no one
    events = analysed_events(nlp, "Militants attacked a police convoy in Lanbur on Monday, killing four officers.",
                             "2016-06-29")
    attacked = next(e for e in events if e.trigger == "attacked")
    assert "four officers" not in [r.text for r in attacked.recipients], attacked.recipients


def test_a_nationality_read_as_a_name_still_places_the_title_after_it(nlp):
    an, _ = resolved(nlp, "\"The blame lies with Tarnia,\" Azerbaijani foreign ministry spokesperson Idris Vaqif "
                          "said on Friday.", published="2023-01-27")
    spokesperson = mention_of(an, "Idris Vaqif")
    assert (spokesperson.country, spokesperson.sector) == ("AZE", "GOV"), spokesperson
    assert mention_of(an, "Azerbaijani").label == "NORP"


def test_a_statement_of_a_day_dates_a_capture_after_months_of_fighting(nlp):
    events = analysed_events(nlp, "The Northern Alliance Forces said on Tuesday they had fully captured the "
                                  "militants' stronghold Daskar, after more than four months of fighting.",
                             "2017-10-17")
    captured = next(e for e in events if e.trigger == "captured")
    assert (captured.type, captured.date) == ("ASSAULT", "2017-10-17"), captured
    # a time of its own still keeps the statement's day off the act
    events = analysed_events(nlp, "The army said on Tuesday it had captured the town after a week of fighting "
                                  "last month.", "2017-10-17")
    captured = next(e for e in events if e.trigger == "captured")
    assert captured.date != "2017-10-17", captured


def test_ground_taken_is_combat_a_person_or_a_building_taken_is_not(nlp):
    events = analysed_events(nlp, "Rebel fighters captured Daskar on Monday after a battle.", "2017-10-17")
    assert next(e for e in events if e.trigger == "captured").type == "ASSAULT"
    events = analysed_events(nlp, "Police in the capital captured the suspect on Tuesday after a chase.", "2017-10-17")
    assert next(e for e in events if e.trigger == "captured").type == "COERCE"


def test_a_known_killing_named_to_say_when_is_no_event_of_its_own(nlp):
    events = analysed_events(nlp, "President Aldo Ferran arrived in Lanbur on Thursday, his first visit since the "
                                  "2018 killing of the journalist Mira Tasso.", "2022-04-28")
    killing = [e for e in events if e.trigger == "killing"]
    assert all(e.confidence < DEFAULT_THRESHOLD for e in killing), killing
    assert any(e.trigger == "arrived" and e.confidence >= DEFAULT_THRESHOLD for e in events), events
    # an attack told with an article of its own is told as news
    events = analysed_events(nlp, "A Lanbur man has been charged with murder after a killing at an office party.",
                             "2022-04-28")
    assert any(e.trigger == "killing" and e.confidence >= DEFAULT_THRESHOLD for e in events), events


def test_a_name_only_ever_used_as_where_something_happened_is_a_place(nlp):
    an, _ = resolved(nlp, "A mortar attack killed two men in Kibbutz Adar on Monday, the army said. Prime Minister "
                          "Lena Sova later held a cabinet meeting on Parliament Hill.", published="2014-08-26")
    assert mention_of(an, "Kibbutz Adar").kind == "place"
    assert mention_of(an, "Parliament Hill").kind == "place"
    # a body met where it sits stays a body
    an, _ = resolved(nlp, "Lena Sova spoke at Darmstadt Technical University on Monday.", published="2014-08-26")
    assert mention_of(an, "Darmstadt Technical University").kind == "organisation"


def test_a_known_person_before_their_first_office_holds_no_government_post(nlp):
    events = analysed_events(nlp, "Police arrested opposition leader Anwar Ibrahim outside the court in Putrajaya "
                                  "on Tuesday.", "2015-02-10")
    arrested = next(e for e in events if e.trigger == "arrested")
    assert [(r.text, r.sector) for r in arrested.recipients] == [("Anwar Ibrahim", "PTY")], arrested.recipients
    events = analysed_events(nlp, "Police arrested two men who threatened Prime Minister Anwar Ibrahim on Tuesday.",
                             "2024-02-10")
    threatened = next(e for e in events if e.trigger == "threatened")
    assert [(r.text, r.sector) for r in threatened.recipients] == [("Anwar Ibrahim", "GOV")], threatened.recipients


def test_a_terrorist_team_is_an_armed_group_not_a_sports_side(nlp):
    events = analysed_events(nlp, "Security forces had arrested another \"terrorist team\" planning a third attack, "
                                  "the ministry said.", "2017-06-08")
    arrested = next(e for e in events if e.trigger == "arrested")
    assert [r.sector for r in arrested.recipients] == ["REB"], arrested.recipients


def test_the_company_executive_is_the_one_person_the_article_gives_that_office(nlp):
    events = analysed_events(nlp, "Lantel's chief financial officer Mira Tasso flew home to Korvia on Friday. The "
                                  "Lantel executive had been detained in Borvia for nearly three years.", "2021-09-25")
    detained = next(e for e in events if e.trigger == "detained")
    assert [r.text for r in detained.recipients] == ["Mira Tasso"], detained.recipients


def test_a_detention_that_lasted_years_before_a_release_is_context(nlp):
    events = analysed_events(nlp, "Prime Minister Lena Sova says Aldo Ferran and Piet Varo are on their way back to "
                                  "Borvia after being detained in Korvia for nearly three years.", "2021-09-25")
    assert next(e for e in events if e.trigger == "detained").background


def test_what_was_done_hours_earlier_is_the_days_news(nlp):
    events = analysed_events(nlp, "Mira Tasso flew home to Korvia on Friday. Hours earlier, a federal judge had "
                                  "approved a plea deal struck between Ms Tasso and prosecutors.", "2021-09-25")
    assert not next(e for e in events if e.trigger == "approved").background


def test_the_talks_one_holds_in_a_seat_of_power_are_held_there_by_the_holder(nlp):
    events = analysed_events(nlp, "Prime Minister Naftali Bennett held Kremlin talks with Vladimir Putin on "
                                  "Saturday.", "2022-03-05")
    talks = next(e for e in events if e.trigger == "talks")
    assert [a.text for a in talks.actors] == ["Naftali Bennett"], talks.actors
    assert [r.text for r in talks.recipients] == ["Vladimir Putin"], talks.recipients


def test_the_inter_korean_pact_suspended_by_one_korea_hits_the_other(nlp):
    events = analysed_events(nlp, "South Korea will partially suspend the 2018 inter-Korean military agreement and "
                                  "restore air surveillance at the border.", "2023-11-22")
    suspend = next(e for e in events if e.trigger == "suspend")
    assert [(r.name, r.country) for r in suspend.recipients] == [("North Korea", "PRK")], suspend.recipients


def test_an_approved_suspension_is_the_suspension_with_its_other_party(nlp):
    events = analysed_events(nlp, "South Korea approved suspending a military agreement with North Korea that "
                                  "created a no-fly zone near the border.", "2023-11-22")
    approved = next(e for e in events if e.trigger == "approved")
    assert approved.type == "SANCTION", approved
    assert [r.country for r in approved.recipients] == ["PRK"], approved.recipients
    events = analysed_events(nlp, "Parliament approved the agreement with Borvia on Monday.", "2023-11-22")
    assert next(e for e in events if e.trigger == "approved").type == "AGREE"


def test_an_attack_made_in_words_is_an_accusation(nlp):
    events = analysed_events(nlp, "Before sentence was passed, Aldo Ferran attacked the five-man bench, accusing "
                                  "them of bowing to their political masters.", "2015-02-10")
    assert next(e for e in events if e.trigger == "attacked").type == "ACCUSE"
    events = analysed_events(nlp, "Gunmen attacked a police post in the town on Monday, killing three officers.",
                             "2015-02-10")
    assert next(e for e in events if e.trigger == "attacked").type == "ASSAULT"


def test_a_trip_stage_naming_several_people_makes_no_traveller_of_them_all(nlp):
    from dossier.link.events import movement_mentions
    from dossier.nlp import analyse
    from dossier.records import Article
    from dossier.resolve import Resolver

    text = ("President Aldo Ferran had spoken to Prime Minister Lena Sova before she flew to Moscow to brief her on "
            "his own talks with Vladimir Putin.")
    an = Resolver().resolve(analyse(Article(id="m1", source="test", text=text, published="2022-03-05"), nlp))
    assert all(len(m.actors) <= 1 for m in movement_mentions(an)), movement_mentions(an)
