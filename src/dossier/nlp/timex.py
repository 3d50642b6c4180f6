"""Time expressions: rule-based detection and TIMEX3 normalisation (HeidelTime-style).

Method. Detection runs the regular-expression rules of ``data/timex_patterns.yaml``
over the text (dates, month-year, years, decades, quarters, fiscal years,
seasons, relative dates, ``N units ago``, durations, sets, clock times and
PRESENT_REF / PAST_REF / FUTURE_REF words), written to TimeML span conventions:
no leading preposition, determiners and modifiers ("the", "early", "late")
inside. Overlapping matches are resolved longest first. spaCy's DATE/TIME
entities are then added where no rule matched. Each span is normalised by
:func:`normalise` against the publication date; the tense of the governing
verb (:func:`tense`) decides whether an underspecified date ("Tuesday",
"June 3", "October") lies before or after it. Expressions that need an anchor
are dropped when the publication date is unknown, and unnormalisable spaCy
entities are dropped. A wire dateline's day a few days off the publication day
is the anchor instead (the report's words count from the day it was filed);
a deictic word in direct speech ("'Tonight, I ordered ...,' he said late
Thursday") counts from the day its reporting clause gives; "earlier/later
(on) Sunday" is the report's own day; "the day before" counts from the day
its sentence, or else the text before it, last stated. Normalisation is a list of rules, one per kind of
expression (clock times, parts of day, full dates, quarters, seasons, relative
dates, sets, durations, ...), asked in turn; month and weekday names come from
:mod:`dossier.timewords`, shared with publication dates.

Why hand-written: HeidelTime and SUTime are Java programs and there is no
pure-Python port on PyPI that runs offline; dateparser (used by the project)
parses absolute and simple relative dates but has no notion of TIMEX3 types,
granularity (2009-Q3, 2009-W13, PAST_REF, P3Y) or spans. The rules live in a
data file so that users can extend them without touching the code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from dossier.nlp.docview import doc_ents, doc_text, sentence_of
from dossier.nlp.prefilter import DIGIT, FoldedText, required, starts
from dossier.records import TimeExpr
from dossier.timewords import MONTH_PATTERN, WEEKDAY_PATTERN, WEEKDAYS
from dossier.timewords import month_number as _month

NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
           "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
           "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "a hundred": 100, "hundred": 100,
           "a couple of": 2}
VAGUE = ("several", "a few", "few", "many", "some")
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
UNIT_CODE = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W",
             "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def _num(word: str) -> int | None:
    w = word.lower().strip()
    if w.replace(".", "", 1).isdigit():
        return int(float(w))
    return NUMBERS.get(w)


def _shift_month(d: date, months: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + months
    return k // 12, k % 12 + 1


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _rel_unit(anchor: date, unit: str, offset: int) -> str | None:
    """The value of the calendar ``unit`` containing ``anchor``, moved by ``offset`` units."""
    if unit == "day":
        return (anchor + timedelta(days=offset)).isoformat()
    if unit == "week":
        return _week(anchor + timedelta(days=7 * offset))
    if unit == "weekend":
        y, w, _ = (anchor + timedelta(days=7 * offset)).isocalendar()
        return f"{y}-W{w:02d}-WE"
    if unit == "month":
        y, m = _shift_month(anchor, offset)
        return f"{y}-{m:02d}"
    if unit == "quarter":
        y, q = _quarter(anchor)
        k = y * 4 + q - 1 + offset
        return f"{k // 4}-Q{k % 4 + 1}"
    if unit == "year":
        return str(anchor.year + offset)
    if unit == "decade":
        return str(anchor.year // 10 + offset)[:3]
    if unit == "century":
        return str(anchor.year // 100 + offset)
    return None


def _month_day(mon: int, day: int, anchor: date, future: bool | None) -> date | None:
    year = anchor.year
    try:
        cand = date(year, mon, day)
    except ValueError:
        return None
    if future is None:
        # no tense signal: the nearest such date (news talks about the near past and future)
        alts = [cand]
        for y in (year - 1, year + 1):
            try:
                alts.append(date(y, mon, day))
            except ValueError:
                pass
        return min(alts, key=lambda c: abs((c - anchor).days))
    try:
        if not future and cand > anchor + timedelta(days=2):
            # past tense, but a date within the coming weeks is more often a deadline than last year
            if (cand - anchor).days > 45:
                cand = cand.replace(year=year - 1)
        elif future and cand < anchor - timedelta(days=2):
            cand = cand.replace(year=year + 1)
    except ValueError:
        return None
    return cand


def _weekday(wd: int, anchor: date, future: bool | None, ord_: str | None) -> date:
    if (future and ord_ != "last") or ord_ == "next":  # "last Sunday" is past whatever the verb's tense
        delta = (wd - anchor.weekday()) % 7
        if delta == 0 and ord_ == "next":
            delta = 7
        # a bare weekday naming the publication day is that day, whatever the tense: a preview ("Monday's
        # meeting will be ...") written for the morning paper, or a report filed the evening before in a time
        # zone behind; a week on is written "next Monday" or with its date
        return anchor + timedelta(days=delta)
    delta = (anchor.weekday() - wd) % 7
    if ord_ == "last" and delta == 0:
        delta = 7
    return anchor - timedelta(days=delta)


_MOD = re.compile(r"^(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later|mid|middle|end|start|beginning)"
                  r"(?:\s+of|-|\s+)\s*(?=\S)")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # a value of day granularity
NEXT = object()  # a rule's answer when the expression is not of its kind: the next rule is asked

def normalise(text: str, anchor: date | None, *, future: bool | None = False) -> tuple[str, str] | None:
    """(type, value) for a time expression, or None when it cannot be normalised.

    The expression is lower-cased and stripped of a leading preposition, then offered to each rule
    of ``_RULES`` in turn: the first that recognises its kind answers (a value, or None when that
    kind cannot be normalised here, e.g. a relative date without an anchor)."""
    t = _canonical(text)
    for rule in _RULES:
        out = rule(t, anchor, future)
        if out is not NEXT:
            return out
    return None


_SPACES = re.compile(r"\s+")
_POSSESSIVE_END = re.compile(r"\s+(?:'s|’s)$")
_COMMA = re.compile(r"\s*,\s*")
# "july, 22, 2014": a comma slipped between the month and its day
_COMMA_AFTER_MONTH = re.compile(r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?), (\d{1,2}), ")
_LEADING_PREPOSITION = re.compile(r"^(the|on|in|since|by|during|until|from|at|for|of)\s+")


def _canonical(text: str) -> str:
    t = _SPACES.sub(" ", text.lower().strip())
    t = _POSSESSIVE_END.sub("", t)
    t = _COMMA.sub(", ", t)
    t = _COMMA_AFTER_MONTH.sub(r"\1 \2, ", t)
    return _LEADING_PREPOSITION.sub("", t)


# ---- times of day

def _clock_time(t: str, anchor: date | None, future: bool | None):
    """Clock times, optionally with a day: "10 a.m.", "16:00 UTC today", "12:00 UTC Monday", "noon"."""
    m = re.fullmatch(r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ap>a\.m\.|p\.m\.|am|pm)?\s*(?P<tz>utc|gmt|z)?"
                     r"(?:,?\s*(?:on\s+)?(?P<rest>.+))?|(?P<word>noon|midnight)(?:,?\s*(?P<rest2>.+))?", t)
    if not (m and (m["mi"] or m["ap"] or m["word"])):
        return NEXT
    if m["word"]:
        h, mi = (12, 0) if m["word"] == "noon" else (24, 0)
        rest = m["rest2"]
    else:
        h, mi, rest = int(m["h"]), int(m["mi"] or 0), m["rest"]
        if m["ap"] and m["ap"][0] == "p" and h < 12:
            h += 12
        if m["ap"] and m["ap"][0] == "a" and h == 12:
            h = 0
        if h > 24:
            return None
    day = normalise(rest, anchor, future=future) if rest else (("DATE", anchor.isoformat()) if anchor else None)
    if day is None or not _DAY.fullmatch(day[1]):
        return None
    return "TIME", f"{day[1]}T{h:02d}:{mi:02d}" + ("Z" if m["tz"] else "")


def _part_of_day(t: str, anchor: date | None, future: bool | None):
    """"Friday morning", "this morning", "tonight", "yesterday evening"."""
    if t == "tonight" and anchor:
        return "TIME", f"{anchor.isoformat()}TNI"
    m = re.fullmatch(r"(?P<d>.+?)\s+(?P<p>morning|afternoon|evening|night)", t)
    if not (m and anchor):
        return NEXT
    d = m["d"]
    if d in ("this", "earlier this", "later this", "early this", "late this"):
        d = "today"
    elif d == "last" and m["p"] in ("night", "evening"):
        d = "yesterday"
    day = normalise(d, anchor, future=future)
    if day and _DAY.fullmatch(day[1]):
        return "TIME", f"{day[1]}T{PARTS[m['p']]}"
    return None


# ---- calendar dates stated in full or in part

def _weekday_date(t: str, anchor: date | None, future: bool | None):
    """"Tuesday, June 2, 2009" (the weekday adds nothing to a full date); "Tuesday", "next Friday"."""
    m = re.fullmatch(rf"(?:{WEEKDAY_PATTERN}),? (?P<rest>.*\d.*)", t)
    if m:
        return normalise(m["rest"], anchor, future=future)
    m = re.fullmatch(rf"(?:(?P<ord>last|next|this|this coming|this past|early|late)\s+)?(?P<wd>{WEEKDAY_PATTERN})", t)
    if not m:
        return NEXT
    if not anchor:
        return None
    ord_ = {"this coming": "next", "this past": "last"}.get(m["ord"], m["ord"])
    wd = WEEKDAYS.index(m["wd"])
    if ord_ in ("early", "late") and wd == anchor.weekday():
        return "DATE", anchor.isoformat()  # "late Sunday" in a report of that Sunday: that day, not a week on
    if ord_ in (None, "early", "late") and not future and (anchor.weekday() - wd) % 7 == 6:
        # the day after the publication day: news names the last few days by their weekday, so this is
        # rarely six days back; it is the next day where the report is dated in a time zone behind the
        # place it reports from ("Wednesday morning (local time)" in a report dated Tuesday): undecidable
        return None
    return "DATE", _weekday(wd, anchor, future, ord_).isoformat()


def _iso_and_years(t: str, anchor: date | None, future: bool | None):
    """"2009-06-02", "2009", "the 1950-53 war" (a span of years: its first year plus end_value)."""
    if re.fullmatch(r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)", t):
        return "DATE", t
    if re.fullmatch(r"(1[89]|20)\d{2}", t):
        return "DATE", t
    m = re.fullmatch(r"(?P<a>(1[89]|20)\d{2})\s*[-–/]\s*(?P<b>\d{2,4})", t)
    if m:
        return "DATE", f"{m['a']}|{m['b'] if len(m['b']) == 4 else m['a'][:2] + m['b']}"
    return NEXT


def _day_range(t: str, anchor: date | None, future: bool | None):
    """"June 3-5", "between May 30 and June 2, 2009": both ends normalised."""
    m = re.fullmatch(r"(?:from\s+|between\s+)?(?P<mon>[a-z]+)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|through)\s*"
                     r"(?:(?P<mon2>[a-z]+)\.?\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>(19|20)\d{2}))?", t)
    if not (m and _month(m["mon"]) and (not m["mon2"] or _month(m["mon2"]))):
        return NEXT
    year = f", {m['y']}" if m["y"] else ""
    first = normalise(f"{m['mon']} {m['d1']}" + year, anchor, future=future)
    last = normalise(f"{m['mon2'] or m['mon']} {m['d2']}" + year, anchor, future=future)
    if first and last:
        return "DATE", f"{first[1]}|{last[1]}"
    return NEXT


def _month_year_and_full_date(t: str, anchor: date | None, future: bool | None):
    """"June 2009", "June of 2009"; "June 2, 2009", "2 June 2009"."""
    m = re.fullmatch(r"(?P<mon>[a-z]+)\.?,?\s+(?:of\s+)?(?P<y>(1[89]|20)\d{2})", t)
    if m and _month(m["mon"]):
        return "DATE", f"{m['y']}-{_month(m['mon']):02d}"
    m = re.fullmatch(r"(?P<mon>[a-z]+)\.?\s+(?P<d>\d{1,2})(st|nd|rd|th)?,?\s+(?P<y>(1[89]|20)\d{2})", t) or \
        re.fullmatch(r"(?P<d>\d{1,2})(st|nd|rd|th)?\s+(?P<mon>[a-z]+)\.?,?\s+(?P<y>(1[89]|20)\d{2})", t)
    if not (m and _month(m["mon"])):
        return NEXT
    try:
        return "DATE", date(int(m["y"]), _month(m["mon"]), int(m["d"])).isoformat()
    except ValueError:
        return None


# ---- feasts of a fixed day ("Christmas Day in 2015", "on New Year's Eve"); Easter moves and is left unplaced

_FEASTS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
           "new year's eve": (12, 31), "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31),
           "bastille day": (7, 14)}
_FEAST = re.compile(r"(?P<h>christmas(?: day| eve)?|new year'?s? (?:day|eve)|boxing day|valentine'?s day|halloween|"
                    r"bastille day|thanksgiving(?: day)?|easter)(?:,? (?:in |of )?(?P<y>(?:1[89]|20)\d{2}))?")


def _thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)  # the fourth Thursday of November


def _holiday(t: str, anchor: date | None, future: bool | None):
    m = _FEAST.fullmatch(t.replace("’", "'"))
    if m is None:
        return NEXT
    name = re.sub(r"new year'?s?", "new year's", re.sub(r"valentine'?s", "valentine's", m["h"]))
    if name == "easter":
        return None
    if m["y"]:
        year = int(m["y"])
        day = _thanksgiving(year) if name.startswith("thanksgiving") else date(year, *_FEASTS[name])
        return "DATE", day.isoformat()
    if anchor is None:
        return None
    if name.startswith("thanksgiving"):
        day = _thanksgiving(anchor.year)
        if day > anchor and not future:
            day = _thanksgiving(anchor.year - 1)
        elif day < anchor and future:
            day = _thanksgiving(anchor.year + 1)
        return "DATE", day.isoformat()
    cand = _month_day(*_FEASTS[name], anchor, future)
    return ("DATE", cand.isoformat()) if cand else None


# ---- coarser calendar units: decades, fiscal years, quarters and halves, seasons

def _decade(t: str, anchor: date | None, future: bool | None):
    """"the 1990s", "the '80s", "70s"."""
    m = re.fullmatch(r"(?:(?:early|mid|late)[- ]?)?(?P<c>1[89]|20)?'?(?P<d>\d)0'?s", t)
    if not m:
        return NEXT
    century = m["c"] or ("19" if anchor is None or int(m["d"]) > anchor.year % 100 // 10 else "20")
    return "DATE", f"{century}{m['d']}"


def _fiscal_year(t: str, anchor: date | None, future: bool | None):
    m = re.fullmatch(r"(?:fiscal|financial)(?: year)?,? (?P<y>(19|20)\d{2})", t)
    if m:
        return "DATE", f"FY{m['y']}"
    m = re.fullmatch(r"(?:very )?(?:(?:end|start|beginning) of the )?(?:fiscal|financial) year", t)
    if m and anchor:
        return "DATE", f"FY{anchor.year}"
    return NEXT


def _quarter_of_year(t: str, anchor: date | None, future: bool | None):
    """"the second quarter (of 2009 / of last year)", "Q3 2009", "last quarter", "the first half of 2009"."""
    m = re.fullmatch(r"(?P<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter"
                     r"(?: (?:of )?(?P<y>(?:19|20)\d{2}|this year|last year|next year|the current year|the previous year|the last year))?"
                     r"|q(?P<q>[1-4])(?: (?P<y2>(?:19|20)\d{2}))?", t)
    if m:
        q = int(m["q"]) if m["q"] else (4 if m["o"] in ("final", "last") and m["y"] else ORDINALS.get(m["o"]))
        ytxt = m["y"] or m["y2"]
        if ytxt and ytxt[0].isdigit():
            year = int(ytxt)
        elif anchor is None:
            return None
        elif ytxt:
            year = anchor.year + (1 if "next" in ytxt else -1 if ("last" in ytxt or "previous" in ytxt) else 0)
        elif q is None:  # "the last quarter": the one before the current
            return "DATE", _rel_unit(anchor, "quarter", -1)
        else:
            year = anchor.year
            if q > _quarter(anchor)[1] and future is False:
                year -= 1
        return "DATE", f"{year}-Q{q}"
    m = re.fullmatch(r"(?P<r>last|this|next|current|previous|past|coming|same) quarter", t)
    if m and anchor:
        offset = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(m["r"], 0)
        return "DATE", _rel_unit(anchor, "quarter", offset)
    m = re.fullmatch(r"(?P<h>first|second|1st|2nd) half(?: of (?P<y>(?:19|20)\d{2}|this year|last year|next year|the year))?", t)
    if not m:
        return NEXT
    h = 1 if m["h"] in ("first", "1st") else 2
    if m["y"] and m["y"][0].isdigit():
        return "DATE", f"{m['y']}-H{h}"
    if anchor is None:
        return None
    y = anchor.year + (1 if m["y"] and "next" in m["y"] else -1 if m["y"] and "last" in m["y"] else 0)
    return "DATE", f"{y}-H{h}"


def _season(t: str, anchor: date | None, future: bool | None):
    """"summer 2009", "last winter", "the spring" (in the past tense: this year's if it has begun)."""
    m = re.fullmatch(r"(?:(?P<r>this|last|next|early|late|mid)[- ])?(?P<s>spring|summer|autumn|fall|winter)"
                     r"(?: (?:of )?(?P<y>(?:19|20)\d{2}|this year|last year|next year))?", t)
    if not m:
        return NEXT
    code = SEASONS[m["s"]]
    if m["y"] and m["y"][0].isdigit():
        return "DATE", f"{m['y']}-{code}"
    if anchor is None:
        return None
    y = anchor.year
    rel = m["r"] or (m["y"] or "").split(" ")[0] or None
    if rel in ("last",):
        y -= 1
    elif rel == "next":
        y += 1
    elif rel is None and future is False and SEASONS[m["s"]] != "WI":
        start = {"SP": 3, "SU": 6, "FA": 9}[code]
        if anchor.month < start:
            y -= 1
    return "DATE", f"{y}-{code}"


def _modified(t: str, anchor: date | None, future: bool | None):
    """Modifiers that keep the granularity of what they modify (MEANTIME: "early 2009" -> 2009)."""
    m = _MOD.match(t)
    if not (m and t[m.end():] not in ("", "today", "tonight")):
        return NEXT
    rest = t[m.end():]
    if re.match(r"(?:the\s+)?(?:very\s+)?(?:earlier|later)\s+on\s+", t):
        rest = re.sub(r"^on\s+", "", rest)  # "earlier on Sunday", "later on Sunday": as "earlier Sunday"
    # "planned to speak later Sunday" in a report of that Sunday: later (or earlier) the same day, not a week on
    # (nor back): a week away would be "next Sunday" or "last Sunday"
    if anchor is not None and rest in WEEKDAYS and WEEKDAYS.index(rest) == anchor.weekday() and \
            re.match(r"(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later)\b", t):
        return "DATE", anchor.isoformat()
    # "earlier Sunday" / "later on Sunday" place something in the day the report is written from: that weekday is
    # the day it was filed, at most the day before a page dated the next day (a wire report of Sunday evening
    # posted on Monday), never a week on
    if anchor is not None and rest in WEEKDAYS and (anchor.weekday() - WEEKDAYS.index(rest)) % 7 == 1 and \
            re.match(r"(?:the\s+)?(?:very\s+)?(?:earlier|later)\b", t):
        return "DATE", (anchor - timedelta(days=1)).isoformat()
    if rest in WEEKDAYS and t.startswith("earlier"):
        future = False  # "earlier Saturday": before the report, whatever the verb's tense
    if rest.startswith("the ") and rest[4:] in ("year", "month", "week", "decade"):
        rest = "this " + rest[4:]
    return normalise(rest, anchor, future=future)


# ---- dates relative to the anchor

def _units_from_anchor(t: str, anchor: date | None, future: bool | None):
    """"three weeks ago", "two years from now", "the previous month", "the week before"."""
    m = re.fullmatch(r"(?:about |some |nearly |almost |more than )?(?P<n>[\w ]+?)[- ](?P<u>day|week|month|quarter|year|decade)s? (?P<dir>ago|from now|hence)", t)
    if m and anchor:
        n = _num(m["n"])
        if n is None:
            return None
        return "DATE", _rel_unit(anchor, m["u"], -n if m["dir"] == "ago" else n)
    m = re.fullmatch(r"(?:previous|prior|preceding) (?P<u>day|week|month|year)|(?P<u2>day|week|month|year) (?:before|previous)", t)
    if m and anchor:
        return "DATE", _rel_unit(anchor, m["u"] or m["u2"], -1)
    return NEXT


def _week_of_month(t: str, anchor: date | None, future: bool | None):
    """"the first week of March (2009)", "the last week of June"; "the same month last year"."""
    m = re.fullmatch(r"(?P<o>first|second|third|fourth|last|final) week of (?P<mon>[a-z]+)(?:,? (?P<y>(?:19|20)\d{2}))?", t)
    if m and _month(m["mon"]) and (m["y"] or anchor):
        mon = _month(m["mon"])
        year = int(m["y"]) if m["y"] else (anchor.year if mon <= anchor.month or future else anchor.year - 1)
        if m["o"] in ("last", "final"):
            ref = date(year + (mon == 12), mon % 12 + 1, 1) - timedelta(days=4)
        else:
            ref = date(year, mon, 4) + timedelta(days=7 * (ORDINALS[m["o"]] - 1))
        return "DATE", _week(ref)
    m = re.fullmatch(r"same (?P<u>month|week|day|quarter) (?:a year ago|last year)", t)
    if m and anchor:
        prev = anchor.replace(year=anchor.year - 1) if not (anchor.month == 2 and anchor.day == 29) \
            else anchor - timedelta(days=366)
        return "DATE", _rel_unit(prev, m["u"], 0)
    return NEXT


def _today(t: str, anchor: date | None, future: bool | None):
    """"today", "yesterday", "tomorrow", "earlier today"."""
    if anchor is not None:
        m = re.fullmatch(r"(?P<r>earlier |later |early |late )?(?P<d>today|yesterday|tomorrow|this day)", t)
        if m:
            off = {"yesterday": -1, "tomorrow": 1}.get(m["d"], 0)
            return "DATE", (anchor + timedelta(days=off)).isoformat()
    return NEXT


def _without_anchor(t: str, anchor: date | None, future: bool | None):
    """Without an anchor only a plain duration ("three years") can still be normalised: the rules after
    this one all need it."""
    if anchor is not None:
        return NEXT
    m = re.fullmatch(r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?P<u>day|week|month|year)s?(-long)?", t)
    if m:
        return "DURATION", f"P{_num(m['n'])}{m['u'][0].upper()}"
    return None


_REFS = {**dict.fromkeys(("now", "currently", "current", "the present", "at present", "present"), "PRESENT_REF"),
         **dict.fromkeys(("recently", "recent", "in the past", "the past", "past", "previously"), "PAST_REF"),
         **dict.fromkeys(("future", "the future", "soon"), "FUTURE_REF")}


def _reference(t: str, anchor: date | None, future: bool | None):
    """"now", "recently", "soon": PRESENT_REF, PAST_REF, FUTURE_REF."""
    return ("DATE", _REFS[t]) if t in _REFS else NEXT


_SET_WORDS = {"annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "every year": "P1Y", "each year": "P1Y",
              "weekly": "P1W", "every week": "P1W", "each week": "P1W", "daily": "P1D", "every day": "P1D",
              "each day": "P1D", "nightly": "P1D", "monthly": "P1M", "quarterly": "P3M", "hourly": "PT1H",
              "biannual": "P6M", "semiannual": "P6M"}


def _set(t: str, anchor: date | None, future: bool | None):
    """Recurrences: "every two weeks", "each Monday", "twice a year", "annually"."""
    m = re.fullmatch(r"(?:every|each|per) (?:(?P<n>[\w ]+?) )?(?P<u>second|minute|hour|day|night|week|month|quarter|year|decade)s?", t)
    if m:
        n = _num(m["n"]) if m["n"] else 1
        code = UNIT_CODE[m["u"]]
        return "SET", f"P{'T' if code.startswith('T') else ''}{n or 'X'}{code[-1] if code.startswith('T') else code}"
    m = re.fullmatch(rf"(?:every|each) (?P<wd>{WEEKDAY_PATTERN})s?", t)
    if m:
        return "SET", f"XXXX-WXX-{WEEKDAYS.index(m['wd']) + 1}"
    m = re.fullmatch(r"(?:once|twice|[a-z]+ times) (?:a|per) (?P<u>day|week|month|year)", t)
    if m:
        return "SET", f"P1{UNIT_CODE[m['u']]}"
    return ("SET", _SET_WORDS[t]) if t in _SET_WORDS else NEXT


def _relative_named(t: str, anchor: date, future: bool | None):
    """"this weekend", "last year", "earlier this month", "next week", "this past decade"."""
    if t in ("this weekend", "the weekend", "weekend"):
        return "DATE", _rel_unit(anchor, "weekend", _weekend_offset(anchor, future))
    if t in ("previous year", "the previous year", "the year before", "the prior year", "year previous"):
        return "DATE", str(anchor.year - 1)
    m = re.fullmatch(r"(early|mid|late)[- ](?P<y>(19|20)\d{2})", t)
    if m:
        return "DATE", m["y"]
    if t in ("last year", "a year ago", "late last year", "early last year", "earlier last year", "last year's"):
        return "DATE", str(anchor.year - 1)
    if t in ("this year", "earlier this year", "later this year", "this year's", "the year"):
        return "DATE", str(anchor.year)
    if t == "next year":
        return "DATE", str(anchor.year + 1)
    if t in ("this month", "earlier this month", "later this month"):
        return "DATE", f"{anchor.year}-{anchor.month:02d}"
    if t == "last month":
        prev = anchor.replace(day=1) - timedelta(days=1)
        return "DATE", f"{prev.year}-{prev.month:02d}"
    if t == "next month":
        nxt = (anchor.replace(day=28) + timedelta(days=4)).replace(day=1)
        return "DATE", f"{nxt.year}-{nxt.month:02d}"
    if t in ("last week", "a week ago", "this past week", "the past week"):
        return "DATE", _week(anchor - timedelta(days=7))
    if t in ("this week", "this coming week", "the coming week", "next week"):
        ref = anchor + timedelta(days=7 if "next" in t or "coming" in t else 0)
        return "DATE", _week(ref)
    m = re.fullmatch(r"(?P<r>this|last|next|this coming|this past) (?P<u>weekend|decade|century)", t)
    if m:
        offset = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(m["r"], 0)
        return "DATE", _rel_unit(anchor, m["u"], offset)
    return NEXT


def _weekend_offset(anchor: date, future: bool | None) -> int:
    """Which weekend "the weekend" / "this weekend" is, in weeks from the anchor's: told in the past ("protests
    continued over the weekend") the last one begun by the anchor (a report of Monday tells the Saturday and
    Sunday just gone), in the future or a present the next one (the anchor's own on a Saturday or Sunday). A
    tense the verb does not give reads as the past only in a report of Monday, the day after a weekend."""
    if anchor.weekday() >= 5:
        return 0
    if future is False or (future is None and anchor.weekday() == 0):
        return -1
    return 0


def _overnight(t: str, anchor: date | None, future: bool | None):
    """"overnight": the night before the anchor's day, the evening of the day before to the morning of the day
    (a report's "strikes overnight killed 11"); told in the future, the night after it. A range of two days."""
    if t != "overnight":
        return NEXT
    if anchor is None:
        return None
    first = anchor if future else anchor - timedelta(days=1)
    return "DATE", f"{first.isoformat()}|{(first + timedelta(days=1)).isoformat()}"


def _underspecified(t: str, anchor: date, future: bool | None):
    """A month and day, or a month, without a year: placed before or after the anchor by the tense."""
    m = re.fullmatch(r"(?:(?P<mon>[a-z]+)\.? (?P<d>\d{1,2})(st|nd|rd|th)?|(?P<d2>\d{1,2})(st|nd|rd|th)? (?P<mon2>[a-z]+)\.?)"
                     r"(?:,? (?:of )?(?P<r>this|last|next) year)?", t)
    if m and _month(m["mon"] or m["mon2"]):
        mon, day = _month(m["mon"] or m["mon2"]), int(m["d"] or m["d2"])
        if m["r"]:  # "March 3 last year": the year named relative to the anchor's, whatever the tense
            try:
                return "DATE", date(anchor.year + {"this": 0, "last": -1, "next": 1}[m["r"]], mon, day).isoformat()
            except ValueError:
                return None
        cand = _month_day(mon, day, anchor, future)
        return ("DATE", cand.isoformat()) if cand else None
    m = re.fullmatch(r"(?P<mon>[a-z]+)(?: (?:of )?(?P<r>this|last|next) year)?", t)
    if not (m and _month(m["mon"]) and len(m["mon"]) >= 3):
        return NEXT
    mon = _month(m["mon"])
    if m["r"]:
        return "DATE", f"{anchor.year + {'this': 0, 'last': -1, 'next': 1}[m['r']]}-{mon:02d}"
    year = anchor.year if (mon <= anchor.month or future or (future is None and mon - anchor.month <= 3)) \
        else anchor.year - 1
    return "DATE", f"{year}-{mon:02d}"


# ---- durations

_AMOUNT = (r"(?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
           r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a hundred|several|a few|"
           r"a couple of|few|many)")


def _duration(t: str, anchor: date | None, future: bool | None):
    """"three years", "the past 18 months", "years", "decades-long", "the past decade"."""
    m = re.fullmatch(r"(?:(?:past|last|next|coming|previous|first|final|following) )?(?:about |some |nearly |almost )?"
                     + _AMOUNT + r"[- ](?P<u>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century)s?(?:-long|-old)?", t)
    if m:
        n = _num(m["n"])
        code = UNIT_CODE[m["u"]]
        if code == "Q":
            n, code = (n * 3 if n else None), "M"
        if code == "DE":
            n, code = (n * 10 if n else None), "Y"
        if code == "CE":
            n, code = (n * 100 if n else None), "Y"
        if code == "WE":
            code = "W"
        amount = "X" if n is None else str(n)
        return "DURATION", (f"PT{amount}{code[1]}" if code.startswith("T") else f"P{amount}{code}")
    m = re.fullmatch(r"(?:(?:the )?(?:past|last|next|coming) )?(?:recent )?(?P<u>year|month|week|day|decade|centurie)s(?:-long)?", t)
    if m:
        if m["u"] == "decade":  # MEANTIME writes PXD for "decades", PXY for "decades-long"
            return "DURATION", "PXY" if t.endswith("-long") else "PXD"
        return "DURATION", f"PX{UNIT_CODE[m['u']] if m['u'] in ('year', 'month', 'week', 'day') else 'Y'}"
    if t in ("past decade", "last decade", "a decade", "next decade", "decade", "the past decade", "coming decade"):
        return "DURATION", "P10Y"
    m = re.fullmatch(r"(?:past|last|next|coming|previous) (?P<u>year|month|week|century)", t)
    if m:
        return "DURATION", {"year": "P1Y", "month": "P1M", "week": "P1W", "century": "P100Y"}[m["u"]]
    return NEXT


# in this order: a rule may rely on the ones before it not having matched (every rule after
# _without_anchor has an anchor)
_RULES = (
    _clock_time, _part_of_day, _weekday_date, _iso_and_years, _day_range, _month_year_and_full_date, _holiday, _decade,
    _fiscal_year, _quarter_of_year, _season, _modified, _units_from_anchor, _week_of_month, _today,
    _overnight, _without_anchor, _reference, _set, _relative_named, _underspecified, _duration,
)


FUTURE_AUX = {"will", "shall", "'ll", "wo", "should", "may", "might", "must", "would", "ca", "can"}


def tense(span) -> bool | None:
    """True (future), False (past) or None, from the verb governing a time expression.

    Looking at the governing verb rather than the whole sentence keeps "said on Friday that it
    will ..." in the past.
    """
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    kids = list(tok.children)
    governor = _first_to_do(tok, kids)
    if governor is not None:
        tok, kids = governor, list(governor.children)
    # a perfect infinitive looks back: "appear to have been carried out on Tuesday" is a past Tuesday
    if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and \
            any(c.dep_ == "aux" and c.lower_ == "have" for c in kids):
        return False
    if _purpose_of_a_past_act(tok, kids):
        return False
    # (a modal is an auxiliary: "Theresa May arrived on Wednesday" has a subject spelt "May", no "may")
    if any(c.lower_ in FUTURE_AUX and c.dep_ in ("aux", "auxpass") or (c.lower_ == "to" and c.dep_ == "aux")
           for c in kids):
        return True
    if tok.lower_ in FUTURE_AUX and tok.tag_ == "MD":
        return True
    if tok.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in kids if c.dep_ in ("aux", "auxpass")):
        return False
    if tok.lemma_ in ("plan", "schedule", "expect", "due"):
        return True
    return None


