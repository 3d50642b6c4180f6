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


def normalise(text: str, anchor: date | None, *, future: bool = False) -> tuple[str, str] | None:
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
    m = re.fullmatch(r"(?P<a>(19|20)\d{2})\s*[-–]\s*(?P<b>\d{2,4})", t)
    if m:
        return "DURATION", f"{m['a']}/{m['b'] if len(m['b']) == 4 else m['a'][:2] + m['b']}"
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
        if not future and cand > anchor + timedelta(days=2):
            cand = cand.replace(year=year - 1)
        if future and cand < anchor - timedelta(days=2):
            cand = cand.replace(year=year + 1)
        return "DATE", cand.isoformat()
    m = re.fullmatch(r"(?P<mon>[a-z]+)", t)
    if m and _month(m["mon"]):
        mon = _month(m["mon"])
        year = anchor.year if (mon <= anchor.month or future) else anchor.year - 1
        return "DATE", f"{year}-{mon:02d}"
    m = re.fullmatch(r"(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?P<u>day|week|month|year)s?(-long)?", t)
    if m:
        words = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}
        n = int(m["n"]) if m["n"].isdigit() else words[m["n"]]
        return "DURATION", f"P{n}{m['u'][0].upper()}"
    return None


def extract_timexes(doc, article_id: str, anchor: date | None) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        future = any(t.lower_ in ("will", "shall") or t.tag_ == "MD" and t.lower_ in ("will", "'ll")
                     for t in ent.sent)
        norm = normalise(ent.text, anchor, future=future)
        if norm is None:
            continue
        typ, value = norm
        out.append(TimeExpr(article_id, ent.start_char, ent.end_char, ent.text, typ, value,
                            anchored=anchor is not None))
    return out
