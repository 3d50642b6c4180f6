"""Round events22: what is not an event, background against news, and modes the PLOVER way.

Captions and links give no events; a noun phrase cited as a cause, an ongoing campaign and a toll are no act
told; what the news "comes after" is background even days before it; a threat made is an asserted THREATEN
(a vow of revenge too), and what is conditional, requested, refused or planned is never asserted; a crowd
clashing with police is a protest's scene, police storming a place a raid. Every sentence is written for the
test; each rule has a near miss that it must leave alone."""

from __future__ import annotations

from conftest import analysed_events

PUB = "2024-03-05"
LEAD = "The parliament of Tarland met on Monday to debate the budget for the coming year, officials said."


def _events(nlp, text, published=PUB):
    return analysed_events(nlp, text, published)


def _shown(nlp, text, published=PUB):
    """Events the default view would show (confidence at the threshold), as (type, trigger, mode, background)."""
    from dossier.nlp import event_model

    return [(e.type, e.trigger, e.mode, e.background) for e in _events(nlp, text, published)
            if e.confidence >= event_model.DEFAULT_THRESHOLD]


def _triggers(nlp, text, published=PUB):
    return {e.trigger: e for e in _events(nlp, text, published)}


# -- captions and links -------------------------------------------------------------------------------------

def test_a_photo_caption_with_positions_gives_no_event(nlp):
    text = LEAD + ("\nTarland's President Jan Roe, left, welcomes Lunia's Prime Minister Ola Berg at the palace in "
                   "Port Lune.")
    assert "welcomes" not in _triggers(nlp, text)


def test_a_present_tense_line_with_a_full_date_is_a_caption(nlp):
    text = LEAD + "\nStudents rally against the new tax outside parliament in Port Lune, Tarland on March 3, 2024."
    assert "rally" not in _triggers(nlp, text)


def test_a_past_tense_report_with_a_full_date_is_kept(nlp):
    text = LEAD + "\nStudents rallied against the new tax outside parliament in Port Lune on March 3, 2024."
    assert "rallied" in _triggers(nlp, text)


def test_a_title_case_link_line_in_the_body_gives_no_event(nlp):
    text = (LEAD + " The debate ran late into the night.\n"
            "Riot Police Clash With Farmers Protesting Against Taxes in Port Lune.\n"
            "Lawmakers approved the budget on Tuesday by a narrow margin.")
    events = _events(nlp, text)
    assert not [e for e in events if e.trigger in ("Clash", "Protesting")]


# -- not an act told: a cause named by a noun phrase, an ongoing campaign, a toll --------------------------------

def test_a_killing_named_as_the_cause_of_a_vow_is_not_shown(nlp):
    text = ("The senator vowed on Monday to cut arms sales to Lunia over the murder of a journalist "
            "in its consulate.")
    assert not [s for s in _shown(nlp, text) if s[1] == "murder"]


def test_a_killing_told_as_done_is_kept(nlp):
    text = "Gunmen murdered a journalist outside the consulate in Port Lune on Monday, police said."
    assert [s for s in _shown(nlp, text) if s[1] == "murdered" and s[0] == "ASSAULT"]


def test_an_ongoing_crackdown_is_a_state_of_affairs(nlp):
    text = ("Critics called the arrests part of an ongoing government crackdown on the opposition in Tarland, "
            "the group said on Monday.")
    assert not [s for s in _shown(nlp, text) if s[1] == "crackdown"]


def test_a_death_toll_since_a_date_is_no_single_event(nlp):
    text = "Lunian shelling has killed more than 2,000 people in Tarland since October 2022, officials said."
    assert not [s for s in _shown(nlp, text) if s[1] == "killed"]


def test_one_killing_with_a_count_is_kept(nlp):
    text = "Lunian shelling killed 12 people in the Tarland border town of Vell on Monday, officials said."
    assert [s for s in _shown(nlp, text) if s[1] == "killed"]


# -- background: what the news came after ------------------------------------------------------------------------

def test_what_the_move_comes_after_is_background_even_days_before(nlp):
    text = ("Tarland has cut diplomatic ties with Lunia, its foreign minister said on Sunday. "
            "The move comes after angry Lunian protesters stormed the Tarland embassy in Port Lune on Saturday.")
    stormed = _triggers(nlp, text, "2024-03-04")["stormed"]
    assert stormed.background is True


def test_an_act_with_after_that_is_not_a_coming_stays_news(nlp):
    text = ("Police arrested two men in Port Lune on Sunday after they attacked a minister's car, "
            "officials said.")
    ev = _triggers(nlp, text, "2024-03-04")
    assert ev["arrested"].background is False


