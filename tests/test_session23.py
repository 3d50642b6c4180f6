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