# nouns whose infinitive tells what is to come ("plans to meet on Friday", "an agreement to hold talks on Monday")
PLANNING_NOUNS = frozenset({"plan", "proposal", "agreement", "deal", "decision", "intention", "readiness", "commitment",
                            "promise", "pledge", "offer", "invitation", "bid", "attempt", "effort", "request", "call",
                            "order", "permission", "approval", "date", "deadline", "opportunity", "chance", "way",
                            "time", "need", "right", "power", "authority", "mandate", "motion", "vote", "resolution"})


def _purpose_of_a_past_act(tok, kids) -> bool:
    """"Police fired tear gas to disperse the crowd on Friday": the time a purpose infinitive carries, where the
    past act it explains names no time of its own, is that act's, so it looks back. Not an infinitive a verb
    of planning or agreeing takes ("agreed to meet on Friday": xcomp, ahead), nor one beside a past act with its
    own time ("left on Monday to attend a summit on Friday")."""
    if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return False
    head = tok.head
    if tok.dep_ in ("relcl", "acl") and head.dep_ == "dobj" and head.lemma_.lower() not in PLANNING_NOUNS:
        # "pledged new measures to help Ukraine on Friday": the purpose of a thing a past act gave (not a plan's
        # infinitive: "announced plans to meet on Friday" looks ahead)
        tok, head = head, head.head
    elif tok.dep_ != "advcl":
        return False
    if head.tag_ != "VBD" and not (head.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children)):
        return False  # ("were deployed to guard the border on Friday": a past passive too)
    own = {t.i for t in tok.subtree}
    return not any(t.ent_type_ in ("DATE", "TIME") for t in head.subtree if t.i not in own)


