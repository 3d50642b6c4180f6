"""Boilerplate removal for scraped plain text.

Written by hand because the libraries that do this (trafilatura, justext)
work on the HTML tree, and scraped plain text has lost it: what is left are
lines, and the cues that a line is chrome rather than reporting (consent
notices, comment prompts, captions, label lines) are lexical or positional.
Lexical patterns live in ``data/boilerplate.yaml`` so users can extend them;
the positional rules (header date above the headline, a label followed by
its value, a caption above a credit, a standfirst that repeats the body, a
lone headline between paragraphs) are below because they need the neighbours
of a line, which a pattern file cannot express.

Photo captions are not the story's reporting (its events are not the article's): besides the credit
patterns, an agency-style caption is recognised by its shape (a describing sentence that ends on the
weekday and full date, "... outside Goma, Saturday, Jan. 25, 2025."; split off when the story runs on
after it), and a long describing line with no sentence end above the lead is one too. Cleaning never
deletes an article: an item that is nothing but a caption keeps the caption's words and says so in its
metadata ("body from caption"). Mojibake is mended with ftfy (``fix_mojibake``) at article building.

Credits mark captions wherever they stand: a describing sentence closed by "— X pic", "Photo: X",
"(Name/For The Outlet)", an agency pair with the picture's file code, an agency's bare name, or followed by a
photographer's credit line; "is seen" / "In this photo" sentences describe a picture. A story paragraph
(two sentences or more, one of them telling) that a credit was run onto keeps its sentences and loses the
credit. Closing agency credits ("... – BBC."), feed footers ("Read the full story › ..."), a label run into
its paragraph ("Monitoring and Enforcement: An ...") and the headline run into a paragraph come off the line.
Datelines stay where they are (the date logic reads the input lines; ``title_case_dateline`` tells the
entity stage where a Title-Case one ends).

A copyright sign and its holder ("... on Thursday. © JANE ROE / AGENCY") credit a picture like "Photo: X";
a line opening with a player's control ("✕ Close <clip title>", "Play video: ...") is a clip's title; a
line of labelled scores ("Accuracy 4.6 | Fairness 4.2") is a rating widget; a headline-shaped line (two
lower-case words or more, one phrase) that shares no word with anything else the article says is another
story's headline (a name with its title under a quotation stays).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from dossier import yamldata
from dossier.records import CleaningStep


@dataclass(slots=True)
class CleanText:
    title: str
    body: str
    steps: list[CleaningStep] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    header_lines: list[str] = field(default_factory=list)  # lines above the headline (page chrome)


@lru_cache(maxsize=1)
def _data() -> dict:
    return yamldata.safe_load(resources.files("dossier.ingest").joinpath("data/boilerplate.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern[str], str, str]]:
    rules = []
    for rule in _data()["rules"]:
        rules.append((re.compile(rule["pattern"], re.IGNORECASE), rule["reason"], rule.get("action", "drop")))
    return rules


@lru_cache(maxsize=1)
def _outlet_words() -> re.Pattern[str]:
    words = _data().get("outlet_words", [])
    known = _data().get("known_outlets", [])
    alts = [re.escape(k) for k in known] + [rf"\b{re.escape(w)}\b" for w in words]
    return re.compile("|".join(alts) or r"(?!)", re.IGNORECASE)


HEADLINE_SEARCH_LINES = 12  # a given headline is looked for this far down the text (below menu lines)


def _norm(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


# removals that keep no chrome out, only repetition: undone when nothing else is left
_CONTENT_REASONS = frozenset({"repeated title", "repeated line", "standfirst repeating the body",
                              "teaser repeating the lead", "lone headline between paragraphs (related-article link)",
                              "cut copy of the line above"})
_END_PUNCT = (".", "!", "?", "\"", "”", "’", "'", ")", ":", ";", "…")
_LABELS = re.compile(r"^(category|categories|section|tags?|topics?)$", re.I)


def is_date_only(line: str) -> bool:
    """A line that is a calendar date and little else (a page or story date line)."""
    from dossier.ingest.dates import find_date_span

    span = find_date_span(line)
    if span is None:
        return False
    rest = (line[:span[0]] + " " + line[span[1]:])
    rest = re.sub(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}:\d{2}\b|\b(am|pm|gmt|utc|kst|est|edt)\b",
                  " ", rest, flags=re.I)
    return len(re.findall(r"[A-Za-z]{2,}", rest)) == 0


def _is_heading(line: str) -> bool:
    """Short, unpunctuated, starts with a capital: a headline, a sub-heading or a link title."""
    words = line.split()
    return 3 <= len(words) <= 20 and not line.endswith(_END_PUNCT) and line[:1].isupper()


def _short_label(line: str) -> bool:
    """One or two words with no sentence end: a section label or a site's name among the page's links
    ("ABOUT", "Nation Thailand")."""
    words = line.split()
    return 1 <= len(words) <= 2 and not line.endswith(_END_PUNCT) and line[:1].isupper()


def _page_labels(tail: list[int], verdict) -> bool:
    """Do the page's own labels frame a run of headlines (``tail``, last line first)? After the last of them
    (the site's name, "ABOUT"), or three or more above the first (a list of tags); a label between two
    headlines heads a section of the story's own list ("Pros", "Cons")."""
    shapes = "".join("L" if _short_label(verdict[j][0]) else "H" for j in reversed(tail))
    return bool(re.fullmatch(r"(?:LLL+)?H+L+|LLL+H+", shapes))


def _listed_headline(line: str) -> bool:
    """A line shaped like a headline in a list of links: short, no sentence end (or cut off with an
    ellipsis), not a quotation."""
    words = line.split()
    if not 2 <= len(words) <= 20 or not line[:1].isupper() or line[:1] in ('"', "“"):
        return False
    return not line.endswith(_END_PUNCT) or line.endswith(("...", "…")) and len(words) <= 16


def _content_words(line: str) -> set[str]:
    return {w for w in _norm(line).split() if len(w) > 3}


def _is_masthead(line: str) -> bool:
    words = line.split()
    return (1 <= len(words) <= 5 and not re.search(r"[|>»:]", line) and not line.endswith(_END_PUNCT)
            and bool(_outlet_words().search(line)))


def _masthead_with_sections(line: str) -> str | None:
    """"HARBOUR TIMES | World | Asia" -> "HARBOUR TIMES", "Seoul Ledger — North Korea desk" -> "Seoul Ledger": a
    masthead, then one to three section names of one to three words each (no sentence, no headline: "What is X? |
    The Daily Y" is a linked page title, not this)."""
    parts = [p.strip() for p in re.split(r"\s*\|\s*|\s+[—–-]\s+", line)]
    if not 2 <= len(parts) <= 4 or re.search(r"\d", parts[0]) or not _is_masthead(parts[0]):
        return None
    if all(1 <= len(p.split()) <= 3 and p[:1].isupper() and not p.endswith(_END_PUNCT) and not re.search(r"\d", p)
           for p in parts[1:]):
        return parts[0]
    return None


def parse_byline(value: str) -> tuple[str | None, str | None]:
    """``"Jane Doe, Harbour Times"`` -> (author, outlet); the outlet only when it names a news organisation."""
    parts = [p.strip() for p in re.split(r"\s*(?:,|\||\s-\s|\bfor\b)\s*", value) if p.strip()]
    if not parts:
        return None, None
    author = parts[0]
    outlet = None
    for p in parts[1:]:
        if _outlet_words().search(p) and len(p.split()) <= 5:
            outlet = p
            break
    return author, outlet


_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]{2,}|[\t\u00a0]")
_MIXED_SCRIPT = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0370-\u03ff\u0400-\u04ff])\w+\b")


def fold_homoglyphs(text: str) -> tuple[str, int]:
    """Cyrillic or Greek look-alikes inside a Latin word ("Vostochny Сosmodrome" with a Cyrillic С) ->
    Latin letters, using the Unicode confusables table (confusable-homoglyphs). Words wholly in another
    script are left alone. One character for one, so offsets do not move. Returns (text, letters folded).
    Article building applies it to the cleaned body and title (the cleaner itself only keeps or drops lines)."""
    if text.isascii():
        return text, 0
    from confusable_homoglyphs import confusables

    folded = 0

    def fix(m: re.Match) -> str:
        nonlocal folded
        word = m.group(0)
        found = confusables.is_confusable(word, preferred_aliases=["latin"], greedy=True) or []
        table = {}
        for f in found:
            latin = [h["c"] for h in f["homoglyphs"] if len(h["c"]) == 1 and h["c"].isascii() and h["c"].isalpha()]
            if latin:
                table[f["character"]] = latin[0]
        if not table:
            return word
        folded += sum(word.count(ch) for ch in table)
        return "".join(table.get(ch, ch) for ch in word)
    return _MIXED_SCRIPT.sub(fix, text), folded


# a typographic apostrophe (or the modifier letter one) between two word characters: "Iran’s", "d’Ivoire",
# "O’Toole", "don’t". A closing single quote stands before a space or a mark, never inside a word
_WORD_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u02bc](?=\w)")


