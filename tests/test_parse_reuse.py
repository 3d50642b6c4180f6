"""A worker parses a text once: a verbatim copy (a wire story under another masthead, on another day) gets the
parse of its original, and its analysis is the one a fresh parse would give, its own dates included."""

from __future__ import annotations

import dataclasses

from conftest import EXAMPLES


def _original_and_copy():
    from dossier.ingest import RawDocument, read_inputs

    raws = [r for r in read_inputs([EXAMPLES]) if isinstance(r, RawDocument)]
    original = next(r for r in raws if "on Thursday" in r.body)
    fields = dict(original.fields, id="copy-of-" + str(original.fields.get("id")), outlet="Another Masthead",
                  url="https://another.example/copy",
                  published="2023-09-21T08:00:00+00:00")  # a week later: its "Thursday" is another day
    return original, dataclasses.replace(original, source="copy", fields=fields)


def _plain(analysis):
    from dossier.records import to_dict

    return to_dict(analysis)


def test_a_verbatim_copy_reuses_the_parse_and_keeps_its_own_analysis(monkeypatch):
    from dossier.scale import work

    original, copy = _original_and_copy()
    worker = work.ArticleWorker()
    monkeypatch.setattr(work, "PARSE_CACHE", 0)
    [fresh] = worker([copy])  # parsed on its own: the cache keeps nothing
    assert worker.timings["parses_reused"] == 0
    monkeypatch.setattr(work, "PARSE_CACHE", 64)
    worker([original])
    [reused] = worker([copy])  # a later batch: the parse of the original's text
    assert worker.timings["parses_reused"] == 1
    assert _plain(reused) == _plain(fresh)
    # the copy's dates come from its own publication day, not the original's
    days = {t.value for t in reused.timexes if t.text.lower() == "thursday"}
    assert days == {"2023-09-21"}


def test_copies_in_one_batch_are_parsed_once(monkeypatch):
    from dossier.scale import work

    original, copy = _original_and_copy()
    worker = work.ArticleWorker()
    calls = []
    pipe = worker.nlp.pipe
    monkeypatch.setattr(worker.nlp, "pipe", lambda texts, **kw: calls.append(len(texts)) or pipe(texts, **kw))
    first, second = worker([original, copy])
    assert calls == [1] and worker.timings["parses_reused"] == 1
    assert first.article.id != second.article.id and first.article.text == second.article.text