_RANKING = {"first", "second", "third", "last", "only", "latest", "lone", "sole", "fourth", "fifth"}


def _first_to_do(tok, kids):
    """"became the first sitting US president to visit Myanmar on Monday": an infinitive that says what made
    someone the first (last, only) one is no plan; it happened when the clause that ranks them did, so its
    time takes that clause's tense ("will be the first leader to visit Kyiv on Monday" stays future). The
    verb of that clause, or None when ``tok`` is no such infinitive (parsers hang it on the noun or the verb)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return None
    head = tok.head
    ranked = [head] if head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") else \
        [c for c in head.children if c.dep_ in ("attr", "dobj", "nsubj", "acomp") and c.i < tok.i]
    for noun in ranked:
        if noun.lower_ in _RANKING or any(c.dep_ == "amod" and c.lower_ in _RANKING for c in noun.children):
            verb = noun.head if noun is head else head
            return verb if verb.pos_ in ("VERB", "AUX") and verb is not tok else None
    return None


# ---- detection rules (data/timex_patterns.yaml)

def _guard_year(doc, start: int, end: int) -> bool:
    """A four-digit number is a year unless it counts things ("2000 jobs", "$2008", "1900 hours")."""
    before = doc_text(doc)[max(0, start - 4):start]
    if re.search(r"[$€£#]\s*$|\d[.,]?\s*$", before):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.tag_ == "NNS" or nxt.lower_ in ("percent", "%", "km", "miles", "hours", "people",
                                                                 "units", "feet", "metres", "meters")):
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in ("number", "no.", "flight", "model", "route", "a", "an", "about", "some",
                                            "nearly", "over", "than"):
        return False
    return True


def _guard_bare_units(doc, start: int, end: int) -> bool:
    """"years" / "decades" alone are durations only after a duration signal ("for years", "in recent years")."""
    text = doc_text(doc)[start:end].lower()
    if " " in text or "-" in text:
        return True
    before = doc_text(doc)[max(0, start - 20):start].lower().split()
    return bool(before) and before[-1] in ("for", "over", "within", "after", "took", "take", "takes", "spent", "been")


def _guard_duration(doc, start: int, end: int) -> bool:
    """"a quarter" of something is a fraction, not three months."""
    return not re.fullmatch(r"(?:about |nearly |almost |some )?(?:a|an|one) quarter", doc_text(doc)[start:end].lower())


def _guard_overnight(doc, start: int, end: int) -> bool:
    """"overnight" tells a time as an adverb ("strikes overnight killed 11", "was shelled overnight"), not as the
    modifier of a noun ("an overnight curfew", "overnight stays": a kind of thing, no night named)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.pos_ in ("DET", "PRON") or prev is not None and prev.tag_ in ("PRP$", "POS"):
        return False
    return not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ") and tok.dep_ in ("amod", "compound", "nmod"))


