"""coups21: a seizure of power, an overthrow, a house arrest or a police raid to make an arrest is COERCE
(GUIDELINES: seize, raid, arrest), not ASSAULT, when the sentence reports no killing, shooting or bombing.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.nlp.senses import argument_type


def _type(nlp, text, word, etype="ASSAULT"):
    doc = nlp(text)
    return argument_type(next(t for t in doc if t.text == word), etype)


@pytest.mark.parametrize("text, word", [
    ("The presidential guard seized power in the capital on Tuesday.", "seized"),
    ("Army officers said they had taken power and dissolved parliament.", "taken"),
    ("The generals took control of the country early on Monday.", "took"),
    ("A group of colonels overthrew the president last week.", "overthrew"),
    ("Junior officers ousted the elected government in a single night.", "ousted"),
    ("Soldiers placed the prime minister under house arrest at his residence.", "placed"),
    ("Federal police stormed the consulate to arrest a former minister.", "stormed"),
    ("The raid by the national police on the embassy drew protests from the neighbour.", "raid"),
])
def test_bloodless_seizure_or_raid_is_coercion(nlp, text, word):
    assert _type(nlp, text, word) == "COERCE"


@pytest.mark.parametrize("text, word", [
    ("Rebels seized power after fighting that killed dozens of soldiers.", "seized"),
    ("Troops toppled the president, shooting at guards outside the palace.", "toppled"),
    ("Police stormed the building to arrest the gunman, and two officers were wounded.", "stormed"),
])
def test_violence_told_keeps_assault(nlp, text, word):
    assert _type(nlp, text, word) is None


@pytest.mark.parametrize("text, word", [
    ("Commandos raided a militant camp near the border at dawn.", "raided"),
    ("Fighter jets carried out a raid on the airbase.", "raid"),
    ("The insurgents took the town of Kiro last night.", "took"),
])
def test_military_raids_and_town_captures_are_left_alone(nlp, text, word):
    assert _type(nlp, text, word) is None


def test_other_types_are_untouched(nlp):
    assert _type(nlp, "The generals seized power on Monday.", "seized", "COERCE") is None
