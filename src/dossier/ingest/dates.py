"""Publication date of an article, with the evidence it came from and a confidence.

Candidates, in order of trust: an explicit metadata field (HTML meta via
htmldate, a feed date, a JSONL/CSV field), a date in the URL (htmldate's
``extract_url_date`` for /2024/01/16/ and 2024-01-16, plus the compact
/20240116/ segment it does not read), an "Updated:/Published:" line, a
dateline ("SEOUL, April 24, 2024 (Reuters) -"), a byline or date line under the
headline. A place (any case, slashed: "BANGKOK/PHNOM PENH", "Moscow") or weekday
whose comma is followed at once by a full date and then a colon or dash is a
dateline too; a longer lede that opens "Paris, on June 13, 2025, ..." is not
(that dates the event). A head line split by "|" may carry its date in one
segment, and a page may lay a date out one part a line ("19" / "Mar" /
"2025"). A date on a bulleted menu item or a "Today :" banner is the day the
page was viewed: it never dates the story nor gives a dateline its year. A dateline without a year ("WASHINGTON, Jan 4 (KUNA) --",
"MOSCOW, September 13. /TASS/.", "Kathmandu, Sept 13:") takes its year from the feed's date when there
is one, else from the latest full date the story itself states (the dateline
is on or after it, so the year is that date's, or the next when the month/day
would fall before it); that inference is weaker than a stated year. Lines that
are photo captions or credits never give the date (a caption dates the photo). A date *above* the headline is usually the site's today's-date
banner, so it starts weak. Each candidate is then checked against the story:
weekdays it names ("said on Wednesday") should fall in the days up to the
date, and an "Nth anniversary" of a year it names should land in that year
(later years in the story are not used: "a target for 2030" is common). A bare year is never taken; when
nothing survives the checks the date is ``None``, optionally with an inferred
range. Hand-written because dateparser and htmldate parse dates but do not
weigh a page's competing dates against the story's own text; dateparser reads
the dates the patterns do not (another language, "10 March 23" after a label,
a timestamp with its zone) when day, month and year are all the text's own,
never a relative "2 hours ago". More URL layouts are read ("/08-Dec-2024/",
"/2022/0930/", "-20230220-" in a slug, a timestamp id "2023031617560945610");
a "/2024/07/" folder dates nothing but gives a year-less dateline of that month
its year. A numeric date whose day and month could swap ("4/9/2007") counts
only where another candidate reads the same day in one of the two orders, or
where a US time zone stamps it ("08/02/2013 11:10 am EDT", "11/30/09 05:40 PM
ET": month first); a dotted one ("12.03.2025") is day-first by convention. The
byline-and-date lines between the headline and the lead count as head lines
however many menu lines precede them (unless they hold several dates: a list
of other stories). Agency datelines closed by a period or a colon
("DUSHANBE, Tajikistan, March 13. The ...", "Kabul (Pajhwok), March 13:",
"Bishkek, Nov. 21, 2017. /Kabar/.") are read near the top of the page only (further
down they open another story); a year-less one takes a year from the story's latest
date only within half a year after it, and a year-less date line under the headline
("Thursday, March 13") takes one only from the URL's /YYYY/MM/. A time stamp after a
section label or two ("Politics Materials 13 March 2025 11:58 (UTC +04:00)") is a date
line; the headline's own date ("Ten years on from March 11, 2011") is its subject, and
a line closed by a photo credit ("REUTERS/Jane Doe", "Credit: AP") a caption. A
"?date=20240116" query names the page's date, and "/06/25/2024/" folders (a US site's month/day/year) a date
where a number over 12 fixes the order. A byline run into its date ("Michael Howie27 September 2016", the page's
spans joined without a space) is a byline date. An update's stamp is on or after the publication: a line that
opens "Last Updated: ... | Published: ..." gives the publication's date, and an update stamp alone counts below a
dateline or a byline's date; "Updated 2 hours ago" is never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from dossier.timewords import MONTH_ABBR as MONTHS
from dossier.timewords import MONTH_PATTERN, WEEKDAYS

_MONTH = r"(?P<month>" + MONTH_PATTERN[3:-1] + r")\.?"
_PATTERNS = [
    # "Jul 27, 2021" and "Jul 27,2021" (a comma with no space after it)
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})[-./](?P<mnum>\d{1,2})[-./](?P<day>\d{1,2})\b"),
    # numeric day-first (13/09/2023, 13.09.2023): most of the world's order; a month > 12 swaps it
    re.compile(r"\b(?P<day>\d{1,2})[./](?P<mnum>\d{1,2})[./](?P<year>(?:19|20)\d{2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})-(?P<mnum>\d{1,2})-(?P<year>(?:19|20)\d{2})\b"),  # 18-06-2025
    # 08-Jul-2024, 16/February/2022
    re.compile(r"\b(?P<day>\d{1,2})[-/]" + _MONTH + r"[-/](?P<year>(?:19|20)\d{2})\b", re.I),
]
_LABEL = re.compile(r"^(updated|published|posted|last updated|first published|date|publication date|created)\s*(on)?\s*:?\s*", re.I)
# "SEOUL, April 24, 2024 (Reuters) -" / "SEOUL: ..." at the start of a paragraph
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Za-z .]+)?[,:]\s*(?P<rest>.{0,60}?)(?:\([A-Za-z .]+\))?\s*[-–—]")
# "Moscow, December 28, 2024: ...", "BANGKOK/PHNOM PENH, July 24, 2025 – ...", "Monday, January 27, 2025 - ...":
# a place (or weekday) whose comma is followed at once by a full date, closed by a colon or a dash
_DATELINE_FULL = re.compile(r"^[A-Z][A-Za-z .'/-]{2,40}?,\s*(?P<rest>[^,:;]{0,12}?\d[^:;()\[]{0,30}?)\s*"
                            r"(?:\([A-Za-z .&/]+\)|\[[A-Za-z .&/-]+\])?\s*(?::|[-–—])\s")
# "Windsor, England – September 17, 2025 - ...": a place and its country, then a dash before the full date
_DATELINE_PLACE_DASH = re.compile(r"^[A-Z][A-Za-z .'/-]{2,40}?,\s*[A-Z][A-Za-z .'-]{2,30}?\s+[-–—]\s+"
                                  r"(?P<rest>[^,:;]{0,12}?\d[^:;()\[]{0,30}?)\s*(?::|[-–—])\s")
# "Published March 20, 2023 | 03:10 PM", "By AP Published Date - 11:05 PM, Fri - 10 March 23", "... Posted on
# March 27, 2023 By Newswire": a capitalised label inside a head line, the date right after it
_INLINE_LABEL = re.compile(r"\b(?P<label>Published|Posted|First published|Updated|Last updated)"
                           r"(?:\s+(?:Date|date|on|at))?"
                           r"\s*(?:[:\-–—]\s*)?(?=\S)")
# a relative time ("2 hours ago", "yesterday") has nothing to anchor it: never parsed into a date
_RELATIVE = re.compile(r"ago\b|yesterday|today|tomorrow|tonight|"
                       r"\b(hours?|hrs?|minutes?|mins?|secs?|seconds?|last|next|this)\b", re.I)
# a site's banner or menu item ("• Friday, 22 November 2024", "Today : May 08, 2025") gives today's date, not the story's
_BANNER = re.compile(r"^\s*(?:[•·▪◦]|today\s*:)", re.I)
_ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d{2})(?:\s*[-–/]\s*(\d{2}))?\b")
MIN_CONFIDENCE = 0.3  # below this the date is reported as unknown
# a numeric date with a year and a time of day: "10-01-2019 13:35", "05/03/2018, 09:12"
_NUMERIC_STAMP = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})\b,?\s+\d{1,2}:\d{2}\b")


def _earlier_numeric_stamp(lines, d) -> str | None:
    """A numeric stamp with a time of day among the page's first lines whose year comes before ``d``'s."""
    for ln in lines:
        m = _NUMERIC_STAMP.search(ln)
        if m and int(m.group(3)) < d.year:
            return m.group(0)
    return None


HEADER_AFTER_PICTURES = 60  # days: a header date this long after every dated photo caption is no publication date
# a dateline that states month and day only: "WASHINGTON, Jan 4 (KUNA) --", "MOSCOW, September 13. /TASS/."
_MONTH_WORDS = MONTH_PATTERN
_DATELINE_NO_YEAR = re.compile(
    r"^[A-Z][A-Za-z.'\- ]{1,40}?(?:\s*\[[A-Za-z .\-]{2,30}\])?(?:,\s*[A-Za-z][A-Za-z.\- ]{1,30}?)?,\s*"
    r"(?:(?P<month>" + _MONTH_WORDS + r")\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>" + _MONTH_WORDS
    + r"))\b\.?\s*(?:(?:\([A-Za-z .&\-]{2,30}\)|/[A-Za-z .&\-]{2,30}/)\s*\.?\s*(?:--|—|–|-|:)?|(?::|--|—|–)\s)", re.I)
# the agencies' house style, "DUSHANBE, Tajikistan, March 13. The ministers ..." (a period, then the lead; also
# "YEREVAN, MARCH 13, ARMENPRESS." and "Kabul (Pajhwok), March 13: The ..."), and a dateline alone on its line
# ("Baku, Azerbaijan, Nov.10"): the place is one to three capitalised words, so a sentence
# that ends "... met in Dushanbe, Tajikistan, March 13." (an event's date) is no dateline
_PLACE_WORDS = r"(?!(?:In|On|At|By|From|Since|Until|After|Before|As of|(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b)(?!The\s+(?!Hague\b))[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,2}"
_DATELINE_PERIOD = re.compile(
    r"^" + _PLACE_WORDS + r"(?:\s*\([A-Z][A-Za-z .&-]{1,30}\))?(?:,\s*" + _PLACE_WORDS + r")?,\s*"
    r"(?:(?P<month>(?i:" + _MONTH_WORDS + r"))(?:\.\s*|\s+)(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>(?i:"
    + _MONTH_WORDS + r")))(?!\d)(?:,\s*[A-Z][A-Za-z.&-]+)?(?:[.:]\s+(?=[\"“A-Z])|\.?\s*$)")
# the same house style with the year: "Bishkek, Nov. 21, 2017. /Kabar/. The ...", "DUSHANBE, Tajikistan, 13 March 2025.
# The ..."; the date must be all that stands between the place and the period
_DATELINE_FULL_PERIOD = re.compile(
    r"^" + _PLACE_WORDS + r"(?:\s*\([A-Z][A-Za-z .&-]{1,30}\))?(?:,\s*" + _PLACE_WORDS + r")?,\s*"
    r"(?P<rest>[A-Za-z0-9][A-Za-z0-9 ,.]{4,22}?(?:19|20)\d{2})\.?\s*(?:/[A-Za-z .&-]{2,30}/\.?)?"
    r"\s*(?=[\"“A-Z]|$)")
_CAPTION = re.compile(r"^(photo|image|picture|file photo|video)\b|\b(photo|image)\s*(credit|:)|\(photo:|"
                      r"/\s*(AFP|AP|Reuters|Getty Images|EPA|Yonhap|Xinhua)\s*\)?\s*$|via (AP|Reuters|AFP)\b|"
                      # a photo credit closing the line: "... in Male, May 1, 2015. REUTERS/Jane Doe", "Credit: AP"
                      r"\b(AFP|AP|Reuters|EPA|Xinhua|Anadolu|Getty Images)\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
                      r"\s*\)?\s*$|\bcredit\s*:\s*\S+(?:\s+\S+){0,3}\s*$|"
                      # "... Tuesday, Nov. 23, 2010. (AP Photo/Yonhap) KOREA OUT": an agency's photo credit in brackets
                      r"\((?:AP|AFP|EPA|Reuters|Xinhua)\s+Photo\s*/",
                      re.I)
_BYLINE = re.compile(r"^(by|written by|posted by|reported by)\s+[A-Z]", re.I)
# a byline run into its date, as a page's spans lose the space between them ("Michael Howie27 September 2016"):
# one to three capitalised name words (a person's name or an agency's; a longer run of capitalised words is more
# likely a title-case link to another story), the day glued to the last, then month and year (and a clock time)
# ending the line
_GLUED_BYLINE = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?[a-z])(?P<date>\d{1,2}\s+" + _MONTH
                           + r",?\s+(?:19|20)\d{2})(?:,?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$")
_COMPACT_URL_DATE = re.compile(r"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:/|[-_.]|$)")
_WORD_MONTH_URL_DATE = re.compile(r"/((?:19|20)\d{2})/([a-z]{3})[a-z]*/(\d{1,2})(?:/|[-_.]|$)", re.I)
# a whole path segment "/08-Dec-2024/" (a site's date folder; a date inside a slug may name the event instead)
_DAY_MONTH_URL_DATE = re.compile(r"/(\d{1,2})-([a-z]{3})[a-z]*-((?:19|20)\d{2})/", re.I)
# "/article/06/25/2024/": two-digit segments before a year segment, a US site's month/day/year; taken only where a
# number over 12 fixes the order (a day-first "/25/06/2024/" reads the same way), never "/05/06/2024/" (the same
# number twice, "/06/06/2024/", is one date either way)
_MD_YEAR_URL_DATE = re.compile(r"/(\d{2})/(\d{2})/((?:19|20)\d{2})/")
# the same written as one run of digits, alone or opening a time ("-09282014163548.html", "/25062024-ferry-..."): a
# month and a day (either order) and a year, perhaps followed by hours, minutes and seconds; the same guard on the order
_MD_YEAR_COMPACT_URL_DATE = re.compile(r"(?<![\d])(\d{2})(\d{2})((?:19|20)\d{2})(?:(?:[01]\d|2[0-3])[0-5]\d[0-5]\d)?(?!\d)")
# "/2022/0930/", "/n3/2023/0320/": year, then month and day as one segment
_YEAR_MMDD_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{2})(\d{2})/")
# "/a/202202/18/": year and month as one segment, then the day's (China Daily)
_YYYYMM_DAY_URL_DATE = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])/([0-2]\d|3[01])/")
# the year's folder, then one or two section folders, then the month's and the day's (".../2015/news/world/01/08/")
_YEAR_SECTIONS_MD_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(?:[a-z][a-z-]*/){1,2}(0[1-9]|1[0-2])/([0-2]\d|3[01])/",
                                        re.I)
# a timestamp id that opens with the date and time: "/20221102180359158908.amp.html", "death202511180944100015",
# "yjj2022111900163": at least 12 digits, YYYYMMDDHHMM with a valid hour and minute
_TIMESTAMP_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})([01]\d|2[0-3])[0-5]\d\d*")
# a Reuters story id that ends with its day ("/u-n-council-approves-no-fly-zone-over-libya-idUSTRE71P26Z20110318"):
# "id", the edition and a code of letters and digits, then YYYYMMDD closing the path
_REUTERS_ID_URL_DATE = re.compile(r"[/-]id[A-Z]{2}[A-Z0-9]{6,10}?((?:19|20)\d{2})(\d{2})(\d{2})/?$")
# "early this morning, Friday, June 13, 2025": a lede that dates itself
_TODAY = re.compile(r"\b(today|this morning|this afternoon|this evening|tonight|earlier today)\s*,?\s*"
                    r"(?:\(?(?:mon|tues|wednes|thurs|fri|satur|sun)day\)?\s*,?\s*)?(?=[A-Z0-9])", re.I)


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


# "Tehran, 8 Rabiul Akhir 1437/18 January 2016 (MINA) -": a Hijri date written before the Gregorian one
_HIJRI_FIRST = re.compile(r"^([A-Z][A-Za-z .'/-]{2,40}?,\s*)\d{1,2}\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
                          r"1[34]\d{2}\s*(?:H\s*)?/\s*(?=\d)")


def _dateline(line: str, period: bool = True) -> date | None:
    """The full date of a dateline; ``period``: also one closed by a period (read near the top only)."""
    line = _HIJRI_FIRST.sub(r"\1", line, count=1)
    m = _DATELINE.match(line)
    if m:
        return find_date(m.group("rest"))
    for pattern in (_DATELINE_FULL, _DATELINE_PLACE_DASH, _DATELINE_FULL_PERIOD) if period else \
            (_DATELINE_FULL, _DATELINE_PLACE_DASH):
        m = pattern.match(line)
        if m:
            span = find_date_span(m.group("rest"))
            if span and span[0] == 0 and span[1] >= len(m.group("rest").strip()) - 1:
                return span[2]  # the date is all that stands between the place and the colon, dash or period
    return None


# a date parameter in the query ("?date=20240116", "&pubdate=2024-01-16"): named as a date, so no post id
_QUERY_DATE = re.compile(r"[?&](?:date|pubdate|pub_date|published|publish_date|publishdate)="
                         r"((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:[&T]|$)", re.I)


_SLUG_MDY_URL_DATE = re.compile(r"(?<![\d/])(\d{2})-(\d{2})-((?:19|20)\d{2})(?![\d])")


def url_date(url: str | None) -> date | None:
    """The date a URL states (/2024/01/16/, 2024-01-16, /20240116/), or None."""
    if not url:
        return None
    from htmldate.extractors import extract_url_date
    from htmldate.utils import Extractor

    options = Extractor(False, datetime(2100, 1, 1), datetime(1995, 1, 1), True, "%Y-%m-%d")
    try:
        found = extract_url_date(url, options)
    except Exception:  # noqa: BLE001 - a hostile URL must not stop a batch
        found = None
    if found:
        return date.fromisoformat(found)
    m = _QUERY_DATE.search(url.split("#")[0])
    if m:
        found_date = _url_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if found_date:
            return found_date
    path = re.sub(r"^[a-z]+://[^/]+", "", url.split("?")[0].split("#")[0], flags=re.I)
    for m in _SLUG_MDY_URL_DATE.finditer(path):
        # "...-engage-russia-06-17-2024-at-0327": a slug's date with the year last, read only where one of the two
        # numbers is over 12 and so fixes the order (06-05-2024 may be either)
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        month, day = (a, b) if a <= 12 < b else (b, a) if b <= 12 < a else (None, None)
        found_date = _url_day(y, month, day) if month else None
        if found_date:
            return found_date
    for pattern, order in ((_COMPACT_URL_DATE, "ymd"), (_YEAR_MMDD_URL_DATE, "ymd"), (_WORD_MONTH_URL_DATE, "ymd"),
                           (_DAY_MONTH_URL_DATE, "dmy"), (_TIMESTAMP_URL_DATE, "ymd"),
                           (_YEAR_SECTIONS_MD_URL_DATE, "ymd"), (_YYYYMM_DAY_URL_DATE, "ymd"),
                           (_REUTERS_ID_URL_DATE, "ymd")):
        for m in pattern.finditer(path):
            y, mo, d = (m.group(1), m.group(2), m.group(3)) if order == "ymd" else (m.group(3), m.group(2), m.group(1))
            month = int(mo) if mo.isdigit() else MONTHS.get(mo[:3].lower())
            found_date = _url_day(int(y), month, int(d)) if month else None
            if found_date:
                return found_date
    for m in (*_MD_YEAR_URL_DATE.finditer(path), *_MD_YEAR_COMPACT_URL_DATE.finditer(path)):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a != b and a <= 12 and b <= 12:
            continue  # day and month could swap: no date
        month, day = (a, b) if a <= 12 else (b, a)
        found_date = _url_day(y, month, day)
        if found_date:
            return found_date
    return _year_folder_compact_date(path)


def _url_day(year: int, month: int, day: int) -> date | None:
    """The calendar day a URL's numbers name, when it is one and lies between 1995 and today."""
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if date(1995, 1, 1) <= found <= date.today() else None