def _guard_the_weekend(doc, start: int, end: int) -> bool:
    """"the weekend" alone names a weekend as an adverbial ("over the weekend", "during the weekend", "at the
    weekend", "the weekend saw"), not as part of a longer name ("the weekend edition", "the weekend's talks" stay
    count only after a preposition)."""
    text = doc_text(doc)
    before = text[max(0, start - 12):start].lower()
    if not re.search(r"\b(?:over|during|at|on|in|through|throughout|across|since|until|by|for)\s+$", before) or \
            re.match(r"(?:'s|’s)", text[end:end + 2]):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or span[-1].dep_ not in ("compound", "amod", "nmod")


_NOT_A_NAME_WORD = frozenset({"in", "on", "by", "since", "until", "till", "from", "before", "after", "during",
                              "through", "early", "late", "mid", "last", "next", "this", "every", "each", "of",
                              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _guard_month(doc, start: int, end: int) -> bool:
    """A month name alone is no month inside a name: "the People's March", "the Great March of Return", "the
    Long March" (after a capitalised word that is not its sentence's first, nor a preposition or a time word)."""
    text = doc_text(doc)
    if not re.fullmatch(r"[A-Z][a-z]+\.?", text[start:end]):
        return True
    m = re.search(r"(?:^|(?<=[\s\"“(‘]))[\"“(‘]*([^\s\"“(‘]+)(\s+)$", text[max(0, start - 40):start])
    if m is None or not re.fullmatch(r"[A-Z][a-z]+(?:['’]s)?", m[1]) or m[1].lower() in _NOT_A_NAME_WORD:
        return True
    first = text[:start - len(m[1]) - len(m[2])].rstrip(" \"“(‘")
    # a sentence's first word is capitalised whatever it is ("Since March", "Protesters March")
    return first == "" or first[-1] in ".!?:\n"


def _entity_passes_guard(doc, start: int, end: int, text: str) -> bool:
    """The parser's DATE entity "overnight" or "(the) weekend" passes the guard its pattern has ("an overnight
    curfew", "the weekend edition" name no night or weekend)."""
    t = text.strip().lower()
    if t == "overnight":
        return _guard_overnight(doc, start, end)
    if t == "the weekend":
        return _guard_the_weekend(doc, start, end)
    if t == "weekend":
        return doc_text(doc)[max(0, start - 4):start].lower() == "the " and _guard_the_weekend(doc, start - 4, end)
    if t in ("christmas", "thanksgiving", "easter", "halloween"):
        # "a Christmas market", "the Easter holidays": a thing named for the feast, not its day
        return re.match(r" [a-z]", doc_text(doc)[end:end + 2]) is None
    first = t.split()[0].rstrip(".") if t else ""
    if _month(first) is not None and not re.search(r"\d", t):
        # ("the Long March ended long ago" tagged DATE whole)
        return _guard_month(doc, start, start + len(text.strip().split()[0]))
    return True


GUARDS = {"year": _guard_year, "bare_units": _guard_bare_units, "duration": _guard_duration,
          "overnight": _guard_overnight, "the_weekend": _guard_the_weekend, "month": _guard_month}


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> list[dict]:
    """The compiled rules of ``data/timex_patterns.yaml`` (or of the YAML file at ``path``)."""
    from dossier import yamldata

    text = (open(path, encoding="utf-8").read() if path
            else resources.files("dossier.nlp").joinpath("data/timex_patterns.yaml").read_text("utf-8"))
    data = yamldata.safe_load(text) or {}
    macros = {k: str(v) for k, v in (data.get("macros") or {}).items()}

    def expand(p: str) -> str:
        for _ in range(4):  # macros may use macros
            p = re.sub(r"\{([A-Z_]+)\}", lambda m: macros.get(m[1], m[0]), p)
        return p

    rules = []
    for i, r in enumerate(data.get("rules") or []):
        flags = 0 if r.get("case_sensitive") else re.IGNORECASE
        rx = re.compile(r"(?<![\w'])(?:" + expand(r["pattern"]) + r")(?![\w])", flags)
        rules.append({"name": r.get("name", f"rule{i}"), "rx": rx, "order": i, "type": r.get("type"),
                      "value": r.get("value"), "guard": GUARDS.get(r.get("guard", "")) if r.get("guard") else None,
                      # strings one of which every match contains: a text without any is skipped (prefilter.py)
                      "need": required(rx),
                      # strings one of which every match begins with: the rule is tried only where one does
                      "starts": _by_length(starts(rx))})
    return rules


_CANDIDATES = "dossier.timex_candidates"


def candidates(doc, rules: list[dict] | None = None) -> list[tuple[int, int, dict | None]]:
    """Non-overlapping (start, end, rule) spans: rule matches (longest first), then spaCy DATE/TIME entities.
    With the default rules the spans are kept on the doc: they do not depend on the anchor, and a wire report is
    read twice (from the publication day, then from its dateline's)."""
    if rules is None:
        cached = doc.user_data.get(_CANDIDATES)
        if cached is None:
            cached = doc.user_data[_CANDIDATES] = _candidates(doc, load_rules())
        return cached
    return _candidates(doc, rules)


_MERIDIEM_END = re.compile(r"\b[ap]\.m\.$", re.I)


# a start this index can find: one that begins with a character only a word character or an apostrophe folds to
_INDEXED_START = re.compile(r"[a-z0-9']")
_WORD_RUN = re.compile(r"[\w']+")


class _WordStarts:
    """Where each rule may begin in one text. Every rule opens with ``(?<![\\w'])`` (``load_rules``), so a match
    begins a run of word characters and apostrophes, and begins with one of its rule's starts
    (``prefilter.starts``): the runs' beginnings are indexed by those of their first one to four folded
    characters that some rule begins with (``wanted``, by length; length 0 stands for ``DIGIT``)."""

    __slots__ = ("folded", "runs", "wanted", "by_length")

    def __init__(self, folded: FoldedText, wanted: dict[int, frozenset[str]]) -> None:
        self.folded, self.wanted = folded, wanted
        self.runs = [m.start() for m in _WORD_RUN.finditer(folded.text)]
        self.by_length: dict[int, dict[str, list[int]]] = {}

    def _index(self, k: int) -> dict[str, list[int]]:
        index: dict[str, list[int]] = {}
        if k == 0:
            text = self.folded.text
            index[DIGIT] = [i for i in self.runs if text[i].isdecimal()]  # \d is the Nd category
        else:
            folded, wanted = self.folded.folded, self.wanted.get(k, ())
            for i in self.runs:
                key = folded[i:i + k]
                if key in wanted:
                    index.setdefault(key, []).append(i)
        self.by_length[k] = index
        return index

    def places(self, begins: tuple[tuple[int, frozenset[str]], ...]) -> list[int]:
        """The beginnings of runs where one of ``begins`` (grouped by length) begins, in order."""
        found: list[int] = []
        for k, group in begins:
            index = self.by_length[k] if k in self.by_length else self._index(k)
            if len(index) < len(group):  # most starts do not occur: walk the few that do
                for b, at in index.items():
                    if b in group:
                        found += at
            else:
                for b in group:
                    found += index.get(b, ())
        # the places of one length are distinct; a place can have starts of two lengths ("1" and DIGIT)
        return sorted(found) if len(begins) == 1 else sorted(set(found))


def _by_length(begins: frozenset[str] | None) -> tuple[tuple[int, frozenset[str]], ...] | None:
    """A rule's starts grouped by length (0: ``DIGIT``), when ``_WordStarts`` can find each of them: one that
    begins with a character only a word character or an apostrophe folds to."""
    if not begins or not all(b == DIGIT or _INDEXED_START.match(b) for b in begins):
        return None
    lengths = sorted({0 if b == DIGIT else len(b) for b in begins})
    return tuple((k, frozenset(b for b in begins if (0 if b == DIGIT else len(b)) == k)) for k in lengths)


def _wanted(rules: list[dict]) -> dict[int, frozenset[str]]:
    wanted: dict[int, set[str]] = {}
    for r in rules:
        for k, group in r.get("starts") or ():
            wanted.setdefault(k, set()).update(group)
    return {k: frozenset(v) for k, v in wanted.items()}


def _matches(rule: dict, words: _WordStarts) -> list[re.Match] | Iterator[re.Match]:
    """``rule["rx"].finditer(text)``, the rule tried only where one of its starts begins a run of word
    characters (``_WordStarts``): the text's other places cannot begin a match, and ``re.Pattern.match`` at a
    place reads the text before it as a search does, so each found match is the one ``finditer`` finds."""
    text, rx, begins = words.folded.text, rule["rx"], rule.get("starts")
    if begins is None:
        return rx.finditer(text)
    out, pos, match = [], 0, rx.match
    for i in words.places(begins):
        if i < pos:
            continue  # inside the last match: finditer goes on from its end
        m = match(text, i)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _candidates(doc, rules: list[dict]) -> list[tuple[int, int, dict | None]]:
    text = doc_text(doc)
    folded = FoldedText(text)
    found = []
    # a name is no time: "Theresa May", "April Ryan" (a month the tagger put inside a person's name)
    people = [(ent.start_char, ent.end_char) for ent in doc_ents(doc) if ent.label_ == "PERSON"]
    # ... nor that person's possessive: "on the second day of May's first trip to China" after "Theresa May"
    surnames = {ent.text.split()[-1] for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent.text.split()) > 1}
    words = _WordStarts(folded, _wanted(rules))
    for r in rules:
        # a rule tried only where it may begin needs no test that it can match at all (more substring
        # searches than the places it would try)
        if r.get("starts") is None and not folded.may_match(r.get("need")):
            continue
        for m in _matches(r, words):
            s, e = m.start(), m.end()
            if people and any(ps <= s and e <= pe for ps, pe in people):
                continue
            if m.group(0) in surnames and text.startswith(("'s", "\u2019s"), e):
                continue
            while e > s and text[e - 1] in " ,.":
                if text[e - 1] == "." and _MERIDIEM_END.search(text, s, e):
                    break  # "10 a.m." at a sentence's end: the period is the abbreviation's
                e -= 1
            if e <= s:
                continue
            if r["guard"] and not r["guard"](doc, s, e):
                continue
            found.append((s, e, r))
    found.sort(key=lambda x: (-(x[1] - x[0]), x[2]["order"], x[0]))
    chosen: list[tuple[int, int, dict | None]] = []
    for s, e, r in found:
        if not any(s < ce and cs < e for cs, ce, _ in chosen):
            chosen.append((s, e, r))
    for ent in doc_ents(doc):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        bare = re.sub(r"['\u2019]s$", "", ent.text)
        if bare in surnames and (bare != ent.text or text.startswith(("'s", "\u2019s"), ent.end_char)):
            continue  # "May's" of a Theresa May the article names
        if not any(ent.start_char < ce and cs < ent.end_char for cs, ce, _ in chosen):
            chosen.append((ent.start_char, ent.end_char, None))
    return sorted(chosen, key=lambda x: x[0])


def _day_after(doc, end: int, anchor: date) -> str | None:
    m = re.match(r"\s*,?\s*(?:on\s+)?([A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*,?\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]+)",
                 doc_text(doc)[end:end + 30])
    if not m:
        return None
    norm = normalise(m[1], anchor, future=None)
    return norm[1] if norm and re.fullmatch(r"\d{4}-\d\d-\d\d", norm[1]) else None


TOLD_BEFORE = re.compile(r"\b(earlier|later)\s+(?:on\s+|in\s+the\s+day\s+on\s+)?$", re.I)
_ABSOLUTE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?(?:T|$)")  # a year, a month or a day


DATELINE_BEFORE = 3  # days a wire dateline may precede the page's publication date (filed, then posted)
DATELINE_AFTER = 1  # or follow it (filed in a time zone ahead of the page's)
DATELINE_CHARS = 600  # where a dateline opens the report: under the title and page furniture, near the top
_HEADING_CLOSE = re.compile(r"\s*(?:\(\s*[A-Za-z .&\-]{2,30}\s*\)\s*)?(?::|\||[-–—]{1,2}\s)")


def _dateline_day(doc, found: list[TimeExpr], anchor: date | None) -> date | None:
    """The day in the dateline that opens a wire report ("KESK, Sept 15 (Reuters) - ...", "Kathmandu, Sept 13:
    ..."), when it is not the publication day but within a few days of it. Wire style writes the story's
    deictic words from the dateline's day: "today" is that day, "yesterday" the one before, and "on Sunday" is
    counted from it (AP and Reuters stylebooks: the dateline gives the day of filing; a page that posts the
    report a day later keeps the text as filed). None when there is no such dateline."""
    if anchor is None:
        return None
    from dossier.nlp.entities import in_dateline

    text = doc_text(doc)
    for tx in found:
        if tx.start > DATELINE_CHARS:
            break
        if tx.type != "DATE" or not _FULL_DAY.fullmatch(tx.value or ""):
            continue
        line_start = text.rfind("\n", 0, tx.start) + 1
        before = text[line_start:tx.start]
        heading = len(before) <= 50 and bool(re.search(r"[A-Za-z],\s*$|[–—-]\s*$", before)) and \
            not re.search(r"\b(?:on|in|at|since|by|from|until)\s*$", before, re.I) and \
            bool(_HEADING_CLOSE.match(text, tx.end)) and bool(re.match(r"[A-Z]", before))
        if not (in_dateline(text, tx.start) or heading):
            continue
        day = date.fromisoformat(tx.value)
        if -DATELINE_AFTER <= (anchor - day).days <= DATELINE_BEFORE and day != anchor:
            return day
        return None
    return None


def extract_timexes(doc, article_id: str, anchor: date | None, captions: str = "") -> list[TimeExpr]:
    """The time expressions of ``doc``, normalised against ``anchor`` (the publication day). ``captions``: the photo
    captions and credits the cleaner took out of the body (``Article.metadata``); without a publication date,
    the day they give the picture of the news settles bare weekdays and month-days of the text
    (``caption_day``, ``_from_the_text_itself``)."""
    out = _extract_timexes(doc, article_id, anchor, caption_day(captions) if anchor is None else None)
    filed = _dateline_day(doc, out, anchor)
    if filed is not None:
        # the report's words count from the day it was filed; only expressions that need an anchor change
        out = _extract_timexes(doc, article_id, filed)
    return out


_CAPTION_DATE = re.compile(rf"\b(?P<md>(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+"
                           rf"(?:{MONTH_PATTERN})\.?),?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
# a caption of an old picture says so ("File photo", "archive picture"): its date is no day of the news
_FILE_PICTURE = re.compile(r"\b(?:file|archive|archival|undated)\b", re.I)


def caption_day(captions: str) -> date | None:
    """The day of the news picture that photo captions and credits give in full ("... in Washington, D.C., on
    Thursday, June 13, 2019."): the latest full date they write (an older one is a file picture's: "Haniyeh at
    a meeting in Beirut on Sept 3, 2020. He was killed in Tehran on July 31, 2024."). None when they write none
    or say the picture is an old one."""
    if not captions or _FILE_PICTURE.search(captions):
        return None
    days = []
    for m in _CAPTION_DATE.finditer(captions):
        norm = normalise(f"{m['md']} {m['y']}", None)
        if norm is not None and _FULL_DAY.fullmatch(norm[1]):
            days.append(date.fromisoformat(norm[1]))
    return max(days, default=None)


def _extract_timexes(doc, article_id: str, anchor: date | None, captioned: date | None = None) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    unresolved: list[tuple[int, int, str]] = []  # spans that needed the missing publication date
    ahead: list[tuple[int, int, str]] = []  # the weekday after the publication day, told in the past
    for start, end, rule in candidates(doc):
        text = doc_text(doc)[start:end]
        if rule is None and not _entity_passes_guard(doc, start, end, text):
            continue
        if rule is not None and rule["value"]:
            norm = (rule["type"] or "DATE", rule["value"])
        else:
            span = doc.char_span(start, end, alignment_mode="expand")
            future = tense(span) if span is not None else None
            # "earlier Sunday", "later on Sunday": the span leaves the word out (TimeML), its value needs it
            told = TOLD_BEFORE.search(doc_text(doc)[max(0, start - 24):start])
            if told and _BARE_WEEKDAY.fullmatch(text.strip()):
                norm = normalise(f"{told[1].lower()} {text}", anchor, future=future)
            else:
                norm = normalise(text, anchor, future=future)
            if norm is None and future is None:
                norm = normalise(text, anchor, future=False)
            if norm is not None and rule is not None and rule["type"]:
                norm = (rule["type"], norm[1])
        if norm is None:
            if anchor is None:
                unresolved.append((start, end, text))
            elif _weekday_after(text, anchor):
                ahead.append((start, end, text))
            continue
        typ, value = norm
        if typ == "TIME" and anchor is not None and value.startswith(anchor.isoformat() + "T") \
                and re.fullmatch(r"[\d:.]+\s*(?:[ap]\.?m\.?)?\s*[a-zA-Z]{0,4}", text):
            # a bare clock time takes the day written right after it ("16:15 UTC, June 1")
            day = _day_after(doc, end, anchor)
            if day:
                value = day + value[10:]
        end_value = None
        if "|" in value:
            value, end_value = value.split("|", 1)
        # without a publication date only absolute expressions normalise ("June 13, 2025", "2005"): their
        # calendar value needs no anchor, so it is as usable as an anchored one
        out.append(TimeExpr(article_id, start, end, text, typ, value, end_value=end_value,
                            anchored=anchor is not None or bool(_ABSOLUTE.match(value))))
    if unresolved:
        out.extend(_from_the_text_itself(unresolved, out, article_id, doc_text(doc), captioned))
        out.sort(key=lambda tx: tx.start)
    if ahead and anchor is not None and _a_day_ahead(doc_text(doc), out, anchor):
        nxt = (anchor + timedelta(days=1)).isoformat()
        out.extend(TimeExpr(article_id, s, e, t, "DATE", nxt) for s, e, t in ahead)
        out.sort(key=lambda tx: tx.start)
    _relative_to_sentence(doc, out)
    if anchor is not None:
        _said_in_quote(doc_text(doc), out, anchor)
    return _year_ranges(doc_text(doc), out)


_YEAR_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_YEAR_RANGE_JOIN = re.compile(r"\s+(?:and|to|until|till|through)\s+$", re.I)


def _year_ranges(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """"between 2005 and 2016", "from 2009 to 2013": two years the model tagged apart are one span of years, its
    first year with the last as its end (an act told over the span is not of its first year alone)."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and re.fullmatch(r"\d{4}", a.value) and re.fullmatch(r"\d{4}", b.value) and \
                a.end_value is None and b.end_value is None and a.value < b.value and \
                _YEAR_RANGE_OPEN.search(text[max(0, a.start - 10):a.start]) and \
                _YEAR_RANGE_JOIN.fullmatch(" " + text[a.end:b.start]) is not None:
            out.append(TimeExpr(a.article_id, a.start, b.end, text[a.start:b.end], "DATE", a.value, end_value=b.value,
                                anchored=a.anchored and b.anchored))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# a report that says it tells a time zone ahead of the page's: "00:55 local time on Tuesday", "early Tuesday in Korean
# time" (not GMT or UTC, which wire copy names whatever day it tells)
TIME_ZONE_AHEAD = re.compile(r"\blocal time\b|\b(?:Korean?|Seoul|Pyongyang|Beijing|Chinese|Tokyo|Japan(?:ese)?|Taipei|"
                             r"Manila|Jakarta|Bangkok|Hanoi|Sydney|Canberra|Delhi|Indian)\s+(?:standard\s+)?time\b|"
                             r"\b(?:KST|JST|AEST|AEDT)\b", re.I)


def _weekday_after(text: str, anchor: date) -> bool:
    """A bare weekday ("Tuesday", "early Tuesday") naming the day after the publication day, which told in the
    past ``normalise`` leaves undecided (six days back, or the next day in a time zone ahead)."""
    m = re.fullmatch(rf"(?:on\s+)?(?:(?:early|late)\s+)?(?P<wd>{WEEKDAY_PATTERN})(?:\s+(?:morning|afternoon|evening|night))?",
                     text.strip().lower())
    return m is not None and WEEKDAYS.index(m["wd"]) == (anchor.weekday() + 1) % 7


def _a_day_ahead(text: str, found: list[TimeExpr], anchor: date) -> bool:
    """The text settles the day after the publication day as the one its weekday names: it says it tells another
    time zone's day ("local time", "Korean time", "KST"), or it states that day in full ("Tuesday, Aug. 25,
    2015" in a photo caption of a page dated Monday)."""
    nxt = (anchor + timedelta(days=1)).isoformat()
    return bool(TIME_ZONE_AHEAD.search(text)) or any(tx.value == nxt and not tx.end_value for tx in found)


DEICTIC = re.compile(r"(?:(?:earlier|later|early|late)\s+)?(?:today|tonight|yesterday|tomorrow|last\s+night|"
                     r"this\s+(?:morning|afternoon|evening)|"
                     r"(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night))",
                     re.I)
SAYING = re.compile(r"\b(?:said|says|told|tells|added|wrote|writes|announced|declared|stated|tweeted|posted|"
                    r"insisted|warned|vowed|explained|remarked|noted)\b", re.I)
QUOTE_REACH = 80  # characters between a quotation and the reporting clause's time


def _quotation(line: str, pos: int) -> tuple[int, int] | None:
    """Start and end (in ``line``) of the quotation that holds position ``pos``, or None: curly quotes pair by
    shape, straight ones by count."""
    op, cl = line.rfind("“", 0, pos), line.rfind("”", 0, pos)
    if op > cl:
        end = line.find("”", pos)
        return op, (end if end >= 0 else len(line))
    before = line[:pos].count('"')
    if before % 2 == 1:
        start = line.rfind('"', 0, pos)
        end = line.find('"', pos)
        return start, (end if end >= 0 else len(line))
    return None


def _said_in_quote(text: str, timexes: list[TimeExpr], anchor: date) -> None:
    """"'Tonight, I ordered a strike,' the president said late Thursday" in a report dated Friday: a deictic word
    in direct speech ("today", "tonight", "yesterday", "this morning") counts from the day the words were said,
    which the reporting clause dates, not from the report's own day (in place). Only a quotation on one line
    whose reporting clause, right after it or right before it, has a saying verb and one time expression of a
    single day; the shift keeps the part of the day ("2024-09-19TNI")."""
    for tx in timexes:
        if not DEICTIC.fullmatch(tx.text.strip()) or not tx.anchored or not _DAY.match(tx.value or ""):
            continue
        line_start = text.rfind("\n", 0, tx.start) + 1
        line_end = text.find("\n", tx.start)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        quote = _quotation(line, tx.start - line_start)
        if quote is None:
            continue
        q_start, q_end = quote[0] + line_start, quote[1] + line_start
        said = []
        for o in timexes:
            if o is tx or o.type not in ("DATE", "TIME") or not o.anchored or not _DAY.match(o.value or "") or \
                    o.end_value or not line_start <= o.start < line_start + len(line):
                continue
            if o.start > q_end:  # '"...," the president said late Thursday'
                between, clause = text[q_end + 1:o.start], text[q_end + 1:o.start]
            elif o.end <= q_start:  # 'the president said on Thursday: "..."'
                between, clause = text[o.end:q_start], text[max(line_start, o.start - 40):q_start]
            else:
                continue
            if len(between) <= QUOTE_REACH and not re.search(r"[“”\"]|[.!?;]\s", between) and SAYING.search(clause):
                said.append(o)
        days = {o.value[:10] for o in said}
        if len(days) != 1:
            continue
        shift = date.fromisoformat(days.pop()) - anchor
        if not shift:
            continue
        day = date.fromisoformat(tx.value[:10]) + shift
        tx.value = day.isoformat() + tx.value[10:]


_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_DAY = re.compile(rf"(?:(?P<wd>{WEEKDAY_PATTERN}),?\s+)?(?P<md>(?:[A-Z][a-z]+\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|"
                        rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?))", re.I)
_RELATIVE_YEAR = re.compile(rf"{_MONTH_DAY.pattern},?\s+(?:of\s+)?(?:this|last|next)\s+year", re.I)
# the signature that closes an embedded post, right before its date: "— Name (@handle)", at the start of its line
# or after the post's own words on the same line ("... since police used tear gas — Name (@handle)June 2, 2024")
_POST_SIGNATURE = re.compile(r"(?:^|\s)[—–]{1,2}\s*[^\n—–()]{1,60}\(@\w+\)\s*$"
                             r"|^\s*[—–-]{1,2}\s*[^\n]{0,60}\(@\w+\)\s*$")
_WEEKDAY_FIRST = re.compile(rf"(?P<wd>{WEEKDAY_PATTERN})\b", re.I)
_WEEKDAY_BRACKET = re.compile(rf"\b(?P<wd>{WEEKDAY_PATTERN})\s*\(\s*$", re.I)
_BARE_WEEKDAY = re.compile(rf"(?:(?:early|late)\s+)?(?P<wd>{WEEKDAY_PATTERN})", re.I)
_WEEKDAY_PART = re.compile(rf"(?:(?:early|late)\s+)?(?P<wd>{WEEKDAY_PATTERN})\s+(?:morning|afternoon|evening|night)", re.I)


def _from_the_text_itself(spans: list[tuple[int, int, str]], found: list[TimeExpr], article_id: str,
                          text: str = "", captioned: date | None = None) -> list[TimeExpr]:
    """Without a publication date, what the text's own full dates settle: a day and month with no year but with
    its weekday ("Tuesday, September 9") takes the year when every full date the text writes is of that one year
    and the day falls on that weekday in it (a month and day alone stay out); a bare weekday
    ("on Tuesday") is the one full day the text writes, or settles so, that falls on that weekday ("Tuesday,
    September 9, 2025" further down) in the week up to the latest day it writes (so is a weekday with its part
    of the day, "Monday evening", kept as that part of it). A day and month alone take
    the year of the same day and month written in full in the text, when all its full dates are of that year.
    The day of the news picture that captions taken out of the body give (``captioned``, ``caption_day``) counts
    as such a day written in full with its weekday: the picture of the day's news, like a post that signs it.
    Two such weekdays, or none, leave it out: a weekday counted from nothing is a guess. Hand-written: no library resolves a weekday against the dates of the same text."""
    days = [date.fromisoformat(tx.value) for tx in found if _FULL_DAY.fullmatch(tx.value or "")]
    written = set(days)  # the full days the text itself writes (before any settled here)
    years = {d.year for d in days}
    # the years the text names alone ("travelled to Iraq in 2019"): a report is of its latest one or just after
    named_years = {int(tx.value) for tx in found if re.fullmatch(r"(?:19|20)\d\d", tx.value or "")}
    # the days a bare weekday may be: those written with their weekday ("Friday, June 27, 2025"). A full date
    # written without it is as often another happening's, recalled ("built on the declaration signed on April
    # 25, 2025" in a report of a Friday signing two months on), and falls on the weekday by chance
    # (or the date that signs a post embedded in the report, "— Name (@handle) September 9, 2025": posted as
    # the news happened)
    named = [date.fromisoformat(tx.value) for tx in found if _FULL_DAY.fullmatch(tx.value or "")
             and (((w := _WEEKDAY_FIRST.match(tx.text.strip()))
                   and WEEKDAYS.index(w["wd"].lower()) == date.fromisoformat(tx.value).weekday())
                  or _POST_SIGNATURE.search(text[text.rfind("\n", 0, tx.start) + 1:tx.start]))]
    if captioned is not None:
        days.append(captioned)
        written.add(captioned)
        years.add(captioned.year)
        named.append(captioned)
    out: list[TimeExpr] = []
    weekdays = []
    article_text = text
    for start, end, text in spans:
        # "March 3 last year" names its year only against the missing publication date: it is the same day and
        # month the text writes in full elsewhere ("arrested on March 3, 2016"), when it writes one such day
        rel = _RELATIVE_YEAR.fullmatch(text.strip())
        if rel:
            norm = normalise(f"{rel['md']} 2000", None)  # a leap year: any month and day
            day = date.fromisoformat(norm[1]) if norm is not None and _FULL_DAY.fullmatch(norm[1]) else None
            same = {d for d in written if day is not None and (d.month, d.day) == (day.month, day.day)}
            if len(same) == 1:
                out.append(TimeExpr(article_id, start, end, text, "DATE", same.pop().isoformat(), anchored=True))
            continue
        m = _MONTH_DAY.fullmatch(text.strip())
        # "early on Sunday (Sept 3)": the weekday written just before, the day in brackets
        wd = m and (m["wd"] or ((b := _WEEKDAY_BRACKET.search(article_text[max(0, start - 14):start])) and b["wd"]))
        if m and wd and not years and named_years:
            # "Saturday, Dec. 12" in a text that writes no full date but names years ("travelled to Iraq in 2019"):
            # the latest year it names or the next (a report is of the year of its news or just after), the one of
            # the two where the day falls on its weekday; both or neither leave it out
            fits = [norm[1] for y in (max(named_years), max(named_years) + 1)
                    if (norm := normalise(f"{m['md']} {y}", None)) is not None and _FULL_DAY.fullmatch(norm[1])
                    and date.fromisoformat(norm[1]).weekday() == WEEKDAYS.index(wd.lower())]
            if len(fits) == 1:
                days.append(date.fromisoformat(fits[0]))
                named.append(date.fromisoformat(fits[0]))
                out.append(TimeExpr(article_id, start, end, text, "DATE", fits[0], anchored=True))
            continue
        if m and len(years) == 1:
            norm = normalise(f"{m['md']} {next(iter(years))}", None)
            if norm is not None and _FULL_DAY.fullmatch(norm[1]):
                day = date.fromisoformat(norm[1])
                # the written weekday confirms the year: a text that gives only an old full date ("the January 8,
                # 2023 riot") is as often of a later year
                # so does the same month and day written in full elsewhere in the text ("On September 30th,
                # soldiers seized ..." below "On September 30, 2022, soldiers were deployed ..."): the text
                # repeats the day it gave, it does not name that day of another year without its year
                if (wd and WEEKDAYS.index(wd.lower()) == day.weekday()) or (not wd and day in written):
                    days.append(day)
                    if wd:
                        named.append(day)
                    out.append(TimeExpr(article_id, start, end, text, "DATE", norm[1], anchored=True))
            continue
        w = _BARE_WEEKDAY.fullmatch(text.strip()) or _WEEKDAY_PART.fullmatch(text.strip())
        if w:
            weekdays.append((start, end, text, WEEKDAYS.index(w["wd"].lower())))
    # a news text names its last few days by weekday: a full day a week or more before the latest it writes is
    # a recalled one ("the October 7, 2023 attack"), never what a bare weekday means
    latest = max(days, default=None)
    for start, end, text, wd in weekdays:
        on_it = {d for d in named if d.weekday() == wd and (latest - d).days < 7}
        if len(on_it) == 1:
            day = on_it.pop()
            # "Monday evening": that day's part of the day, as with a publication date ("2016-09-26TEV")
            part = normalise(text, day) if _WEEKDAY_PART.fullmatch(text.strip()) else None
            if part is not None and part[1].startswith(day.isoformat() + "T"):
                out.append(TimeExpr(article_id, start, end, text, part[0], part[1], anchored=True))
            elif part is None:
                out.append(TimeExpr(article_id, start, end, text, "DATE", day.isoformat(), anchored=True))
    return out


# what a report with no publication date may be dated by once its story says which week it is of
# (link/story_days.py): a bare weekday, with its part of the day, or a month and day with no year
WEEKDAY_WORDS = re.compile(rf"(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?(?P<wd>{WEEKDAY_PATTERN})"
                           r"(?:\s+(?:morning|afternoon|evening|night))?", re.I)
MONTH_DAY_WORDS = re.compile(rf"(?:on\s+)?(?:(?P<m1>{MONTH_PATTERN})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|"
                             rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_PATTERN})\.?)", re.I)
