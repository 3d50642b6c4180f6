"""react24: whom a reaction to an attack is aimed at when its own phrase names no doer ("condemned the air
strikes"): the doer its own clauses name, else the article's one attacking side (never the reacting side's own
attacks); an act the tagger made a name ("the Bombing") is never a recipient. Sentences written for these
tests."""

from __future__ import annotations

from conftest import event_with_trigger, ref_texts

FILLER = ("Residents left their homes before dawn. Schools in the province stayed shut. Markets did not open. "
          "Roads to the south were blocked by fallen trees. Hospitals asked for blood donors. ")


def _recipients(nlp, text, trigger):
    return ref_texts(event_with_trigger(nlp, text, trigger).recipients)


def test_condemned_strikes_reach_back_to_the_one_attacking_side(nlp):
    text = ("Thai jets bombed a bridge in Laos early on Monday. " + FILLER +
            "The Laotian foreign ministry condemned the air strikes on Monday evening.")
    assert _recipients(nlp, text, "condemned") == ["Thai jets"]


def test_two_attacking_sides_leave_the_recipient_open(nlp):
    text = ("Thai jets bombed a bridge in Laos early on Monday. Laotian troops shelled a Thai border village. " +
            FILLER + "The United Nations condemned the bombing on Monday evening.")
    assert _recipients(nlp, text, "condemned") == []


def test_the_reacting_sides_own_attacks_do_not_count(nlp):
    text = ("Laotian troops shelled a Thai outpost on Sunday. Thai jets bombed a bridge in Laos on Monday. " +
            FILLER + "The Laotian government condemned the bombing on Monday evening.")
    assert _recipients(nlp, text, "condemned") == ["Thai jets"]


def test_doer_told_in_the_reactions_own_clause(nlp):
    text = ("Laotian troops shelled a Thai outpost on Sunday. Laos's defence ministry denounced the airstrikes "
            "as reckless and said Thai aircraft bombed a school near the river.")
    assert _recipients(nlp, text, "denounced") == ["Thai aircraft"]


def test_capitalised_act_is_no_recipient(nlp):
    text = "The Laotian defence ministry condemned the Bombing, claiming Thai jets dropped bombs on a market."
    recipients = _recipients(nlp, text, "condemned")
    assert "Bombing" not in recipients
    assert recipients == ["Thai jets"]


def test_an_undetermined_attack_reaches_nowhere(nlp):
    # "condemned attacks" says which acts no more than "condemned violence" does
    text = "Thai jets bombed a bridge in Laos early on Monday. " + FILLER + "The Laotian minister condemned attacks."
    assert _recipients(nlp, text, "condemned") == []


def test_the_same_noun_told_nearer_without_a_doer_blocks(nlp):
    # "the attack" takes up the attack told just before, whose doer the article does not name
    text = ("Thai jets bombed a bridge in Laos early on Monday. " + FILLER +
            "Later an attack on a bus killed nine people near the border. "
            "The Laotian foreign ministry condemned the attack on Monday evening.")
    assert _recipients(nlp, text, "condemned") == []


def test_modifiers_tell_two_attacks_apart(nlp):
    text = ("Thai jets carried out a missile attack on a bridge in Laos early on Monday. " + FILLER +
            "A chemical attack on a village was reported later. "
            "The Laotian foreign ministry condemned the missile attack on Monday evening.")
    assert _recipients(nlp, text, "condemned") == ["Thai jets"]