# "/news/2018/08/putin-merkel-...-180818144907727.html", "/pr/2014/141117_xi_australia.html": a year's folder (and
# perhaps the month's) and, further on, a run of digits that opens with the same year's two last digits, a month
# (the folder's, where there is one) and a day -- six digits alone, or opening a longer time stamp
_YEAR_FOLDER = re.compile(r"/((?:19|20)\d{2})/(?:(\d{2})/)?")
_YYMMDD_RUN = re.compile(r"(?<![\d])(\d{2})(\d{2})(\d{2})(?:\d{6,})?(?!\d)")


def _year_folder_compact_date(path: str) -> date | None:
    """The day a six-digit ``yymmdd`` run states where a year folder before it vouches for its first two digits
    (the order day-month-year, "/100417/", is left alone: without the folder nothing tells it)."""
    folder = _YEAR_FOLDER.search(path)
    if folder is None:
        return None
    year, month = int(folder.group(1)), int(folder.group(2)) if folder.group(2) else None
    for m in _YYMMDD_RUN.finditer(path, folder.end()):
        yy, mm, dd = (int(g) for g in m.groups())
        if yy != year % 100 or (month is not None and mm != month):
            continue
        found = _url_day(year, mm, dd)
        if found:
            return found
    return None


_YEAR_MONTH_URL = re.compile(r"/((?:19|20)\d{2})/(\d{2})/(?!\d)")


