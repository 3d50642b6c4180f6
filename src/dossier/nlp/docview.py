"""Cheap, cached views of a parsed ``Doc`` for the extractors' hot loops.

spaCy's convenient accessors are costly when called per token: ``Doc.text``
re-joins every token on each call and ``Token.sent`` scans for sentence
boundaries each time. The extractors ask these questions thousands of times
per article, so the answers are computed once per document and kept in
``doc.user_data``; token filters read the attribute arrays instead of
creating a Python ``Token`` for every word.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, IS_ALPHA, IS_STOP, LEMMA, LOWER, ORTH, POS, TAG

_TEXT, _SENTS, _STARTS, _ENTS = "dossier.text", "dossier.sents", "dossier.token_starts", "dossier.ents"
_COLUMNS = "dossier.columns"


def doc_text(doc: Any) -> str:
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def know_text(doc: Any, text: str) -> None:
    """Tell the view the text the doc was parsed from (``Doc.text`` re-joins every token: 5 ms an article)."""
    last = doc[-1] if len(doc) else None
    if last is not None and last.idx + len(last.text_with_ws) == len(text) and text.startswith(doc[0].text) \
            and text.startswith(last.text_with_ws, last.idx):
        doc.user_data.setdefault(_TEXT, text)


def token_starts(doc: Any) -> list[int]:
    """Each token's character offset, in order."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = doc.to_array(IDX).tolist() if len(doc) else []
    return starts


class _TokensByStart:
    """``{token.idx: token}`` without building a dict of every token: a bisection per lookup."""

    __slots__ = ("doc", "starts")

    def __init__(self, doc: Any) -> None:
        self.doc, self.starts = doc, token_starts(doc)

    def get(self, char: int, default: Any = None) -> Any:
        i = bisect_left(self.starts, char)
        return self.doc[i] if i < len(self.starts) and self.starts[i] == char else default

    def __contains__(self, char: object) -> bool:
        return isinstance(char, int) and self.get(char) is not None

    def __getitem__(self, char: int) -> Any:
        tok = self.get(char)
        if tok is None:
            raise KeyError(char)
        return tok


def tokens_by_start(doc: Any) -> _TokensByStart:
    """The token that starts at a character offset, looked up like a dict."""
    return _TokensByStart(doc)


def tokens_starting_in(doc: Any, start: int, end: int) -> list[Any]:
    """The tokens whose first character lies in ``[start, end)``, in order (a bisection, not a scan)."""
    starts = token_starts(doc)
    return [doc[i] for i in range(bisect_left(starts, start), bisect_left(starts, end))]


def first_token_from(doc: Any, char: int) -> int:
    """Index of the first token starting at or after ``char`` (``len(doc)`` when none does)."""
    return bisect_left(token_starts(doc), char)


def sentences(doc: Any) -> tuple[list[int], list[Any]]:
    """Token index where each sentence starts, and the sentence spans, in order."""
    cached = doc.user_data.get(_SENTS)
    if cached is None:
        spans = list(doc.sents)
        cached = doc.user_data[_SENTS] = ([s.start for s in spans], spans)
    return cached


def sentence_of(tok: Any) -> Any:
    starts, spans = sentences(tok.doc)
    return spans[bisect_right(starts, tok.i) - 1]


def doc_ents(doc: Any) -> tuple:
    """``doc.ents``, built once per document (the getter walks every token and makes new spans on each call;
    no stage sets entities after parsing)."""
    cached = doc.user_data.get(_ENTS)
    if cached is None:
        ents = tuple(doc.ents)
        cached = doc.user_data[_ENTS] = (ents, [e.start for e in ents])
    return cached[0]


def span_ents(span: Any) -> list:
    """``span.ents`` (the entities wholly inside the span, stopping at the first that runs past its end, as
    spaCy's getter does) from the document's cached entities: a bisection instead of a walk of the document."""
    doc_ents(span.doc)
    ents, starts = span.doc.user_data[_ENTS]
    out = []
    for k in range(bisect_left(starts, span.start), len(ents)):
        e = ents[k]
        if e.end > span.end:
            break
        out.append(e)
    return out


