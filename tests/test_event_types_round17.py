"""PLOVER types settled by who does what to whom, issue 16 item 2 (round 17), on sentences written for these
tests: welcoming or hosting a person is a meeting (CONSULT), welcoming a decision stays SUPPORT; security
forces crushing or putting down protests is COERCE by the state, protesters protesting stays PROTEST;
expelling or deporting people is SANCTION (guidelines' table: expel); blocking troops or their advance is
combat (ASSAULT), blocking a road or protesters is not; a person carried somewhere in custody is transferred
(COERCE), not visiting, and a held traveller's trip is no shown visit."""

from __future__ import annotations

from conftest import analysed_events

from dossier.nlp import event_model


def _events(nlp, text):
    return analysed_events(nlp, text, "2024-03-05")


def _event(nlp, text, trigger):
    return next(e for e in _events(nlp, text) if e.trigger == trigger)


def test_welcoming_ministers_to_a_palace_is_a_meeting(nlp):
    ev = _event(nlp, "Chancellor Weber welcomed the two foreign ministers to the palace for the signing.", "welcomed")
    assert ev.type == "CONSULT"


def test_welcoming_a_named_leader_is_a_meeting(nlp):
    ev = _event(nlp, "Senator Okoro welcomed President Lind in their first meeting in Oslo.", "welcomed")
    assert ev.type == "CONSULT"


def test_welcomed_by_a_host_is_a_meeting(nlp):
    ev = _event(nlp, "The Kenyan president arrived in Berlin on Wednesday and was welcomed by the chancellor.",
                "welcomed")
    assert ev.type == "CONSULT"


def test_welcoming_a_decision_is_still_support(nlp):
    ev = _event(nlp, "The opposition welcomed the court's decision.", "welcomed")
    assert ev.type == "SUPPORT"


def test_forces_putting_down_protests_coerce(nlp):
    evs = _events(nlp, "Riot police violently put down the student protests in the capital last year.")
    assert not any(e.type == "PROTEST" and [a.text for a in e.actors] == ["Riot police"] for e in evs)
    assert any(e.type == "COERCE" and [a.text for a in e.actors] == ["Riot police"] for e in evs)


def test_the_army_crushing_protests_is_coerce(nlp):
    evs = _events(nlp, "The army crushed peaceful protests in several cities.")
    assert [e.type for e in evs] == ["COERCE"]
    assert [a.text for a in evs[0].actors] == ["The army"]


def test_protesters_protesting_is_still_protest(nlp):
    ev = _event(nlp, "Thousands of teachers protested in the capital on Monday.", "protested")
    assert ev.type == "PROTEST"


def test_deporting_people_is_sanction(nlp):
    ev = _event(nlp, "The authorities deported 40 migrants to Honduras on Friday.", "deported")
    assert ev.type == "SANCTION"


def test_expelling_diplomats_is_sanction(nlp):
    ev = _event(nlp, "Estonia expelled two Russian diplomats.", "expelled")
    assert ev.type == "SANCTION"


def test_an_arrest_stays_coerce(nlp):
    ev = _event(nlp, "Police arrested two men in Tallinn.", "arrested")
    assert ev.type == "COERCE"


def test_blocking_forces_from_advancing_is_combat(nlp):
    ev = _event(nlp, "The Estonian army and border guards blocked Latvian forces from advancing deeper into the "
                "region.", "blocked")
    assert ev.type == "ASSAULT"
    assert [r.text for r in ev.recipients] == ["Latvian forces"]


def test_police_blocking_protesters_is_not_combat(nlp):
    ev = _event(nlp, "Police blocked protesters from reaching the parliament.", "blocked")
    assert ev.type != "ASSAULT"


def test_a_prisoner_flown_somewhere_is_transferred_not_visiting(nlp):
    ev = _event(nlp, "The arrested former minister was flown to The Hague on Tuesday.", "flown")
    assert ev.type == "COERCE"
    assert "The arrested former minister" in [r.text for r in ev.recipients]


def test_a_held_travellers_trip_is_no_shown_visit(nlp):
    ev = _event(nlp, "Police said the detained former president had left Manila on a plane.", "left")
    assert ev.type != "CONSULT" or ev.confidence < event_model.DEFAULT_THRESHOLD


def test_a_free_leaders_trip_is_still_a_visit(nlp):
    ev = _event(nlp, "President Lind flew to Washington on Monday for talks with the president.", "flew")
    assert ev.type == "CONSULT"
    assert ev.confidence >= event_model.DEFAULT_THRESHOLD


def test_welcoming_a_country_into_an_alliance_is_no_meeting(nlp):
    ev = _event(nlp, '"We welcome Norway to the union," the secretary general said after the ceremony.', "welcome")
    assert ev.type != "CONSULT"