def url_year_month(url: str | None) -> tuple[int, int] | None:
    """(year, month) of a URL's "/2024/07/" folder that names no day (WordPress), or None."""
    m = _YEAR_MONTH_URL.search(re.sub(r"^[a-z]+://[^/]+", "", (url or "").split("?")[0], flags=re.I))
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return int(m.group(1)), int(m.group(2))


_FREE_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
                  "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


def parse_free(text: str) -> date | None:
    """A date written out in full in any language or layout dateparser reads ("6 января 2022", "11:05 PM, Fri -
    10 March 23", "14. März 2024", "2024-01-02T23:30:00-05:00"): day, month and year all stated; a relative time
    ("2 hours ago") or a text without a day and a year in it is no date."""
    text = text.strip()
    if not text or len(text) > 60 or _RELATIVE.search(text):
        return None
    if not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}\W+\w{3,}\.?\W+\d{2}\s*$", text):
        return None  # a four-digit year, or "10 March 23" ending the text
    if not re.search(r"(?<!\d)\d{1,2}(?!\d)", re.sub(r"(?<!\d)(?:19|20)\d{2}(?!\d)", "", text)):
        return None  # no day number
    if not re.search(r"[^\W\d_]{3,}|\d[./-]\d{1,2}[./-]\d", text):
        return None  # neither a month's name nor a numeric date: "1 of 3 2024"
    import dateparser

    try:
        parsed = dateparser.parse(text, settings=_FREE_SETTINGS)
    except Exception:  # noqa: BLE001 - dateparser on odd text must not stop a batch
        return None
    if parsed is None or not 1995 <= parsed.year <= date.today().year + 1:
        return None
    numbers = {int(n) for n in re.findall(r"\d+", text)}
    if parsed.day not in numbers or not {parsed.year, parsed.year % 100} & numbers:
        return None  # the day and the year must be the text's own, never filled in from the clock
    return parsed.date()


