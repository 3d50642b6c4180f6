"""The actor (ECB+) and publication-date evaluations: scoring maths on hand cases, and a short real run."""

from __future__ import annotations

import json

import pytest

from conftest import need_bench


def test_b_cubed_on_hand_cases():
    from dossier.eval.actors import _b_cubed

    perfect = [("a", "g1", "p1"), ("b", "g1", "p1"), ("c", "g2", "p2")]
    assert _b_cubed(perfect) == (1.0, 1.0, 1.0)
    split = [("a", "g1", "p1"), ("b", "g1", "p2")]  # one entity, two clusters
    p, r, _ = _b_cubed(split)
    assert (p, r) == (1.0, 0.5)
    merged = [("a", "g1", "p1"), ("b", "g2", "p1")]  # two entities, one cluster
    p, r, _ = _b_cubed(merged)
    assert (p, r) == (0.5, 1.0)


def test_ecbplus_named_mentions_run_end_to_end():
    from dossier.eval.actors import evaluate_ecbplus

    path = need_bench("ecbplus/ecbplus_dev.jsonl")
    r = evaluate_ecbplus(path, limit=6)
    assert r["documents"] == 6 and r["named_mentions"] > 0
    assert 0 < r["detected"] <= r["named_mentions"]
    for part in ("within_document", "cross_document"):
        assert 0.0 <= r[part]["f1"] <= 1.0


def test_eval_dates_scores_found_wrong_and_abstention(tmp_path):
    from dossier.eval.dates import evaluate

    items = [
        {"id": "u1", "url": "https://n.example/2024/05/02/port-reopens/", "text": "The port reopened on Thursday after the storm, officials said.",
         "published": "2024-05-02"},
        {"id": "d1", "url": "https://n.example/item/7", "text": "LIMA, June 3 (Wire) -- Peru's congress voted on "
         "Monday after a debate that began on May 30, 2024.", "published": None},
        {"id": "n1", "url": "https://n.example/item/8", "text": "The mayor opened the new library on Friday.",
         "published": None},
    ]
    gold = [{"id": "u1", "gold_published": "2024-05-02"}, {"id": "d1", "gold_published": "2024-06-03"},
            {"id": "n1", "gold_published": None}]
    (tmp_path / "articles.jsonl").write_text("\n".join(json.dumps(i) for i in items), "utf-8")
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold), "utf-8")
    result = evaluate([str(tmp_path / "articles.jsonl")])
    without = next(iter(result.values()))["without"]
    assert without["with_known_date"] == 2 and without["found"] == 2 and without["wrong"] == 0
    assert without["dated_without_gold"] == 0


def test_eval_dates_rejects_an_unknown_corpus(tmp_path):
    from dossier.eval.dates import evaluate

    (tmp_path / "x.txt").write_text("nothing", "utf-8")
    with pytest.raises(ValueError):
        evaluate([str(tmp_path / "x.txt")])