def test_a_state_held_since_a_seizure_makes_it_background(nlp):
    text = (LEAD + " Relations between Tarland and Lunia have been strained after Lunia seized a Tarland tanker "
            "in the strait.")
    assert _triggers(nlp, text)["seized"].background is True


def test_the_subject_of_a_recently_done_act_is_recalled(nlp):
    text = (LEAD + " Tarland had warned of a response after Lunian air strikes recently killed four of its "
            "officers near the border.")
    assert _triggers(nlp, text)["strikes"].background is True


# -- modes --------------------------------------------------------------------------------------------------------

def test_a_threat_with_a_condition_is_asserted(nlp):
    text = "Police in Port Lune have threatened to use force if the demonstrators do not leave the square."
    assert _triggers(nlp, text)["threatened"].mode == "asserted"


def test_a_threat_under_a_modal_stays_hypothetical(nlp):
    text = "Police in Port Lune could threaten to use force against the demonstrators, officials said."
    ev = _triggers(nlp, text).get("threaten")
    assert ev is None or ev.mode != "asserted"


def test_a_vow_of_revenge_is_an_asserted_threat(nlp):
    text = "Tarland vowed on Monday to avenge the killing of its border commander by Lunian forces."
    ev = _triggers(nlp, text)
    assert ev["vowed"].type == "THREATEN" and ev["vowed"].mode == "asserted"
    assert "avenge" not in ev


def test_a_vow_to_rebuild_is_no_threat(nlp):
    from dossier.nlp import event_model

    text = "Tarland vowed on Monday to rebuild the bridge that floods destroyed last year."
    ev = _triggers(nlp, text).get("vowed")
    assert ev is None or ev.type != "THREATEN" or ev.confidence < event_model.DEFAULT_THRESHOLD


def test_an_accusation_after_a_promise_is_made(nlp):
    text = ("The leader of Tarland promised on Saturday to avenge the commander's death and accused Lunia of "
            "ordering the killing.")
    assert _triggers(nlp, text)["accused"].mode == "asserted"


def test_a_planned_attack_is_planned(nlp):
    text = "Tarland's army is closely watching a planned attack by Lunia, its defence minister said on Monday."
    assert _triggers(nlp, text)["attack"].mode == "planned"


def test_an_expected_meeting_that_took_place_is_asserted(nlp):
    text = "A long-anticipated meeting between the leaders of Tarland and Lunia took place in Port Lune on Monday."
    assert _triggers(nlp, text)["meeting"].mode == "asserted"


def test_a_requested_condemnation_is_not_asserted(nlp):
    text = "He also urged the European Union to condemn the attack on the Tarland embassy, officials said."
    ev = _triggers(nlp, text).get("condemn")
    assert ev is None or ev.mode != "asserted"


def test_a_refusal_to_condemn_is_negated(nlp):
    text = "Relations soured over Lunia's refusal to condemn the invasion of Tarland, the ministry said."
    ev = _triggers(nlp, text).get("condemn")
    assert ev is None or ev.mode == "negated"


def test_an_arrest_awaited_until_is_not_asserted(nlp):
    text = "The movement's founder said its leaders would stay in the square until they were arrested."
    ev = _triggers(nlp, text).get("arrested")
    assert ev is None or ev.mode != "asserted"


# -- types by the scene -----------------------------------------------------------------------------------------

def test_protesters_clashing_with_police_is_a_protest(nlp):
    text = ("Thousands of protesters filled the streets of Port Lune on Sunday, clashing with police firing "
            "tear gas.")
    assert _triggers(nlp, text)["clashing"].type == "PROTEST"


def test_a_clash_that_killed_people_stays_an_attack(nlp):
    text = "Protesters clashed with soldiers in Port Lune on Sunday and three people were killed, officials said."
    ev = _triggers(nlp, text).get("clashed")
    assert ev is None or ev.type != "PROTEST"


def test_police_storming_polling_stations_is_a_raid(nlp):
    text = "Riot police stormed into polling stations across Tarland on Sunday, confiscating ballot boxes."
    assert _triggers(nlp, text)["stormed"].type == "COERCE"


def test_requesting_that_a_diplomatic_mission_leave_is_an_expulsion(nlp):
    text = ("Tarland requests that all members of the Lunian diplomatic mission leave within 48 hours, "
            "its foreign minister said on Sunday.")
    assert _triggers(nlp, text)["requests"].type == "SANCTION"