def straighten_apostrophes(text: str) -> tuple[str, int]:
    """A typographic apostrophe inside a word -> a straight one, one character for one (offsets do not move).
    Why: the English pipeline learnt from text with straight apostrophes and reads the curly one as part of
    a name: over 150 real articles that write "’" inside words, it tagged "Azerbaijan’s Foreign Ministry" as
    one organisation (a country and its ministry with "'"), "Côte d’Ivoire" as "Côte", "Charles’s" as a
    person and "Budapest’s Chain Bridge" as one body; 105 of 6,535 entity spans differed, nearly all for the
    better with the straight one. More than half of real news pages write the curly one. Quote marks
    (“ ” ‘ and a closing ’) are left as they are. Returns (text, apostrophes straightened); article building
    applies it to the cleaned body and title, like ``fold_homoglyphs``."""
    if text.isascii():
        return text, 0
    straightened, n = _WORD_APOSTROPHE.subn("'", text)
    return straightened, n


# what is left of a three-byte UTF-8 punctuation mark (’ “ ” – —) whose last two bytes (C1 controls after a
# Latin-1 decode) were stripped on the way: "countryâs", "âThe main ...", "... 10 days,â Tokayev"
_LOST_BYTES_APOSTROPHE = re.compile(r"(?<=[A-Za-z])â(?=(?:s|t|ll|re|ve|d|m)\b)")
_LOST_BYTES_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))â(?=[A-Za-z0-9])")
_LOST_BYTES_CLOSE = re.compile(r"(?<=[A-Za-z0-9.,!?;:])â(?=[\s).,;:!?]|$)")


def fix_mojibake(text: str) -> tuple[str, int]:
    """Text decoded with the wrong codec ("Itâ€™s", "cafÃ©") put right with ftfy, which knows the codecs
    and only changes text whose characters show mojibake (curly quotes are left curly). What ftfy cannot
    undo is a sequence whose continuation bytes were lost: a lone "â" standing where a quote mark or an
    apostrophe was. That remnant is folded by hand, and only in a text where every "â" stands at a word's
    edge (a real "â", as in "Câmara", sits inside a word). Returns (text, characters changed or removed).
    Like ``fold_homoglyphs``, article building applies it to the cleaned body and title: the cleaner
    only keeps, drops or trims input lines, and its log names them as they came."""
    if text.isascii():
        return text, 0
    import ftfy

    fixed = ftfy.fix_text(text, uncurl_quotes=False, normalization=None, fix_line_breaks=False,
                          fix_character_width=False, fix_latin_ligatures=False)
    if "â" in fixed:
        edges = (len(_LOST_BYTES_APOSTROPHE.findall(fixed)) + len(_LOST_BYTES_OPEN.findall(fixed))
                 + len(_LOST_BYTES_CLOSE.findall(fixed)))
        if edges >= 2 and edges >= fixed.count("â"):
            fixed = _LOST_BYTES_APOSTROPHE.sub("’", fixed)
            fixed = _LOST_BYTES_OPEN.sub("“", fixed)
            fixed = _LOST_BYTES_CLOSE.sub("”", fixed)
    if fixed == text:
        return text, 0
    changed = sum(1 for a, b in zip(text, fixed) if a != b) + abs(len(text) - len(fixed))
    return fixed, max(changed, 1)


def unescape_line_breaks(text: str) -> str:
    """Text escaped twice on its way here ("...said.\\n\\nThe ministry..." with a backslash and an "n" where the
    page had a line break: a JSON or CSV export written from already-escaped strings) decoded with ftfy's
    ``decode_escapes``, as Python reads a string literal. Only a text with no line break of its own and at least two
    escaped ones is decoded: escaped text is not necessarily a mistake, and a one-line item is left as it came.
    Without this the cleaner sees the whole article as one line and judges it as one (a tweet embedded in it made
    a whole report "no article text")."""
    if "\n" in text or "\r" in text or text.count("\\n") < 2:
        return text
    from ftfy.fixes import decode_escapes

    return decode_escapes(text)


def clean_text(text: str, *, title: str | None = None) -> CleanText:
    """Split scraped text into title and body; log every line removed and why.

    Four steps: the lines are prepared (tags, bullets, inline links, lines re-joined), the title is
    taken from the first line when not given, every line gets a verdict (keep, drop or metadata, with
    its reason) from its own text and then from its position in the article, and the verdicts become
    the body and the log."""
    steps: list[CleaningStep] = []
    # origin: a prepared line -> the input line(s) it came from and what was changed, so that every
    # step names real input lines (a line kept with an edit is logged with action "keep")
    origin: dict[str, list[tuple[str, str | None]]] = {}
    text = unescape_line_breaks(text)
    lines = _prepare(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), origin)
    metadata: dict[str, str] = {}
    header: list[str] = []
    title_from_text = title is None
    if title is None:
        title, lines, header = _title_from_lines(lines)
        steps += [CleaningStep(ln, "page header above the headline", "metadata") for ln in header]
    else:
        header = _date_lines_above(lines, title)
    nonblank, joined = _rejoin([ln for ln in lines if ln], origin)
    nonblank = _cut_title_prefix(nonblank, title, origin)
    if joined:
        metadata["lines re-joined"] = str(joined)
    verdict = _line_verdicts(nonblank, _norm(title), _latin_page(text), metadata)
    listed = {ln for ln, srcs in origin.items() if any(src.lstrip()[:1] in _BULLETS for src, _ in srcs)}
    _positional(verdict, metadata, listed)
    if not any(r is None for _, r, _ in verdict):
        verdict = _never_empty(verdict, title if title_from_text else None, metadata, origin)
    kept = []
    for ln, reason, action in verdict:
        sources = origin.get(ln) or [(ln, None)]
        if reason is None:
            kept.append(ln)
            steps += [CleaningStep(src, edit, "keep") for src, edit in sources if edit]
        else:
            steps += [CleaningStep(src, reason, action) for src, _ in sources]
    return CleanText(title=title.strip(), body="\n\n".join(kept), steps=steps, metadata=metadata, header_lines=header)


def _cut_title_prefix(lines: list[str], title: str, origin: dict[str, list[tuple[str, str | None]]]) -> list[str]:
    """The headline run into the first sentence of a paragraph ("<headline>. The army announced ..."): the
    headline comes off, the paragraph stays."""
    title = title.strip()
    if len(title.split()) < 4:
        return lines
    out = []
    for ln in lines:
        rest = ln[len(title):] if ln.startswith(title) else ""
        m = re.match(r"^\s*[.:!?|–—-]+\s+(?=[A-Z\"“])", rest)
        if m and len(rest[m.end():].split()) >= 6:
            cut = rest[m.end():]
            origin[cut] = [(src, "the headline run into the paragraph cut off")
                           for src, _ in origin.get(ln) or [(ln, None)]]
            out.append(cut)
            continue
        out.append(ln)
    return out


def _title_from_lines(lines: list[str]) -> tuple[str, list[str], list[str]]:
    """``(title, the lines after it, page header lines above it)``: the first line that is not a
    date banner ("Sunday, June 23, 2024") or a section label."""
    header: list[str] = []
    for i, ln in enumerate(lines):
        if not ln:
            continue
        if is_date_only(ln) or _LABELS.match(ln):
            header.append(ln)
            continue
        return ln, lines[i + 1:], header
    return "", [], header


def _date_lines_above(lines: list[str], title: str) -> list[str]:
    """The date lines above a given headline's own line near the top of the text: a menu's today's-date banner
    ("Saturday December 21, 2024" over a 2017 story), page header as when the headline is found in the text."""
    key = _norm(title)
    nonblank = [ln for ln in lines if ln]
    for i, ln in enumerate(nonblank[:HEADLINE_SEARCH_LINES] if key else []):
        if _norm(ln) == key:
            return [x for x in nonblank[:i] if is_date_only(x)]
    return []


def _latin_page(text: str) -> bool:
    head = text[:20000]
    if head.isascii():
        return True  # most pages: no letter to count
    letters = [ch for ch in head if ch.isalpha()]
    return not letters or sum(ch.isascii() for ch in letters) >= 0.8 * len(letters)


Verdict = tuple[str, "str | None", str]  # (line, reason or None = keep, action)


def _line_verdicts(nonblank: list[str], title_key: str, latin_page: bool,
                   metadata: dict[str, str]) -> list[Verdict]:
    """Each line's verdict from its own text (and its neighbour's, for captions and label values)."""
    seen: set[str] = set()
    verdict: list[Verdict] = []
    skip_next_value = False
    link_list = False  # under a "Related" / "Also read" label: the headlines listed there are links
    started = False  # a line of the story itself has been kept
    for idx, ln in enumerate(nonblank):
        nxt = nonblank[idx + 1] if idx + 1 < len(nonblank) else ""
        if link_list:
            if _listed_headline(ln) and not _rule_of(ln):
                verdict.append((ln, "related-article link (listed under its label)", "drop"))
                continue
            link_list = False
        if skip_next_value:
            skip_next_value = False
            if len(ln.split()) <= 3 and not ln.endswith(_END_PUNCT) and not _rule_of(ln):
                verdict.append((ln, "value of a label line", "drop"))
                continue
        prev = nonblank[idx - 1] if idx else ""
        nxt2 = nonblank[idx + 2] if idx + 2 < len(nonblank) else ""
        reason, action, meta = _line_verdict(ln, prev, nxt, nonblank, title_key, seen, latin_page, started,
                                             nxt2=nxt2, idx_in_text=idx)
        if verdict and (prev == ln or _credited_copy(prev, ln)) and verdict[-1][1] == _TWICE:
            reason, action, meta = _TWICE, "metadata", None  # the caption's second copy
        if reason == "label line" and _LABELS.match(ln):
            skip_next_value = True
        if reason == "related-article link" and len(ln.rstrip(":").split()) <= 5:
            link_list = True  # the label alone: what follows it is its list
        if meta is not None:
            metadata.setdefault(*meta)
        if reason is None:
            seen.add(_norm(ln))
            started = True
        verdict.append((ln, reason, action))
    return verdict


