"""Thirty-fifth session: a judged thing's owner is the one judged; a speaker's undated words take the day the report
says the speaker spoke. Every sentence here is written for the test."""

from __future__ import annotations

from conftest import event_with_trigger

def _r(e):
    return [r.text for r in e.recipients]


# ---- whose thing is judged ----

def test_a_judged_things_possessor_is_the_one_judged(nlp):
    e = event_with_trigger(nlp, "Aland's premier rejected the tribunal's summons on Monday.", "rejected")
    assert _r(e) == ["the tribunal"]
    e = event_with_trigger(nlp, "The Borvian foreign minister dismissed Pompeo's announcement as void.", "dismissed")
    assert _r(e) == ["Pompeo"]


def test_a_modifier_naming_whose_thing_is_judged_is_the_one_judged(nlp):
    e = event_with_trigger(nlp, "Erdogan criticised the police response to the march.", "criticised")
    assert _r(e) == ["police"]


def test_a_topic_before_a_judged_thing_is_no_one(nlp):
    e = event_with_trigger(nlp, "Erdogan criticised the peace plan on Monday.", "criticised")
    assert _r(e) == []


def test_a_judged_act_keeps_its_authors_reading(nlp):
    # an act judged is aimed at whoever did it, as before ("Israel's attack", not a thing Israel owns)
    e = event_with_trigger(nlp, "Egypt condemned Israel's attack on the camp.", "condemned")
    assert _r(e) == ["Israel"]


# ---- the speaker's day ----

SPOKE_ON_FRIDAY = ("Turkey stops trade with Israel\n\n"
                   "Turkish President Recep Tayyip Erdogan said on Friday that his government had stopped all trade "
                   "with Israel, worth some 9.5 billion dollars a year. Talking to journalists after prayers in "
                   "Istanbul, Erdogan said Ankara had shut that door because of the war in Gaza. ")


def _said(nlp, sentence: str, trigger: str):
    from conftest import analysed_events

    return next(e for e in analysed_events(nlp, SPOKE_ON_FRIDAY + sentence, "2024-05-04") if e.trigger == trigger)


def test_a_speakers_undated_words_take_the_day_the_report_says_the_speaker_spoke(nlp):
    e = _said(nlp, "Erdogan also criticised Western governments for their continued backing of Israel.", "criticised")
    assert (e.date, e.date_source) == ("2024-05-03", "newsday")


def test_a_speakers_words_of_another_speaker_keep_the_publication_day_rules(nlp):
    e = _said(nlp, "The Israeli foreign minister accused Erdogan of breaking agreements.", "accused")
    assert e.date_source != "newsday" or e.date != "2024-05-03"
