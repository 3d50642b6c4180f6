"""recip22: recipients the sentence names by grammar -- the doer of an act judged, object relatives, purpose
clauses of force, "their way through", ties with someone, the nation of land attacked; and no recipient from
the grounds of a charge or a stray object after a comma. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import event_with_trigger, ref_texts


def _recipients(nlp, text, trigger):
    return ref_texts(event_with_trigger(nlp, text, trigger).recipients)


@pytest.mark.parametrize("text, trigger, expected", [
    # a judgement of an act is aimed at whoever did it: its possessor or by-phrase
    ("The foreign ministry of Chile condemned Bolivia's raid on the border post.", "condemned", "Bolivia"),
    ("The council denounced the bombing by the rebels in the market town.", "denounced", "the rebels"),
    ("Rwanda's attack on the camp was condemned by Burundi on Friday.", "condemned", "Rwanda"),
])
def test_judged_act_doer_is_recipient(nlp, text, trigger, expected):
    assert expected in _recipients(nlp, text, trigger)


def test_coup_condemned_reaches_back_to_its_doers(nlp):
    text = ("Soldiers seized power in Niger on Wednesday. The president was held at his residence. Crowds "
            "gathered in the capital. Banks shut early. Schools were closed. The African Union condemned the coup.")
    assert _recipients(nlp, text, "condemned") == ["Soldiers"]


def test_passive_coup_condemned(nlp):
    text = ("The army carried out a coup d'etat in the night. The coup was condemned by the European Union.")
    assert _recipients(nlp, text, "condemned") == ["The army"]


def test_object_relative_pronoun(nlp):
    text = "Prosecutors named Omar Haddad, whom the ministry blames for the leak."
    assert _recipients(nlp, text, "blames") == ["Omar Haddad"]


def test_object_relative_after_two_people_covers_both(nlp):
    text = ("The measures hit Finance Minister Lena Berg and Trade Minister Paul Ortiz, who the government "
            "accused of hiding the losses.")
    assert set(_recipients(nlp, text, "accused")) == {"Lena Berg", "Paul Ortiz"}


@pytest.mark.parametrize("text, trigger, expected", [
    ("Riot police fired rubber bullets to disperse the demonstrators outside the ministry.", "fired",
     "the demonstrators"),
    ("Troops opened fire near the bridge in a bid to stop the student demonstrators.", "opened", "the student demonstrators"),
])
def test_purpose_of_force_names_whom(nlp, text, trigger, expected):
    assert expected in _recipients(nlp, text, trigger)


def test_way_through_people(nlp):
    text = "The soldiers shot their way through the crowd of students, wounding several."
    assert any("students" in r or "crowd" in r for r in _recipients(nlp, text, "shot"))


def test_ties_with_a_country(nlp):
    text = "Peru will suspend diplomatic relations with Honduras, the minister said."
    assert _recipients(nlp, text, "suspend") == ["Honduras"]


def test_nation_of_towns_attacked(nlp):
    ev = event_with_trigger(nlp, "The militia shelled Ukrainian villages near the front overnight.", "shelled")
    assert [r.country for r in ev.recipients] == ["UKR"]


def test_grounds_of_a_charge_are_not_recipients(nlp):
    text = "The reporter was arrested on charges of spying in Iran last year."
    assert "Iran" not in _recipients(nlp, text, "arrested")


def test_stray_object_after_comma_is_the_source(nlp):
    text = ("The union is to lift the sanctions on the FARC next year, the bloc’s envoy in Lima, Maria Sousa, "
            "told a radio station.")
    assert not any("envoy" in r for r in _recipients(nlp, text, "lift"))


def test_passive_conjunct_disagreeing_in_number_is_not_the_subjects(nlp):
    text = "The navy has taken control of the port as the mayor and two of his aides are detained."
    assert "The navy" not in _recipients(nlp, text, "detained")


def test_passive_conjunct_sharing_the_subject_still_suffers(nlp):
    text = "The two reporters travelled to the border and were arrested there."
    assert _recipients(nlp, text, "arrested") == ["The two reporters"]
