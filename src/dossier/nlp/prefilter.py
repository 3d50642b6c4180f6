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
