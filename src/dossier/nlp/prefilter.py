"""Required literals of a regular expression: a cheap test that a text *cannot* match it.

Why. The time-expression rules are a few dozen case-insensitive patterns with
optional prefixes and long alternations; Python's ``re`` has no literal prefix
to skip ahead with, so each rule walks every position of every article (about
a quarter of a millisecond per rule for a news article, most of the
per-article work outside spaCy). Most rules cannot match most articles: one
needs a month name, another "quarter", another a digit. Like RE2's prefilter
and code-search trigram indexes, :func:`required` derives from the parsed
pattern a set of strings of which every match must contain at least one; a
text containing none of them is skipped with a few substring tests, and the
answer is exactly the same as running the pattern. No Python library exposes
this for ``re`` patterns (RE2's prefilter is C++ only, and RE2 has no
lookbehind), hence this module.

The test is conservative by construction: case is folded on both sides the
way ``re.IGNORECASE`` compares characters (so case-sensitive parts are
over-approximated), anything not understood
(lookarounds, back-references, negated or large character classes, optional
parts) contributes no requirement, and ``\\d`` is a requirement of its own,
checked with the same ``\\d`` that ``re`` uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

DIGIT = "\0digit"  # stands for "any character \d matches"
_MAX_SET = 256  # largest exact-string set kept for an alternation
_MAX_RUN = 16  # a run of exactly known items is expanded by cross product up to this many strings
_MAX_CLASS = 24  # larger character classes count as unknown

# IGNORECASE compares simple lowercase forms, and also treats a few lowercase letters as equal
# (i and dotless i, s and long s, the Greek sigmas, ...): each such class folds to its smallest member
_FOLD_EXTRA = str.maketrans({chr(v): chr(min((k, *vs))) for k, vs in _casefix._EXTRA_CASES.items()
                             for v in (k, *vs) if v != min((k, *vs))})
_DIGIT_RX = re.compile(r"\d")


def fold(text: str) -> str:
    # str.lower() is the simple lowercase mapping re uses, except for U+0130 (its full form has two characters)
    return text.replace("\u0130", "i").lower().translate(_FOLD_EXTRA)


class _Info:
    """What a piece of pattern matches: ``exact`` (all strings it can match, when few) and
    ``need`` (a set of strings one of which every match contains; None = nothing known)."""

    __slots__ = ("exact", "need")

    def __init__(self, exact: set[str] | None, need: set[str] | None) -> None:
        self.exact = exact
        self.need = need


def _strength(need: set[str] | None) -> tuple[int, int]:
    """Better requirement = longer shortest string (up to 4 characters: beyond that a string is
    rare enough in news text), then fewer strings (each costs a substring search)."""
    if not need or "" in need:
        return (-1, 0)
    return (min(4, min(1 if s == DIGIT else len(s) for s in need)), -len(need))


def _minimal(need: set[str]) -> frozenset[str]:
    """Drop strings that contain another one of the set: "contains a or xay" is "contains a"."""
    keep = sorted(need, key=len)
    out: list[str] = []
    for s in keep:
        if s == DIGIT or not any(k != DIGIT and k in s for k in out):
            out.append(s)
    return frozenset(out)


def _best(*needs: set[str] | None) -> set[str] | None:
    ok = [n for n in needs if n and "" not in n]
    return max(ok, key=_strength) if ok else None


def _char_class(items: list) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(fold(chr(av)))
        elif op is C.RANGE:
            lo, hi = av
            if hi - lo > _MAX_CLASS:
                return None
            chars.update(fold(chr(c)) for c in range(lo, hi + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT and len(items) == 1:
            return None  # handled by the caller as DIGIT
        else:
            return None  # negation, other categories
        if len(chars) > _MAX_CLASS:
            return None
    return chars


def _product(a: set[str], b: set[str], limit: int = _MAX_SET) -> set[str] | None:
    if len(a) * len(b) > limit:
        return None
    return {x + y for x in a for y in b}


def _seq(items: Iterable) -> _Info:
    exact: set[str] | None = {""}
    run: set[str] | None = {""}  # exact strings of the current run of exactly known items
    need: set[str] | None = None
    for op, av in items:
        info = _item(op, av)
        exact = _product(exact, info.exact) if exact is not None and info.exact is not None else None
        if info.exact is not None and run is not None:
            nxt = _product(run, info.exact, _MAX_RUN)
            if nxt is not None:
                run = nxt
                continue
        # the run ends here: it is a requirement of its own
        need = _best(need, run, info.need, info.exact)
        run = {""} if info.exact is None else info.exact
    need = _best(need, run)
    return _Info(exact, need)


def _item(op, av) -> _Info:
    if op is C.LITERAL:
        s = fold(chr(av))
        return _Info({s}, {s})
    if op is C.IN:
        if len(av) == 1 and av[0] == (C.CATEGORY, C.CATEGORY_DIGIT):
            return _Info(None, {DIGIT})
        chars = _char_class(av)
        return _Info(chars, chars) if chars else _Info(None, None)
    if op is C.SUBPATTERN:
        return _seq(av[-1])
    if op is C.ATOMIC_GROUP:
        return _seq(av)
    if op is C.BRANCH:
        infos = [_seq(alt) for alt in av[1]]
        exact: set[str] | None = set()
        for i in infos:
            if exact is None or i.exact is None:
                exact = None
                break
            exact |= i.exact
        if exact is not None and len(exact) > _MAX_SET:
            exact = None
        needs = [_best(i.need, i.exact) for i in infos]
        need = None if any(n is None for n in needs) else set().union(*needs)
        return _Info(exact, need)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, body = av
        inner = _seq(body)
        if lo == 0:
            if hi == 1 and inner.exact is not None:
                return _Info(inner.exact | {""}, None)
            return _Info(None, None)
        need = _best(inner.need, inner.exact)
        if lo == hi == 1:
            return _Info(inner.exact, need)
        return _Info(None, need)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _Info({""}, None)  # zero width: matches no characters
    return _Info(None, None)  # ANY, NOT_LITERAL, GROUPREF, CATEGORY outside a class, ...


def required(rx: re.Pattern) -> frozenset[str] | None:
    """Strings (case-folded; ``DIGIT`` for ``\\d``) one of which every match of ``rx`` contains,
    or None when no such set is known (the pattern must then always be run)."""
    if not isinstance(rx.pattern, str):
        return None
    info = _seq(_parser.parse(rx.pattern, rx.flags).data)
    need = _best(info.need, info.exact)
    return _minimal(need) if need else None


# Where a match can begin. ``required`` says whether a rule can match a text at all; a rule that can is still run
# over every position of it, and ``re`` spends most of its time there trying positions where the rule cannot
# begin (a case-insensitive pattern opening with a lookbehind gives ``re`` no first character to skip ahead to).
# :func:`starts` derives the strings one of which every match begins with; the caller finds where they begin in
# the folded text and runs the pattern only there (``re.Pattern.match`` at a position reads
# the text before it as a search does, so the matches are the same).
_START_CHARS = 4  # characters of a match's beginning followed: "the " or "janu" is rare enough to try each place
_MAX_STARTS = 64  # most strings in a start set; beyond it they are cut shorter (a shorter start is still a start)


def _capped(starts: set[str]) -> set[str]:
    """``starts`` without strings another of them begins (a continuation of "" is anything: unknown), each cut
    to ``_START_CHARS`` characters, and cut shorter until there are at most ``_MAX_STARTS`` of them."""
    if "" in starts:
        return {""}
    width = _START_CHARS
    while True:
        cut = {s if s == DIGIT else s[:width] for s in starts}
        if len(cut) <= _MAX_STARTS:
            break
        width -= 1
        if width == 0:
            return {""}
    out: set[str] = set()
    for s in sorted(cut, key=len):
        if s == DIGIT or not any(k != DIGIT and s.startswith(k) for k in out):
            out.add(s)
    return out


def _then(heads: set[str], rest: set[str]) -> set[str]:
    """The starts of one of ``heads`` (single folded characters) followed by something starting with ``rest``."""
    return _capped({h + ("" if r == DIGIT else r) for h in heads for r in rest})


def _starts_seq(items, rest: set[str]) -> set[str]:
    """Starts of the sequence ``items`` followed by what starts with ``rest``; ``{""}`` when unknown. Read back to
    front, so that each item sees what can follow it."""
    for op, av in reversed(list(items)):
        rest = _starts_item(op, av, rest)
    return rest


def _starts_item(op, av, rest: set[str]) -> set[str]:
    if op is C.LITERAL:
        return _then({fold(chr(av))}, rest)
    if op is C.IN:
        if len(av) == 1 and av[0] == (C.CATEGORY, C.CATEGORY_DIGIT):
            return {DIGIT}
        chars = _char_class(av)
        return _then(chars, rest) if chars else {""}
    if op is C.SUBPATTERN:
        return _starts_seq(av[-1], rest)
    if op is C.ATOMIC_GROUP:
        return _starts_seq(av, rest)
    if op is C.BRANCH:
        return _capped(set().union(*(_starts_seq(alt, rest) for alt in av[1])))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, body = av
        # one pass of the body followed by what follows the repeat when there is at most one; by anything else
        once = _starts_seq(body, rest if hi == 1 else {""})
        return _capped(once | rest) if lo == 0 else once
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return rest  # zero width: the match begins with what follows
    return {""}  # ANY, NOT_LITERAL, GROUPREF, CATEGORY outside a class, ...


def starts(rx: re.Pattern) -> frozenset[str] | None:
    """Strings (case-folded like ``required``; ``DIGIT`` for a ``\\d`` character) one of which every match of
    ``rx`` begins with, or None when no such set is known. Each string is at most ``_START_CHARS`` long."""
    if not isinstance(rx.pattern, str):
        return None
    out = _starts_seq(_parser.parse(rx.pattern, rx.flags).data, {""})
    return None if "" in out else frozenset(out)


class FoldedText:
    """One text, folded once, asked about many requirement sets."""

    __slots__ = ("folded", "_digit", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self._digit: bool | None = None

    def may_match(self, need: frozenset[str] | None) -> bool:
        if need is None:
            return True
        for s in need:
            if s == DIGIT:
                if self._digit is None:
                    self._digit = _DIGIT_RX.search(self.text) is not None
                if self._digit:
                    return True
            elif s in self.folded:
                return True
        return False
