"""Calendar words every date reader shares: month and weekday names, their abbreviations and patterns.

Read by time-expression normalisation (:mod:`dossier.nlp.timex`) and publication dates
(:mod:`dossier.ingest.dates`), which kept copies of their own before.
"""

from __future__ import annotations

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_ABBR = {m[:3]: i for i, m in enumerate(MONTHS, 1)}  # "jan" -> 1
# a weekday's full name, lower-case (normalisation reads lower-cased text)
WEEKDAY_PATTERN = "|".join(WEEKDAYS)
# a month's name or its usual abbreviation, as written in news ("Jan", "Sept", "June")
MONTH_PATTERN = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                 r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")


def month_number(word: str) -> int | None:
    """1-12 for a month's name or a prefix of it of three letters or more ("sept.", "Dec"), else None."""
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS, 1):
        if len(w) >= 3 and m.startswith(w):
            return i
    return None
