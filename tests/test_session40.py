"""Fortieth session: names the tagger cut at a hyphen between capitalised pieces ("Kim Jung-" + "Un", "ITAR-" +
"TASS", "Maite Nkoana" + "-Mashabane") or after a middle initial ("Michael R." + "Pompeo") are one name; pairs of
names written with a hyphen stay two; a country's embassy is one body ("the U.S. Embassy"), and "the Embassy"
later in the article is that body. Every sentence here is written for the test."""

from __future__ import annotations

from conftest import mentions_with_spans, resolved


def _texts(ms):
    return [m.text for m in ms]


def test_a_name_the_tagger_ended_in_a_hyphen_runs_on_to_its_last_piece(nlp):
    text = "The leader Kim Jung-Un inspected a rocket unit, the agency ITAR-TASS reported on Monday.\n"
    ms = mentions_with_spans(nlp, text, [("Kim Jung-", "PERSON"), ("Un", "ORG"), ("ITAR-", "ORG"), ("TASS", "ORG")])
    assert _texts(ms) == ["Kim Jung-Un", "ITAR-TASS"]
    assert [m.label for m in ms] == ["PERSON", "ORG"]


def test_a_double_barrelled_surname_after_a_full_name_is_part_of_it(nlp):
    text = "Foreign minister Maite Nkoana-Mashabane met her counterpart on Tuesday.\n"
    ms = mentions_with_spans(nlp, text, [("Maite Nkoana", "PERSON")])
    assert _texts(ms) == ["Maite Nkoana-Mashabane"]


def test_names_paired_by_a_hyphen_stay_two(nlp):
    text = "The Putin-Xi summit and the Russia-Ukraine talks were held on Friday.\n"
    ms = mentions_with_spans(nlp, text, [("Putin", "PERSON"), ("Xi", "PERSON"), ("Russia-", "ORG"),
                                         ("Ukraine", "GPE")])
    assert "Putin-Xi" not in _texts(ms) and "Russia-Ukraine" not in _texts(ms)
    # a one-word person before a capitalised piece is no full name: not run on
    text = "The Lavrov-Blinken call lasted an hour on Friday.\n"
    ms = mentions_with_spans(nlp, text, [("Lavrov", "PERSON")])
    assert _texts(ms) == ["Lavrov"]


def test_a_name_does_not_end_in_a_middle_initial(nlp):
    text = "Secretary of State Michael R. Pompeo said on Monday that talks would resume.\n"
    ms = mentions_with_spans(nlp, text, [("Michael R.", "PERSON"), ("Pompeo", "PERSON")])
    assert "Michael R. Pompeo" in _texts(ms) and "Michael R." not in _texts(ms)
    text = "Senator Ellen J Marwick spoke on Monday.\n"
    ms = mentions_with_spans(nlp, text, [("Ellen J", "PERSON")])
    assert "Ellen J Marwick" in _texts(ms)
    # an everyday word after the initial is the sentence's own
    text = "The letter was signed by Paul K. Yesterday the office replied.\n"
    ms = mentions_with_spans(nlp, text, [("Paul K.", "PERSON")])
    assert "Paul K. Yesterday" not in _texts(ms)


def test_a_country_s_embassy_is_one_body_and_the_embassy_later_is_it(nlp):
    text = ("Staff leave embassy as fighting spreads\nStaff at the U.S. Embassy in the capital were flown out on "
            "Sunday, officials said. A spokesman said the Embassy would stay closed until further notice.\n")
    an, r = resolved(nlp, text, published="2023-04-24")
    bodies = {r.actors[m.actor_id].name: (r.actors[m.actor_id].country, r.actors[m.actor_id].sector)
              for m in an.mentions if m.actor_id and "Embassy" in m.text}
    assert bodies == {"U.S. Embassy": ("USA", "GOV")}


def test_a_name_does_not_end_in_a_surname_s_particle(nlp):
    text = "President Abdel Fattah Al Sisi received the envoy on Monday.\n"
    ms = mentions_with_spans(nlp, text, [("Abdel Fattah Al", "PERSON"), ("Sisi", "PERSON")])
    assert "Abdel Fattah Al Sisi" in _texts(ms) and "Abdel Fattah Al" not in _texts(ms)
    text = "Nationalist leader Marine Le Pen spoke on Monday.\n"
    ms = mentions_with_spans(nlp, text, [("Marine Le", "PERSON")])
    assert "Marine Le Pen" in _texts(ms)


def test_a_name_a_body_s_noun_describes_is_that_body_not_a_person(nlp):
    text = "The armed group Ansar Kuwari raided the village on Saturday. The criminal gang Los Halcones was blamed.\n"
    ms = mentions_with_spans(nlp, text, [("Ansar Kuwari", "PERSON"), ("Los Halcones", "PERSON")])
    assert [(m.text, m.kind) for m in ms if m.text in ("Ansar Kuwari", "Los Halcones")] == [
        ("Ansar Kuwari", "organisation"), ("Los Halcones", "organisation")]
    # a title before a name still makes a person ("Real Madrid goalkeeper X")
    text = "Club goalkeeper Tomas Brekke saved the penalty on Saturday.\n"
    ms = mentions_with_spans(nlp, text, [("Tomas Brekke", "PERSON")])
    assert [m.kind for m in ms if m.text == "Tomas Brekke"] == ["person"]
