"""Doers and recipients the text names: the other side of a fight, an aim shared by coordinated firing verbs,
a spelling variant of a participant noun (test13 verdict notes)."""
from __future__ import annotations

from conftest import event_with_trigger, ref_texts


def test_killed_in_a_clash_with_names_the_other_side_as_doer(nlp):
    ev = event_with_trigger(nlp, "Eleven border guards were killed in a violent clash with the rebel militia "
                                 "near the river on Sunday.", "killed")
    assert "the rebel militia" in " ".join(ref_texts(ev.actors))
    assert not any("militia" in r for r in ref_texts(ev.recipients))
    assert any("guards" in r for r in ref_texts(ev.recipients))


def test_the_clash_noun_gives_the_side_fought_as_doer(nlp):
    ev = event_with_trigger(nlp, "Ten Indian soldiers were killed in a violent clash with the People's "
                                 "Liberation Army in the mountains.", "clash")
    assert any("Liberation Army" in a for a in ref_texts(ev.actors))
    assert not any("Liberation" in r for r in ref_texts(ev.recipients))
    assert any("soldiers" in r for r in ref_texts(ev.recipients))


def test_with_hung_on_the_verb_after_a_face_off(nlp):
    ev = event_with_trigger(nlp, "Nine Indian soldiers were killed in a face-off on Tuesday night with Chinese "
                                 "troops in the valley.", "killed")
    assert any("Chinese troops" in a for a in ref_texts(ev.actors))
    assert not any("Chinese" in r for r in ref_texts(ev.recipients))


def test_a_fight_between_two_named_sides_gives_no_doer(nlp):
    ev = event_with_trigger(nlp, "Several people were shot in a fierce clash between riot police and "
                                 "students in the capital.", "shot")
    assert ev.actors == []


def test_killed_with_a_weapon_is_no_side(nlp):
    ev = event_with_trigger(nlp, "The two guards were killed in an ambush with rifles.", "killed")
    assert not any("rifles" in a for a in ref_texts(ev.actors))


def test_protestor_spelling_is_a_participant(nlp):
    ev = event_with_trigger(nlp, "Riot officers shot three protestors outside the assembly.", "shot")
    assert ref_texts(ev.recipients) == ["three protestors"]


def test_coordinated_firing_verbs_share_their_aim(nlp):
    ev = event_with_trigger(nlp, "Police fired rubber bullets and threw stun grenades at the students.", "fired")
    assert ref_texts(ev.recipients) == ["the students"]


def test_firing_into_the_air_is_not_aimed_at_the_crowd(nlp):
    ev = event_with_trigger(nlp, "Guards fired shots into the air and threw stones at the crowd of farmers.",
                            "fired")
    assert ev.recipients == []


def test_a_headline_run_into_the_sentence_is_not_a_second_subject(nlp):
    ev = event_with_trigger(nlp, "Border Crisis Deepens, 14 Indian soldiers were killed in a clash with Chinese "
                                 "troops in the valley.", "killed")
    assert not any("Crisis" in r for r in ref_texts(ev.recipients))
    assert any("soldiers" in r for r in ref_texts(ev.recipients))