# a line crediting the story the text below is taken from: "From a Harbour Times story by Jane Roe headlined
# “...”:", "Excerpted from an article by ..."; a credit, not a sentence of the report
_SOURCE_CREDIT = re.compile(r"^(?:(?:adapted|excerpted|taken|reprinted)\s+)?from\s+(?:an?|the)\s+"
                            r"(?:[\w.&'’\-]+\s+){0,6}?"
                            r"(?:story|report|article|piece|column|interview|dispatch|op-ed|analysis|feature)\s+"
                            r"(?:by|from|in)\s+\S.{0,200}(?:\bheadlined\b.*|:\s*)$", re.I)


def _line_verdict(ln: str, prev: str, nxt: str, nonblank: list[str], title_key: str, seen: set[str], latin_page: bool,
                  story_started: bool, nxt2: str = "", idx_in_text: int = 0
                  ) -> tuple[str | None, str, tuple[str, str] | None]:
    """``(reason or None to keep, action, (metadata key, value) or None)`` of one line."""
    key = _norm(ln)
    if not key:
        return "no words", "drop", None
    if key == title_key:
        return "repeated title", "drop", None
    if key in seen:
        return "repeated line", "drop", None
    if not story_started and (outlet := _masthead_with_sections(ln)):
        # "HARBOUR TIMES | World | Asia": the outlet's name and the page's section breadcrumb above the story
        return "outlet masthead", "metadata", ("outlet masthead", outlet.title() if outlet.isupper() else outlet)
    rule = _rule_of(ln)
    shape = None if rule else _shape_reason(ln, latin_page)
    if shape:
        return shape, "drop", None
    if rule:
        reason, action, value = rule
        return reason, action, ((reason, value) if action == "metadata" else None)
    if _credit_line(ln):
        return "photo caption or credit", "metadata", ("photo caption or credit", ln)
    if _SOURCE_CREDIT.match(ln):
        # "From a Harbour Times story by Jane Roe headlined ...:": the outlet the text is quoted from, credited
        return "agency or staff credit", "metadata", ("agency or staff credit", ln)
    if _PLAYER_CONTROL.match(ln):
        # "✕ Close Leaders meet at the palace": a video player's close button and the clip's title
        return "video player control and clip title", "metadata", ("caption", _PLAYER_CONTROL.sub("", ln))
    if _is_masthead(ln) and not story_started:
        # the page names its outlet above the story ("The Harbour Times"): metadata, not body
        return "outlet masthead", "metadata", ("outlet masthead", ln.title() if ln.isupper() else ln)
    if is_date_only(ln):
        return "date line", "metadata", ("date line", ln)
    if ln.endswith(("...", "…")):
        stem = _norm(ln.rstrip(".…"))
        if len(stem) > 30 and any(_norm(o).startswith(stem) for o in nonblank if o is not ln):
            return "teaser repeating the lead", "drop", None
    # a caption sits right above its credit ("Source: X", "Photo: X") before the story starts
    nxt_rule = _rule_of(nxt) if nxt else None
    if _credit_line(nxt) and (_one_describing_sentence(ln) or _unended_description(ln)):
        # "People wave at the border" above "Image: Harbour Images/J. Roe" or "Jane Roe / AFP via Getty Images
        # file": the picture's caption, wherever it stands
        return "photo caption", "metadata", ("caption", ln)
    if story_started and nxt2 and _credit_line(nxt2) and _unended_description(ln) and _one_describing_sentence(nxt):
        # a caption in two parts above its credit, inside the story: an unended line describing the picture, then
        # one describing sentence ("Protesters wave flags outside the embassy" / "The two states cut ties in
        # 2016." / credit); above the lead, an unended line is as often a standfirst
        return "photo caption", "metadata", ("caption", ln)
    if idx_in_text > 0 and ln == nxt and _unended_description(ln) and len(ln.split()) >= 5:
        # the same unended describing line twice in a row: a picture's alternative text and its caption
        return _TWICE, "metadata", ("caption", ln)
    if _credited_copy(ln, nxt):
        # "X and Y attend a meeting." over "X and Y attend a meeting (Photo: Press Service)." (or "... meeting.
        # Photograph: Jane Roe/AFP", "... meeting Presidency / Jane ROE"): the picture's alternative text, then its
        # caption with the credit
        return _TWICE, "metadata", ("caption", ln)
    if (nxt_rule and nxt_rule[0] in ("source", "photo caption or credit") and len(nxt.split()) <= 6
            and _is_heading(ln) and not story_started):
        return "photo caption", "metadata", ("caption", ln)
    if (nxt_rule and nxt_rule[0] == "photo caption or credit" and len(nxt.split()) <= 6 and "/" in nxt
            and _one_describing_sentence(ln)):
        # "Leaders meet at the palace in Port Lune, Feb. 28, 2025." above "Jane Roe/Lune Press": a caption
        # anywhere in the story (a story's paragraph tells: said, was, will)
        return "photo caption", "metadata", ("caption", ln)
    bare = _bare_agency_tail(ln)
    if bare and _one_describing_sentence(ln[:bare.start()]):
        # "Leaders shake hands during a signing ceremony in Port Lune. Reuters": a picture and its agency
        return "photo caption", "metadata", ("caption", ln)
    if _agency_style_caption(ln) or _pictured_caption(ln) or _credit_tail(ln):
        return "photo caption", "metadata", ("caption", ln)
    if _FILE_NUMBER_TAIL.search(ln) and len(ln.split()) <= 30:
        # "Prime Minister X meets President Y (54729703961)": a picture's title as a media library files it
        # (Wikimedia Commons keeps a Flickr photo's number in brackets), shown under the picture
        return "photo caption", "metadata", ("caption", _FILE_NUMBER_TAIL.sub("", ln))
    if not story_started and _unended_lead_in(ln, nxt2 if (_rule_of(nxt) or ("",))[0] == "byline" else nxt):
        # (a byline between the caption and the lead: "... visit to Athens. Jane Roe" / "by A and B" / the lead)
        return "photo caption or standfirst above the lead", "metadata", ("caption", ln)
    if len(ln) >= 30 and len(prev) > len(ln) and prev.startswith(ln):
        return "cut copy of the line above", "drop", None
    return None, "keep", None


# a bracketed number of eight digits or more closing a line: a photo's number in a media library
_FILE_NUMBER_TAIL = re.compile(r"\s*\(\d{8,}\)\s*$")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
               r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# agency photo style: "<what the picture shows, present tense>, <place>, Saturday, Jan. 25, 2025." -- the
# weekday together with the year is how captions date a picture; reporting names the weekday or the date
_CAPTION_DATE = re.compile(rf"\b{_WEEKDAY},?\s+(?:{_MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAME}),?\s+\d{{4}}\b")
# a sentence that reports (speech, plans, the past told as such) is the story's, even when it dates
# something the caption way
_REPORTING = re.compile(r"\b(?:said|says|say|told|tells|was|were|will|would|had|has|have|could|should|may|"
                        r"might|is|are|due|scheduled|expected|according)\b", re.I)


def _agency_style_caption(line: str) -> bool:
    """A photo caption in the agencies' style: its first sentence describes the picture in the present
    tense and ends on the weekday and full date ("... outside Goma, Saturday, Jan. 25, 2025.")."""
    m = _CAPTION_DATE.search(line)
    if not m or len(line.split()) > 90:
        return False
    sentence_of_date = line[:m.end()]
    cut = [k.end() for k in re.finditer(r"[.!?]\s+(?=[A-Z])", sentence_of_date[:m.start()])]
    sentence_of_date = sentence_of_date[cut[-1] if cut else 0:]
    tail = line[m.end():m.end() + 3]
    return not _reports(sentence_of_date) and tail[:1] in (".", ")", "")


_PICTURED = re.compile(r"\b(?:is|are)\s+(?:seen|pictured|shown)\b", re.I)


# "officers are seen deployed on streets as ...", "the minister is pictured arriving ...": what a picture shows
# (not "is seen as", "are seen to": judgements)
# the agencies' caption opening: "In this photo released by ...", "Pyongyang : In this pool photograph ..."
_IN_THIS_PICTURE = re.compile(r"^(?:[A-Z][\w .'’-]{0,30}\s*:\s*)?In this (?:[\w-]+\s+){0,3}"
                              r"(?:photo|photograph|picture|image|handout|frame grab|video grab)s?\b")