UNDATED_WORDS = re.compile(rf"\b(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN})\b", re.I)


# "Tuesday (January 26)", "Friday, Feb. 29": a month and day its weekday confirms
WEEKDAY_MONTH_DAY_WORDS = re.compile(rf"(?:on\s+)?(?P<wd>{WEEKDAY_PATTERN})\s*[,(]\s*"
                                     rf"(?P<md>{MONTH_DAY_WORDS.pattern})\)?", re.I)


def placeable(words: str) -> bool:
    """Words a story can place in its week: "Monday", "late Tuesday", "May 31", "31st of May", "Tuesday
    (January 26)"."""
    return bool(WEEKDAY_WORDS.fullmatch(words) or MONTH_DAY_WORDS.fullmatch(words) or
                WEEKDAY_MONTH_DAY_WORDS.fullmatch(words))


DAY_BEFORE = re.compile(r"(?:the\s+)?(?:previous|preceding)\s+day|the\s+day\s+before|a\s+day\s+(?:earlier|before)", re.I)


def _relative_to_sentence(doc, timexes: list[TimeExpr]) -> None:
    """"Iran on Tuesday vowed to respond to a strike the previous day": "the previous day" counts from the day
    its sentence states before it, or else from the last day the text states before it, not from the publication
    date (in place)."""
    for k, tx in enumerate(timexes):
        if not DAY_BEFORE.fullmatch(tx.text.strip()) or not tx.anchored:
            continue
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            continue
        sent = sentence_of(span[0])
        earlier = [o for o in timexes[:k] if o.start >= sent.start_char and o.type == "DATE"
                   and re.fullmatch(r"\d{4}-\d{2}-\d{2}", o.value or "")]
        if not earlier:
            # none in its sentence: the day the text told last ("Police arrested him on Tuesday. ... His aides
            # had been held the day before"), the time a narrative's "the day before" counts from
            earlier = [o for o in timexes[:k] if o.type == "DATE" and o.anchored
                       and not DAY_BEFORE.fullmatch(o.text.strip())
                       and re.fullmatch(r"\d{4}-\d{2}-\d{2}", o.value or "")]
        if earlier:
            day = date.fromisoformat(earlier[-1].value) - timedelta(days=1)
            tx.value = day.isoformat()