_DAY_MONTH_SHORT_YEAR = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})(?![\d.])")


def inline_label_date(line: str) -> tuple[date, str, str] | None:
    """A date right after a capitalised "Published"/"Posted on"/"Updated" inside a line: (date, label, text)."""
    found = []
    for m in _INLINE_LABEL.finditer(line):
        rest = line[m.end():]
        span = find_date_span(rest[:40])
        if span and span[0] <= 3:
            found.append((span[2], m.group("label"), line[m.start():m.end() + span[1]]))
            continue
        short = _DAY_MONTH_SHORT_YEAR.match(rest)
        if short:
            # "Published 18.01.19, 11:42 AM": day, month and a two-digit year, read only after the label
            try:
                found.append((date(2000 + int(short["y"]), int(short["m"]), int(short["d"])), m.group("label"),
                              line[m.start():m.end() + short.end()]))
                continue
            except ValueError:
                pass
        chunk = re.split(r"\s\|\s|\s+By\s|\s{3,}", rest, maxsplit=1)[0][:40]
        d = parse_free(chunk)
        if d:
            found.append((d, m.group("label"), line[m.start():m.end()] + chunk))
    # the first publication label, else the first update
    return next((f for f in found if not f[1].lower().endswith("updated")), found[0] if found else None)


def dateline_month_day(line: str, period: bool = True) -> tuple[int, int] | None:
    """(month, day) of a dateline that states no year; ``period``: also one closed by a period or alone on its line
    (read near the top only)."""
    m = _DATELINE_NO_YEAR.match(line) or (_DATELINE_PERIOD.match(line) if period else None)
    if not m:
        return None
    month = m.group("month") or m.group("month2")
    day = m.group("day") or m.group("day2")
    return MONTHS[month[:3].lower()], int(day)


def infer_year(month: int, day: int, body: str, hint: date | None = None,
               ignore: frozenset[date] = frozenset()) -> tuple[date, str] | None:
    """The date of a year-less dateline: the hint's year (feed date) when given, else the year that puts
    it on or just after the latest full date the story states (within half a year)."""
    def make(year: int) -> date | None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    if hint is not None:
        options = [d for d in (make(hint.year - 1), make(hint.year), make(hint.year + 1)) if d]
        best = min(options, key=lambda d: abs((d - hint).days), default=None)
        return (best, f"year from the feed's date {hint}") if best else None
    stated = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(body):
            gd = m.groupdict()
            try:
                mon = int(gd["mnum"]) if gd.get("mnum") else MONTHS[gd["month"][:3].lower()]
                stated.append(date(int(gd["year"]), mon, int(gd["day"])))
                if stated[-1] in ignore:  # a banner's date is the day the page was viewed
                    stated.pop()
            except (ValueError, KeyError):
                continue
    if not stated:
        return None
    latest = max(stated)
    d = make(latest.year)
    if d is not None and d < latest:
        d = make(latest.year + 1)
    if d is None or (d - latest).days > 183:
        # half a year or more after the story's latest date: that date is more likely a coming event's (an
        # election "on April 30, 2025" under a "March 13" dateline), which would put the dateline a year late
        return None
    return d, f"year from the latest date in the story ({latest})"