# "This handout photograph taken and released by X on March 11, 2025, shows Y attending ...": what a credited
# picture shows, told as the picture's own sentence
# ("A photo taken by a passenger shows the ferries before they collided" tells the story: only "This" picture,
# the one beside the text, or a handout)
_THIS_PICTURE_SHOWS = re.compile(r"^(?:This\s+(?:[\w-]+\s+){0,3}|(?:The|A|An)\s+(?:[\w-]+\s+){0,2}handout\s+)"
                                 r"(?:photo|photograph|picture|image|handout|frame grab|video grab|screen grab)s?\s+"
                                 r"(?:taken|released|provided|distributed|obtained|made available|issued)\b"
                                 r"[^.!?]{0,160}?\bshows?\b")
_PICTURE_VERB = re.compile(r"\b(?:is|are)\s+(?:seen|pictured|shown)\b(?!\s+(?:as|to|by)\b)", re.I)


# the agencies' caption closing: "... in Nara, western Japan July 8, 2022 in this photo taken by Kyodo."
_IN_THIS_PICTURE_TAIL = re.compile(r"\bin this (?:[\w-]+\s+){0,3}(?:photo|photograph|picture|image|handout|"
                                   r"frame grab|video grab|screen grab|still)s?\b(?:\s+(?:taken|released|provided|"
                                   r"obtained|made available|distributed|issued)\b[^.!?]{0,80})?[.)]?"
                                   # the agency's notes after it: "Image pixelated at source. Mandatory credit"
                                   r"(?:\s+[^.!?]*\b(?:[Ii]mage|[Pp]ixelated|[Cc]redit|RESALES?|ARCHIVES?|OUT|"
                                   r"[Tt]hird [Pp]arty)\b[^.!?]*[.!?]?){0,3}$")
