"""Background round 18: precision first. What marks an event recalled is grammar or time words that say so (a
season counted back, a year naming the event, "previous/earlier" on the event noun, "recently"); a past perfect
set on a day of the report's week orders the news's own acts; the model's probability alone marks background
only when it is very sure. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from dossier.nlp.events import BACKGROUND_P, _background, _earlier_time_phrase, _recall_grammar


def _tok(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text,word,published", [
    ("The governor sparked angry riots last fall when he sought another term.", "riots", "2024-05-02"),
    ("The striker was suspended from the cup final last season for doping.", "suspended", "2024-05-02"),
    ("Both armies remember the 2022 clashes along the ridge.", "clashes", "2024-05-02"),
    ("Delegates recalled Borvia's 2019 annexation of the islands.", "annexation", "2024-05-02"),
    ("The envoy said the previous talks had ended without a text.", "talks", "2024-05-02"),
    ("His last visit to the capital drew protests.", "visit", "2024-05-02"),
    ("Officials blamed an earlier raid for the anger.", "raid", "2024-05-02"),
])
def test_time_words_of_the_event_itself_recall_it(nlp, text, word, published):
    assert _earlier_time_phrase(_tok(nlp, text, word), published)


@pytest.mark.parametrize("text,word,published", [
    ("Police detained the editor earlier this week.", "detained", "2024-05-02"),  # within a week: the dates decide
    ("Police arrested 2000 protesters on Monday.", "protesters", "2024-05-02"),  # a count
    ("The last round of talks ended on Friday.", "talks", "2024-05-02"),  # "the last": maybe the final one
    ("The first visit by a premier in a decade began on Monday.", "visit", "2024-05-02"),
])
def test_a_week_a_count_or_a_final_round_is_no_earlier_time(nlp, text, word, published):
    assert not _earlier_time_phrase(_tok(nlp, text, word), published)


def test_recently_sets_an_act_before_the_report(nlp):
    assert _recall_grammar(_tok(nlp, "The winger was also recently arrested on a drink-driving charge.", "arrested"))
    assert not _recall_grammar(_tok(nlp, "The winger was arrested on a drink-driving charge.", "arrested"))


def test_a_past_perfect_on_a_day_of_the_reports_week_is_the_news(nlp):
    # the news's own sequence: the talks of that Tuesday, the agreement earlier on the same Sunday
    assert not _recall_grammar(_tok(nlp, "On Tuesday the two ministers had held talks before the signing.", "held"))
    assert not _recall_grammar(_tok(nlp, "Earlier on Sunday, the president had agreed to a new vote.", "agreed"))
    # counted back, or no day at all: recalled
    assert _recall_grammar(_tok(nlp, "The two ministers had held talks last Tuesday in Lisbon.", "held"))
    assert _recall_grammar(_tok(nlp, "The party had threatened to quit the coalition.", "threatened"))


def test_the_model_alone_marks_background_only_when_very_sure():
    assert not _background(0.7, None, None, "2024-05-02")
    assert _background(max(BACKGROUND_P, 0.99), None, None, "2024-05-02")
    # evidence still decides: an old date, a recalled clause, what the news answers
    assert _background(0.1, "2024-03-01", None, "2024-05-02")
    assert _background(0.1, None, None, "2024-05-02", recalled=True)
    assert _background(0.1, None, None, "2024-05-02", answered=True)
    # and a date of the news's days makes it news whatever the model says
    assert not _background(0.99, "2024-05-01", None, "2024-05-02")


def test_the_threshold_is_the_lowest_whose_model_alone_flags_are_nine_in_ten_right():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from fit_background import model_alone_thresholds

    # model-alone rows: at 0.5 half the flags are news, at 0.9 all are background; evidence and the lead are
    # left out of the precision
    rows = [{"p_bg": 0.6, "gold": False}, {"p_bg": 0.6, "gold": True}, {"p_bg": 0.95, "gold": True},
            {"p_bg": 0.92, "gold": True}, {"p_bg": 0.99, "gold": False, "lead_news": True},
            {"p_bg": 0.1, "gold": True, "evidence": True}]
    assert model_alone_thresholds(rows, thresholds=(0.5, 0.9)) == 0.9
