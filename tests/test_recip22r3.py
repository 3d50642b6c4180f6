"""recip22 (round 3): who is acted upon, told by the phrase around the act -- the leader of an act judged
("X-led strikes"), the maker of a request rejected, a person's thing blocked, ties cut with a side named
once, the seller of what a deal buys, the other person of a meeting joined to a title, a counted group the
parser hung on a list, the force stones were thrown at, the second thing fired; and no recipient from where
someone was summoned or welcomed to, nor a fragment of a quotation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import analysed_events, event_with_trigger, ref_texts


def _recipients(nlp, text, trigger):
    return ref_texts(event_with_trigger(nlp, text, trigger).recipients)


def _actors(nlp, text, trigger):
    return ref_texts(event_with_trigger(nlp, text, trigger).actors)


def test_leader_of_strikes_judged(nlp):
    text = "The foreign ministry of Peru has condemned the Saudi-led air strikes in Yemen."
    assert _recipients(nlp, text, "condemned") == ["Saudi"]


def test_backer_of_attacks_is_not_their_doer(nlp):
    # "Iran-backed" names a sponsor, not who carried the attacks out: nobody rather than the sponsor
    text = "The foreign ministry of Peru has condemned the Iran-backed attacks on shipping."
    assert "Iran" not in _recipients(nlp, text, "condemned")


def test_maker_of_a_request_rejected(nlp):
    assert _recipients(nlp, "The minister rejected the request of the Dutch police.", "rejected") == \
        ["the Dutch police"]


def test_of_phrase_of_a_request_that_names_an_act_is_no_one(nlp):
    assert _recipients(nlp, "The minister rejected the request of a meeting.", "rejected") == []


def test_a_persons_thing_blocked(nlp):
    text = "The minister Fatma Kaya said her convoy was blocked by Dutch police."
    assert _recipients(nlp, text, "blocked") == ["Fatma Kaya"]


def test_ties_cut_together_with_the_side_named_once(nlp):
    text = "Pakistan decided to suspend bilateral trade and downgrade its diplomatic relations with India."
    assert _recipients(nlp, text, "suspend") == ["India"]


def test_trade_with_a_described_neighbour_is_left_to_the_named_side(nlp):
    text = "Pakistan will downgrade diplomatic relations with India and suspend trade with the neighbor state."
    assert _recipients(nlp, text, "suspend") == ["India"]


def test_trade_suspended_with_a_country(nlp):
    assert _recipients(nlp, "Chile suspended trade with Peru.", "suspended") == ["Peru"]


@pytest.mark.parametrize("text, expected", [
    ("In the deal, Kenya agrees to buy military equipment from France, officials said.", "France"),
    ("India agreed to sell missiles to the Philippines.", "Philippines"),
])
def test_other_side_of_a_trade_agreed(nlp, text, expected):
    trigger = "agrees" if "agrees" in text else "agreed"
    assert expected in _recipients(nlp, text, trigger)


def test_bought_from_a_place_is_no_one(nlp):
    assert _recipients(nlp, "Kenya agreed to buy grain from a farm in Nakuru.", "agreed") == []


def test_counted_group_detained_after_a_list(nlp):
    text = ("In Minsk during the weekend continued the protests against the newly elected president Lukashenko "
            "and another 200 people were detained by the police.")
    assert _recipients(nlp, text, "detained") == ["another 200 people"]
    assert "another 200 people" not in _recipients(nlp, text, "protests")


def test_stones_thrown_at_the_force_that_answered(nlp):
    text = "Police used rubber bullets against the protesters who threw stones."
    assert _recipients(nlp, text, "threw") == ["Police"]


def test_stones_thrown_at_a_named_target_keep_it(nlp):
    text = "Police fired tear gas at students who threw bottles at the building."
    assert "Police" not in _recipients(nlp, text, "threw")


def test_throwers_arrested_say_nothing_of_their_target(nlp):
    assert _recipients(nlp, "Police arrested protesters who threw stones.", "threw") == []


def test_second_thing_fired_at_people(nlp):
    text = "Videos show officers firing canisters of tear gas and squirting pepper spray at protesters."
    assert _recipients(nlp, text, "firing") == ["protesters"]


def test_summoned_to_a_ministry_is_where(nlp):
    text = "Turkey summoned the Dutch charge d'affaires to the Foreign Ministry on Saturday."
    assert _recipients(nlp, text, "summoned") == ["the Dutch charge d'affaires"]


def test_welcomed_to_a_kingdom_is_where(nlp):
    text = "Donald Trump was personally welcomed to the conservative Gulf kingdom by King Salman."
    assert _recipients(nlp, text, "welcomed") == ["Donald Trump"]


def test_quote_fragment_is_no_recipient(nlp):
    text = ("Macron toured the port on Thursday, with crowds demanding the end to a “regime” of politicians "
            "they blame for corruption.")
    assert not any("”" in r for e in analysed_events(nlp, text, "2024-03-05") for r in ref_texts(e.recipients))


def test_name_untagged_in_a_list_but_tagged_elsewhere(nlp):
    from conftest import resolved_with_kb

    an, _ = resolved_with_kb(nlp, "Leaders of Armenia met in Washington. Armenia and Azerbaijan have also signed "
                                  "bilateral agreements with the United States to strengthen their cooperation.")
    ev = next(e for e in an.events if e.trigger == "signed")
    assert "Azerbaijan" in ref_texts(ev.actors) and "United States" in ref_texts(ev.recipients)


def test_meeting_between_a_titled_person_and_another(nlp):
    text = ("Japan hosted a meeting between Fumio Kishida, foreign minister of Japan and Yun Byung-se, foreign "
            "minister of South Korea.")
    assert _recipients(nlp, text, "hosted") == ["Fumio Kishida", "Yun Byung-se"]


@pytest.mark.parametrize("text, trigger, expected", [
    ("President Obama on Monday lifted a decades-old arms export embargo for Vietnam.", "lifted", ["Vietnam"]),
    ("The EU lifted sanctions against Belarus.", "lifted", ["Belarus"]),
    ("The EU lifted the ban on imports.", "lifted", []),
])
def test_whom_a_lifted_penalty_was_on(nlp, text, trigger, expected):
    assert _recipients(nlp, text, trigger) == expected


def test_threat_aimed_at_whom_its_condition_is_put(nlp):
    text = "Police have threatened to use a higher level of force if the demonstrators do not leave."
    assert _recipients(nlp, text, "threatened") == ["the demonstrators"]


def test_threat_on_a_condition_of_things_is_aimed_at_no_one(nlp):
    assert _recipients(nlp, "The senator threatened to resign if the bill passes.", "threatened") == []


def test_quote_cut_at_its_end_keeps_the_name(nlp):
    from dossier.nlp.event_args import _cut_quote
    from dossier.records import ActorRef

    assert _cut_quote(ActorRef('regime” of politicians they blame'))
    assert _cut_quote(ActorRef('regime" of politicians they blame'))
    assert not _cut_quote(ActorRef('Washington’s “new aggression'))
    assert not _cut_quote(ActorRef('the “old” president'))


def test_clashed_with_officers_doing_something(nlp):
    assert _recipients(nlp, "The demonstrators clashed with officers wielding pepper spray.", "clashed") == \
        ["officers"]


@pytest.mark.parametrize("text, expected", [
    ("Several other European cities also banned similar meetings to be attended by Turkish officials.",
     ["Turkish officials"]),
    ("The Dutch government banned the visit of the Turkish foreign minister.", ["the Turkish foreign minister"]),
    ("The mayor banned the rally in Rotterdam.", []),
])
def test_gathering_banned_is_done_to_who_holds_it(nlp, text, expected):
    assert _recipients(nlp, text, "banned") == expected


def test_its_allies_after_a_name_are_not_the_earlier_subject(nlp):
    text = ("Israel is closely monitoring a planned attack by Iran and its regional allies against it, according "
            "to Defence Minister Yoav Gallant.")
    assert _actors(nlp, text, "attack") == ["Iran"]


def test_learned_filler_does_not_reach_past_the_verbs_own_object(nlp):
    text = "Beijing will also appoint an adviser to supervise the local Hong Kong administration on security."
    assert _recipients(nlp, text, "appoint") == []


def test_ties_cut_together_by_one_subject(nlp):
    text = "Pakistan suspended bilateral trade and downgraded diplomatic relations with India."
    assert _recipients(nlp, text, "suspended") == ["India"]


def test_ties_of_another_clause_are_not_shared(nlp):
    text = "India cut diplomatic relations with Chile and Pakistan suspended trade."
    assert "Chile" not in _recipients(nlp, text, "suspended")
