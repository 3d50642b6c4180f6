"""Who did it to whom, issue 16 item 3, third round: classes of argument faults from the blind audit of test8,
on sentences written for these tests (places taken for the target, sources and datelines taken for participants,
the one arrested shown as the doer, a weapon as the doer)."""

from __future__ import annotations

from conftest import analysed_events, event_with_trigger


def _events(nlp, text):
    return analysed_events(nlp, text, "2024-03-05")


def _event(nlp, text, trigger):
    return event_with_trigger(nlp, text, trigger, "2024-03-05")


def _texts(refs):
    return [r.text for r in refs]


# -- 1. a place is not the target -----------------------------------------------------------------------

def test_a_country_region_hit_is_the_country(nlp):
    ev = _event(nlp, "The raids were revenge for a Chilean army strike on Bolivia's Potosi department last week.",
                "strike")
    assert _texts(ev.recipients) == ["Bolivia"]
    assert [r.country for r in ev.recipients] == ["BOL"]


def test_the_region_a_target_stands_in_is_no_recipient(nlp):
    ev = _event(nlp, "Rebels claimed an attack on a barracks in Ayacucho on Sunday.", "attack")
    assert "Ayacucho" not in _texts(ev.recipients)


def test_a_country_where_the_targets_stand_still_stands_for_them(nlp):
    ev = _event(nlp, "Israeli jets struck targets in Lebanon on Sunday.", "struck")
    assert [r.country for r in ev.recipients] == ["LBN"]


def test_the_victims_named_are_the_attacks_not_the_country_it_was_in(nlp):
    text = ("Four Peruvian soldiers were killed, and twenty officers were hurt in a drone attack at Camp Nine "
            "(an army post in southern Bolivia) on Sunday.")
    ev = _event(nlp, text, "attack")
    assert sorted(_texts(ev.recipients)) == ["Four Peruvian soldiers", "twenty officers"]


# -- 2. a dateline and a source are not participants ----------------------------------------------------

def test_a_slashed_dateline_with_a_date_is_no_participant(nlp):
    text = "Lima /Peru, 3rd March 2024: At least four police officers were killed by a roadside bomb in Bolivia."
    ev = _event(nlp, text, "killed")
    assert "Lima" not in " ".join(_texts(ev.actors + ev.recipients))


def test_an_anonymous_source_is_no_recipient(nlp):
    text = ("Chinese rockets landed in Mongolia, killing three, during a bombardment on Friday, a senior French "
            "defence official, who spoke on condition of anonymity with reporters.")
    ev = _event(nlp, text, "killing")
    assert not any("official" in r.text for r in ev.recipients)


def test_someone_who_speaks_in_a_clause_of_their_own_stays_a_participant(nlp):
    ev = _event(nlp, "Police arrested a journalist, who said he had done nothing wrong.", "arrested")
    assert _texts(ev.recipients) == ["journalist"]


# -- 3. the one arrested, and a weapon, are not doers ---------------------------------------------------

def test_the_one_arrested_is_no_doer_when_a_conjunct_follows(nlp):
    text = ("The mutiny ended in two hours with Salas's arrest and allegations of a plot by President Ortega to "
            "win sympathy.")
    ev = _event(nlp, text, "arrest")
    assert _texts(ev.recipients) == ["Salas"]
    assert "Salas" not in _texts(ev.actors)
    assert "Ortega" not in _texts(ev.actors + ev.recipients)


def test_a_weapon_is_no_doer_its_country_is(nlp):
    ev = _event(nlp, "The Chilean missiles reportedly hit a rebel camp on Monday.", "hit")
    assert [r.country for r in ev.actors] == ["CHL"]
    assert not any("missiles" in r.text for r in ev.actors)


def test_whom_support_is_against_is_no_recipient(nlp):
    ev = _event(nlp, "For months France has been supporting Chad against the rebels of the north.", "supporting")
    assert _texts(ev.recipients) == ["Chad"]


def test_two_hostile_acts_share_the_object_after_them(nlp):
    text = ("The riot ended with an attack and sabotage of three buildings - the Senate, the Palace and the "
            "High Court - on Sunday.")
    ev = _event(nlp, text, "attack")
    assert any("Senate" in r for r in _texts(ev.recipients))
