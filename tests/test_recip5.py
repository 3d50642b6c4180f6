"""recip5: who an act is done to -- the noun a past participle describes ("a journalist also jailed in
Russia"), whom "an apology from X" is asked of, a place named only by its kind that is fled or left, and the
post of a title ("the ambassador to Turkey") that is no one acted upon. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import event_with_trigger, ref_texts


def _sides(nlp, text, trigger):
    e = event_with_trigger(nlp, text, trigger)
    return ref_texts(e.actors), ref_texts(e.recipients)


# a past participle hung on a noun is passive: the noun suffered it, even when the parser tags it a past tense
@pytest.mark.parametrize("text", [
    "Lev Orlov, a veteran reporter also jailed in Belarus, was reported missing.",
    "Lev Orlov, a veteran reporter jailed in Belarus, was reported missing.",
])
def test_described_by_a_participle_is_its_sufferer(nlp, text):
    actors, recipients = _sides(nlp, text, "jailed")
    assert actors == []
    assert recipients == ["veteran reporter"]


def test_participle_keeps_its_by_agent(nlp):
    actors, recipients = _sides(nlp, "The gunman, later arrested by police, shot the mayor.", "arrested")
    assert actors == ["police"]
    assert recipients == ["The gunman"]


# "an apology from X": X is asked to give it
@pytest.mark.parametrize("text, expected", [
    ("The former premier asked for an apology from Norway's new government.", ["Norway's new government"]),
    ("The union demanded an apology from the government.", ["the government"]),
])
def test_apology_from_whom(nlp, text, expected):
    trigger = "asked" if "asked" in text else "demanded"
    assert _sides(nlp, text, trigger)[1] == expected


def test_withdrawal_from_a_place_still_names_no_one(nlp):
    # a departure asked for is from where, not from whom
    actors, recipients = _sides(nlp, "The council demanded the withdrawal of troops from the city.", "demanded")
    assert "the city" not in recipients


# a place named by its kind only is where one flees or withdraws from, never someone
@pytest.mark.parametrize("text, trigger", [
    ("The deposed ruler fled the capital to an unknown destination on Sunday.", "fled"),
    ("The rebels withdrew from the city on Friday.", "withdrew"),
])
def test_generic_place_left_is_no_recipient(nlp, text, trigger):
    assert _sides(nlp, text, trigger)[1] == []


def test_country_withdrawn_from_stays(nlp):
    assert _sides(nlp, "Russia withdrew its troops from Georgia in 2009.", "withdrew")[1] == ["Georgia"]


# the post of a title names where its holder serves, no one acted upon
def test_ambassadors_post_is_not_shot(nlp):
    actors, recipients = _sides(nlp, "A policeman shot the Danish ambassador to Chile on Monday.", "shot")
    assert recipients == ["the Danish ambassador"]


def test_envoys_post_hung_on_the_verb_is_not_condemned(nlp):
    actors, recipients = _sides(nlp, "The foreign minister condemned the attack on the Danish envoy to Santiago.",
                                "condemned")
    assert "Santiago" not in recipients


def test_plain_destination_stays(nlp):
    # no title before the place: who is visited is unchanged
    actors, recipients = _sides(nlp, "The Danish foreign minister travelled to Chile on Monday.", "travelled")
    assert recipients == ["Chile"]
