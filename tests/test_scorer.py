"""The coreference scorers against cases computed by hand."""

from __future__ import annotations

import pytest

from dossier.eval.scorer import b_cubed, ceaf_e, clusters_from_labels, conll, muc

KEY = [{"a", "b", "c"}, {"d", "e"}]
RESPONSE = [{"a", "b"}, {"c", "d", "e"}]


def test_split_and_merge_case():
    # MUC: key links recovered 2 of 3, response links correct 2 of 3
    assert muc(KEY, RESPONSE) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    # B3 per mention P: 1, 1, 1/3, 2/3, 2/3; R: 2/3, 2/3, 1/3, 1, 1
    assert b_cubed(KEY, RESPONSE) == pytest.approx((11 / 15, 11 / 15, 11 / 15))
    # CEAF-e: phi4 = 4/5 for both aligned pairs
    assert ceaf_e(KEY, RESPONSE) == pytest.approx((0.8, 0.8, 0.8))
    assert conll(KEY, RESPONSE)["conll_f1"] == pytest.approx(33 / 45)


def test_everything_in_one_cluster():
    key = [{"a", "b"}, {"c", "d"}]
    response = [{"a", "b", "c", "d"}]
    assert muc(key, response)[:2] == pytest.approx((2 / 3, 1.0))
    assert b_cubed(key, response)[:2] == pytest.approx((0.5, 1.0))
    # one alignment of phi4 = 2*2/(2+4) = 2/3
    assert ceaf_e(key, response)[:2] == pytest.approx((2 / 3, 1 / 3))


def test_perfect_and_singletons():
    assert conll(KEY, KEY)["conll_f1"] == pytest.approx(1.0)
    singles = [{"a"}, {"b"}, {"c"}]
    # no links anywhere: MUC is undefined and scores 0; B3 and CEAF-e are perfect
    assert muc(singles, singles) == (0.0, 0.0, 0.0)
    assert b_cubed(singles, singles) == pytest.approx((1.0, 1.0, 1.0))
    assert ceaf_e(singles, singles) == pytest.approx((1.0, 1.0, 1.0))


def test_mentions_missing_from_response_are_singletons():
    key = [{"a", "b", "c"}]
    response = [{"a", "b"}]
    assert muc(key, response) == pytest.approx((1.0, 0.5, 2 / 3))
    # c is its own response cluster: B3 recall (2/3 + 2/3 + 1/3)/3
    assert b_cubed(key, response)[1] == pytest.approx(5 / 9)


def test_clusters_from_labels():
    got = clusters_from_labels({"a": 1, "b": 1, "c": 2})
    assert sorted(map(sorted, got)) == [["a", "b"], ["c"]]
