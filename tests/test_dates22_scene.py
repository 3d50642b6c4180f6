"""Event dates, round 22 (task dates22, issue 16 item 6): weekends and nights as times, and the narrative time of
a news scene. Every sentence is written for the test; places and people are made up."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import analysed_events, stated_date

from dossier.nlp.timex import event_date, extract_timexes, normalise

MON = date(2023, 11, 6)  # a Monday
WED = date(2023, 11, 8)
SAT = date(2023, 11, 11)


def _dates(evs, trigger):
    return [(e.date, e.date_end) for e in evs if e.trigger == trigger]


def _stated(evs, trigger):
    return [(stated_date(e), e.date_end if stated_date(e) else None) for e in evs if e.trigger == trigger]


@pytest.mark.parametrize("text, anchor, future, expected", [
    # told in the past: the weekend just gone (a Monday report's Saturday and Sunday)
    ("the weekend", MON, False, ("2023-11-04", "2023-11-05")),
    ("the weekend", WED, False, ("2023-11-04", "2023-11-05")),
    # a tense the verb does not give: the past only in a report of Monday
    ("the weekend", MON, None, ("2023-11-04", "2023-11-05")),
    # told in the future: the coming one; a Saturday's own weekend either way
    ("this weekend", WED, True, ("2023-11-11", "2023-11-12")),
    ("the weekend", SAT, False, ("2023-11-11", "2023-11-12")),
    ("last weekend", MON, False, ("2023-11-04", "2023-11-05")),
    # the night before the report's day, or after it when told in the future
    ("overnight", WED, False, ("2023-11-07", "2023-11-08")),
    ("overnight", WED, True, ("2023-11-08", "2023-11-09")),
])
def test_weekends_and_nights_are_two_days(text, anchor, future, expected):
    typ, value = normalise(text, anchor, future=future)
    assert typ == "DATE"
    first, _, last = value.partition("|")
    assert event_date(first, last or None) == expected


def test_a_week_is_still_no_event_date():
    assert event_date("2023-W45") is None


def _values(nlp, text, anchor):
    return {tx.text: tx.value for tx in extract_timexes(nlp(text), "t", anchor)}


def test_the_weekend_after_a_preposition_is_a_time_but_not_as_a_noun_modifier(nlp):
    assert "the weekend" in _values(nlp, "Marchers filled the squares of Kesk over the weekend.", MON)
    assert not any("weekend" in t for t in _values(nlp, "The weekend edition of the paper sold out.", MON))


def test_overnight_as_an_adverb_is_a_time_but_not_before_a_noun(nlp):
    assert "overnight" in _values(nlp, "Artillery shelled the port of Varna overnight, the mayor said.", WED)
    assert "overnight" not in _values(nlp, "The council imposed an overnight curfew in Varna.", WED)


def test_shelling_overnight_is_dated_the_night_before_the_report(nlp):
    evs = analysed_events(nlp, "Borvian artillery shelled the port of Varna overnight, the mayor said.",
                          WED.isoformat())
    assert _dates(evs, "shelled") == [("2023-11-07", "2023-11-08")]


LEAD = ("Borvian president Arno Kesk signed a gas deal with Tarnish premier Ilse Varn in Kesk on Saturday, ending "
        "months of talks.\n\n")


def test_a_reaction_told_later_in_the_scene_takes_the_news_day(nlp):
    text = LEAD + ("Both leaders shook hands in front of the palace.\n\n"
                   "The head of the state gas company praised the deal.")
    evs = analysed_events(nlp, text, "2023-11-11")
    assert _dates(evs, "praised") == [("2023-11-11", None)]


def test_a_quoted_reaction_in_the_speakers_own_words_takes_the_news_day(nlp):
    text = LEAD + 'The Tarnish foreign minister said, "We warmly welcome this agreement between our nations."'
    evs = analysed_events(nlp, text, "2023-11-11")
    assert _dates(evs, "welcome") == [("2023-11-11", None)]


def test_a_sentence_naming_an_earlier_time_moves_the_story_there(nlp):
    # the praise after a paragraph set in 2019 is of that time as much as of the news day: no date
    text = LEAD + ("The two countries fought a border war in 2019.\n\n"
                   "The head of the state gas company praised the deal.")
    evs = analysed_events(nlp, text, "2023-11-11")
    assert _stated(evs, "praised") == [(None, None)]


def test_a_plan_for_a_later_time_keeps_the_scene_but_another_kind_of_act_keeps_no_date(nlp):
    # "from next year" is the plan's time, the story stays on Saturday; a phone call for a lower price may have
    # come weeks before the signing
    text = LEAD + ("Gas will flow through the new pipeline from next year.\n\n"
                   "Kesk's chief of staff called the head of the state gas company for a lower price.\n\n"
                   "The head of the state gas company praised the deal.")
    evs = analysed_events(nlp, text, "2023-11-11")
    assert all(d == (None, None) for d in _stated(evs, "called"))
    assert _dates(evs, "praised") == [("2023-11-11", None)]


def test_a_report_of_a_later_day_gives_the_scene_no_day(nlp):
    # the page is dated four days after the lead's Saturday: what it tells without a day may be of any of them
    text = LEAD + "The head of the state gas company praised the deal."
    evs = analysed_events(nlp, text, "2023-11-15")
    assert _stated(evs, "praised") == [(None, None)]


def test_a_lead_naming_no_day_gives_its_scene_no_day(nlp):
    # the page may be days later than the news: the publication day alone dates nothing
    text = ("Borvian forces have launched missiles at the Tarnish port of Varna.\n\n"
            "The strikes set fire to two warehouses near the harbour.\n\n"
            "Several neighbouring governments condemned the Borvian attack.")
    evs = analysed_events(nlp, text, "2023-11-08")
    assert _stated(evs, "condemned") == [(None, None)]


def test_a_standing_state_in_the_passive_present_perfect_keeps_no_date(nlp):
    text = ("Police in Kesk detained the opposition mayor Ilse Varn on Wednesday.\n\n"
            "Varn has been targeted by a growing number of inquiries that her party calls political.")
    evs = analysed_events(nlp, text, "2023-11-08")
    assert all(d == (None, None) for d in _stated(evs, "targeted"))


def test_a_post_signed_on_the_line_of_its_own_words_settles_a_bare_weekday_without_a_page_date(nlp):
    from dossier.nlp.timex import extract_timexes

    text = ("Marchers filled the main square of Kesk on Sunday.\n\n"
            "Crowd at the square keeps growing hour by hour — Ana Varn (@anavarn)March 9, 2025\n\n"
            "Police closed two bridges.")
    got = {tx.text: tx.value for tx in extract_timexes(nlp(text), "t", None) if tx.anchored}
    assert got.get("Sunday") == "2025-03-09"
    # a date written in the prose (not a post's signature) settles nothing: it may be a recalled day
    prose = text.replace("— Ana Varn (@anavarn)", "as on ")
    got = {tx.text: tx.value for tx in extract_timexes(nlp(prose), "t", None) if tx.anchored}
    assert got.get("Sunday") is None


def test_an_act_done_by_a_dated_act_named_as_its_subject_takes_its_time(nlp):
    evs = analysed_events(nlp, "Borvian strikes overnight on two villages near Varna killed nine people.",
                          WED.isoformat())
    assert _dates(evs, "killed") == [("2023-11-07", "2023-11-08")]
    # no time on the subject: nothing to take
    evs = analysed_events(nlp, "Borvian strikes on two villages near Varna killed nine people.", WED.isoformat())
    assert _stated(evs, "killed") == [(None, None)]


def test_a_leads_weekend_dates_its_own_acts_and_the_scene_after_it(nlp):
    text = ("In Kesk during the weekend the marches against president Arno Varn went on and another 300 people "
            "were detained by the police, a news agency reported.\n\n"
            "The central square was sealed off by armoured trucks.\n\n"
            "The marches began after the disputed election in August.")
    evs = analysed_events(nlp, text, MON.isoformat())
    weekend = ("2023-11-04", "2023-11-05")
    assert _dates(evs, "detained") == [weekend]
    # a sentence set in August tells no weekend act
    assert all(d != weekend for d in _dates(evs, "marches")[1:])


def test_a_day_first_named_further_down_opens_the_scene_there(nlp):
    text = ("Borvian president Arno Kesk hosted the leaders of two neighbouring states at his palace for a summit "
            "on their border dispute.\n\n"
            "The meeting was meant to settle a quarrel over river water between the two neighbours.\n\n"
            "Both countries draw most of their drinking water from the same river and its two dams.\n\n"
            "Kesk welcomed the two presidents in the palace garden on Friday as they signed a water accord.\n\n"
            "The two presidents thanked Kesk for his help.")
    evs = analysed_events(nlp, text, "2023-11-10")
    assert _dates(evs, "thanked") == [("2023-11-10", None)]
    # the same report with a second recent day in it gives no single day to open a scene with
    mixed = text.replace("for his help.", "for his help.\n\nThe two ministers had met in Kesk on Wednesday to "
                                          "prepare the accord.")
    evs = analysed_events(nlp, mixed, "2023-11-10")
    assert _stated(evs, "thanked") == [(None, None)]


def test_the_meeting_a_dated_decision_was_taken_in_takes_its_day(nlp):
    text = ("Borvia on Monday decided to close the border and cut trade with Tarnia in a meeting of the security "
            "council, the government said.")
    evs = analysed_events(nlp, text, WED.isoformat())
    assert _dates(evs, "meeting") == [("2023-11-06", None)]
    # a meeting the decision is about, in the future, is not where it was taken
    text = "Borvia on Monday decided to send its foreign minister to a meeting of the regional bloc next month."
    evs = analysed_events(nlp, text, WED.isoformat())
    assert ("2023-11-06", None) not in _dates(evs, "meeting")


def _parsed(words, heads, deps, tags, poses, date_words=()):
    """A hand-made parse (the parser's attachment of a phrase varies with the text around it)."""
    import spacy
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=poses)
    doc.ents = [Span(doc, i, i + 1, label="DATE") for i in date_words]
    return doc


