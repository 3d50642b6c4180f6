"""Per-article analysis: one :class:`Article` in, one :class:`Analysis` out. Pure."""

from __future__ import annotations

import copy
import re
from datetime import date, timedelta
from typing import Any

from dossier.nlp import actor_check
from dossier.nlp.docview import know_text
from dossier.nlp.entities import entity_mentions
from dossier.nlp.events import extract_events
from dossier.nlp.timex import MONTH_DAY_WORDS, extract_timexes, placeable
from dossier.records import REPORT_DAY, Analysis, Article, Mention
from dossier.timewords import WEEKDAY_PATTERN, WEEKDAYS, month_number

WEEKDAY_NAMES = re.compile(rf"\b({WEEKDAY_PATTERN})\b", re.I)
# "Tuesday (January 26)", "Tuesday, Jan. 26" with no year after it
WEEKDAY_MONTH_DAY = re.compile(rf"\b(?P<wd>{WEEKDAY_PATTERN})\s*[,(]\s*(?:{MONTH_DAY_WORDS.pattern})"
                               r"(?![\d,)]*\s*\d{4})", re.I)


def _anchor(article: Article) -> date | None:
    if article.published:
        try:
            return date.fromisoformat(article.published[:10])
        except ValueError:
            return None
    return None


CAPTION_KEYS = ("photo caption or credit", "caption")  # the cleaner's metadata keys for lines taken out of the body


def _captions(article: Article) -> str:
    """The photo captions and credits the cleaner took out of the body, one a line."""
    return "\n".join(v for k, v in (article.metadata or {}).items() if k in CAPTION_KEYS and isinstance(v, str))


def mentions_of(doc, article: Article | str) -> list[Mention]:
    """Entity mentions after hygiene (span repair, non-actors dropped, kinds, roles): see nlp/entities.py."""
    return entity_mentions(doc, article)


def analyse_doc(article: Article, doc: Any) -> Analysis:
    know_text(doc, article.text)
    mentions = mentions_of(doc, article)
    _score_spans(doc, mentions)
    anchor = _anchor(article)
    timexes = extract_timexes(doc, article.id, anchor, _captions(article))
    events = extract_events(doc, article.id, mentions, timexes, article.published)
    if anchor is None:
        _keep_undated_words(doc, article, mentions, timexes, events)
    else:
        _keep_the_next_weekday(article.text, anchor, events)
    return Analysis(article=article, mentions=mentions, timexes=timexes, events=events)


def _score_spans(doc: Any, mentions: list[Mention]) -> None:
    """Each mention's share of the actor check's score: the parse is here, the check runs in resolution."""
    check = actor_check.load()
    if check is None:
        return
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            m.span_score = check.span_score(span)


# a stand-in publication day for reading which weekday or month and day would date an undated report's mentions:
# only the words are kept, so almost any day serves; the text's own latest full date is taken when it writes one,
# so that rules comparing a report's days with its publication day see a day of its own time. Mid-year, so that a
# month and day of the first months ("on January 26" read against a 1 January stand-in was a day ahead: a plan's)
# lies behind it
STAND_IN = date(2001, 7, 2)


def _keep_undated_words(doc: Any, article: Article, mentions: list[Mention], timexes, events) -> None:
    """Without a publication date "on Monday" or "on May 31" dates nothing; the same date rules run against a
    stand-in day say which of them would date which undated asserted news mention, and the mention keeps the
    words (``EventMention.undated_text``, in place) for its story to place in the week of its dated reports
    (``link/story_days.py``). A day the stand-in puts after itself is a plan's, and is not kept."""
    # (a recalled act only for a month and day: its story's week says the year, not the week: see _dated_recollection)
    waiting = {(e.trigger_start, e.type): e for e in events if e.date is None and e.mode == "asserted"}
    if not waiting:
        return
    full = [d for tx in timexes if tx.anchored and (d := _full_day(tx.value)) is not None]
    stand_in = _stand_in(max(full, default=None) or _paired_day(article.text) or STAND_IN, article.text)
    stand_in_timexes = extract_timexes(doc, article.id, stand_in)
    for em in extract_events(doc, article.id, copy.deepcopy(mentions), stand_in_timexes, stand_in.isoformat()):
        mine = waiting.get((em.trigger_start, em.type))
        if mine is not None and em.date_source == "published" and em.date == stand_in.isoformat() and \
                not mine.background:
            # the day's news the publication day would date: its story dates it by the day its dated reports
            # give the same act (link/story_days.py _day_of_the_same_act)
            mine.undated_text = REPORT_DAY
            continue
        words = (em.date_text or "").strip()
        if mine is None or em.date_source != "timex" or not placeable(words) or \
                _full_day(em.date) is None or _full_day(em.date) > stand_in or \
                mine.background and not MONTH_DAY_WORDS.fullmatch(words):
            continue
        mine.undated_text = words


def _keep_the_next_weekday(text: str, anchor: date, events) -> None:
    """"Orban met with Xi Jinping in Beijing Monday" on a page dated Sunday: the weekday after the publication day
    dates nothing here (``timex._weekday_date``: a time zone behind, or a week back); an undated asserted news
    mention whose sentence names that weekday, and no other, keeps the word (``undated_text``, in place) for its
    story to place when a dated report of the story was published on that day (``link/story_days.py``)."""
    following = WEEKDAYS[(anchor.weekday() + 1) % 7]
    for e in events:
        if e.date is not None or e.background or e.mode != "asserted" or e.undated_text:
            continue
        named = {w.lower() for w in WEEKDAY_NAMES.findall(text, e.sentence_start, e.sentence_end)}
        if named == {following}:
            e.undated_text = following.capitalize()


def _paired_day(text: str) -> date | None:
    """The day a weekday written with its month and day names ("On Tuesday (January 26)") in the first year
    from 2001 where they agree: against a stand-in of another year the two disagree and date nothing."""
    m = WEEKDAY_MONTH_DAY.search(text)
    month = month_number(m["m1"] or m["m2"]) if m else None
    if m is None or month is None:
        return None
    for year in range(2001, 2029):
        try:
            day = date(year, month, int(m["d1"] or m["d2"]))
        except ValueError:
            continue  # 29 February of a common year
        if day.weekday() == WEEKDAYS.index(m["wd"].lower()):
            return day
    return None


def _stand_in(day: date, text: str) -> date:
    """``day``, or the first day after it whose next weekday the text does not name: a report's weekday that is
    the day after its publication day dates nothing (``timex._weekday_date``: undecidable for a real report), so
    a stand-in Monday would have kept no "on Tuesday"."""
    named = {m.lower() for m in WEEKDAY_NAMES.findall(text)}
    for k in range(7):
        candidate = day + timedelta(days=k)
        if WEEKDAYS[(candidate.weekday() + 1) % 7] not in named:
            return candidate
    return day


def _full_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def analyse(article: Article, nlp: Any) -> Analysis:
    return analyse_doc(article, nlp(article.text))