# "July 3, 2016 (KAMPALA) – ...": some outlets put the dateline's place in brackets between the date and the dash
# ... or glued to the dateline's capitals or the lede after an agency ("April 23, 2023 -WASHINGTON (AP) —", "Nov. 17,
# 2014 (EIRNS)—At the invitation")
_DATE_THEN_DASH = re.compile(r"\s*(?:\([A-Z][A-Za-z .,'/-]{1,40}\)\s*)?(?:(?:--|[-–—])(?:\s|(?=[A-Z]{2,}\b))|—(?=[A-Z]))")
# "Jul 27,2021: US President Joe Biden ...": a full date and a colon opening the lead (near the top only: further down,
# or on several lines, it is a timeline's entry)
_DATE_THEN_COLON = re.compile(r":\s+(?=[\"“A-Z])")
# "14ymedio bigger14ymedio, Caracas, 30 April 2019 — ...": a logo's words run into the dateline, lowercase or digits
# first (a dateline's place is capitalised)
_RUN_INTO_DATELINE = re.compile(r"^(?=[a-z0-9])[^,.:;!?\"“]{2,30},\s+(?=[A-Z])")
# "WION Web Team New Delhi, Delhi, India Jun 28, 2017, 02.03 AM (IST)": a head line closed by a date and its time of
# day (a byline's stamp; a lede's date is not followed by a clock and the end of the line)
# (the words before the date only names: a desk, a town, a country -- "Talks were due to resume 13 March 2025
# 11:58" tells something)
_NAMES_ONLY = re.compile(r"(?:[A-Z][\w.'’&-]*,?\s+)*")
_CLOCK_CLOSES = re.compile(r"\s*,?\s*(?:at\s+|@\s*)?(?P<clock>\d{1,2}[:.]\d{2})")


def _caption_year(month: int, day: int, caption_dates: set[date]) -> tuple[date, str] | None:
    """A year-less dateline's year from a photo caption's full date in the days up to it ("... arrested on May 9,
    2023. (Photo: Dawn)" over "Islamabad, May 9 (Dawn):"): the caption's date never dates the story itself, but a
    photo of the same week gives its year. An older file photo is more than a week away and gives nothing; captions
    that disagree give nothing."""
    found = set()
    for c in caption_dates:
        for year in (c.year, c.year + 1):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if 0 <= (d - c).days <= 7:
                found.add(d)
    if len(found) != 1:
        return None
    d = found.pop()
    return d, f"year from a photo caption's date in the same week ({max(c for c in caption_dates if c <= d)})"


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
                    r"(?:\s*\(?(?:[A-Z]{2,5}|(?:GMT|UTC)\s*[+-]?\d{0,2})\)?)?(?=\W|$)", re.I)
_BY_NAME = re.compile(r"\b[Bb]y\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")


_ON_STAMP = re.compile(r"^(?:(?:posted|published|first published)\s+)?on\s+(?=\S)", re.I)
_UPDATE_AFTER = re.compile(r"^\s*[,;|]?\s*(?:last\s+)?updated?(?:\s+on)?\s+", re.I)


def _on_stamp(line: str) -> date | None:
    """The first date of a line that is only a stamp opened by "on" ("on August 08, 2014 at 7:31 AM, updated
    August 08, 2014 at 8:56 AM", "Posted on 3 May 2021, 10:04"): the date, a clock time, an update's date and
    clock time, nothing else."""
    opened = _ON_STAMP.match(line)
    if opened is None or len(line) > 120:
        return None
    rest = line[opened.end():]
    span = find_date_span(rest)
    if span is None or span[0] != 0:
        return None
    after = re.sub(r"^\s*,?\s*(?:at\s+)?", "", _CLOCK.sub("", rest[span[1]:], count=1))
    update = _UPDATE_AFTER.match(after)
    if update:
        later = find_date_span(after[update.end():])
        if later is None or later[0] != 0:
            return None
        after = _CLOCK.sub("", after[update.end() + later[1]:], count=1)
        after = re.sub(r"\bat\b", "", after)
    return span[2] if not re.search(r"[^\W\d_]", after) else None


def _date_and_byline_only(line: str, span: tuple[int, int, date]) -> bool:
    """A head line that is a date with at most a clock time, its zone and a "by Name" ("5:45 AM PST 11/19/2019 by
    Ann Lee", "14:05 GMT+3 | 11 June 2024"): nothing in it tells of an event."""
    if len(line) > 100:
        return False
    outside = line[:span[0]] + " " + line[span[1]:]
    rest = _BY_NAME.sub(" ", _CLOCK.sub(" ", outside))
    words = re.findall(r"[^\W\d_]{2,}", rest)
    if len(words) <= 1:
        return True
    # a time stamp (date and clock time) with a section label or two before it: "Politics Materials 13 March 2025
    # 11:58 (UTC +04:00)"; a line that tells something has more words, a verb among them
    if (len(words) <= 2 and len(line) < 70 and _CLOCK.search(line[span[1]:]) is not None
            and all(w[0].isupper() for w in words)):
        return True
    # a credit and its stamp: "Darpan News Desk IANS, 01 Oct, 2014 10:04 AM", "Staff Reporter | 3 May 2021": a few
    # capitalised words (a desk, an agency, a name), a separator, then the date ending the line (a clock time after
    # it at most); a line that tells something has a verb or a lower-case word
    before, after = line[:span[0]].rstrip(), line[span[1]:]
    return (len(words) <= 5 and len(line) < 80 and before.endswith((",", "|", "-", "–", "—", "/"))
            and all(w[0].isupper() for w in words) and not re.search(r"[^\W\d_]", _CLOCK.sub("", after)))


_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})\s?([./-])\s?(\d{1,2})\s?\2\s?((?:19|20)\d{2}|\d{2})(?![\d/.-])")


def _ambiguous_order(evidence: str) -> tuple[date, date] | None:
    """Both readings of a numeric date whose day and month could swap ("04/09/2007"), when the evidence's date is
    one; None for a URL, a written-out or ISO date, or a number over 12 that fixes the order."""
    if evidence.startswith(("URL:", "date split", US_STAMP_EVIDENCE)):
        return None
    span = find_date_span(evidence)
    m = _NUMERIC_DATE.search(evidence)
    if not m or (span and span[0] < m.start() and not _NUMERIC_DATE.match(evidence[span[0]:])):
        return None  # the date used is a written-out one before any numeric date
    if m.group(2) == "." and len(m.group(4)) == 4:
        return None  # "12.03.2025": dots are the day-first convention (Europe, Russia, Turkey); US dates use slashes
    # ("Published: 09.10.19" on Ynetnews is 10 September: a two-digit year with dots is written either way)
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if not (1 <= a <= 12 and 1 <= b <= 12) or a == b:
        return None
    year += 2000 if year < 100 else 0
    try:
        return date(year, b, a), date(year, a, b)  # day-first, month-first
    except ValueError:
        return None


# a numeric date with a clock time in a US time zone ("Posted: 08/02/2013 11:10 am EDT", "11/30/09 05:40 PM ET",
# "POSTED: 05/02/07, 9:00 PM PDT"): the US writes the month first, with slashes or (rarely) dots. China's "CST" is left out (China writes the year
# first, and a slashed day-month date under "CST" would be ambiguous).
_US_STAMP = re.compile(r"(?<![\d/.-])(?P<mon>\d{1,2})(?P<sep>[/.])(?P<day>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2}|\d{2})(?![\d/.-]),?\s*"
                       r"(?:@\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
                       r"(?:ET|EST|EDT|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST)\b")