# the photo agencies' caption closing: "<what the picture shows> on July 08, 2022 in Nara, Japan."
_PLACE_DATE_TAIL = re.compile(rf"\bon {_MONTH_NAME} \d{{1,2}},? \d{{4}},? in [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}"
                              r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?\.$")
# a main clause in the past tells what happened ("Leaders met on June 12, 2018 in Singapore."): a caption's is in
# the present ("A woman prays at the site ..."); "-ed" words that are names or adjectives count too (a caption
# missed costs less than a story sentence lost)
_PAST = re.compile(r"\b(?:\w{2,}ed|met|took|went|held|gave|made|came|left|began|fled|shot|hit|struck|won|lost|saw|"
                   r"spoke|sent|led|fought|broke|flew|drove|ran|stood|sat|kept|brought|found|became|wrote|rose|fell|"
                   r"chose|knew|grew|threw|drew|wore|sold|paid|laid|did|got|heard|meant|told|said)\b", re.I)
# where the main clause of a sentence ends: what comes after describes a place, a time or a reason
_SUBORDINATE = re.compile(r"\s(?:where|who|whom|which|that|after|as|when|while|during|because|before|since)\s|,\s")


def _one_sentence(line: str) -> bool:
    """No sentence end inside the line (a closing one aside)."""
    return not re.search(r"[.!?][\"”’']?\s+[A-Z\"“]", line.rstrip(".!?\"”’' "))


def _pictured_caption(line: str) -> bool:
    """One describing sentence built on "is/are seen|pictured|shown" ("Officers are seen deployed on
    streets as protesters rally ..."): a picture's caption, however it is credited. A sentence that also
    tells (an auxiliary or a reporting verb of its own: "... are seen patrolling, residents said") is the
    story's and stays, and so does a line of more than one sentence. The agencies' closings mark one too:
    "... in this photo taken by X." and, where the main clause describes in the present ("A woman prays at
    the site where ... was shot"), "... on July 08, 2022 in Nara, Japan." (a story's "Abe was killed on July
    8, 2022 in Nara, Japan." tells, and stays)."""
    if (_IN_THIS_PICTURE.match(line) or _THIS_PICTURE_SHOWS.match(line)) and len(line.split()) <= 70:
        return True
    tail = _IN_THIS_PICTURE_TAIL.search(line)
    if tail and len(line.split()) <= 70 and _one_sentence(line[:tail.start()]):
        return True
    if len(line.split()) <= 70 and _one_sentence(line):
        main_clause = _SUBORDINATE.split(line, 1)[0]
        if _PLACE_DATE_TAIL.search(line) and not _reports(main_clause) and not _PAST.search(main_clause):
            return True
    if not _PICTURE_VERB.search(line) or len(line.split()) > 50:
        return False
    return _one_sentence(line) and not _reports(line)


# a picture's credit on a line of its own: "Jane Roe / AFP via Getty Images file", "Image: Harbour Images/J. Roe",
# "Picture: Jane Roe" -- a few capitalised words, a slash or a picture label, an agency or picture word
_CREDIT_LABEL = re.compile(r"^(?:image|picture|photo|photograph|pic|illustration)s?\s*:\s*\S", re.I)
_CREDIT_SLASH = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*[A-Z][\w.&'’-]*"
                           r"(?:\s+(?:[A-Z][\w.&'’-]*|via|for|the|of))*(?:\s+file(?:\s+photo)?)?$")


def _credited_copy(line: str, nxt: str) -> bool:
    """``nxt`` is ``line`` again (5 words or more) with a picture's credit after it: "(Photo: X)", "Photograph: Jane
    Roe/AFP/Getty Images", "Venezuelan Presidency / Jane ROE"; the two are a picture's alternative text and caption."""
    stem = line.rstrip(". ")
    if not nxt or len(line.split()) < 5 or not nxt.startswith(stem) or len(nxt) == len(stem):
        return False
    tail = nxt[len(stem):]
    if _BRACKETED_PHOTO_CREDIT.fullmatch(tail):
        return True
    tail = tail.lstrip(". ").strip()
    return bool(_CREDIT_LABEL.match(tail)) and len(tail.split()) <= 8 or bool(_CREDIT_SLASH.match(tail))


def _credit_line(line: str) -> bool:
    """A picture's credit standing alone on its line (no sentence: at most 9 words, no full stop)."""
    if not line or len(line.split()) > 9 or line.endswith((".", "!", "?", ":", ";", ",")):
        return False
    if _CREDIT_LABEL.match(line):
        return len(line.split()) <= 7
    return bool(_CREDIT_SLASH.match(line)) and bool(_CREDIT_WORDS.search(line) or re.search(r"\bfile$", line))


def _unended_description(line: str) -> bool:
    """A line of 5 to 40 words with no sentence end that describes (no auxiliary, no reporting verb, no quote):
    how a picture's caption is printed above or beside it."""
    words = line.split()
    return (5 <= len(words) <= 40 and not line.endswith(_END_PUNCT) and not line.endswith(("...", "…"))
            and not _reports(line) and not re.search(r"[\"“”:;|]", line)
            and words[-1].lower() not in _CUT_OFF_WORDS)


def _one_describing_sentence(line: str) -> bool:
    """One sentence of up to 60 words that describes (no auxiliary, no reporting verb)."""
    if len(line.split()) > 60 or len(line.split()) < 5:
        return False
    return _one_sentence(line) and not _reports(line) and not re.search(r"[\"“”]", line)


def _reports(sentence: str) -> bool:
    """The sentence tells (an auxiliary, a reporting verb); "is seen", "are pictured" only describe."""
    return bool(_REPORTING.search(_PICTURED.sub(" ", sentence)))


def _caption_sentence_end(line: str) -> int | None:
    """End of an agency-style caption that opens ``line`` and is followed by more sentences, or None."""
    m = _CAPTION_DATE.search(line)
    if not m or line[m.end():m.end() + 1] != "." or len(line[m.end() + 1:].split()) < 8:
        return None
    return m.end() + 1 if _agency_style_caption(line[:m.end() + 1]) else None


def _unended_lead_in(line: str, nxt: str) -> bool:
    """A long line with no sentence end above the story's first paragraph, describing (no auxiliary, no
    reporting verb): a picture's caption, which the page printed apart from the story (a headline is
    short, a paragraph ends). A standfirst tells ("has launched", "will go into effect") and stays."""
    words = line.split()
    return (len(words) >= 20 and not line.endswith(_END_PUNCT) and not line.endswith(("...", "…"))
            and len(nxt.split()) >= 12 and nxt.endswith(_END_PUNCT) and not _reports(line)
            and words[-1].lower() not in _CUT_OFF_WORDS  # a teaser cut off mid-phrase ("... before signing a")
            and not re.search(r"[;\"“”‘]|\s'|'\s", line))  # a standfirst joins clauses and quotes; a caption describes


_CUT_OFF_WORDS = frozenset({"a", "an", "the", "of", "to", "and", "or", "in", "on", "at", "for", "with", "by", "from",
                            "that", "as", "its", "their", "his", "her"})


# a picture's credit after the caption's last sentence: "... in the capital. — Harbour Press pic", "... on Monday.
# Photo: Harbour Press", "... (Jane Roe/For The Harbour Times)", "... AP/PTI(AP09_09_2025_000001A)" (an agency
# pair and the picture's file code)
_CREDIT_TAIL = re.compile(
    r"(?<=[.!?”\"])(?P<tail>\s*[—–-]+\s*(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+)?(?:[Ff]ile\s+)?"
    r"(?:[Pp]ics?|[Pp]ictures?|[Pp]hotos?)\.?"
    r"|\s*[—–-]+\s*(?:[Pp]icture|[Pp]hoto|[Pp]ic)s?\s+(?:by|courtesy of|via)\s+[\w.&'’ /-]{2,50}"
    r"|\s+(?:[Pp]hotos?|PHOTOS?|[Pp]ics?|PICS?|[Pp]icture|[Ii]mage|[Ff]ile [Pp]hoto|[Cc]redit)\s*:\s*"
    r"[\w.&'’-]+(?:[ /][\w.&'’-]+){0,4}"
    r"|\s+\([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*(?:[Ff]or\s+)?(?:[Tt]he\s+)?[A-Z][\w.&'’-]*"
    r"(?:\s+(?:of\s+|the\s+)?[A-Z][\w.&'’-]*){0,4}\)"
    r"|\s+[A-Z]{2,8}\s*/\s*[A-Z]{2,8}\s*\(\s*[A-Z]*\d[\w-]*\d\w*\s*\)"
    # "... at the Pentagon on Thursday. © JANE ROE / HARBOUR IMAGES VIA AFP": a copyright sign and its holder
    r"|\s*(?:©|\(c\)|Copyright\s+©?)\s*(?:\d{4}\s+)?[A-Za-z][\w.&'’ /,-]{1,120})\s*$")


def _credit_tail(line: str) -> re.Match | None:
    return _CREDIT_TAIL.search(line)


def _story_paragraph(text: str) -> bool:
    """Two sentences or more, one of which tells (said, was, will): a paragraph of the story that a picture's
    credit was run onto, not the picture's caption (one describing sentence)."""
    return len(re.findall(r"[.!?][\"”’']?\s+[A-Z\"“]", text)) >= 1 and _reports(text)


_TWICE = "photo caption (printed twice)"
_CAPTION_REASONS = frozenset({"photo caption or credit", "photo caption", "photo caption or standfirst above the lead",
                              _TWICE})
_BRACKETED_PHOTO_CREDIT = re.compile(r"\s*\((?:photo|picture|image|pic|credit)s?\b[^()]{0,80}\)\.?\s*", re.I)
_TRAILING_CREDIT = re.compile(r"\s*(\([^()]{2,90}\)|(?<=[.!?”\"])\s*\S+/\S+(?:\s\S+){0,2})\s*$")
_CREDIT_WORDS = re.compile(r"\b(?:photo|photos|credit|courtesy|getty|stringer|AFP|AP|Reuters|EPA|EFE|Xinhua|"
                           r"Anadolu|Yonhap|Sputnik|TASS|Bloomberg|Shutterstock)\b", re.I)


def _caption_text(line: str) -> str | None:
    """The words of a caption without its photo credit, when they make a sentence or more."""
    m = _TRAILING_CREDIT.search(line)
    text = line[:m.start()].rstrip() if m and _CREDIT_WORDS.search(m.group(1)) else line
    credit = _credit_tail(text)
    text = text[:credit.start()].rstrip() if credit else text
    text = re.sub(r"^(?:file photo|file|photo)\s*[:\-–—]\s*", "", text, flags=re.I)
    return text if len(text.split()) >= 8 else None


def _never_empty(verdict: list[Verdict], title_from_text: str | None, metadata: dict[str, str],
                 origin: dict[str, list[tuple[str, str | None]]] | None = None) -> list[Verdict]:
    """Cleaning never deletes the article: when every line went, the lines removed only for repeating
    another (title, standfirst, teaser) come back; an item that is only a photo caption keeps the
    caption's words (without the credit) and says so in its metadata, so that what is read from it can
    be told apart; and a one-sentence item whose sentence was taken as its title (``title_from_text``)
    keeps it as its body too."""
    verdict = [(ln, None if r in _CONTENT_REASONS else r, a) for ln, r, a in verdict]
    if not any(r is None for _, r, _ in verdict):
        restored: list[Verdict] = []
        for ln, r, a in verdict:
            text = _caption_text(ln) if r in _CAPTION_REASONS else None
            if text is None:
                restored.append((ln, r, a))
                continue
            if origin is not None and text != ln:
                origin[text] = [(src, "photo credit cut from the caption the item consists of")
                                for src, _ in origin.get(ln) or [(ln, None)]]
            restored.append((text, None, "keep"))
        if any(r is None for _, r, _ in restored):
            metadata.setdefault("body from caption", "the item is only a photo caption: its text is a caption's")
            verdict = restored
    title = title_from_text
    if not any(r is None for _, r, _ in verdict) and title is not None and title.strip() and not _rule_of(title):
        verdict.append((title.strip(), None, "keep"))
        metadata.setdefault("body from title", "the item's only sentence is also its title")
    return verdict


# a player's controls scraped as text: a close/play glyph ("✕ Close", "▶ Play"), or the control words a
# player prints before the clip's title ("Close video", "Play video", "Watch video:")
_PLAYER_CONTROL = re.compile(r"^(?:[✕✖×⨯▶►⏵]\s*(?:(?:Close|Play|Watch|Replay|Pause)(?:\s+(?:video|player))?\b\s*:?\s*)?"
                             r"|(?:Close|Play|Watch|Replay)\s+(?:video|player|clip)\b\s*:?\s*)(?=\S)")
# a rating widget: "Objectivity 4.8 | Credibility 4.8 | Relevance 4.7", "Rating: 4/5 · Votes: 120"
_RATING_PART = re.compile(r"^[A-Z][A-Za-z]+(?:\s+[A-Za-z]+)?\s*:?\s*\d+(?:[.,]\d+)?\s*(?:/\s*\d+|%|stars?)?$")


def _rating_widget(line: str) -> bool:
    parts = [p.strip() for p in re.split(r"\s[|·•]\s|\s{2,}", line) if p.strip()]
    return len(parts) >= 2 and all(_RATING_PART.match(p) for p in parts)


# a line is asked twice: as itself and as the line before it's neighbour (30 searches a line: a third of building)
@lru_cache(maxsize=64)
def _rule_of(line: str) -> tuple[str, str, str] | None:
    for pattern, reason, action in _rules():
        m = pattern.search(line)
        if m:
            return reason, action, (m.groupdict().get("value") or line).strip()
    return None


_BULLETS = "-•*–·▪●◦>"
# words after which an -s word is a plural noun ("the relations between"), not a headline's present-tense verb
_NOUN_MARKERS = frozenset({"the", "a", "an", "of", "and", "or", "for", "in", "on", "to", "with", "its", "their",
                           "his", "her", "our", "by", "from", "at", "about", "many", "some", "all", "two", "new"})

# words after which an -s word is a plural noun ("delays in the renewal", "relations between")
_NOUN_FOLLOWERS = frozenset({"of", "in", "between", "for", "on", "at", "from", "with", "about", "among", "across",
                             "and", "or", "into", "during", "under"})


def _headline_clause(line: str) -> bool:
    """A headline told as a clause in the headline present ("<ministry> urges people not to panic", "<leader>
    flees as protesters surround residence"), not a sub-heading's noun phrase or question ("Consequences of
    increased cooperation", "What is known about the relations")."""
    words = re.findall(r"[\w'’-]+", line)
    if not words or words[0].lower() in ("what", "how", "why", "who", "when", "where", "which") or \
            line.rstrip().endswith("?"):
        return False
    return any(re.fullmatch(r"[a-z]{2,}[^sui'’\W]s", w) and words[k - 1].lower() not in _NOUN_MARKERS and
               (k + 1 == len(words) or words[k + 1].lower() not in _NOUN_FOLLOWERS)
               for k, w in enumerate(words) if k > 0)


def _positional(verdict: list[tuple[str, str | None, str]], metadata: dict[str, str],
                listed: set[str] = frozenset()) -> None:
    """Rules that need the whole article: standfirsts and lone link headlines. ``listed``: the lines that were
    items of a bulleted list."""
    kept = [i for i, (_, r, _) in enumerate(verdict) if r is None]
    paragraphs = [i for i in kept if not _is_heading(verdict[i][0])]
    if not paragraphs:
        return
    first_para = paragraphs[0]
    # a standfirst above the lead whose words the body repeats is a teaser, not reporting
    for i in kept:
        if i >= first_para:
            break
        ln = verdict[i][0]
        words = _content_words(ln)
        if len(words) >= 4 and any(len(words & _content_words(verdict[j][0])) >= 0.7 * len(words)
                                   for j in paragraphs):
            verdict[i] = (ln, "standfirst repeating the body", "metadata")
            metadata.setdefault("standfirst", ln)
    # another story's headline above the story's own (found again in the text): a promoted link the page prints
    # over the headline ("Inside a prison where ..." above "Moldova expels 45 Russian diplomats"), sharing fewer
    # than two words with the headline and the story
    title_at = next((i for i, (_, r, _) in enumerate(verdict[:HEADLINE_SEARCH_LINES]) if r == "repeated title"),
                    None)
    if title_at is not None:
        known = _content_words(verdict[title_at][0]).union(*(_content_words(verdict[j][0]) for j in paragraphs))
        for i in kept:
            if i >= title_at:
                break
            ln = verdict[i][0]
            if _is_heading(ln) and len(_content_words(ln)) >= 4 and len(_content_words(ln) & known) < 2:
                verdict[i] = (ln, "another story's headline above the story's own", "drop")
    kept = [i for i, (_, r, _) in enumerate(verdict) if r is None]
    paragraphs = [i for i in kept if not _is_heading(verdict[i][0])]
    if not paragraphs:
        return
    # the page's list of other stories above the article: three or more headline-shaped lines right above
    # the lead, not one of them sharing two words with the story (a standfirst or a kicker names its news)
    head = []
    for i in reversed([i for i in kept if i < first_para and verdict[i][1] is None]):
        if not _is_heading(verdict[i][0]):
            break
        head.append(i)
    body = set().union(*(_content_words(verdict[j][0]) for j in paragraphs))
    if len(head) >= 3 and all(len(_content_words(verdict[i][0]) & body) < 2 for i in head):
        for i in head:
            verdict[i] = (verdict[i][0], "list of other stories' headlines above the story", "drop")
    # three or more short unpunctuated lines in a row that open with the same two words are a menu of
    # links ("X tickets at A", "X tickets at B", ...), not sentences of the story
    run: list[int] = []
    for i in kept + [-1]:
        ln = verdict[i][0] if i >= 0 else ""
        opening = _norm(ln).split()[:2]
        if (i >= 0 and len(opening) == 2 and not ln.endswith(_END_PUNCT) and len(ln.split()) <= 12
                and (not run or (run[-1] == i - 1 and _norm(verdict[run[-1]][0]).split()[:2] == opening))):
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                verdict[j] = (verdict[j][0], "list of links with one opening", "drop")
        run = [i] if i >= 0 and len(opening) == 2 and not ln.endswith(_END_PUNCT) and len(ln.split()) <= 12 else []
    kept = [i for i, (_, r, _) in enumerate(verdict) if r is None]
    if not kept:
        return
    # the page's list of other stories after the article ("More No Comment", then a dozen headlines): four or
    # more headline-shaped lines in a row that end the text, after a paragraph that ends a sentence, with the
    # short label line above them (a text cut off mid-sentence ends in one such line, never four)
    tail: list[int] = []
    for i in reversed(kept):
        if i <= first_para or not (_is_heading(verdict[i][0]) or _short_label(verdict[i][0])):
            break
        tail.append(i)
    # or two headlines the page's own labels frame (the site's name and "ABOUT" after them, a list of tags
    # above them): a text cut off mid-sentence ends in a short line too, but never in a site's label
    headlines = sum(_is_heading(verdict[j][0]) for j in tail)
    if not (headlines >= 2 and _page_labels(tail, verdict)):
        # no labels framing the run: the headlines after the last label only, four of them at least
        cut = next((n for n, j in enumerate(tail) if _short_label(verdict[j][0])), len(tail))
        tail = tail[:cut]
        # (two or three will do when the page lists them as bullets: "- <headline>" lines ending the text)
        headlines = len(tail) if len(tail) >= 4 or len(tail) >= 2 and all(verdict[j][0] in listed for j in tail) \
            else 0
    if headlines:
        above = [i for i in kept if i < min(tail)]
        if above and len(verdict[above[-1]][0].split()) <= 4 and not verdict[above[-1]][0].endswith(_END_PUNCT) \
                and above[-1] > first_para:
            tail.append(above[-1])
            above = above[:-1]
        last = verdict[above[-1]][0] if above else ""
        # after a paragraph that ends a sentence, or a long one the page cut off ("... Read full this story");
        # not after a line that announces a list ("The demands are:")
        if last.endswith(_END_PUNCT) and not last.endswith(":") or len(last.split()) > 30:
            for j in tail:
                verdict[j] = (verdict[j][0], "list of other stories' headlines ending the page", "drop")
            kept = [i for i, (_, r, _) in enumerate(verdict) if r is None]
    # writers who use sub-headings use several; one headline alone between paragraphs is a link
    # to another story ("related article" inserted into the body)
    headings = [i for i in kept if first_para < i < kept[-1] and verdict[i][1] is None
                and not verdict[i][0].endswith(_END_PUNCT) and len(verdict[i][0].split()) <= 20]
    if len(headings) == 1:
        i = headings[0]
        if len(verdict[i][0].split()) >= 5 and verdict[i][0][:1].isupper():
            verdict[i] = (verdict[i][0], "lone headline between paragraphs (related-article link)", "drop")
    # a sub-heading announces the section under it, so the paragraph that follows shares one of its common
    # words; a headline-shaped clause between paragraphs whose common words (stems) the next paragraph never
    # uses is a link to another story ("<ministry> urges people not to panic over bomb threat" between a
    # paragraph on injuries and one on shortages), even where the page inserted two such links
    kept = [i for i, (_, r, _) in enumerate(verdict) if r is None]
    for n, i in enumerate(kept[:-1]):
        ln, nxt = verdict[i][0], verdict[kept[n + 1]][0]
        if i <= first_para or not _is_heading(ln) or len(ln.split()) < 6 or _is_heading(nxt) or ln in listed:
            continue
        common = {w.lower()[:5] for w in re.findall(r"\b[a-z][a-z'’-]{3,}\b", ln)}
        if len(common) >= 3 and _headline_clause(ln) and \
                not common & {w.lower()[:5] for w in re.findall(r"[A-Za-z][A-Za-z'’-]{3,}", nxt)}:
            verdict[i] = (ln, "headline sharing no word with the paragraph under it (related-article link)",
                          "drop")
    # a headline-shaped line that shares no word with anything else the article says is the headline of
    # another story the page linked ("<club> extended the winning streak" above a story on an arrest); a
    # sub-heading or a standfirst names what its paragraphs tell
    kept = [i for i, (_, r, _) in enumerate(verdict) if r is None]
    body_words = [_content_words(verdict[i][0]) for i in kept]
    for n, i in enumerate(kept):
        ln = verdict[i][0]
        words = body_words[n]
        lower = [w for w in re.findall(r"\b[a-z][a-z'’-]{3,}\b", ln)]
        if (not _is_heading(ln) or len(words) < 4 or len(kept) < 4 or len(lower) < 2
                or re.search(r"[.!?]\s+[A-Z]", ln)):  # a name and its title, a byline; two sentences
            continue
        others = set().union(*(w for m, w in enumerate(body_words) if m != n))
        stems = {w[:5] for w in others}
        if not words & others and not {w[:5] for w in words} & stems and len(others) >= 40:
            verdict[i] = (ln, "headline sharing no word with the article (link to another story)", "drop")


# -- shapes of chrome that no word list names ---------------------------------------------------------
#
# Scraped plain text keeps traces of the page around the story: markup, widget code, players, counters,
# bullets, wrapped lines. These rules look at a line's *shape* (what characters and words it is made of,
# where it stands), so they hold for pages the project has never seen; each one only ever removes a line
# or a fragment that carries no sentence, or re-arranges line breaks without touching words.

_TAG = re.compile(r"</?(?:a|span|strong|em|b|i|u|p|div|br|img|font|sup|sub)\b[^<>]{0,300}>", re.I)
_BULLET = re.compile(r"^(?:[•·▪►▶◦‣∙*]|[-–—](?=\s+\S))\s*")
# "READ MORE: <a headline>" inside a paragraph: the link runs to the next sentence's first word
_INLINE_LINK = re.compile(r"\b(?:READ MORE|ALSO READ|READ ALSO|RELATED|SEE ALSO)\s*:\s*")
# a link's label glued to the linked headline, the page's line break lost: "Read moreExplained: Why ..."
_GLUED_LINK = re.compile(r"^(?:Read more|READ MORE|Read More|Also read|ALSO READ|Also Read|Read also|See also|"
                         r"Related|RELATED)(?=[A-Z][a-z])")
_GLUED_DATED_LINK = re.compile(r"^[A-Z][\w/&' -]{1,40}?[a-z](?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|"
                               r"June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
                               r"\s\d{1,2},\s\d{4}(?=[A-Z\"“‘'])")
_LEADING_LINK = re.compile(r"^(?:read more|also read|read also|related|see also|read)\s*:\s*", re.I)
# words that open an English sentence; one of them capitalised right after a lower-case word, with no
# punctuation between, marks two pieces of text run together ("What prompted the attack The strikes ...")
_OPENERS = frozenset({"The", "A", "An", "According", "In", "On", "At", "It", "He", "She", "They", "We", "This",
                      "These", "Those", "His", "Her", "Their", "Our", "After", "Before", "When", "While", "As",
                      "But", "However", "Meanwhile", "Earlier", "Later", "There", "Some", "Many", "Most", "Officials"})
_QUESTION_LABEL = re.compile(r"^((?:What|Why|How|Who|When|Where|Which)(?:\s+[A-Z][\w'’]*){1,4}\s*:)\s+(?=[A-Z\"“])")
_CODE = re.compile(r"\{\{.*?\}\}|\{[^{}]*:[^{}]*;[^{}]*\}?|^[.#][\w\-]+(?:[\s.#>][\w\-.#]+)*\s*\{")
_NUMBERS_ONLY = re.compile(r"^[\d\s.,:/|•·xX+%-]+$")
_COUNTER = re.compile(r"^\d[\d,.]*\s*[kKmM]?\s+(?:views?|shares?|comments?|likes?|reads?|reactions?|followers)$", re.I)
# a time stamp with a widget's word glued on: "today2024-06-25 1", "updated2024-06-25 10:32"
_STAMP = re.compile(r"^[A-Za-z]{0,12}\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d{1,4})?$")
_LABEL_COLON = re.compile(r"^[^\s:]+(?:\s+[^\s:\-–—]+){0,2}\s*:$")
_END = (".", "!", "?", "\"", "”", "’", "'", ")", ":", ";", "…")


def _prepare(raw_lines: list[str], origin: dict[str, list[tuple[str, str | None]]]) -> list[str]:
    """Line by line, before any line is judged: markup tags out (their text stays), runs of spaces folded,
    list bullets off, an inline "READ MORE: headline" cut out, and a sub-heading or question label run
    into the next sentence put on its own line. ``origin`` records, for every line changed, the input
    line and the change."""
    out: list[str] = []

    def emit(line: str, source: str, edit: str | None) -> None:
        out.append(line)
        if line and (edit or line != source):
            origin.setdefault(line, []).append((source, edit or "markup, spacing or a list bullet removed"))
    for raw in raw_lines:
        source = raw.strip()
        ln = _SPACES.sub(" ", _TAG.sub("", raw)).strip()
        ln = _BULLET.sub("", ln) if _BULLET.match(ln) else ln
        edit = None
        m = _INLINE_LINK.search(ln) or _LEADING_LINK.match(ln)
        if m and (m.start() > 0 or len(ln.split()) > 20):
            # a link run into a paragraph: cut the headline up to the next sentence's opener; when no
            # opener shows where the headline ends, only the marker goes (never the words after it)
            rest = ln[m.end():]
            cut = _opener_at(rest, 3, after_name=True)
            removed = ln[m.start():m.end() + (cut if cut is not None else 0)]
            ln = (ln[:m.start()].rstrip() + " " + (rest[cut:] if cut is not None else rest)).strip()
            edit = f"related-article link cut out of the paragraph: {removed.strip()}"
        glued = _GLUED_CREDIT.match(ln)
        if glued and _sentence_word(glued.group(2)):
            # "DWPhilippine police served ...": a credit run into the line's first word, cut off
            ln = ln[glued.end(1):]
            edit = f"a credit glued to the first word cut off: {glued.group(1)}"
        credit = _credit_tail(ln)
        if credit and not _rule_of(ln) and _story_paragraph(ln[:credit.start()]):
            # "... told reporters. The vote is due on Friday. Photo: Jane Roe": the story's paragraph stays
            edit = edit or f"a photo credit cut from the paragraph's end: {credit.group('tail').strip()}"
            ln = ln[:credit.start()].rstrip()
        bare = _bare_agency_tail(ln)
        if bare and not _one_describing_sentence(ln[:bare.start()]):
            # "... the talks will resume on Monday. Reuters": the story's source, named after its last sentence
            edit = edit or f"a source credit cut from the line's end: {ln[bare.start():].strip()}"
            ln = ln[:bare.start()].rstrip()
        tail = _TRAILING_FURNITURE.search(ln) or _closing_credit(ln)
        if tail:
            # "... appeared first on X. Read the full story › News, World Tags:Politics", "... other areas. – BBC."
            edit = edit or f"page furniture or a source credit cut from the line's end: {ln[tail.start():].strip()}"
            ln = ln[:tail.start()].rstrip()
        q = _QUESTION_LABEL.match(ln) or _label_run_in(ln)
        if q:  # "What Happened: Shoigu delivered ..." -> the label on a line of its own
            emit(q.group(1), source, "a label run into its paragraph, split off")
            emit(ln[q.end():], source, edit or "a label run into its paragraph, split off")
            continue
        byline = _GLUED_BYLINE.search(ln)
        if byline:
            # "... in Panama CityBy Jane Roe PANAMA CITY (Reuters) – U.S. President ...": a picture's caption run
            # into the wire's byline and dateline; the story starts a line of its own there
            emit(ln[:byline.start()], source, "a photo caption run into a byline, split off")
            emit(ln[byline.start():], source, edit or "a photo caption run into a byline, split off")
            continue
        caption_end = _caption_sentence_end(ln)
        if caption_end is not None:
            # "<caption>, Friday, April 5, 2024. The raid took place ...": the page ran its story on after
            # the picture's caption; the caption goes on its own line, the story's sentences stay
            emit(ln[:caption_end], source, "a photo caption run into its paragraph, split off")
            emit(ln[caption_end:].strip(), source, edit or "a photo caption run into its paragraph, split off")
            continue
        cut = _opener_at(ln, 2, limit=8) if not ln.endswith(_END) or len(ln.split()) > 8 else None
        if cut is not None and not re.search(r"[.!?:;,\"“”]", ln[:cut]) and not _rule_of(ln):
            # "Extent of damage A majority of ..." -> the sub-heading and its paragraph (a line that is chrome
            # as a whole is not split: "Stay up to date with notifications from The Harbour Times")
            emit(ln[:cut].strip(), source, "a sub-heading run into its paragraph, split off")
            emit(ln[cut:], source, edit or "a sub-heading run into its paragraph, split off")
            continue
        emit(ln, source, edit)
    return out


_GLUED_CREDIT = re.compile(r"^([A-Z]{2,5})([A-Z][a-z]{2,})\b")
_GLUED_BYLINE = re.compile(r"(?<=[a-z.])By (?=[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?: (?:and|&) [A-Z][\w'’.-]+"
                           r"(?: [A-Z][\w'’.-]+){1,3})? [A-Z]{2,}[A-Z .'-]*(?:,[^()\n]{0,30})? ?\([A-Za-z .]+\) ?[-–—])")
# a feed item's footer run onto its last sentence: "Read the full story › Breaking, News Tags:Politics"
_TRAILING_FURNITURE = re.compile(r"(?<=[.!?”\"])\s+(?:(?:read|continue reading)(?:\s+(?:the|this))?(?:\s+(?:full|whole|rest of the))?"
                                 r"(?:\s+(?:story|article|post))?\s*)?(?:[›»]\s*\w|\btags?\s*:)[^.!?]{0,100}$", re.I)
# news agencies that close a story with their name ("... in other areas. – BBC.", a line "– PTI")
_AGENCIES = ("PTI", "IANS", "ANI", "UNI", "Bernama", "KUNA", "WAM", "Anadolu", "Sputnik", "Kyodo", "APA", "MENA",
             "Prensa Latina", "Xinhua", "TASS", "Reuters", "AFP", "AP", "BBC", "EFE", "ANSA", "dpa", "Yonhap")


@lru_cache(maxsize=1)
def _closing_credit_re() -> re.Pattern[str]:
    names = sorted({*_AGENCIES, *_data().get("known_outlets", [])}, key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<=[.!?”\"])\s+[–—-]+\s*\(?(?:{alts})(?:\s*(?:/|,|and)\s*(?:{alts}))*\)?\s*\.?$")


@lru_cache(maxsize=1)
def _bare_agency_re() -> re.Pattern[str]:
    names = sorted({*_AGENCIES, *_data().get("known_outlets", [])}, key=len, reverse=True)
    return re.compile(rf"(?<=[.!?”\"])\s+(?:{'|'.join(re.escape(n) for n in names)})\.?$")


def _bare_agency_tail(line: str) -> re.Match | None:
    """An agency's bare name after a line's last sentence ("... in Riyadh. Reuters")."""
    return _bare_agency_re().search(line) if len(line.split()) >= 6 else None


def _closing_credit(line: str) -> re.Match | None:
    """The agency named after a dash at the end of a story's last sentence ("... in other areas. – BBC.")."""
    return _closing_credit_re().search(line)


_DL_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
             r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DL_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_DL_MONTH}(?:,?\s+\d{{4}})?"
            rf"|{_DL_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)")
