"""An unplaced party takes a country from its sentence only from the place the sentence sets the event in
("in Sudan", "near Mogadishu"), and only when that is the one country the sentence names: never from a person or
a body the sentence also names, nor from a place left or someone's origin, and nothing when the sentence names
two sides. Sentences written for these tests; facts may be real."""

from __future__ import annotations

from dossier.nlp.entities import entity_mentions  # noqa: F401  (loads the pipeline the fixture builds)
from dossier.records import Article
from dossier.resolve import Resolver, load_kb


def countries_of(nlp, text: str, head: str) -> list[str | None]:
    from dossier.nlp import analyse

    an = Resolver(load_kb()).resolve(analyse(Article("in19", "test", text), nlp))
    return [r.country for ev in an.events for r in ev.actors if r.text.lower().endswith(head)]


def test_the_place_the_event_is_set_in_places_the_unplaced_party(nlp):
    assert set(countries_of(nlp, "The rebel front seized two towns in Sudan on Sunday.", "rebel front")) == {"SDN"}
    assert set(countries_of(nlp, "Soldiers raided a camp near Mogadishu on Sunday.", "soldiers")) == {"SOM"}


def test_a_person_named_in_the_sentence_lends_no_country(nlp):
    text = "The government forces shelled the town overnight, President Donald Trump told reporters on Tuesday."
    seen = countries_of(nlp, text, "government forces")
    assert seen and "USA" not in seen


def test_a_body_named_in_the_sentence_lends_no_country(nlp):
    text = ("The socialist leader agreed to a new vote after the Organization of American States reported "
            "irregularities.")
    seen = countries_of(nlp, text, "socialist leader")
    assert seen and "USA" not in seen


def test_a_sentence_naming_two_sides_places_no_one(nlp):
    text = "Troops shelled the border town overnight in Kenya, Somalia's government said."
    seen = countries_of(nlp, text, "troops")
    assert seen and set(seen) == {None}


def test_an_origin_is_no_setting(nlp):
    text = "The coast guard turned back a boat carrying migrants from Ethiopia on Sunday."
    seen = countries_of(nlp, text, "coast guard")
    assert "ETH" not in seen


def test_a_party_joined_with_a_placed_person_is_not_of_his_country(nlp):
    text = "Pakistani Prime Minister Shehbaz Sharif and the crown prince discussed trade on Monday."
    seen = countries_of(nlp, text, "crown prince")
    assert seen and set(seen) == {None}



def test_a_group_led_by_a_placed_person_is_of_that_persons_country(nlp):
    # the host's capital is where it arrived, not whose it is: the leader named in the phrase says whose
    text = "The delegation, led by Foreign Minister Sergei Lavrov, arrived in Hanoi on Monday."
    assert set(countries_of(nlp, text, "delegation")) == {"RUS"}
    text = "The delegation, led by a senior official, arrived in Hanoi on Monday."
    assert "RUS" not in countries_of(nlp, text, "delegation")
