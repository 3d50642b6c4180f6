"""An event's date when its mentions carry different ones: one sentence's second trigger does not stretch the
date into a range, and a month that holds another mention's day gives way to the day."""
from __future__ import annotations

from dataclasses import replace

from dossier.link.events import merge_story_events
from dossier.records import ActorRef, Analysis, Article, EventMention

COURT = ActorRef(text="a Lunar court", actor_id="lun-court", country="LUN", sector="JUD")
EXILE = ActorRef(text="Ora Venn", actor_id="ora-venn", country="LUN", sector="OPP")


def _em(aid: str, trigger: str, start: int, date: str | None, sentence: int = 0) -> EventMention:
    return EventMention(id=f"{aid}-{trigger}", article_id=aid, type="COERCE", trigger=trigger,
                        trigger_start=start, trigger_end=start + len(trigger), sentence_start=sentence,
                        sentence_end=sentence + 200, quote=f"quote of {aid} {sentence}", actors=[COURT],
                        recipients=[EXILE], date=date, date_source="timex" if date else "none", confidence=0.9)


def _analysis(aid: str, published: str, *events: EventMention) -> Analysis:
    return Analysis(article=Article(id=aid, source="test", text="x" * 300, published=published), events=list(events))


def test_a_second_trigger_of_one_sentence_does_not_stretch_the_date_into_a_range():
    # "On July 6 a Lunar court handed Ora Venn a jail term and a fine over flats bought in 1993": the year is
    # the purchase's, hung on the second trigger by the parse
    an = _analysis("a1", "2018-07-13", _em("a1", "handed", 10, "2018-07-06"), _em("a1", "fine", 60, "1993"))
    events = merge_story_events("s1", [an])
    assert len(events) == 1
    assert (events[0].date, events[0].date_end) == ("2018-07-06", None)


def test_a_second_trigger_dated_alike_or_a_day_later_still_counts():
    an = _analysis("a1", "2018-07-13", _em("a1", "handed", 10, "2018-07-06"), _em("a1", "fine", 60, "2018-07"))
    [event] = merge_story_events("s1", [an])
    assert (event.date, event.date_end) == ("2018-07-06", None)


def test_a_month_that_holds_another_reports_day_gives_way_to_the_day():
    month = _analysis("a1", "2020-03-02", _em("a1", "jailed", 10, "2020-02"))
    day = _analysis("a2", "2020-03-01", _em("a2", "jailed", 10, "2020-02-29"))
    [event] = merge_story_events("s1", [month, day])
    assert (event.date, event.date_end) == ("2020-02-29", None)


def test_a_range_a_mention_states_is_kept():
    an = _analysis("a1", "2018-07-13", replace(_em("a1", "detained", 10, "2018-07-06"), date_end="2018-07-08"))
    [event] = merge_story_events("s1", [an])
    assert (event.date, event.date_end) == ("2018-07-06", "2018-07-08")
