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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

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
    return yaml.safe_load(resources.files("dossier.ingest").joinpath("data/boilerplate.yaml").read_text("utf-8"))


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


def _norm(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


# removals that keep no chrome out, only repetition: undone when nothing else is left
_CONTENT_REASONS = frozenset({"repeated title", "repeated line", "standfirst repeating the body",
                              "teaser repeating the lead", "lone headline between paragraphs (related-article link)"})
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


def _content_words(line: str) -> set[str]:
    return {w for w in _norm(line).split() if len(w) > 3}


def _is_masthead(line: str) -> bool:
    words = line.split()
    return (1 <= len(words) <= 5 and not re.search(r"[|>»:]", line) and not line.endswith(_END_PUNCT)
            and bool(_outlet_words().search(line)))


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


def clean_text(text: str, *, title: str | None = None) -> CleanText:
    """Split scraped text into title and body; log every line removed and why."""
    title_from_text = title is None
    # runs of spaces inside a line are layout, not text ("President Joe  Biden" splits the name for NER)
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    steps: list[CleaningStep] = []
    metadata: dict[str, str] = {}
    header: list[str] = []
    if title is None:
        title = ""
        for i, ln in enumerate(lines):
            if not ln:
                continue
            # a date above the headline is the site's banner ("Sunday, June 23, 2024"), not the title
            if is_date_only(ln) or _LABELS.match(ln):
                steps.append(CleaningStep(ln, "page header above the headline", "metadata"))
                header.append(ln)
                continue
            title = ln
            lines = lines[i + 1:]
            break
        else:
            lines = []
    title_key = _norm(title)
    nonblank = [ln for ln in lines if ln]
    seen: set[str] = set()
    verdict: list[tuple[str, str | None, str]] = []  # (line, reason or None=keep, action)
    skip_next_value = False
    for idx, ln in enumerate(nonblank):
        nxt = nonblank[idx + 1] if idx + 1 < len(nonblank) else ""
        key = _norm(ln)
        if skip_next_value:
            skip_next_value = False
            if len(ln.split()) <= 3 and not ln.endswith(_END_PUNCT) and not _rule_of(ln):
                verdict.append((ln, "value of a label line", "drop"))
                continue
        if not key:
            verdict.append((ln, "no words", "drop"))
            continue
        if key == title_key:
            verdict.append((ln, "repeated title", "drop"))
            continue
        if key in seen:
            verdict.append((ln, "repeated line", "drop"))
            continue
        rule = _rule_of(ln)
        if rule:
            reason, action, value = rule
            if reason == "label line" and _LABELS.match(ln):
                skip_next_value = True
            verdict.append((ln, reason, action))
            if action == "metadata":
                metadata.setdefault(reason, value)
            continue
        if _is_masthead(ln) and not any(r is None for _, r, _ in verdict):
            # the page names its outlet above the story ("The Harbour Times"): metadata, not body
            verdict.append((ln, "outlet masthead", "metadata"))
            metadata.setdefault("outlet masthead", ln.title() if ln.isupper() else ln)
            continue
        if is_date_only(ln):
            verdict.append((ln, "date line", "metadata"))
            metadata.setdefault("date line", ln)
            continue
        if ln.endswith(("...", "…")):
            stem = _norm(ln.rstrip(".…"))
            if len(stem) > 30 and any(_norm(o).startswith(stem) for o in nonblank if o is not ln):
                verdict.append((ln, "teaser repeating the lead", "drop"))
                continue
        # a caption sits right above its credit ("Source: X", "Photo: X") before the story starts
        nxt_rule = _rule_of(nxt) if nxt else None
        if (nxt_rule and nxt_rule[0] in ("source", "photo caption or credit") and len(nxt.split()) <= 6
                and _is_heading(ln)
                and not any(r is None for _, r, _ in verdict)):
            verdict.append((ln, "photo caption", "metadata"))
            metadata.setdefault("caption", ln)
            continue
        seen.add(key)
        verdict.append((ln, None, "keep"))
    _positional(verdict, metadata)
    if not any(r is None for _, r, _ in verdict):
        # cleaning never deletes the article: when every line went, the lines removed only for
        # repeating another (title, standfirst, teaser) come back, and a one-sentence item whose
        # sentence was taken as its title keeps it as its body too
        verdict = [(ln, None if r in _CONTENT_REASONS else r, a) for ln, r, a in verdict]
        if not any(r is None for _, r, _ in verdict) and title_from_text and title.strip() and not _rule_of(title):
            verdict.append((title.strip(), None, "keep"))
            metadata.setdefault("body from title", "the item's only sentence is also its title")
    kept = []
    for ln, reason, action in verdict:
        if reason is None:
            kept.append(ln)
        else:
            steps.append(CleaningStep(ln, reason, action))
    return CleanText(title=title.strip(), body="\n\n".join(kept), steps=steps, metadata=metadata, header_lines=header)


def _rule_of(line: str) -> tuple[str, str, str] | None:
    for pattern, reason, action in _rules():
        m = pattern.search(line)
        if m:
            return reason, action, (m.groupdict().get("value") or line).strip()
    return None


def _positional(verdict: list[tuple[str, str | None, str]], metadata: dict[str, str]) -> None:
    """Rules that need the whole article: standfirsts and lone link headlines."""
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
    # writers who use sub-headings use several; one headline alone between paragraphs is a link
    # to another story ("related article" inserted into the body)
    headings = [i for i in kept if first_para < i < kept[-1] and verdict[i][1] is None
                and not verdict[i][0].endswith(_END_PUNCT) and len(verdict[i][0].split()) <= 20]
    if len(headings) == 1:
        i = headings[0]
        if len(verdict[i][0].split()) >= 5 and verdict[i][0][:1].isupper():
            verdict[i] = (verdict[i][0], "lone headline between paragraphs (related-article link)", "drop")