def test_a_meeting_hung_on_the_last_infinitive_takes_the_decisions_time():
    from dossier.nlp.events import _setting_chain_time

    # Borvia on Monday decided to cut trade and downgrade ties in a meeting .
    words = ["Borvia", "on", "Monday", "decided", "to", "cut", "trade", "and", "downgrade", "ties", "in", "a",
             "meeting", "."]
    heads = [3, 3, 1, 3, 5, 3, 5, 5, 5, 8, 8, 12, 10, 3]
    deps = ["nsubj", "prep", "pobj", "ROOT", "aux", "xcomp", "dobj", "cc", "conj", "dobj", "prep", "det", "pobj",
            "punct"]
    tags = ["NNP", "IN", "NNP", "VBD", "TO", "VB", "NN", "CC", "VB", "NNS", "IN", "DT", "NN", "."]
    poses = ["PROPN", "ADP", "PROPN", "VERB", "PART", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "ADP", "DET", "NOUN",
             "PUNCT"]
    doc = _parsed(words, heads, deps, tags, poses, date_words=[2])
    assert doc[2].idx in _setting_chain_time(doc[12])
    # "... decided to send a minister to a meeting": a destination, not the setting of the decision
    words2 = words[:10] + ["to"] + words[11:]
    doc = _parsed(words2, heads, deps, tags, poses, date_words=[2])
    assert not _setting_chain_time(doc[12])
