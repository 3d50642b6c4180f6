"""Time expressions: detection (spaCy DATE/TIME entities) and TIMEX3-style normalisation.

Normalisation is rule-based and anchored on the publication date; dateparser
handles the free-form remainder. A first version; see issue "per-article
analysis" for the tense-aware rules.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dossier.records import TimeExpr

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def _month(word: str) -> int | None:
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS, 1):
        if len(w) >= 3 and m.startswith(w):
            return i
    return None


def normalise(text: str, anchor: date | None, *, future: bool | None = False) -> tuple[str, str] | None:
    """(type, value) for a time expression, or None when it cannot be normalised."""
    t = text.lower().strip()
    t = re.sub(r"^(the|on|in|since|by|during|until|from)\s+", "", t)
    m = re.fullmatch(r"(?:(?P<ord>last|next|this)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)", t)
    if m and anchor:
        wd = WEEKDAYS.index(m["wd"])
        if future or m["ord"] == "next":
            delta = (wd - anchor.weekday()) % 7 or 7
            return "DATE", (anchor + timedelta(days=delta)).isoformat()
        delta = (anchor.weekday() - wd) % 7
        if m["ord"] == "last" and delta == 0:
            delta = 7
        return "DATE", (anchor - timedelta(days=delta)).isoformat()
    if re.fullmatch(r"(19|20)\d{2}", t):
        return "DATE", t
    m = re.fullmatch(r"(?P<a>(19|20)\d{2})\s*[-–/]\s*(?P<b>\d{2,4})", t)
    if m:
        # "the 1950-53 war": a span of years, kept as its first year plus end_value
        return "DATE", f"{m['a']}|{m['b'] if len(m['b']) == 4 else m['a'][:2] + m['b']}"
    m = re.fullmatch(r"(?:from\s+|between\s+)?(?P<mon>[a-z]+)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|through)\s*"
                     r"(?:(?P<mon2>[a-z]+)\.?\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>(19|20)\d{2}))?", t)
    if m and _month(m["mon"]) and (not m["mon2"] or _month(m["mon2"])):
        first = normalise(f"{m['mon']} {m['d1']}" + (f", {m['y']}" if m["y"] else ""), anchor, future=future)
        last = normalise(f"{m['mon2'] or m['mon']} {m['d2']}" + (f", {m['y']}" if m["y"] else ""), anchor, future=future)
        if first and last:
            return "DATE", f"{first[1]}|{last[1]}"
    m = re.fullmatch(r"(?P<mon>[a-z]+)\.?\s+(?P<y>(19|20)\d{2})", t)
    if m and _month(m["mon"]):
        return "DATE", f"{m['y']}-{_month(m['mon']):02d}"
    m = re.fullmatch(r"(?P<mon>[a-z]+)\.?\s+(?P<d>\d{1,2})(st|nd|rd|th)?,?\s+(?P<y>(19|20)\d{2})", t)
    if m and _month(m["mon"]):
        return "DATE", f"{m['y']}-{_month(m['mon']):02d}-{int(m['d']):02d}"
    if anchor is None:
        return None
    if t in ("today", "this day"):
        return "DATE", anchor.isoformat()
    if t == "yesterday":
        return "DATE", (anchor - timedelta(days=1)).isoformat()
    if t == "tomorrow":
        return "DATE", (anchor + timedelta(days=1)).isoformat()
    if t in ("now", "currently", "current", "the present", "at present", "present"):
        return "DATE", "PRESENT_REF"
    if t in ("recently", "recent", "in the past", "the past", "previously"):
        return "DATE", "PAST_REF"
    if t in ("annual", "annually", "yearly", "every year", "each year"):
        return "SET", "P1Y"
    if t in ("weekly", "every week", "each week"):
        return "SET", "P1W"
    if t in ("daily", "every day", "each day"):
        return "SET", "P1D"
    if t in ("this weekend", "the weekend"):
        y, w, _ = anchor.isocalendar()
        return "DATE", f"{y}-W{w:02d}-WE"
    if t in ("the previous year", "the year before", "the prior year"):
        return "DATE", str(anchor.year - 1)
    m = re.fullmatch(r"(early|mid|late)[- ](?P<y>(19|20)\d{2})", t)
    if m:
        return "DATE", m["y"]
    if t in ("last year", "a year ago", "late last year", "early last year", "earlier last year"):
        return "DATE", str(anchor.year - 1)
    if t in ("this year", "earlier this year", "later this year"):
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
    if t in ("last week", "a week ago"):
        y, w, _ = (anchor - timedelta(days=7)).isocalendar()
        return "DATE", f"{y}-W{w:02d}"
    if t in ("this week", "this coming week", "the coming week", "next week"):
        ref = anchor + timedelta(days=7 if "next" in t or "coming" in t else 0)
        y, w, _ = ref.isocalendar()
        return "DATE", f"{y}-W{w:02d}"
    m = re.fullmatch(r"(?P<mon>[a-z]+)\.?\s+(?P<d>\d{1,2})(st|nd|rd|th)?", t)
    if m and _month(m["mon"]):
        mon, day = _month(m["mon"]), int(m["d"])
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
            cand = min(alts, key=lambda c: abs((c - anchor).days))
        elif not future and cand > anchor + timedelta(days=2):
            cand = cand.replace(year=year - 1)
        elif future and cand < anchor - timedelta(days=2):
            cand = cand.replace(year=year + 1)
        return "DATE", cand.isoformat()
    m = re.fullmatch(r"(?P<mon>[a-z]+)", t)
    if m and _month(m["mon"]):
        mon = _month(m["mon"])
        year = anchor.year if (mon <= anchor.month or future or (future is None and mon - anchor.month <= 3)) \
            else anchor.year - 1
        return "DATE", f"{year}-{mon:02d}"
    m = re.fullmatch(r"(?:the\s+)?(?:past|last|next|coming|previous)\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u>day|week|month|year)s", t)
    if m:
        words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
        n = int(m["n"]) if m["n"].isdigit() else words[m["n"]]
        return "DURATION", f"P{n}{m['u'][0].upper()}"
    if t in ("the past decade", "the last decade", "a decade", "the next decade", "decade"):
        return "DURATION", "P10Y"
    m = re.fullmatch(r"(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?P<u>day|week|month|year)s?(-long)?", t)
    if m:
        words = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}
        n = int(m["n"]) if m["n"].isdigit() else words[m["n"]]
        return "DURATION", f"P{n}{m['u'][0].upper()}"
    return None


FUTURE_AUX = {"will", "shall", "'ll", "wo"}


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
    if any(c.lower_ in FUTURE_AUX or (c.lower_ == "to" and c.dep_ == "aux") for c in kids):
        return True
    if tok.lower_ in FUTURE_AUX or any(c.lemma_ == "be" and c.dep_ == "aux" and tok.tag_ == "VBG"
                                       and c.tag_ in ("VBZ", "VBP") for c in kids) and False:
        return True
    if tok.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in kids if c.dep_ in ("aux", "auxpass")):
        return False
    if tok.lemma_ in ("plan", "schedule", "expect", "due") :
        return True
    return None


def extract_timexes(doc, article_id: str, anchor: date | None) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        future = tense(ent)
        text = ent.text
        start = ent.start_char
        # spaCy leaves "from" outside "January 15 to 17"; the range rule does not need it
        norm = normalise(text, anchor, future=future)
        if norm is None and future is None:
            norm = normalise(text, anchor, future=False)
        if norm is None:
            continue
        typ, value = norm
        end_value = None
        if "|" in value:
            value, end_value = value.split("|", 1)
        out.append(TimeExpr(article_id, start, ent.end_char, text, typ, value, end_value=end_value,
                            anchored=anchor is not None))
    return out
