"""Who did it to whom, issue 16 item 3, fifth round: recipients named in the sentence but left empty, and places
taken for recipients, from the blind audits of test8-10, on sentences written for these tests (the target of a
strike given as the site of a group, a group named in apposition, the body whose act is criticised, "them" for
the people just acted upon, support shown in a participle, backing for a meeting between two parties, the other
party of a deal named on a free relative, victims of a second passive participle, the place a trip departs from,
the line troops fall back to)."""

from __future__ import annotations

from conftest import event_with_trigger as _event
from conftest import ref_texts as _texts


def test_a_strike_on_the_headquarters_of_a_group_is_on_the_group(nlp):
    ev = _event(nlp, "Peru has attacked the headquarters of a rebel group with drones inside Bolivia's borders.",
                "attacked")
    assert _texts(ev.recipients) == ["rebel group"]


def test_the_bases_of_a_group_in_a_country_are_the_groups(nlp):
    ev = _event(nlp, "The Peruvian missiles targeted two bases of a militant group in Bolivia.", "targeted")
    assert _texts(ev.recipients) == ["militant group"]


def test_a_site_in_a_city_owned_by_a_body_stands_for_the_body(nlp):
    ev = _event(nlp, "Before arriving in Lima, Mendez visited the Cusco headquarters of the Andean Development "
                "Bank.", "visited")
    assert _texts(ev.recipients) == ["the Andean Development Bank"]


def test_a_site_with_no_owner_named_is_no_recipient(nlp):
    ev = _event(nlp, "Rebels attacked the headquarters in the capital.", "attacked")
    assert ev.recipients == []


def test_a_described_group_without_a_modifier_naming_a_participant_stays_nobody(nlp):
    ev = _event(nlp, "Peru has attacked the headquarters of a study group in Bolivia.", "attacked")
    assert "study group" not in _texts(ev.recipients) and "a study group" not in _texts(ev.recipients)


def test_the_body_whose_actions_are_criticised_is_the_recipient(nlp):
    ev = _event(nlp, "The prime minister criticized police violence against the protesters.", "criticized")
    assert _texts(ev.recipients) == ["police"]


def test_a_plain_topic_criticised_names_no_recipient(nlp):
    ev = _event(nlp, "The prime minister criticized the tax increase.", "criticized")
    assert ev.recipients == []


def test_them_is_the_people_the_first_verb_acted_upon(nlp):
    ev = _event(nlp, "The army has executed three activists, accusing them of terrorism.", "accusing")
    assert _texts(ev.recipients) == ["three activists"]


def test_them_after_a_thing_is_nobody(nlp):
    ev = _event(nlp, "The rebels seized weapons from soldiers and destroyed them.", "destroyed")
    assert "soldiers" not in _texts(ev.recipients)


def test_them_with_a_subject_of_its_own_is_nobody(nlp):
    ev = _event(nlp, "Protesters said that the police beat them.", "beat")
    assert ev.recipients == []


def test_support_shown_in_a_participle_is_for_whom_it_names(nlp):
    ev = _event(nlp, "Chile welcomed the end of the fighting, showing support for the Bolivian government.",
                "welcomed")
    assert _texts(ev.recipients) == ["the Bolivian government"]


def test_backing_a_meeting_between_two_parties_is_for_both(nlp):
    ev = _event(nlp, "The UN welcomed the talks between Armenia and Azerbaijan.", "welcomed")
    assert _texts(ev.recipients) == ["Armenia", "Azerbaijan"]


def test_the_other_party_of_a_deal_named_on_a_free_relative(nlp):
    ev = _event(nlp, "The Kenyan government said it had signed what it called a \u201chistoric deal\u201d with "
                "Somaliland in Nairobi.", "signed")
    assert _texts(ev.recipients) == ["Somaliland"]


def test_victims_of_the_first_passive_are_the_attacks_when_a_second_participle_follows(nlp):
    ev = _event(nlp, "At least three Peruvian soldiers were killed and dozens injured in a drone attack on a "
                "military outpost in Bolivia.", "attack")
    assert _texts(ev.recipients) == ["three Peruvian soldiers"]


def test_the_city_a_trip_departs_from_is_no_recipient(nlp):
    ev = _event(nlp, "Prime Minister Lula departed the airport in Brasilia on Sunday for a two-day trip to "
                "Argentina.", "departed")
    assert _texts(ev.recipients) == ["Argentina"]


def test_the_line_troops_retreat_to_is_no_recipient(nlp):
    ev = _event(nlp, "Peruvian troops will gradually retreat to their side of the Green Line, the border between "
                "Peru and Chile.", "retreat")
    assert ev.recipients == []


def test_the_post_someone_is_appointed_to_is_no_recipient(nlp):
    ev = _event(nlp, "Appointed to the rebel group\u2019s top job in 2017, Mendez moved between Peru and Chile.",
                "Appointed")
    assert "the rebel group" not in _texts(ev.recipients)
