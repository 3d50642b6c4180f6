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
    # (a visit to a capital: a trip to no one named is kept under the threshold, tests/test_session24.py)
    events = analysed_events(nlp, "President Aldo Ferran arrived in Riyadh on Thursday, his first visit since the "
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


def test_two_years_of_a_span_date_the_act_over_the_span(nlp):
    events = analysed_events(nlp, "Borvian special forces allegedly killed 39 civilians in Korvia between 2009 and "
                                  "2013.", "2020-11-30")
    killed = next(e for e in events if e.trigger == "killed")
    assert (killed.date, killed.date_end, killed.mode) == ("2009", "2013", "alleged"), killed


def test_a_described_speaker_named_in_apposition_is_that_person(nlp):
    events = analysed_events(nlp, "Prominent lawyer and veteran rights activist, Tarek Amin, said that he would file "
                                  "a court case against the proposed handover.", "2016-04-11")
    filed = next(e for e in events if e.trigger == "file")
    assert [a.text for a in filed.actors] == ["Tarek Amin"], filed.actors


def test_a_known_surname_after_another_given_name_is_someone_else(nlp):
    an, _ = resolved(nlp, "The flotilla had earlier received support from UN Special Rapporteur Francesca Albanese. "
                          "Albanese called the interception illegal.", published="2025-10-02")
    assert all(m.actor_id != "aus-albanese" for m in an.mentions if "Albanese" in m.text), an.mentions
    an, _ = resolved(nlp, "Prime Minister Anthony Albanese said on Monday that Australia would act. Albanese added "
                          "that talks would follow.", published="2025-10-02")
    assert all(m.actor_id == "aus-albanese" for m in an.mentions if "Albanese" in m.text), an.mentions


def test_holidays_ships_and_reefs_are_not_people(nlp):
    an, _ = resolved(nlp, "Fighters entered the town during the Eid al-Fitr truce. Officials said USS Calder was "
                          "forced to manoeuvre near Garvan Reef.", published="2018-06-16")
    assert all(m.label != "PERSON" for m in an.mentions if "Eid" in m.text), an.mentions
    ship = mention_of(an, "USS Calder")
    assert (ship.kind, ship.country) == ("organisation", "USA"), ship
    assert mention_of(an, "Garvan Reef").kind == "place"


def test_a_picture_caption_with_no_verb_in_a_tense_gives_no_event(nlp):
    text = ("Siege at the campus\n\nPolice stormed the campus on Monday and arrested dozens of protesters.\n\n"
            "Young people detained by police near the campus in the Hung Hom district.\n\n"
            "Police arrested some who were fleeing.")
    events = analysed_events(nlp, text, "2019-11-19")
    assert not any(e.trigger == "detained" for e in events), events
    assert sum(e.trigger == "arrested" for e in events) == 2


def test_naming_a_country_a_manipulator_is_an_accusation_and_pleading_with_one_a_request(nlp):
    events = analysed_events(nlp, "Borvia on Monday formally named Korvia a currency manipulator.", "2019-08-06")
    assert next(e for e in events if e.trigger == "named").type == "ACCUSE"
    events = analysed_events(nlp, "The president named Mira Tasso as foreign minister on Monday.", "2019-08-06")
    assert all(e.type != "ACCUSE" for e in events if e.trigger == "named")
    events = analysed_events(nlp, "Aldo Ferran pleaded with Borvian officials to help stop the invasion.", "2022-03-16")
    assert next(e for e in events if e.trigger == "pleaded").type == "REQUEST"


def test_hong_kongs_chief_executive_holds_a_government_office(nlp):
    events = analysed_events(nlp, "Hong Kong’s Chief Executive Carrie Lam has been sanctioned by the United States.",
                             "2020-08-08")
    sanctioned = next(e for e in events if e.trigger == "sanctioned")
    assert [(r.country, r.sector) for r in sanctioned.recipients] == [("HKG", "GOV")], sanctioned.recipients


def test_them_after_the_people_a_first_verb_named(nlp):
    events = analysed_events(nlp, "Villagers gathered around the soldiers and rebel fighters and urged them to keep "
                                  "their weapons holstered.", "2018-06-16")
    urged = next(e for e in events if e.trigger == "urged")
    assert [r.text for r in urged.recipients] == ["the soldiers", "rebel fighters"], urged.recipients


def test_someones_boss_is_not_that_person(nlp):
    events = analysed_events(nlp, "Foreign ministry spokesman Lin Ouyang posted the image on Monday. Mr Lin's boss "
                                  "later dismissed Mr Ferran's demand for an apology.", "2020-11-30")
    dismissed = next(e for e in events if e.trigger == "dismissed")
    assert [a.text for a in dismissed.actors] == ["Mr Lin's boss"], dismissed.actors
    assert all(a.name != "Lin Ouyang" for a in dismissed.actors), dismissed.actors


def test_a_flotilla_intercepted_at_sea_is_seized_not_attacked(nlp):
    events = analysed_events(nlp, "Borvian naval forces have intercepted the aid flotilla en route to the port, "
                                  "detaining dozens of activists.", "2025-10-02")
    assert all(e.type == "COERCE" for e in events if e.trigger in ("intercepted", "detaining")), events
    assert any(e.trigger == "detaining" for e in events), events


def test_the_police_a_sentence_names_arrest_the_people_it_says_were_arrested(nlp):
    events = analysed_events(nlp, "Several protesters have been arrested while trying to run from a campus "
                                  "surrounded by police.", "2019-11-18")
    arrested = next(e for e in events if e.trigger == "arrested")
    assert [a.text for a in arrested.actors] == ["police"], arrested.actors


def test_a_dotted_date_with_a_two_digit_year_is_read_either_way():
    from datetime import date

    from dossier.ingest.dates import _ambiguous_order

    # "Published: 09.10.19" on a site that writes the month first: both readings, so it counts only where
    # another candidate (the URL, a written-out date) agrees with one of them
    assert _ambiguous_order("dated line: Published:  09.10.19") == (date(2019, 10, 9), date(2019, 9, 10))
    assert _ambiguous_order("Published: 12.03.2025") is None  # a four-digit year with dots: day first
    assert _ambiguous_order("Published 18.01.19") is None  # a day over 12 fixes the order