# "Kathmandu, Sept 13: ...", "Noumea, New Caledonia – May 16, 2024: ...", "Belgrade, Sep 24 (EFE).- ...":
# the place in Title Case, the date, an agency in brackets, then a colon or a dash before the lead
_TITLE_DATELINE = re.compile(
    rf"^(?-i:[A-Z][\w.'’-]+(?:\s*/?\s*[A-Z][\w.'’-]*){{0,3}})"
    rf"(?:\s*,\s*(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,2}}))?"
    rf"\s*[,–—-]\s*{_DL_DATE}(?:\s*\([A-Za-z .&/]{{2,30}}\))?\s*(?:\.?\s*[-–—]+|:)\s+(?=[A-Z\"“‘'])")


_PLACE_COUNTRY_DASH = re.compile(r"^(?P<place>(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})),\s+"
                                 r"(?P<country>(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}))\s+[–—-]{1,2}\s+"
                                 r"(?=[A-Z\"“‘'])")


def title_case_dateline(line: str) -> int | None:
    """Where the lead starts after a dateline in Title Case with its date ("Kathmandu, Sept 13: Nepal's ...",
    "Belgrade, Sep 24 (EFE).- A group ..."), or None. The cleaner leaves a dateline run into its lead (the
    lead stays the article's first sentence); the entity stage reads the place in it as where the story was
    filed, not as a participant, and the date logic reads the input lines."""
    m = _TITLE_DATELINE.match(line)
    if not m:
        # "Yerevan, Armenia – Archbishop X ... has been arrested": a town and the country it lies in, then a dash
        m = _PLACE_COUNTRY_DASH.match(line)
        if not m or len(line[m.end():].split()) < 6:
            return None
        from dossier.resolve.places import country_of_place, is_country

        country = country_of_place(m.group("country"))
        if not is_country(m.group("country")) or country is None or country_of_place(m.group("place")) != country:
            return None
        return m.end()
    if len(line[m.end():].split()) < 6:
        return None
    if is_date_only(re.split(r"\s*[,–—-]\s*", m.group(0), maxsplit=1)[0] + " 1 May 2000"):
        return None  # "Tuesday, October 1, 2024 - ...": a date, no place
    return m.end()