_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def event_date(value: str | None, end_value: str | None = None) -> tuple[str, str | None] | None:
    """(date, date_end) an event may carry, from a TIMEX value: a year, a month or a day (a clock time gives
    its day; a range keeps its last day; a weekend is its Saturday to Sunday). None for what is not a calendar
    date an analyst can use as one:
    PAST_REF / PRESENT_REF / FUTURE_REF, weeks (2024-W16), quarters, halves, seasons, fiscal
    years, decades, durations and sets."""
    if not value:
        return None
    weekend = _weekend_days(value) if not end_value else None
    if weekend is not None:
        return weekend
    day = value[:10] if re.match(r"^\d{4}-\d{2}-\d{2}T", value) else value
    if not _CALENDAR.match(day):
        return None
    end = None
    if end_value:
        end_day = end_value[:10] if re.match(r"^\d{4}-\d{2}-\d{2}T", end_value) else end_value
        end = end_day if _CALENDAR.match(end_day) and end_day != day else None
    return day, end


_WEEKEND = re.compile(r"^(\d{4})-W(\d{2})-WE$")


def _weekend_days(value: str) -> tuple[str, str] | None:
    """A weekend's TIMEX value ("2020-W42-WE") as the two days it names, Saturday to Sunday: the event's date
    and date_end, a range an analyst can use as one (never the week code itself)."""
    m = _WEEKEND.match(value)
    if not m:
        return None
    try:
        sat = date.fromisocalendar(int(m[1]), int(m[2]), 6)
    except ValueError:
        return None
    return sat.isoformat(), (sat + timedelta(days=1)).isoformat()