US_STAMP_EVIDENCE = "month-first US date: "


def us_stamp_date(line: str) -> date | None:
    """The date of a month-first numeric date stamped with a US time zone, or None."""
    m = _US_STAMP.search(line)
    if not m:
        return None
    year = int(m.group("year"))
    year += 2000 if year < 100 else 0
    try:
        d = date(year, int(m.group("mon")), int(m.group("day")))
    except ValueError:
        return None
    return d if 1995 <= d.year <= date.today().year + 1 else None


# a head line that is a month and day and nothing else but a weekday and a clock time ("Thursday, March 13",
# "13 March | 11:58", "Mar 13, 2025" has its year and is read elsewhere)
_YEARLESS_LINE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?P<month>" + _MONTH_WORDS + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+"
    r"(?P<month2>" + _MONTH_WORDS + r"))\b\.?"
    r"(?:\s*[,|•·/-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?"
    r"\s*$", re.I)


def yearless_date_line(line: str) -> tuple[int, int] | None:
    """(month, day) of a head line that states a month and day and no year ("Thursday, March 13 | 11:58")."""
    m = _YEARLESS_LINE.match(line.strip())
    if not m:
        return None
    month = m.group("month") or m.group("month2")
    return MONTHS[month[:3].lower()], int(m.group("day") or m.group("day2"))


def _month_hint(url_month: tuple[int, int] | None, month: int) -> date | None:
    """The middle of the URL's month when a year-less dateline's month is that month or the one before it
    (a story filed on the 31st can be posted on the 1st), else None."""
    if not url_month:
        return None
    year, mon = url_month
    if month == mon or month % 12 + 1 == mon:
        return date(year, mon, 15)
    return None


def _split_date(head: list[str]) -> tuple[date, str] | None:
    """A date a page lays out one part a line ("19" / "Mar" / "2025"): runs of very short head lines joined."""
    run: list[str] = []
    for line in head + [""]:
        if 0 < len(line) <= 5:
            run.append(line)
            continue
        for start in range(len(run) - 2):
            joined = " ".join(run[start:])
            span = find_date_span(joined)
            if span and span[0] == 0:
                return span[2], joined[:span[1]]
        run = []
    return None


def _norm_line(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


def _meta_zone(nonblank: list[str], body: str, title: str | None) -> list[str]:
    """The lines between the headline and the lead, where a page sets its byline and date ("By Jane Doe",
    "Materials 13 March 2025 11:58 (UTC +04:00)"), however many menu lines come before the headline: from the
    line of the given headline up to the first story paragraph of the cleaned body, at most 20 lines; without a
    given headline, the lines above the lead up to a line that reads as one (four words or more, no date, no byline),
    at most 6 (a menu's today's-date banner sits above the headline); none when no lead or headline is found that
    near (a date further down is in the story, an event's)."""
    key = _norm_line(title or "")
    found = next((i + 1 for i, s in enumerate(nonblank[:60]) if key and _norm_line(s) == key), None)
    start = found if found is not None else 0
    paragraphs = {p.strip() for p in body.split("\n") if p.strip()}
    for j in range(start, min(len(nonblank), start + (21 if found is not None else 41))):
        s = nonblank[j]
        if s in paragraphs and len(s) >= 80 and re.search(r"[.!?\"”’]$", s):
            if found is not None:
                return nonblank[start:j]
            for k in range(j - 1, max(-1, j - 8), -1):
                ln = nonblank[k]
                if (len(re.findall(r"[^\W\d_]{2,}", ln)) >= 4 and not find_date(ln) and not _BYLINE.match(ln)
                        and not _LABEL.match(ln) and not _CAPTION.search(ln) and ln[:1].isupper()):
                    return nonblank[k + 1:j] if j - k <= 7 else []
            return []
    return []


# a place in capitals, then the outlet and the date in brackets: "WASHINGTON (UrduPoint News / Sputnik - 15th March, 2023)"
_AGENCY_DATELINE = re.compile(r"^[A-Z][A-Z .,'/-]{2,40}\s*\((?P<inner>[^()]{3,80}?[-–—,]\s*[^()]*?\d{4})\)")
BYLINE_REACH = 20  # how far down a page's menus may push the byline and its date line


def _beside_byline(line: str, nonblank: list[str]) -> bool:
    """``line`` sits right above or below a byline ("By Jane Doe") within the first ``BYLINE_REACH`` lines."""
    for i, s in enumerate(nonblank[:BYLINE_REACH]):
        if s == line:
            return any(0 <= j < len(nonblank) and _BYLINE.match(nonblank[j]) for j in (i - 1, i + 1))
    return False


_GLUED_YEAR = re.compile(r"(?<![\d])((?:19|20)\d\d)(?=(?:Updated|Published|Posted|Last|Modified)\b)")


def _unglued(line: str) -> str:
    """"January 21, 2022Updated: January 21, 2022": a stamp a page ran into its update label, pulled apart."""
    return _GLUED_YEAR.sub(r"\1 ", line)


def _under_headline(line: str, nonblank: list[str], title_key: str) -> bool:
    """``line`` comes right after the headline's line (the first line that reads as the title)."""
    at = next((i for i, s in enumerate(nonblank[:12]) if title_key and _norm_line(s) == title_key), None)
    return at is not None and at + 1 < len(nonblank) and nonblank[at + 1] == line


_SHORT_YEAR_LINE = re.compile(r"^(?:[A-Z][A-Za-z]+\s+)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
                              r"[a-z]*\.?\s+(\d{2})$")
_MONTH_NUMBER = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                             "dec"), 1)}


