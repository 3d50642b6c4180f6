"""The per-article unit of work, shared by every engine: raw item in, analysis or skip out.

It is pure (the same input gives the same output) and holds no state but the
spaCy pipeline, which each worker loads once.
"""

from __future__ import annotations

import gc
import time
from collections import OrderedDict
from typing import Any

from dossier.ingest import IngestError, RawDocument, build_article
from dossier.nlp.analyse import analyse_doc
from dossier.nlp.embed import embed, lead_text, model
from dossier.records import Analysis, SkippedItem


def too_long(chars: int, limit: int) -> str:
    """The skip reason for a text over spaCy's ``max_length`` (spaCy's own E088 message speaks of parsers
    and memory, and reads as a crash)."""
    return (f"text too long to analyse: {chars:,} characters after cleaning, the limit is {limit:,} "
            "(one item this long is usually a whole page or file pasted into one field; split it into articles)")


# texts spaCy parses at once. Its layers' activations for a batch of 32 bench articles peaked 450 MB over the
# model's own memory; 8 at a time peak at 145 MB for the same CPU time (128 articles: 11.5 s either way)
PIPE_BATCH = 8
# the parses of the last texts a worker read, kept for verbatim copies (a wire story under another masthead): the
# parse depends on the text alone, so a copy's is the original's. A bench article's Doc with its tensor is about
# 0.4 MB; copies arrive within a few dozen articles of their original (at most 29, median 3, in the bench corpus)
PARSE_CACHE = 32
# allocations between two collections of the youngest generation in a worker process (Python's default is 700)
GC_YOUNGEST = 10_000


def tune_collector() -> None:
    """For a process that only runs an :class:`ArticleWorker`, called once it is built: the model, the
    knowledge base and the tables its warm-up read live as long as the process, so they are kept out of the
    cyclic collector's scans (``gc.freeze``), and the youngest generation is collected less often (an article
    makes tens of thousands of short-lived objects, almost none in cycles). Extraction after the parse, 150 bench
    articles in one process, two runs each: 19.3 / 19.7 ms an article before, 18.6 / 18.0 after; the parse
    unchanged (103.6 / 103.6 against 101.5 / 103.8 ms). Not for a process that goes on to do other work (frozen objects are never
    collected)."""
    gc.freeze()
    gc.set_threshold(GC_YOUNGEST, *gc.get_threshold()[1:])


# a short report written for this purpose, touching every stage: a dateline, people and bodies with titles, places,
# time words, a reported act with a recipient
WARM_UP = [RawDocument(source="dossier:warm-up", format="txt", body=(
    "Ministers meet in Lisbon\n\n"
    "LISBON, March 3 (Reuters) - Portugal's foreign minister met his Spanish counterpart in Lisbon on Tuesday and "
    "signed an agreement on border controls, the ministry said. Police in Porto arrested two men on Monday, "
    "officials said, and the government in Madrid welcomed the accord."))]


class ArticleWorker:
    """Holds the model; call it on a batch of raw documents."""

    def __init__(self, kb_paths: tuple[str, ...] = ()) -> None:
        from dossier.nlp.model import load

        self.kb_paths = kb_paths
        self.nlp = load(kb_paths)
        self.timings: dict[str, float] = {}
        self._recent: OrderedDict[str, Any] = OrderedDict()  # text -> its Doc, the latest last
        # the tables the stages read on first use (knowledge base, gazetteer and its city list, time rules,
        # models) are read now, once per worker, not inside the first batch
        self(WARM_UP)
        # seconds spent per stage since the warm-up (and ``parses_reused``, a count); engines ship these back
        # for `dossier bench`
        self.timings = {"build": 0.0, "spacy": 0.0, "extract": 0.0, "parses_reused": 0.0}

    def _parse(self, texts: list[str]) -> list[Any]:
        """The Docs of ``texts``, each text parsed once: a text this worker parsed lately, or met earlier in
        the batch, gets that parse. The extractors read a Doc and never change it (what they cache in
        ``doc.user_data`` is computed from the text alone), so one Doc serves every copy."""
        docs: list[Any] = [None] * len(texts)
        todo: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            doc = self._recent.get(text)
            if doc is not None:
                self._recent.move_to_end(text)
                docs[i] = doc
            else:
                todo.setdefault(text, []).append(i)
        reused = len(texts) - len(todo)
        for (text, where), doc in zip(todo.items(), self.nlp.pipe(list(todo), batch_size=PIPE_BATCH)):
            for i in where:
                docs[i] = doc
            self._recent[text] = doc
        while len(self._recent) > PARSE_CACHE:
            self._recent.popitem(last=False)
        self.timings["parses_reused"] = self.timings.get("parses_reused", 0.0) + reused
        return docs

    def __call__(self, raws: list[RawDocument]) -> list[Analysis | SkippedItem]:
        clock = time.perf_counter
        t0 = clock()
        built: list[Any] = []
        for raw in raws:
            try:
                built.append(build_article(raw))
            except IngestError as exc:
                built.append(SkippedItem(raw.source, str(exc)))
            except Exception as exc:  # a bug or a hostile input must not stop the batch
                built.append(SkippedItem(raw.source, f"unexpected {type(exc).__name__}: {exc}"))
        limit = self.nlp.max_length
        built = [SkippedItem(b.source, too_long(len(b.text), limit))
                 if not isinstance(b, SkippedItem) and len(b.text) > limit else b for b in built]
        articles = [b for b in built if not isinstance(b, SkippedItem)]
        t1 = clock()
        try:
            docs: list[Any] = self._parse([a.text for a in articles])
        except Exception:
            # one bad text must not sink its batch: redo it one by one and skip only the culprit
            docs = []
            for a in articles:
                try:
                    docs.append(self.nlp(a.text))
                except Exception as exc:
                    docs.append(exc)
        t2 = clock()
        out: list[Analysis | SkippedItem] = []
        it = iter(docs)
        for b in built:
            if isinstance(b, SkippedItem):
                out.append(b)
                continue
            doc = next(it)
            if isinstance(doc, Exception):
                out.append(SkippedItem(b.source, f"analysis failed: {type(doc).__name__}: {doc}"))
                continue
            try:
                out.append(analyse_doc(b, doc))
            except Exception as exc:
                out.append(SkippedItem(b.source, f"analysis failed: {type(exc).__name__}: {exc}"))
        t3 = clock()
        done = [a for a in out if isinstance(a, Analysis)]
        vectors = embed([lead_text(a.article.title, a.article.text) for a in done]) if done and model() else None
        for a, v in zip(done, vectors or ()):
            a.embedding = v
        if vectors is not None:
            self.timings["embed"] = self.timings.get("embed", 0.0) + clock() - t3
            t3 = clock()
        for stage, seconds in (("build", t1 - t0), ("spacy", t2 - t1), ("extract", t3 - t2)):
            self.timings[stage] = self.timings.get(stage, 0.0) + seconds
        return out
