"""Dates for the undated reports of a story: a weekday or a month and day their own words give, placed in the
week their story's dated reports were published in.

A report with no publication date (about two in five of the pages our held-out sets gather: no metadata, no date
in the text or the URL) cannot turn "on Monday" or "on May 31" into a day by itself; the extractor leaves such
mentions undated (GUIDELINES ``date``: null when the document states no date) but keeps the words that would
date them (``EventMention.undated_text``, set in ``nlp/analyse.py`` by the same date rules run against a stand-in
day). Its story's other reports were published on known days: when they all fall within ``STORY_DAY_SPAN``
days and the undated report leads with a kind of news one of them leads with (linking may put a report of
another week in a story), the news is of that week: the weekday is the last one on or before the latest of those
days (not before the week ending at the earliest), the month and day the last such day on or before it within
``MONTH_DAY_REACH`` days (a month and day that falls on the story's report days, or the day before the first,
confirms itself and needs no same lead). Only asserted news mentions are dated so (a planned act's weekday looks
ahead, a recalled one is of another week), only from the reports' publication days (never from another guess), and the
date counts as a time expression's (``date_source`` "timex", ``date_text`` the words): it is the text's own
day, the story only saying which week. The day's news told with no time of its own, which a publication day
would date (``records.REPORT_DAY``), takes the one day the story's dated reports give the same act, as the
inference the publication day's is (``date_source`` "published"; ``_day_of_the_same_act``). A story whose dated reports span more than a few days, or that has none,
dates nothing. Hand-written: no library places a report's weekday by the publication days of other reports.

The analyses given are not changed: the story's mentions are adjusted copies, as in ``link/background.py``.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from dossier.link.background import BACKGROUND_DAYS, MIN_CONFIDENCE
from dossier.link.stories import _lead_end
from dossier.nlp.timex import MONTH_DAY_WORDS, WEEKDAY_MONTH_DAY_WORDS, WEEKDAY_WORDS
from dossier.records import NOT_DONE_MODES, REPORT_DAY, Analysis, EventMention
from dossier.timewords import WEEKDAYS, month_number

STORY_DAY_SPAN = 3  # days: the most the story's dated reports may spread over for their week to be the news's
MONTH_DAY_REACH = 45  # days: how far back a month and day with no year may lie from the latest report


def report_days(analyses: list[Analysis]) -> tuple[date, date] | None:
    """The earliest and latest publication day of the story's dated reports, when they lie close enough to
    name one week; else None."""
    days = sorted(d for an in analyses if (d := _day(an.article.published)) is not None)
    if not days or (days[-1] - days[0]).days > STORY_DAY_SPAN:
        return None
    return days[0], days[-1]


def place(words: str, days: tuple[date, date]) -> date | None:
    """The day ``words`` ("Monday", "late Tuesday", "May 31", "31st of May", "Tuesday (January 26)": its weekday
    must agree) name in the week of ``days``."""
    first, last = days
    words = words.strip()
    m = WEEKDAY_WORDS.fullmatch(words)
    if m:
        back = (last.weekday() - WEEKDAYS.index(m["wd"].lower())) % 7
        if back == 6:
            # the day after the latest report: six days back or a report of the next day ("Palestinian officials on
            # Tuesday condemned" the announcement its story's reports of Monday tell), undecidable as a
            # publication day's next weekday is (``timex._weekday_date``)
            return None
        day = last - timedelta(days=back)
        return day if day >= first - timedelta(days=6) else None
    m = WEEKDAY_MONTH_DAY_WORDS.fullmatch(words)
    if m:
        day = place(m["md"], days)
        return day if day is not None and day.weekday() == WEEKDAYS.index(m["wd"].lower()) else None
    m = MONTH_DAY_WORDS.fullmatch(words)
    if m:
        month = month_number(m["m1"] or m["m2"])
        if month is None:
            return None
        for year in (last.year, last.year - 1):
            try:
                day = date(year, month, int(m["d1"] or m["d2"]))
            except ValueError:
                return None
            if day <= last:
                return day if (last - day).days <= MONTH_DAY_REACH else None
    return None


def date_by_the_story(analyses: list[Analysis]) -> list[Analysis]:
    """The story's analyses, with the undated reports' asserted news mentions dated by their own weekday or
    month and day in the week of the story's dated reports, and a dated report's weekday of the day after its page
    (``_next_day_placed``) (copies; the analyses given are not changed)."""
    if not any(_waiting(em) for an in analyses for em in an.events):
        return analyses
    days = report_days(analyses)
    if days is None:
        return analyses
    kinds = {KIND_OF_NEWS.get(t, t) for an in analyses if an.article.published for t in _lead_types(an)} or \
        {KIND_OF_NEWS.get(t, t) for an in analyses if an.article.published for t in _lead_types(an, sure=False)}
    dated = [em for an in analyses if an.article.published for em in an.events
             if em.date and not em.background and em.mode == "asserted" and em.confidence >= MIN_CONFIDENCE]
    out = []
    for an in analyses:
        if an.article.published:
            out.append(_next_day_placed(an, days))
            continue
        if not any(_waiting(em) for em in an.events):
            out.append(an)
            continue
        if _url_month_elsewhere(an.article.url, days):
            out.append(an)  # its address names a month the story's week is not in: a report of another time
            continue
        if _later_year_named(an.article.text, days):
            out.append(an)  # it names a year after the story's week: linking joined it to a report of another time
            continue
        same_news = bool({KIND_OF_NEWS.get(t, t) for t in _lead_types(an)} & kinds)
        out.append(dataclasses.replace(an, events=[
            _day_of_the_same_act(em, days, dated) if _waiting(em) and em.undated_text == REPORT_DAY else
            _dated(em, days) if _waiting(em) and (same_news or _dated_recollection(em) or _on_report_days(em, days) or
                                                  _told_by_a_dated_report(em, days, dated)) else
            _recalled_month_and_day(em, days) if _waiting(em) else em
            for em in an.events]))
    return out


def _next_day_placed(an: Analysis, days: tuple[date, date]) -> Analysis:
    """A dated report's weekday that names the day after its publication day ("met with Xi in Beijing Monday" on a
    Sunday page: written a time zone behind) is that day when a dated report of the story was published on it."""
    pub = _day(an.article.published)
    if pub is None or not days[0] <= pub + timedelta(days=1) <= days[1]:
        return an
    events = [_dated(em, days) if _waiting(em) and WEEKDAY_WORDS.fullmatch(em.undated_text.strip()) and
              place(em.undated_text, days) == pub + timedelta(days=1) else em for em in an.events]
    return an if all(a is b for a, b in zip(events, an.events)) else dataclasses.replace(an, events=events)


def _day_of_the_same_act(em: EventMention, days: tuple[date, date], dated: list[EventMention]) -> EventMention:
    """The day's news of an undated report told with no time of its own ("Eight soldiers were killed by the
    blast") takes the day the story's dated reports give the same act (same type, a participant in common),
    when they all give it one day, within the story's report days or the day before: the inference its own
    publication day would have made, ``date_source`` "published" (never used to join or split events). The
    reports' days alone date nothing: a story reported two days after its news would date the news late."""
    ours = _participants(em)
    if not ours:
        return em
    found = {_day(d.date) for d in dated if d.type == em.type and d.date_end is None and
             _day(d.date) is not None and len(d.date or "") == 10 and ours & _participants(d)}
    if len(found) != 1:
        return em
    day = found.pop()
    if not days[0] - timedelta(days=1) <= day <= days[1]:
        return em
    return dataclasses.replace(em, date=day.isoformat(), date_end=None, date_source="published", date_text=None)


