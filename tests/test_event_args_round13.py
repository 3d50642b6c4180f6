"""Who did it to whom, issue 16 item 3, second round: classes of argument faults from the blind audits of test6
and test7, on sentences written for these tests (datelines and outlet credits as doers, office-holders read as
their body, "both sides", a state's parliament building, evacuations after a natural disaster)."""

from __future__ import annotations

from conftest import analysed_events, event_with_trigger


def _events(nlp, text):
    return analysed_events(nlp, text, "2024-08-01")


def _event(nlp, text, trigger):
    return event_with_trigger(nlp, text, trigger, "2024-08-01")


def _texts(refs):
    return [r.text for r in refs]


# -- 1. the dateline and the outlet are never participants ----------------------------------------------

def test_a_title_case_dateline_is_not_the_doer(nlp):
    ev = _event(nlp, "Lisbon, Mar 4 (EFE).- A group of masked men attacked a border post after midnight on "
                     "Tuesday.", "attacked")
    assert "Lisbon" not in _texts(ev.actors) + _texts(ev.recipients)


def test_an_upper_case_dateline_is_cut_from_the_doer_phrase(nlp):
    ev = _event(nlp, "OSLO (Agency) - Norwegian police arrested two men near the harbour on Friday.", "arrested")
    assert all("OSLO" not in r.text and "Agency" not in r.text for r in ev.actors + ev.recipients)


def test_only_a_marked_name_that_opens_its_line_is_taken_for_a_dateline(nlp):
    # the entity stage's mark also falls on "X (centre) arrives" captions, whose name opens no dateline
    from dossier.nlp.event_args import Participants
    from dossier.records import Mention

    text = "Amid tight security, Omar Haddad (centre) arrives in Oslo.\nBergen, May 2 (Agency) - Talks began."
    doc = nlp(text)
    haddad = Mention("t", 21, 32, "Omar Haddad", "PERSON", evidence="dateline")
    bergen = Mention("t", text.index("Bergen"), text.index("Bergen") + 6, "Bergen", "GPE", evidence="dateline")
    parts = Participants(doc, [haddad, bergen])
    assert [m.text for m in parts.mentions] == ["Omar Haddad"]
    assert [m.text for m in parts.datelines] == ["Bergen"]


# -- 2. "TITLE of BODY" is the office-holder ------------------------------------------------------------

def test_a_vice_president_of_a_body_is_not_the_body(nlp):
    ev = _event(nlp, "Police detained a vice president of the European Commission and three aides on Monday.",
                "detained")
    assert _texts(ev.recipients) == ["vice president of the European Commission"]
    assert ev.recipients[0].name is None  # no body named as the one detained
    assert ev.recipients[0].country != "IGO"


def test_the_speaker_of_a_national_body_is_a_person_of_that_country(nlp):
    ev = _event(nlp, "Police detained the speaker of the Italian Senate on Monday.", "detained")
    assert _texts(ev.recipients) == ["the speaker of the Italian Senate"]
    assert ev.recipients[0].country == "ITA"


def test_the_holders_apposed_name_says_who(nlp):
    ev = _event(nlp, "Protesters demanded the departure of the former president of Peru, Jorge Salas, from "
                     "politics.", "demanded")
    assert _texts(ev.recipients) == ["Jorge Salas"]
    ev = _event(nlp, "Yesterday I met the chairman of the Budget Committee, Sir Alan Price.", "met")
    assert _texts(ev.recipients) == ["Alan Price"]


def test_a_bare_title_before_the_named_holder_is_not_another_person(nlp):
    ev = _event(nlp, "Police arrested Greek MEP and parliament vice president Maria Bianchi on Friday.", "arrested")
    assert _texts(ev.recipients) == ["Maria Bianchi"]


# -- 3. "both sides" -----------------------------------------------------------------------------------

def test_both_sides_are_the_pair_just_named(nlp):
    text = "Fighting broke out between Peru and Ecuador on Monday. The UN chief urged both sides to stop the violence."
    ev = _event(nlp, text, "urged")
    assert sorted(r.country for r in ev.recipients) == ["ECU", "PER"]


def test_the_two_countries_named_by_their_nationalities(nlp):
    text = ("Border clashes between Thai and Cambodian troops killed twelve people. Brazil called on the two "
            "countries to hold talks.")
    ev = _event(nlp, text, "called")
    assert sorted(r.country for r in ev.recipients) == ["KHM", "THA"]
    assert [r.country for r in ev.actors] == ["BRA"]


def test_both_sides_with_three_named_are_nobody(nlp):
    text = ("Troops from Chad, Sudan and Libya clashed near the border. The African Union urged both sides to "
            "talk.")
    ev = _event(nlp, text, "urged")
    assert not ev.recipients


def test_two_countries_named_apart_are_not_a_pair(nlp):
    text = "Chile signed a trade deal on Monday, and Spain sent aid. Analysts said both countries would gain."
    assert not any(len(e.actors) == 2 and {r.country for r in e.actors} == {"CHL", "ESP"} for e in _events(nlp, text)
                   if e.trigger == "gain")


# -- 4. the seat of a state's institution --------------------------------------------------------------

def test_a_states_parliament_building_stands_for_it_when_stormed(nlp):
    ev = _event(nlp, "Protesters stormed Ghana's parliament building on Tuesday.", "stormed")
    assert [r.country for r in ev.recipients] == ["GHA"]
    ev = _event(nlp, "A mob attacked the Turkish embassy building on Friday.", "attacked")
    assert [r.country for r in ev.recipients] == ["TUR"]


def test_a_bare_parliament_building_stays_a_place(nlp):
    ev = _event(nlp, "Protesters stormed the parliament building on Tuesday.", "stormed")
    assert not ev.recipients


# -- 5. leaving harm's way after a natural disaster is no political event ------------------------------

def test_evacuating_after_an_earthquake_is_no_retreat(nlp):
    text = ("A strong earthquake struck the region on Monday. Thousands of residents were forced to evacuate "
            "their homes.")
    assert not any(e.type == "RETREAT" for e in _events(nlp, text))
    text = "Floods swept the valley. Villagers fled to higher ground as the river rose."
    assert not any(e.type == "RETREAT" for e in _events(nlp, text))


def test_fleeing_shelling_is_still_told(nlp):
    text = "Rebels shelled the town on Monday. Thousands of residents fled to the capital."
    assert any(e.type == "RETREAT" for e in _events(nlp, text))


def test_a_request_to_shelter_from_a_storm_is_still_a_request(nlp):
    text = "A hurricane neared the coast. The mayor urged residents to shelter at home, officials said."
    assert any(e.type == "REQUEST" and e.trigger == "urged" for e in _events(nlp, text))


# -- next class: the members an act noun names ---------------------------------------------------------

def test_arrests_including_a_named_person_are_done_to_that_person(nlp):
    ev = _event(nlp, "Italian police made five arrests on Monday evening, including senator Marco Verdi, under "
                     "suspicion of bribery.", "arrests")
    assert _texts(ev.recipients) == ["Marco Verdi"]
