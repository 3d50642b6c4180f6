"""Background round 25 (issue 16 items 1 and 4): context told as context. A running toll over a period ("have
killed more than 1,200 people since the offensive began", "in total about 9,000 were killed", "have detained
more than 300 in the past week", a present perfect counting thousands) is not the day's act; a noun phrase the
news "follows" or "comes after" is its cause, background even when dated only days before the news; an act
dated "last week" is the week before the report's news; an act named as a kind ("any attack on a member state
will be met with force") is no event. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from conftest import event_with_trigger
from dossier.nlp.events import _earlier_time_phrase, _followed_act, _generic_instance, _running_total


def _tok(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    # running totals
    ("Air strikes have killed more than 2,400 people in the valley, local officials said.", "killed", True),
    ("The army has killed more than 2,000 rebels in the province.", "killed", True),
    ("A witness said that in total about 9,000 villagers were killed on the general's orders.", "killed", True),
    ("More than 300 students have been detained in the past week, a rights group said.", "detained", True),
    ("So far, 45 people have been arrested over the riots in the port.", "arrested", True),
    ("Government troops have arrested thousands of opposition supporters.", "arrested", True),
    ("Rebel rockets have killed 80 soldiers since January.", "killed", True),
    ("Air strikes have killed more than 2,400 people in the valley, local officials said.", "strikes", True),
    # near-misses: the day's count, one act, a count in hundreds told in the perfect, a daily span
    ("At least 19 people were killed in protests that spread across the province.", "killed", False),
    ("A truck bomb has killed more than 1,100 people in the market, police said.", "killed", False),
    ("The blast has killed more than 1,100 people, police said.", "killed", False),
    ("Police have arrested 300 protesters in the capital.", "arrested", False),
    ("Police arrested 300 protesters on Saturday.", "arrested", False),
    ("Soldiers have killed 30 people in the past 24 hours.", "killed", False),
    ("The general said his troops killed 1,500 fighters.", "killed", False),
])
def test_a_running_toll_is_context(nlp, text, word, expected):
    etype = "ASSAULT" if word in ("killed", "strikes") else "COERCE"
    assert _running_total(_tok(nlp, text, word), etype) is expected


def test_a_toll_is_not_a_type_it_does_not_count(nlp):
    tok = _tok(nlp, "Government troops have arrested thousands of opposition supporters.", "arrested")
    assert _running_total(tok, "CONSULT") is False


@pytest.mark.parametrize("text,word,expected", [
    ("The air strikes in the province follow the militia's attack on Tuesday.", "attack", True),
    ("The visit comes two days after a raid on the harbour.", "raid", True),
    ("The summit followed a phone call between the two leaders on Monday.", "call", True),
    # near-misses: "following" opening a clause, an answer, "follow" as a demand
    ("Following the attack, troops sealed off the town.", "attack", False),
    ("The expulsion came in response to the ministry's criticism.", "criticism", False),
    ("Officials urged the police to follow the court's order.", "order", False),
])
def test_what_the_news_follows_is_its_cause(nlp, text, word, expected):
    assert _followed_act(_tok(nlp, text, word)) is expected


@pytest.mark.parametrize("text,word,expected", [
    ("Police arrested the student last week while she was visiting the capital.", "arrested", True),
    ("Last week, the assembly asked the president to answer the charges.", "asked", True),
    ("The rebels attacked the town last week.", "attacked", True),  # was left to the dates (round 14)
    ("More than 200 people have been detained in the last week.", "detained", False),  # a span to the news
    ("Protesters marched through the capital after the vote last week.", "marched", False),  # the vote's week
    ("The minister visited Paris this week.", "visited", False),
    ("The army has shelled the town over the last two weeks.", "shelled", False),
])
def test_an_act_of_last_week_is_before_the_news(nlp, text, word, expected):
    assert _earlier_time_phrase(_tok(nlp, text, word), "2024-03-20") is expected


def test_a_toll_in_a_report_is_background_and_the_news_is_not(nlp):
    text = ("Ceasefire talks open in Cairo\n\n"
            "Negotiators from both sides met in Cairo on Tuesday to discuss a ceasefire. "
            "Air strikes have killed more than 2,400 people in the valley since October, local officials said.")
    assert event_with_trigger(nlp, text, "killed", "2024-03-20").background is True
    assert event_with_trigger(nlp, text, "met", "2024-03-20").background is False


def test_a_dated_act_the_news_follows_is_background(nlp):
    text = ("Border strikes hit militant camps\n\n"
            "The air force struck two militant camps on Thursday. "
            "The strikes follow the militia's attack on Tuesday on a border post.")
    assert event_with_trigger(nlp, text, "attack", "2024-03-22").background is True
    assert event_with_trigger(nlp, text, "struck", "2024-03-22").background is False


@pytest.mark.parametrize("text,word,expected", [
    ("Any meddling by a foreign power in the murder of a Lunian reporter would be an outrage.", "murder", True),
    ("Any attack on a member state will be met with force.", "attack", True),
    ("Any protest against the ruling was banned by the police.", "protest", True),
    # near-misses: a definite act the phrase refers to, a denial, a question, a plain indefinite act
    ("The minister denied any role in the murder of the reporter.", "murder", False),
    ("The army did not carry out any attack on the village.", "attack", False),
    ("Did the army carry out any attack on a village?", "attack", False),
    ("Police said a shooting left two dead.", "shooting", False),
    ("Officials condemned the killing of a journalist in the capital.", "killing", False),
])
def test_an_act_named_as_a_kind_is_no_event(nlp, text, word, expected):
    assert _generic_instance(_tok(nlp, text, word), "ASSAULT") is expected