def _told_by_a_dated_report(em: EventMention, days: tuple[date, date], dated: list[EventMention]) -> bool:
    """A dated report of the story tells the same act on the very day the undated report's words place it in
    the story's week: same type, a participant in common, the day stated ("The Vice President met with
    Giammattei on Monday" in an undated report, "Harris met Giammattei on Monday" dated 7 June by a report of 7
    June). The undated report need not lead with the same kind of news (its lead may be remarks)."""
    day = place(em.undated_text or "", days)
    if day is None:
        return False
    ours = _participants(em)
    return bool(ours) and any(d.type == em.type and _day(d.date) == day and d.date_end is None and
                              d.date_source == "timex" and ours & _participants(d) for d in dated)


def _participants(em: EventMention) -> set[str]:
    return {ref.actor_id for ref in (*em.actors, *em.recipients) if ref.actor_id}


_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])(?:/|$)")


def _url_month_elsewhere(url: str | None, days: tuple[date, date]) -> bool:
    """The report's address names a year and month (".../2023/06/ukraine-dam-...", no day: no publication date)
    that neither the story's first nor its last report day falls in."""
    m = _URL_MONTH.search(url or "")
    if m is None:
        return False
    month = (int(m[1]), int(m[2]))
    return month not in {(days[0].year, days[0].month), (days[1].year, days[1].month)}


