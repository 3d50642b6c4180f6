"""Publication date of an article, with the evidence it came from and a confidence.

Order of trust: an explicit metadata field (HTML meta via htmldate, a feed
date, a JSONL field), then an "Updated:/Published:" line, then a dateline or a
date line at the head of the story; a candidate whose weekday contradicts the
story ("said on Wednesday") loses confidence. A bare year is never taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_PATTERNS = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})", re.I),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})", re.I),
    re.compile(r"(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})"),
]
_LABEL = re.compile(r"^(updated|published|posted|last updated|first published|date)\s*:?\s*", re.I)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass(slots=True)
class DatedEvidence:
    value: str | None
    evidence: str | None
    confidence: float


def find_date(text: str) -> date | None:
    """The first full calendar date (day, month and year) in ``text``."""
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        gd = m.groupdict()
        month = int(gd["mnum"]) if gd.get("mnum") else MONTHS[gd["month"][:3].lower()]
        try:
            return date(int(gd["year"]), month, int(gd["day"]))
        except ValueError:
            continue
    return None


def parse_field(value: str) -> date | None:
    """A metadata field (ISO, RFC 822 feed dates, free text) as a date."""
    value = value.strip()
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


def weekday_support(candidate: date, body: str) -> float:
    """+ when weekdays named in the body fall in the week before the date, - when none can."""
    named = {w for w in WEEKDAYS if re.search(rf"\b(on\s+|said\s+|reported\s+|last\s+)?{w}\b", body, re.I)}
    if not named:
        return 0.0
    # a weekday mentioned in a news story usually lies within the 6 days up to publication
    recent = {WEEKDAYS[(candidate.toordinal() - k - 1) % 7] for k in range(0, 7)}
    return 0.1 if named & recent else -0.3


def publication_date(lines: list[str], body: str, fields: dict | None = None) -> DatedEvidence:
    """Best publication date for an article, or an honest unknown."""
    fields = fields or {}
    candidates: list[tuple[float, date, str]] = []
    if fields.get("published"):
        d = parse_field(str(fields["published"]))
        if d:
            candidates.append((0.9, d, f"{fields.get('published_field', 'published field')}: {fields['published']}"))
    head = [ln for ln in lines if ln.strip()][:8]
    for ln in lines:
        s = ln.strip()
        if not s:
            continue
        if _LABEL.match(s):
            d = find_date(s)
            if d:
                candidates.append((0.85, d, s))
        elif s in head and len(s) < 40:
            d = find_date(s)
            if d:
                candidates.append((0.6, d, s))
    if not candidates:
        return DatedEvidence(None, None, 0.0)
    scored = []
    for conf, d, evidence in candidates:
        scored.append((max(0.05, min(1.0, conf + weekday_support(d, body))), d, evidence))
    conf, d, evidence = max(scored, key=lambda c: c[0])
    return DatedEvidence(d.isoformat(), evidence, round(conf, 2))