def publication_date(lines: list[str], body: str, fields: dict | None = None,
                     header_lines: list[str] | None = None, title: str | None = None) -> DatedEvidence:
    """Best publication date for an article, or an honest unknown.

    ``lines`` are the raw lines (body and chrome), ``header_lines`` those the
    cleaner found above the headline, ``title`` the headline (its line starts the zone where a byline and date
    are looked for, below any menu).
    """
    fields = fields or {}
    header = {_unglued(ln.strip()) for ln in header_lines or []}
    candidates: list[tuple[float, date, str]] = []
    notes: list[str] = []
    feed_date = None
    if fields.get("published"):
        d = parse_field(str(fields["published"]))
        if d:
            feed_date = d
            candidates.append((0.9, d, f"{fields.get('published_field', 'published field')}: {fields['published']}"))
    from_url = url_date(fields.get("url"))
    if from_url:
        candidates.append((0.85, from_url, f"URL: {fields['url']}"))
    url_month = url_year_month(fields.get("url")) if not from_url else None
    nonblank = [_unglued(ln.strip()) for ln in lines if ln.strip()]
    head = set(nonblank[:8])
    # the byline-and-date lines under a headline that menus pushed below the top 8 lines; when they hold more
    # than one date (a list of other stories, each dated), none of them is taken
    below = [ln for ln in _meta_zone(nonblank, body, fields.get("title")) if ln not in head]
    if len({d for ln in below if (d := find_date(ln))}) <= 1:
        head |= set(below)
    # the agencies' period-closed datelines are read on the head lines and the lead only: further down, a line that opens
    # "Bishkek, Nov. 20, 2017. /Kabar/." starts another story (a list of items), whose date is not this page's
    early = head | set(nonblank[:12])
    title_key = _norm_line(title or fields.get("title") or "")
    caption_dates = frozenset(d for s in nonblank if _CAPTION.search(s) and (d := find_date(s)))
    # lines that open with a full date and a dash: one is a dateline, several are a timeline of events
    date_first = {s for s in nonblank if (sp := find_date_span(s)) and sp[0] == 0 and _DATE_THEN_DASH.match(s[sp[1]:])}
    date_colon = {s for s in nonblank[:12] if (sp := find_date_span(s)) and sp[0] == 0
                  and _DATE_THEN_COLON.match(s[sp[1]:])}
    banner_dates = frozenset(d for s in nonblank[:8] if _BANNER.match(s) and (d := find_date(s)))
    # which line each candidate came from (-1: the feed's fields and the URL), read after the loop
    origin: list[int] = []
    for at, s in enumerate(nonblank):
        origin.extend([at - 1 if at else -1] * (len(candidates) - len(origin)))
        if _CAPTION.search(s):
            continue  # a caption dates the photo, not the story
        us = us_stamp_date(s) if s in head or s in header else None
        if us:
            candidates.append((0.8 if s in head else 0.6, us, US_STAMP_EVIDENCE + s[:80]))
            continue
        if s in head and _BANNER.match(s):
            d = find_date(s)
            if d and url_month == (d.year, d.month) and _under_headline(s, nonblank, title_key):
                # "Obama begins Kenya visit" / "• 25/07/2015" on a ".../2015/07/..." page: a bulleted date right under
                # the headline, in the month the URL names, is the story's (a menu's banner sits above the headline)
                candidates.append((0.75, d, f"date line under the headline, in the URL's {d:%Y/%m}/: {s[:40]}"))
                continue
            bare = s.lstrip("•·▪◦ \t")
            label = _LABEL.match(bare)
            if d and label and label.group(1).lower() in ("published", "posted", "first published", "publication date"):
                # "• Published: 20/11/2012 at 02:06 AM" among "• Newspaper section: ..." under the lead: a labelled
                # field of the story's own list, not a menu's date of the day
                candidates.append((0.85, d, bare[:60]))
                continue
            if d:
                notes.append(f"{d}: a banner or menu line ({s[:40]}) dates the page view, not the story")
            continue
        if s in header:
            d = find_date(s)
            earlier = _earlier_numeric_stamp(nonblank[:8], d) if d else None
            if earlier:
                # "Saturday, June 6, 2020" over "LATIN AMERICA | 10-01-2019 13:35": a stamp with its time of day in a
                # year before the header's (day and month in either order) is the story's; the header is the day the
                # page was shown. Which of the two orders the stamp means is not told: no date rather than a wrong one
                notes.append(f"{d}: a page header after the story's own stamp ({earlier}), the day the page was shown")
            elif d and caption_dates and all((d - c).days > HEADER_AFTER_PICTURES for c in caption_dates):
                # "Tuesday 21 October 2014" above a headline whose news pictures are captioned "Tuesday, Nov. 23,
                # 2010": a masthead's day the page was shown on, years after the story; the weakest evidence, left out
                notes.append(f"{d}: a page header long after every dated caption ({min(caption_dates)}), "
                             f"the day the page was shown")
            elif d:
                # "24 Nov 2024" over "Sunday 28 March 2021 - 17:34" above a headline: a date with its time of day is
                # a story's stamp, a bare one as often the day a widget shows (the page's view); the stamp goes first
                stamped = (sp := find_date_span(s)) is not None and _CLOCK.search(s, sp[1]) is not None
                candidates.append((0.45 if stamped else 0.4, d, f"page header above the headline: {s}"))
            continue
        if _LABEL.match(s):
            updated = _LABEL.match(s).group(1).lower() in ("updated", "last updated")
            inline = inline_label_date(s) if updated else None
            if inline and not inline[1].lower().endswith("updated"):
                # "Last Updated: June 26, 2024 | Published: June 25, 2024": the publication's label, further on
                candidates.append((0.85, inline[0], f"dated line: {inline[2]}"))
                continue
            d = find_date(s) or parse_free(s[_LABEL.match(s).end():][:40])
            if d:
                # an update's stamp is on or after the publication: taken alone, below a dateline or a byline's date
                candidates.append((0.7 if updated else 0.85, d, s))
            continue
        glued = _GLUED_BYLINE.match(s) if s in head else None
        if glued and (d := find_date(glued.group("date"))):
            candidates.append((0.75, d, f"byline run into its date: {s[:60]}"))
            continue
        inline = inline_label_date(s) if s in head else None
        if inline and not inline[1].lower().endswith("updated"):
            # "Mohammad Ali Published March 20, 2023 | 03:10 PM": a byline's label and its date
            candidates.append((0.8, inline[0], f"dated line: {inline[2]}"))
            continue
        segments = [g.strip() for g in s.split("|")] if s in head and "|" in s else []
        labelled = [g for g in segments if _LABEL.match(g) and find_date(g)]
        if labelled:  # "News Desk | Updated: 18-06-2025 03:36 IST | Created: 18-06-2025 03:36 IST"
            first = [g for g in labelled if not g.lower().startswith(("updated", "last updated"))]
            # "June 27, 2017 01:27 am | Updated December 05, 2021 09:01 am IST": only an update is labelled; the
            # stamp before it, a date opening its segment, is the publication (an update comes on or after it)
            plain = [g for g in segments if (sp := find_date_span(g)) and sp[0] == 0 and not _LABEL.match(g)]
            if not first and plain:
                candidates.append((0.8, find_date(plain[0]), plain[0]))
                continue
            first = first or labelled
            candidates.append((0.8, find_date(first[0]), first[0]))
            continue
        dated_segments = [g for g in segments if (sp := find_date_span(g)) and sp[0] == 0 and len(g) < 40]
        if dated_segments:  # "Outlet | @handle | 02 Feb 2024, 09:57 pm"
            candidates.append((0.7, find_date(dated_segments[0]), dated_segments[0]))
            continue
        if inline:  # only an update's date inside the line, and no labelled segment
            candidates.append((0.7, inline[0], f"dated line: {inline[2]}"))
            continue
        d = _dateline(s, s in early)
        if d:
            candidates.append((0.8, d, f"dateline: {s[:80]}"))
            continue
        run_in = _RUN_INTO_DATELINE.match(s) if s in early else None
        d = _dateline(s[run_in.end():], True) if run_in else None
        if d:
            candidates.append((0.7, d, f"dateline after a logo's words: {s[:80]}"))
            continue
        md = dateline_month_day(s, s in early)
        if md:
            hint = feed_date or from_url or _month_hint(url_month, md[0])
            # a caption's date (a file photo may be years old) gives a year only from the same week
            inferred = (infer_year(md[0], md[1], body, hint, banner_dates | caption_dates)
                        or _caption_year(md[0], md[1], caption_dates))
            if inferred:
                conf = 0.8 if (feed_date or from_url) else 0.75 if hint else 0.6
                why = inferred[1] if not hint or feed_date or from_url else f"year from the URL's {hint:%Y/%m}/"
                candidates.append((conf, inferred[0], f"dateline: {s[:60]} ({why})"))
            continue
        if title_key and _norm_line(s) == title_key:
            continue  # the headline: a date in it ("Remembering March 11, 2011") is the story's subject
        md = yearless_date_line(s) if s in head and url_month else None
        hint = _month_hint(url_month, md[0]) if md else None
        if hint:
            # "Thursday, March 13 | 11:58" under the headline of a ".../2025/03/..." page: the URL gives the year
            inferred = infer_year(md[0], md[1], body, hint)
            if inferred:
                candidates.append((0.75, inferred[0], f"date line without a year: {s[:40]} (year from the URL's "
                                                      f"{hint:%Y/%m}/)"))
                continue
        stamp = _on_stamp(s) if s in head else None
        if stamp is not None:
            # "on August 08, 2014 at 7:31 AM, updated August 08, 2014 at 8:56 AM" under a byline: the story's stamp
            candidates.append((0.75, stamp, f"date line: {s[:60]}"))
            continue
        near_byline = _beside_byline(s, nonblank)
        span = find_date_span(s) if s in head or near_byline else None
        if near_byline and span and span[0] == 0 and len(s) < 100 and _date_and_byline_only(s, span):
            # "Jan. 26, 2025, 10:56 PM GMT+6 / Updated Jan. 27, 2025" right above or below "By Jane Doe", however
            # far down a page's menus pushed the pair: the story's stamp (its first date, the update's after it)
            candidates.append((0.75, span[2], f"date line beside the byline: {s[:60]}"))
            continue
        agency = _AGENCY_DATELINE.match(s) if s in early else None
        if agency and (sp := find_date_span(agency.group("inner"))) is not None:
            # "WASHINGTON (UrduPoint News / Sputnik - 15th March, 2023) Russian ...": the dateline's brackets
            candidates.append((0.8, sp[2], f"dateline: {s[:agency.end()]}"))
            continue
        if s in date_first and len(date_first) > 1:
            continue  # one line of a timeline: each date is an event's
        if span and span[0] == 0 and s in date_first:
            # "20th March 2023 – (Moscow) Chinese President ...": the date opens the story, a dash after it
            candidates.append((0.8, span[2], f"dateline: {s[:60]}"))
            continue
        if span and span[0] == 0 and s in date_colon and len(date_colon) == 1 and s in head:
            candidates.append((0.75, span[2], f"dateline: {s[:60]}"))
            continue
        if span and s in head and len(s) < 120 and _NAMES_ONLY.fullmatch(s[:span[0]]) \
                and (clock := _CLOCK_CLOSES.match(s, span[1])) \
                and (time_of_day := _CLOCK.match(s, clock.start("clock"))) and \
                time_of_day.end() >= len(s.rstrip(" |")):
            candidates.append((0.7, span[2], f"date and time closing a head line: {s[:80]}"))
            continue
        if span and (len(s) < 40 or (span[0] == 0 and len(s) < 80) or (_BYLINE.match(s) and len(s) < 120)
                     or _date_and_byline_only(s, span)):
            # a short date line, a short line that starts with the date, or a byline with its date
            # (not a lede that opens "On June 13, 2025, ...": that dates the event)
            candidates.append((0.75 if _BYLINE.match(s) else 0.7, span[2], s))
            continue
        short_year = _SHORT_YEAR_LINE.match(s) if s in head and not span else None
        if short_year:
            # "News 17 May 15" over the lead: a section's word and the day with a two-digit year, the century this
            # one's (a story dated in the future of the day it is read is none)
            try:
                d = date(2000 + int(short_year.group(3)), _MONTH_NUMBER[short_year.group(2).lower()[:3]],
                         int(short_year.group(1)))
            except ValueError:
                d = None
            if d is not None and d <= date.today():
                candidates.append((0.6, d, f"date line with a two-digit year: {s}"))
                continue
        if s in head and len(s) < 40 and not span:
            d = parse_free(s)  # a date line in another language or layout: "6 января 2022"
            if d:
                candidates.append((0.7, d, s))
                continue
        if s in head:
            today = _TODAY.search(s)
            span = find_date_span(s[today.end():today.end() + 40]) if today else None
            if span and span[0] == 0:
                candidates.append((0.65, span[2], f"the lede dates itself: {s[today.start():today.end() + span[1]]}"))
    origin.extend([len(nonblank) - 1] * (len(candidates) - len(origin)))
    title_at = next((i for i, ln in enumerate(nonblank[:12]) if title_key and _norm_line(ln) == title_key), None)
    if title_at is not None and any(o > title_at for o in origin):
        # "December 16, 2025 02:40 pm (IST)" above the menus, "Sep 18, 2014, at 02:35 am" under the headline: the
        # page's view or crawl stamp above the headline gives way to the story's line under it
        candidates = [(conf - 0.25 if 0 <= o < title_at else conf, d, ev)
                      for (conf, d, ev), o in zip(candidates, origin)]
    split = _split_date(nonblank[:8])
    if split:
        candidates.append((0.7, split[0], f"date split over short lines: {split[1]}"))
    # "4/9/2007": April 9 on a US page, 4 September elsewhere; such a date counts only where another candidate
    # (the URL, a written-out date) reads the same day under one of the two orders
    firm = {d for _, d, ev in candidates if not _ambiguous_order(ev)}
    kept = []
    for conf, d, evidence in candidates:
        readings = _ambiguous_order(evidence)
        if readings:
            agreed = [r for r in readings if r in firm]
            if not agreed:
                notes.append(f"{d}: day and month order unknown in {evidence[:40]!r}")
                continue
            d = agreed[0]
        kept.append((conf, d, evidence))
    candidates = kept
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
