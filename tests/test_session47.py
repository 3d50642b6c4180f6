"""Session 47: names the parse cuts or misses as doers, co-recipients of a praised effort and of an attack on
houses of worship (sentences written here)."""

from __future__ import annotations

from conftest import analysed_events


def _one(nlp, text: str, trigger: str, published: str = "2031-05-10"):
    return next(e for e in analysed_events(nlp, text, published) if e.trigger == trigger)


def _names(refs) -> list[str]:
    return [r.text for r in refs]


def test_every_state_whose_efforts_were_appreciated_is_a_recipient(nlp):
    e = _one(nlp, "The Velarian envoy appreciated the efforts of Ostland, Norland and France in brokering the "
                  "truce.", "appreciated")
    assert e.type == "SUPPORT"
    assert _names(e.recipients) == ["Ostland", "Norland", "France"]


def test_a_synagogue_attacked_with_churches_is_acted_upon_as_the_churches_are(nlp):
    e = _one(nlp, "Gunmen on Sunday attacked churches and synagogues in the port city of Velar.", "attacked")
    assert _names(e.recipients) == ["churches", "synagogues"]
    e = _one(nlp, "Gunmen opened fire at the synagogue and church in Velar with automatic rifles.", "opened")
    assert _names(e.recipients) == ["the synagogue", "church"]  # not "church in Velar" again beside "church"


def test_a_mosque_stormed_alone_is_still_only_where(nlp):
    e = _one(nlp, "Armed men stormed a mosque in the city of Velar on Friday.", "stormed")
    assert e.recipients == []


def test_the_speaker_after_an_opening_participle_is_the_doer_not_the_one_beside_him(nlp):
    e = _one(nlp, "Standing alongside acting Ukrainian Prime Minister Arseniy Yatsenyuk, Biden called on Moscow "
                  "to encourage separatists in eastern Ukraine to leave government buildings.", "called")
    assert _names(e.actors) == ["Biden"]
    e = _one(nlp, "Speaking in Kyiv, Biden called on Moscow to pull its troops back.", "called")
    assert _names(e.actors) == ["Biden"]


def test_a_country_the_tagger_left_unnamed_at_the_head_of_a_sentence_is_the_doer(nlp):
    e = _one(nlp, "Bahrain ordered the Lebanese ambassador to leave the country within two days.", "ordered")
    assert [(r.text, r.country) for r in e.actors] == [("Bahrain", "BHR")]


def test_a_state_named_with_its_of_phrase_is_the_whole_name(nlp):
    e = _one(nlp, "The Kingdom of Bahrain ordered the Lebanese ambassador to leave the country within two days.",
             "ordered")
    assert [(r.text, r.country) for r in e.actors] == [("The Kingdom of Bahrain", "BHR")]


def test_a_call_made_to_wish_someone_well_is_a_talk_with_them_not_a_demand(nlp):
    e = _one(nlp, "President Anna Brenner called Lippert to wish him a speedy recovery, an aide said.", "called")
    assert (e.type, _names(e.recipients)) == ("CONSULT", ["Lippert"])
    e = _one(nlp, "Putin called Erdogan to congratulate him on his election victory.", "called")
    assert e.type == "CONSULT"


def test_a_call_on_someone_to_act_stays_a_demand(nlp):
    e = _one(nlp, "Brenner called on Ostland to withdraw its troops from the border.", "called")
    assert e.type == "REQUEST"


def test_the_people_an_attack_killed_are_hit_by_it_beside_what_it_was_aimed_at(nlp):
    e = _one(nlp, "Armed men on Sunday attacked churches in the region of Velar, killing at least 15 police officers "
                  "and four civilians.", "attacked")
    assert _names(e.recipients) == ["churches", "15 police officers", "four civilians"]


def test_an_attack_that_killed_no_one_named_keeps_its_target_alone(nlp):
    e = _one(nlp, "Rebels attacked an army convoy near the border on Monday.", "attacked")
    assert _names(e.recipients) == ["army convoy"]


def test_human_rights_groups_named_beside_a_state_are_accusers_too(nlp):
    e = _one(nlp, "Ostland has been accused by the UN and human rights groups of blocking aid into the enclave.",
             "accused")
    assert [(r.text, r.sector) for r in e.actors] == [("UN", "IGO"), ("human rights groups", "NGO")]


def test_lawmakers_protesting_a_decision_object_in_words(nlp):
    e = _one(nlp, "The opposition lawmakers protested the move, saying it broke the constitution.", "protested")
    assert e.type == "ACCUSE"
    e = _one(nlp, "Thousands of students protested the fee increase in the capital.", "protested")
    assert e.type == "PROTEST"


def test_the_act_a_person_is_backed_in_is_that_person_s(nlp):
    e = _one(nlp, "Brenner has supported Prime Minister Ivo Marek in his call for a restructuring of the debt.",
             "call")
    assert _names(e.actors) == ["Ivo Marek"]