def test_a_leader_flown_out_hours_after_his_arrest_is_no_visit(nlp):
    from dossier.nlp import event_model

    text = ("Former Tarland leader Jan Roe left Port Lune on a jet on Tuesday bound for The Hague, officials said, "
            "hours after he was arrested on a court warrant.")
    ev = _triggers(nlp, text).get("left")
    assert ev is None or ev.type != "CONSULT" or ev.confidence < event_model.DEFAULT_THRESHOLD


# -- more recall grammar and headline plans ----------------------------------------------------------------------

def test_an_appositive_participle_recalls_what_the_participant_underwent(nlp):
    text = ("Jan Roe, the Tarland football coach arrested leaving Lunia with banned pills in his bag, was freed "
            "on Monday in a prisoner exchange.")
    assert _triggers(nlp, text)["arrested"].background is True


def test_an_act_in_a_when_clause_of_a_past_perfect_is_recalled(nlp):
    text = (LEAD + " The minister said on Saturday he would travel anyway, and had been expected to speak at the "
            "consulate, as he had done when city authorities in Vell banned him from speaking last month.")
    assert _triggers(nlp, text)["banned"].background is True


def test_a_when_clause_backshifted_under_said_is_not_recalled_by_it(nlp):
    from dossier.nlp.events import _inside_a_pluperfect
    from dossier.nlp.docview import know_text

    text = "The minister said he had left the hall when the guards arrested the protesters."
    doc = nlp(text)
    know_text(doc, text)
    arrested = next(t for t in doc if t.text == "arrested")
    assert _inside_a_pluperfect(arrested) is False


def test_a_headline_infinitive_is_planned(nlp):
    text = "Tarland to allow aid into the border region by lifting restrictions on convoys"
    ev = _triggers(nlp, text).get("lifting")
    assert ev is None or ev.mode == "planned"


def test_vessels_seized_by_forces_is_a_seizure(nlp):
    text = ("The navy of Tarland said it has seized a Lunian oil tanker in the strait, one of two vessels seized "
            "by the nation's forces this week.")
    assert all(e.type != "ASSAULT" for e in _events(nlp, text) if e.trigger == "seized")


def test_people_who_fled_under_a_hypothetical_act_are_recalled(nlp):
    text = (LEAD + " The truce could give relief to the thousands of villagers who fled their homes along the "
            "border.")
    ev = _triggers(nlp, text).get("fled")
    assert ev is None or ev.background is True


def test_people_who_fled_in_a_told_act_keep_the_lead(nlp):
    from dossier.nlp.events import _described_under_unreal
    from dossier.nlp.docview import know_text

    text = "Soldiers stopped the villagers who fled their homes along the border on Monday."
    doc = nlp(text)
    know_text(doc, text)
    fled = next(t for t in doc if t.text == "fled")
    assert _described_under_unreal(fled) is False


def test_a_clause_on_ways_is_no_act(nlp):
    text = "He told reporters there are various ways that Tarland has shot down drones in the past."
    assert not [s for s in _shown(nlp, text) if s[1] == "shot"]


def test_a_war_named_in_a_phrase_is_not_an_attack_told(nlp):
    text = ("Thousands of families displaced by the war between Tarland and Lunia returned home on Wednesday "
            "as a ceasefire took hold.")
    assert not [s for s in _shown(nlp, text) if s[1] == "war"]


def test_a_war_waged_is_kept(nlp):
    from dossier.nlp.events import _state_of_affairs
    from dossier.nlp.docview import know_text

    text = "Lunia's war against Tarland killed thousands of civilians last year."
    doc = nlp(text)
    know_text(doc, text)
    war = next(t for t in doc if t.text == "war")
    assert _state_of_affairs(war, "ASSAULT") is False


def test_an_arrangement_told_with_is_to_is_planned_and_a_visit_done_stays_asserted(nlp):
    planned = _triggers(nlp, "The president of Lunia is to visit Tarland on Monday and Tuesday before a summit.")
    assert planned["visit"].mode == "planned"
    was_to = _triggers(nlp, "The foreign minister was to meet his Tarland counterpart, but the talks were called off.")
    assert was_to["meet"].mode != "asserted"
    done = _triggers(nlp, "The president of Lunia visited Tarland on Monday, officials said.")
    assert done["visited"].mode == "asserted"
    # "be" with a noun of its own describes the act, which may well be done
    first = _triggers(nlp, "He is the first president of Lunia to visit Tarland since 1990.")
    assert first["visit"].mode == "asserted"
    deadliest = _triggers(nlp, "It is the deadliest attack on Tarland's forces since the war began in 1989.")
    assert deadliest["attack"].mode == "asserted"
