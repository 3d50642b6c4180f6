"""The per-article unit of work, shared by every engine: raw item in, analysis or skip out.

It is pure (the same input gives the same output) and holds no state but the
spaCy pipeline, which each worker loads once.
"""

from __future__ import annotations

from typing import Any

from dossier.ingest import IngestError, RawDocument, build_article
from dossier.nlp.analyse import analyse_doc
from dossier.records import Analysis, SkippedItem


class ArticleWorker:
    """Holds the model; call it on a batch of raw documents."""

    def __init__(self, kb_paths: tuple[str, ...] = ()) -> None:
        from dossier.nlp.model import load

        self.kb_paths = kb_paths
        self.nlp = load(kb_paths)

    def __call__(self, raws: list[RawDocument]) -> list[Analysis | SkippedItem]:
        built: list[Any] = []
        for raw in raws:
            try:
                built.append(build_article(raw))
            except IngestError as exc:
                built.append(SkippedItem(raw.source, str(exc)))
            except Exception as exc:  # a bug or a hostile input must not stop the batch
                built.append(SkippedItem(raw.source, f"unexpected {type(exc).__name__}: {exc}"))
        articles = [b for b in built if not isinstance(b, SkippedItem)]
        docs = iter(self.nlp.pipe([a.text for a in articles], batch_size=32))
        out: list[Analysis | SkippedItem] = []
        for b in built:
            if isinstance(b, SkippedItem):
                out.append(b)
                continue
            try:
                out.append(analyse_doc(b, next(docs)))
            except Exception as exc:
                out.append(SkippedItem(b.source, f"analysis failed: {type(exc).__name__}: {exc}"))
        return out