_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def _later_year_named(text: str, days: tuple[date, date]) -> bool:
    """The report names a year more than one after the story's last report day (a plan's next year is common;
    a report of 2023 that names the 2024 race is not of a story whose dated report is of 2019)."""
    return any(int(y) > days[1].year + 1 for y in _YEAR.findall(text or ""))


def _on_report_days(em: EventMention, days: tuple[date, date]) -> bool:
    """A month and day of the report's own words that falls on the day before the story's first dated report or
    within its reports' days ("On the morning of November 21, the Russians attacked Dnipro" in a story reported on
    21 November) confirms itself: the report need not lead with the same kind of news (its lead may be a speech)."""
    words = (em.undated_text or "").strip()
    if not (MONTH_DAY_WORDS.fullmatch(words) or WEEKDAY_MONTH_DAY_WORDS.fullmatch(words)):
        return False
    day = place(words, days)
    return day is not None and days[0] - timedelta(days=1) <= day <= days[1]


# the four kinds of news of the PLOVER/CAMEO quad classes: a report that leads with the clashes of a protest its
# story's dated report leads with as a protest tells the same news (verbal and material cooperation, verbal and
# material conflict)
KIND_OF_NEWS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "REQUEST"), "verbal cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT", "CONCEDE"), "material cooperation"),
    **dict.fromkeys(("ACCUSE", "REJECT", "THREATEN"), "verbal conflict"),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"), "material conflict"),
}


def _lead_types(an: Analysis, sure: bool = True) -> set[str]:
    """The kinds of news a report leads with: the types of the sure, news, non-hypothetical events of its first
    two sentences. An undated report is of its story's week only when it leads with a kind of news (``KIND_OF_NEWS``)
    a dated report of the story leads with: a report of talks a month before an invasion that linking put in the
    invasion's story is not (countries are not asked for: many leads name only one side; the type alone was too
    narrow: the clashes of a protest were led with as ASSAULT by one report and as PROTEST by another). When no
    dated report leads with a sure event, their leads' less sure events say which kind of news they lead with
    (``sure=False``): a lead of a minister's remarks and the strike "earlier in the day", both below
    ``MIN_CONFIDENCE``, still tell of a strike, and an undated report leading with the strike is of its week."""
    end = _lead_end(an.article.text)
    return {em.type for em in an.events if em.sentence_start < end and not em.background and
            (em.confidence >= MIN_CONFIDENCE or not sure) and em.mode not in NOT_DONE_MODES}


def _waiting(em: EventMention) -> bool:
    return em.undated_text is not None and em.date is None and em.mode == "asserted" and \
        (not em.background or _dated_recollection(em))


def _dated_recollection(em: EventMention) -> bool:
    """An act an undated report recalls with a month and day and no year ("Washington had already revoked his visa
    on 18 July"): the story's report days say the year (the last such day on or before its latest report, within
    ``MONTH_DAY_REACH`` days), as a dated report's own day would; its week is not the news's, so a weekday is
    never placed so."""
    return em.background and bool(MONTH_DAY_WORDS.fullmatch((em.undated_text or "").strip()))


def _recalled_month_and_day(em: EventMention, days: tuple[date, date]) -> EventMention:
    """A month and day of the report's own words more than ``BACKGROUND_DAYS`` before the story's first report day
    ("killed thirty French citizens in their attack on October 7" in an undated report of a visit on 24 October),
    whatever news the report leads with: an act recalled, background, its year the one the story's days give (a
    weekday needs the same news: it names a day of some week)."""
    if not MONTH_DAY_WORDS.fullmatch((em.undated_text or "").strip()):
        return em
    dated = _dated(em, days)
    if dated is em or (days[0] - date.fromisoformat(dated.date)).days <= BACKGROUND_DAYS:
        return em
    return dataclasses.replace(dated, background=True, recalled=True)


def _dated(em: EventMention, days: tuple[date, date]) -> EventMention:
    day = place(em.undated_text or "", days)
    if day is None:
        return em
    return dataclasses.replace(em, date=day.isoformat(), date_end=None, date_source="timex",
                               date_text=em.undated_text)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