# a Title-Case label of everyday words run into its paragraph: "Monitoring and Enforcement: An international
# panel ..." ("Kathmandu: ..." is a dateline, "Smith: ..." a speaker: names are no labels)
_LABEL_RUN = re.compile(r"^((?-i:[A-Z][a-z]+(?:\s+(?:and|of|for|the|&|[A-Z][a-z]+)){0,4})\s*:)\s+(?=[A-Z\"“])")


def _label_run_in(line: str) -> re.Match | None:
    m = _LABEL_RUN.match(line)
    if not m or len(line[m.end():].split()) < 6 or not line.endswith(_END):
        return None
    words = [w for w in re.findall(r"[A-Za-z]+", m.group(1)) if w[:1].isupper()]
    label = m.group(1).rstrip(": ")
    return m if words and all(_ordinary(w) for w in words) and not _names_something(label, words) else None


def _names_something(label: str, words: list[str]) -> bool:
    """The label, or a word of it, is a name the knowledge base or the gazetteer knows (a place, a body):
    "London:", "New Delhi:" open datelines, not labels."""
    from dossier.resolve import load_kb
    from dossier.resolve.context import gazetteer

    kb = load_kb()
    return any(kb.lookup(w) is not None or gazetteer().find(w) is not None for w in [label, *words])


