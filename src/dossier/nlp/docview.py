"""Cheap, cached views of a parsed ``Doc`` for the extractors' hot loops.

spaCy's convenient accessors are costly when called per token: ``Doc.text``
re-joins every token on each call and ``Token.sent`` scans for sentence
boundaries each time. The extractors ask these questions thousands of times
per article, so the answers are computed once per document and kept in
``doc.user_data``; token filters read the attribute arrays instead of
creating a Python ``Token`` for every word.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import DEP, LEMMA

_TEXT, _SENTS = "dossier.text", "dossier.sents"


def doc_text(doc: Any) -> str:
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


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


def tokens_with_lemma(doc: Any, lemmas: Iterable[str] | frozenset) -> Iterator[Any]:
    """Tokens whose lower-cased lemma is in ``lemmas``, in order."""
    if not len(doc):
        return
    wanted = lemmas if isinstance(lemmas, (set, frozenset)) else set(lemmas)
    hashes = doc.to_array([LEMMA]).tolist()
    strings = doc.vocab.strings
    keep = {h for h in set(hashes) if strings[h].lower() in wanted}
    for i, h in enumerate(hashes):
        if h in keep:
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
