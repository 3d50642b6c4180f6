"""Publication date of an article, with the evidence it came from and a confidence.

Candidates, in order of trust: an explicit metadata field (HTML meta via
htmldate, a feed date, a JSONL/CSV field), an "Updated:/Published:" line, a
dateline ("SEOUL, April 24, 2024 (Reuters) -"), a date line under the
headline. A date *above* the headline is usually the site's today's-date
banner, so it starts weak. Each candidate is then checked against the story:
weekdays it names ("said on Wednesday") should fall in the days up to the
date, and an "Nth anniversary" of a year it names should land in that year
(later years in the story are not used: "a target for 2030" is common). A bare year is never taken; when
nothing survives the checks the date is ``None``, optionally with an inferred
range. Hand-written because dateparser and htmldate parse dates but do not
weigh a page's competing dates against the story's own text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_PATTERNS = [
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})[-./](?P<mnum>\d{1,2})[-./](?P<day>\d{1,2})\b"),
    # numeric day-first (13/09/2023, 13.09.2023): most of the world's order; a month > 12 swaps it
    re.compile(r"\b(?P<day>\d{1,2})[./](?P<mnum>\d{1,2})[./](?P<year>(?:19|20)\d{2})\b"),
]
_LABEL = re.compile(r"^(updated|published|posted|last updated|first published|date|publication date)\s*(on)?\s*:?\s*", re.I)
# "SEOUL, April 24, 2024 (Reuters) -" / "SEOUL: ..." at the start of a paragraph
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Za-z .]+)?[,:]\s*(?P<rest>.{0,60}?)(?:\([A-Za-z .]+\))?\s*[-–—]")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d{2})(?:\s*[-–/]\s*(\d{2}))?\b")
MIN_CONFIDENCE = 0.3  # below this the date is reported as unknown


@dataclass(slots=True)
class DatedEvidence:
    value: str | None
    evidence: str | None
    confidence: float
    range: tuple[str, str] | None = None
    notes: list[str] = field(default_factory=list)


def find_date_span(text: str) -> tuple[int, int, date] | None:
    """The first full calendar date (day, month and year) in ``text`` and where it is."""
    best = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            gd = m.groupdict()
            month = int(gd["mnum"]) if gd.get("mnum") else MONTHS[gd["month"][:3].lower()]
            day = int(gd["day"])
            if gd.get("mnum") and month > 12 >= day:
                month, day = day, month
            try:
                d = date(int(gd["year"]), month, day)
            except ValueError:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), m.end(), d)
            break
    return best


def find_date(text: str) -> date | None:
    span = find_date_span(text)
    return span[2] if span else None


def parse_field(value: str) -> date | None:
    """A metadata field (ISO, RFC 822 feed dates, free text) as a date."""
    value = str(value).strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    return find_date(value)


def weekday_support(candidate: date, body: str) -> tuple[float, str | None]:
    """+ when weekdays the story names fall in the week up to the date, - when none can."""
    named = {w for w in WEEKDAYS if re.search(rf"\b{w}\b", body, re.I)}
    if not named:
        return 0.0, None
    # a weekday in a news story is (almost always) within the 6 days up to publication
    recent = {WEEKDAYS[(candidate.toordinal() - k - 1) % 7] for k in range(0, 7)}
    if named & recent:
        return 0.1, None
    return -0.3, f"weekdays named in the story ({', '.join(sorted(named))}) do not fit {candidate}"


def anniversary_years(body: str) -> set[int]:
    """Years implied by "the 70th anniversary of ... 1953" (every year in the same sentence)."""
    years: set[int] = set()
    for sentence in re.split(r"(?<=[.!?])\s+", body):
        for m in _ANNIVERSARY.finditer(sentence):
            n = int(m.group("n"))
            for y in _YEAR.finditer(sentence):
                start = int(y.group(1))
                years.add(start + n)
                if y.group(2):  # "1950-53": the range's end is a year too
                    years.add(start // 100 * 100 + int(y.group(2)) + n)
    return years


def story_checks(candidate: date, body: str) -> tuple[float, list[str]]:
    delta, notes = 0.0, []
    wd, note = weekday_support(candidate, body)
    delta += wd
    if note:
        notes.append(note)
    implied = anniversary_years(body)
    if implied:
        if candidate.year in implied:
            delta += 0.1
        else:
            delta -= 0.4
            notes.append(f"an anniversary in the story implies {sorted(implied)}, not {candidate.year}")
    return delta, notes


def _dateline(line: str) -> date | None:
    m = _DATELINE.match(line)
    if not m:
        return None
    return find_date(m.group("rest"))


def publication_date(lines: list[str], body: str, fields: dict | None = None,
                     header_lines: list[str] | None = None) -> DatedEvidence:
    """Best publication date for an article, or an honest unknown.

    ``lines`` are the raw lines (body and chrome), ``header_lines`` those the
    cleaner found above the headline.
    """
    fields = fields or {}
    header = {ln.strip() for ln in header_lines or []}
    candidates: list[tuple[float, date, str]] = []
    if fields.get("published"):
        d = parse_field(str(fields["published"]))
        if d:
            candidates.append((0.9, d, f"{fields.get('published_field', 'published field')}: {fields['published']}"))
    nonblank = [ln.strip() for ln in lines if ln.strip()]
    head = set(nonblank[:8])
    for s in nonblank:
        if s in header:
            d = find_date(s)
            if d:
                candidates.append((0.4, d, f"page header above the headline: {s}"))
            continue
        if _LABEL.match(s):
            d = find_date(s)
            if d:
                candidates.append((0.85, d, s))
            continue
        d = _dateline(s)
        if d:
            candidates.append((0.8, d, f"dateline: {s[:80]}"))
            continue
        span = find_date_span(s) if s in head else None
        if span and (len(s) < 40 or span[0] <= 3):  # a short date line, or one that starts with the date
            d = span[2]
            if d:
                candidates.append((0.7, d, s))
    notes: list[str] = []
    scored = []
    for conf, d, evidence in candidates:
        delta, why = story_checks(d, body)
        notes.extend(f"{d}: {n}" for n in why)
        scored.append((max(0.05, min(1.0, conf + delta)), d, evidence))
    implied = anniversary_years(body)
    rng = (f"{min(implied)}-01-01", f"{max(implied)}-12-31") if implied else None
    if not scored:
        return DatedEvidence(None, None, 0.0, rng, notes)
    conf, d, evidence = max(scored, key=lambda c: c[0])
    if conf < MIN_CONFIDENCE:
        notes.append(f"rejected {d} ({evidence}): confidence {conf:.2f}")
        return DatedEvidence(None, None, 0.0, rng, notes)
    return DatedEvidence(d.isoformat(), evidence, round(conf, 2), None, notes)