def _sentence_word(word: str) -> bool:
    """A word that opens sentences or names a nation ("The", "Philippine"): run into an upper-case run
    before it, the run is a credit ("DW", "AFP"), not part of a name ("JPMorgan" keeps its letters)."""
    if word in _OPENERS:
        return True
    from dossier.resolve import load_kb

    entry = load_kb().lookup(word)
    return entry is not None and entry.kind == "country"


def _opener_at(text: str, min_words: int, limit: int = 30, after_name: bool = False) -> int | None:
    """Offset of the first sentence opener that follows a lower-case word (or, with ``after_name``, any
    word: a headline may end on a name), after at least ``min_words`` words and within ``limit`` words;
    None when there is none."""
    words = list(re.finditer(r"\S+", text))
    for k in range(min_words, min(len(words), limit + 1)):
        w, prev = words[k].group(0), words[k - 1].group(0)
        if w in _OPENERS and prev.isalpha() and (prev.islower() or after_name) and prev not in (
                "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "said", "says"):
            return words[k].start()
    return None


def _full_width(lines: list[str]) -> bool:
    """Hard wrapping fills each line: the next line's first word would not have fitted on a line that stops
    mid-sentence. A list of short items ("Pros", "Law aims to ...", "Supporters claim ...") stops short of
    the width with room for the next word, and each item opens with a capital: no wrapped paragraph."""
    pairs = [(a, b) for a, b in zip(lines, lines[1:]) if len(a.split()) >= 6 and not a.endswith(_END) and b]
    if not pairs:
        return False
    width = max(len(a) for a, _ in pairs)
    full = sum(1 for a, b in pairs if len(a) + 1 + len(b.split()[0]) > width - 2)
    # and prose wrapped mid-sentence goes on in lower case on many of its lines; every item of a list opens
    # with a capital
    lower = sum(1 for _, b in pairs if b[:1].islower())
    return full >= 0.6 * len(pairs) and lower >= 0.2 * len(pairs)


def _rejoin(lines: list[str], origin: dict[str, list[tuple[str, str | None]]]) -> tuple[list[str], int]:
    """Hard-wrapped text back into paragraphs. A line that does not end a sentence is joined to the next
    when the next goes on in lower case (or with a comma), and, in a text that is wrapped throughout
    (most of its longer lines stop mid-sentence, at about the same width), to any next line that is
    not itself chrome. A caption or a credit is never joined to anything."""
    long_lines = [ln for ln in lines if len(ln.split()) >= 6]
    open_ended = [len(ln) for ln in long_lines if not ln.endswith(_END)]
    wrapped = (len(open_ended) >= 6 and len(open_ended) >= 0.5 * len(long_lines)
               and max(open_ended) <= 2 * min(open_ended) and _full_width(lines))
    out: list[str] = []
    joined = 0
    for ln in lines:
        if out:
            prev = out[-1]
            continues = ln[:1].islower() or ln[:1] in (",", ";", ")", "”") or (
                wrapped and len(prev.split()) >= 6 and ln[:1].isalnum())
            ended = prev.endswith((".", "!", "?", ":", ";", "…")) or re.search(r"[.!?,][\"”’')]+$", prev)
            if continues and (not prev.endswith(_END) or not ended and ln[:1].islower()) \
                    and len(prev.split()) >= 3 and not (
                    _CODE.search(prev) or _CODE.search(ln) or _rule_of(prev) or _rule_of(ln)
                    or _NUMBERS_ONLY.match(ln) or _STAMP.match(ln) or _STAMP.match(prev)):
                out[-1] = prev + ("" if ln[:1] in (",", ";", ")") else " ") + ln
                origin[out[-1]] = [(src, edit or "hard-wrapped line re-joined to its paragraph")
                                   for part in (prev, ln) for src, edit in (origin.get(part) or [(part, None)])]
                joined += 1
                continue
        out.append(ln)
    return out, joined


# a linked page's title as browsers show it: a headline (no full stop), a bar, the site's capitalised name
_LINKED_TITLE = re.compile(r"[^.\s]\s+\|\s+(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’&.-]*){0,4}\s*$")


def _shape_reason(line: str, latin_page: bool = True) -> str | None:
    """Why a line's shape says it is page chrome, or None (``latin_page``: the page is written in Latin
    letters, so a short line in another script is a notice or a button, not the story)."""
    if _CODE.search(line):
        return "stylesheet or template code"
    if _NUMBERS_ONLY.match(line) or _COUNTER.match(line) or _STAMP.match(line):
        return "numbers only (counter, player or share widget)"
    if _rating_widget(line):
        return "rating widget (scores with their labels)"
    if _LABEL_COLON.match(line):
        return "label line"  # "Quick links:", "Print:", "Next Up:"
    if _GLUED_DATED_LINK.search(line) and len(line.split()) <= 30:
        # "BusinessJune 26, 2024Talks resume in Geneva": a list of other stories (section, date, headline run
        # together where the page's markup kept them apart)
        return "related-article link (section, date and headline run together)"
    if _GLUED_LINK.match(line):
        return "related-article link (its label run into the headline)"  # "Read moreWhy the talks failed"
    words = line.split()
    if len(words) <= 4 and line == line.lower() and not line.endswith(_END):
        return "interface text"  # "web analytics"
    if latin_page and len(words) <= 12 and not line.isascii():
        letters = [ch for ch in line if ch.isalpha()]
        if letters and sum(1 for ch in letters if ch.isascii()) < 0.4 * len(letters):
            return "a line in another script"  # a translation notice or a share button in an English page
    if _LINKED_TITLE.search(line):
        return "related-article link (a page title with its site's name)"  # "What is X? | The Daily Y"
    bare = line.strip("()[]. ")
    if bare and bare.lower() in _known_outlets():
        return "agency credit"  # "AFP", "(Yonhap)"
    credit = re.match(r"^([A-Za-z]{2,12})\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$", bare)
    if credit and credit.group(1).lower() in _known_outlets():
        return "agency credit"  # "BBC/Jane Roe": the agency and its photographer
    if 2 <= len(words) <= 3 and not line.endswith(_END) and all(w[:1].isupper() and w.isalpha() for w in words) \
            and not any(_ordinary(w) for w in words):
        return "a lone name (byline or caption credit)"  # "Ellen Kenny" between paragraphs
    if _names_only(line):
        return "names only (byline)"  # "Fazul Rahim and Alastair Jamieson" under the story
    return None


def _names_only(line: str) -> bool:
    """Two or three people's names joined by commas, "and" or "&", nothing else: the writers' byline."""
    if line.endswith(_END) or len(line.split()) > 10:
        return False
    parts = [p for p in re.split(r"\s*,\s*|\s+(?:and|&)\s+", line.strip()) if p]
    if not 2 <= len(parts) <= 3:
        return False
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                               for w in words) or any(_ordinary(w) for w in words):
            return False
    return True


@lru_cache(maxsize=1)
def _known_outlets() -> frozenset[str]:
    return frozenset(k.lower() for k in [*_data().get("known_outlets", []), *_AGENCIES])


def _ordinary(word: str) -> bool:
    from dossier.resolve.context import ordinary_word

    return ordinary_word(word)
