"""recip25: who an act is done to -- the holder of a stance or quality a speech act judges, a place that is
only where (the airspace over a town, the town of a rally, a city that only locates a thing hit), the
passive adjunct gerund's subject, and a visitor the article's setting placed is no host of his own visit.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import analysed_events, event_with_trigger, ref_texts


def _recipients(nlp, text, trigger):
    return ref_texts(event_with_trigger(nlp, text, trigger).recipients)


# (a) a stance, quality or conduct judged is aimed at whoever holds it
@pytest.mark.parametrize("text, trigger, expected", [
    ("Riyadh dismissed Canada's position as meddling.", "dismissed", ["Canada"]),
    ("The mayor praised Norway's generosity after the floods.", "praised", ["Norway"]),
    ("The minister criticised the silence of Germany on the matter.", "criticised", ["Germany"]),
    ("The foreign minister welcomed Japan's stance on the fishing dispute.", "welcomed", ["Japan"]),
    ("Beijing warned against Tokyo's interference in the strait.", "warned", ["Tokyo"]),
])
def test_judged_stance_is_its_holders(nlp, text, trigger, expected):
    assert _recipients(nlp, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a body or group of someone is itself who is thanked or warned, not its owner
    ("The minister thanked Chile's navy for its help.", "thanked", ["Chile's navy"]),
    ("Beijing warned Washington's allies against joining the drills.", "warned", ["Washington's allies"]),
    # an act judged is its doer's, as before
    ("The premier rejected Poland's proposal for a new border regime.", "rejected", ["Poland"]),
])
def test_owned_participants_stay_themselves(nlp, text, trigger, expected):
    assert _recipients(nlp, text, trigger) == expected


def test_own_stance_names_no_one(nlp):
    # "its" is the speaker's own: nobody else is judged
    assert _recipients(nlp, "The ministry condemned its decision on Monday.", "condemned") == []


# (d) a place that is only where the act happened is nobody acted upon
def test_airspace_is_where(nlp):
    text = "A Ukrainian drone was shot down over Tver on Sunday, the ministry said."
    assert "Tver" not in _recipients(nlp, text, "shot")


def test_shot_at_a_rally_in_a_town_is_done_to_the_subject(nlp):
    text = "The former mayor died on Monday after being stabbed at a rally in the town of Tver."
    assert _recipients(nlp, text, "stabbed") == ["The former mayor"]


def test_passive_adjunct_gerund_suffered_by_main_subject(nlp):
    text = ("Former finance minister Ola Berg is feared dead after reportedly being shot at a party event in the "
            "city of Tver on Sunday, local media said.")
    assert _recipients(nlp, text, "shot") == ["Ola Berg"]


@pytest.mark.parametrize("text, trigger, expected", [
    # a country a thing hit stands in is that thing's owner; a capital struck itself stays
    ("The warplanes fired missiles at targets inside Israel.", "fired", ["Israel"]),
    ("Russia attacked Kyiv with drones overnight.", "attacked", ["Kyiv"]),
    # the subject of an active adjunct gerund still does it
    ("The general was arrested after attacking a guard.", "attacking", ["guard"]),
])
def test_places_that_stand_for_someone_stay(nlp, text, trigger, expected):
    assert _recipients(nlp, text, trigger) == expected


# (e) the host of a visit
_VISIT = ("Pope Francis arrived in Iraq on Friday for a four-day trip under heavy security. Crowds lined the roads "
          "of Baghdad. Iraqi officials said the visit would include Mosul and Najaf. Residents of Erbil prepared a "
          "welcome. The Iraqi government declared a holiday.")


def test_visitor_placed_by_the_setting_keeps_his_host(nlp):
    assert "Iraq" in _recipients(nlp, _VISIT, "arrived")


def test_a_leader_coming_home_visits_no_host(nlp):
    # a doer placed by his own words ("Iraqi Prime Minister") is not the host of a trip to his own country
    text = ("Iraqi Prime Minister Mustafa al-Kadhimi arrived in Iraq on Friday after a trip abroad. Crowds lined "
            "the roads of Baghdad. Officials in Mosul and Najaf welcomed him. Residents of Erbil prepared a "
            "welcome. The Iraqi government declared a holiday.")
    assert "Iraq" not in _recipients(nlp, text, "arrived")


# (b) a thing acted on, taken up by "them" after a singular doer's "it"
def test_them_after_it_is_the_things_held(nlp):
    text = "The coast guard is holding two Kuwaiti fishing boats near the island, after it seized them on Tuesday."
    assert _recipients(nlp, text, "seized") == ["two Kuwaiti fishing boats"]



# (c) every name a recipient phrase coordinates
def test_counterparts_in_apposition_each_named(nlp):
    text = ("The president phoned his Italian counterpart Giorgia Meloni and Polish President Andrzej Duda and "
            "told them of his plan.")
    assert _recipients(nlp, text, "phoned") == ["Giorgia Meloni", "Andrzej Duda"]


def test_a_name_in_another_clause_is_not_a_conjunct(nlp):
    # Duda is met in a clause of his own: the phone call is with Meloni alone
    text = ("The president phoned his Italian counterpart Giorgia Meloni and met Polish President Andrzej Duda on "
            "Monday.")
    assert _recipients(nlp, text, "phoned") == ["Giorgia Meloni"]


# (d) a meeting's venue is where, not whom
def test_named_estate_is_the_venue(nlp):
    assert _recipients(nlp, "Biden and Xi met at the Filoli estate in Woodside on Wednesday morning.", "met") == []


def test_a_residence_of_a_person_still_names_the_host(nlp):
    text = "Modi met Netanyahu at the Israeli prime minister's residence."
    assert _recipients(nlp, text, "met") == ["Netanyahu"]


# (e) the host of a visit: a country or capital named before the trip noun, carried to the same visit told later
def test_country_before_visit_is_its_host(nlp):
    assert _recipients(nlp, "Xi's Peru visit ended on Friday.", "visit") == ["Peru"]


def test_person_before_visit_is_the_visitor(nlp):
    ev = event_with_trigger(nlp, "The Obama visit drew large crowds.", "visit")
    assert ref_texts(ev.recipients) == [] and ref_texts(ev.actors) == ["Obama"]


def test_headline_visit_host_reaches_the_visit_told_later(nlp):
    text = ("Aquino hails new era during Japan visit. The Philippine leader's visit was praised as a milestone by "
            "Tokyo. He spoke to business leaders on Tuesday. Trade deals worth billions were signed.")
    visits = [e for e in analysed_events(nlp, text, "2024-03-05") if e.trigger == "visit"]
    assert [ref_texts(e.recipients) for e in visits] == [["Japan"], ["Japan"]]