def tokens_with_lemma(doc: Any, lemmas: Iterable[str] | frozenset) -> Iterator[Any]:
    """Tokens whose lower-cased lemma is in ``lemmas``, in order."""
    if not len(doc):
        return
    wanted = lemmas if isinstance(lemmas, (set, frozenset)) else set(lemmas)
    for i, lemma in enumerate(columns(doc).lemma):
        if lemma in wanted:
            yield doc[i]


def tokens_with_dep(doc: Any, label: str) -> Iterator[Any]:
    if not len(doc):
        return
    want = doc.vocab.strings[label] if label in doc.vocab.strings else None
    if want is None:
        return
    for i, h in enumerate(doc.to_array([DEP]).tolist()):
        if h == want:
            yield doc[i]


def span_text(span: Any) -> str:
    """``span.text`` as a slice of the document's text (``Span.text`` joins its tokens' texts, a ``Token`` each)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def inside_quotation(before: str) -> bool:
    """Whether text ending here is inside a quotation it opened: an odd number of straight quotes, or a curly
    quote opened and not closed."""
    return before.count("\"") % 2 == 1 or before.rfind("“") > before.rfind("”")


class Columns:
    """The parse's per-token attributes as plain lists indexed by ``token.i``: ``text``, ``lower`` (``lower_``), ``lemma``
    (``lemma_.lower()``), ``pos``, ``tag``, ``dep`` (the ``_`` strings), ``head`` (the head's index, a root its
    own), ``children`` (indices, in order, as ``Token.children`` gives them), ``is_alpha``, ``is_stop``.

    Every ``doc[i]`` and every ``tok.head`` or ``tok.children`` builds a new Python ``Token``; the event model's
    features ask a few dozen such questions of each candidate word and its neighbours (3.8 million tokens built
    for 300 bench articles), so the answers are read once per document from ``Doc.to_array``."""

    __slots__ = ("text", "lower", "lemma", "pos", "tag", "dep", "head", "children", "is_alpha", "is_stop")

    def __init__(self, doc: Any) -> None:
        n = len(doc)
        if not n:
            self.text = self.lower = self.lemma = self.pos = self.tag = self.dep = self.head = self.children = []
            self.is_alpha = self.is_stop = []
            return
        array = doc.to_array([LOWER, LEMMA, POS, TAG, DEP, HEAD, IS_ALPHA, IS_STOP, ORTH])
        lower, lemma, pos, tag, dep, _, is_alpha, is_stop, orth = array.T.tolist()
        strings = doc.vocab.strings
        self.text, self.lower, self.pos, self.tag, self.dep = \
            (_named(strings, col, _NAMES) for col in (orth, lower, pos, tag, dep))
        self.lemma = _named(strings, lemma, _FOLDED, str.lower)
        # HEAD is the offset to the head, stored unsigned (a head before its word wraps around)
        self.head = (array[:, 5].astype(np.int64) + np.arange(n, dtype=np.int64)).tolist()
        # a word with no children shares one empty tuple (most words have none: a list each was 0.2 ms a document)
        children: list = [()] * n
        for i, h in enumerate(self.head):
            if h != i:
                if children[h]:
                    children[h].append(i)
                else:
                    children[h] = [i]
        self.children = children
        self.is_alpha, self.is_stop = list(map(bool, is_alpha)), list(map(bool, is_stop))


# string hash -> string (and -> the string lower-cased), for every process: StringStore's lookup is a Python call
# per question, and the same few thousand words recur in every document. Bounded: emptied when it grows past this
_NAMES_KEPT = 200_000
_NAMES: dict[int, str] = {}
_FOLDED: dict[int, str] = {}


def _named(strings: Any, hashes: list[int], names: dict[int, str], fold: Any = None) -> list[str]:
    missing = set(hashes).difference(names)
    if missing:
        if len(names) + len(missing) > _NAMES_KEPT:
            names.clear()
            missing = set(hashes)
        for h in missing:
            names[h] = fold(strings[h]) if fold else strings[h]
    return list(map(names.__getitem__, hashes))


def columns(doc: Any) -> Columns:
    """The document's :class:`Columns`, built on first use."""
    cols = doc.user_data.get(_COLUMNS)
    if cols is None:
        cols = doc.user_data[_COLUMNS] = Columns(doc)
    return cols
