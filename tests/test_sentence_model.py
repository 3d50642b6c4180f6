"""The sentence event model experiment (``nlp/sentence_model*.py``; measured, not adopted: docs/EVENTS.md):
the loader says which file is missing, cross-validation keeps topics and stories whole, and the curves and the
threshold rule behave as the write-up reads them. No model is shipped, so nothing here needs one."""

from __future__ import annotations

import numpy as np
import pytest

from dossier.nlp import sentence_model
from dossier.nlp.sentence_model import ANY, OUTPUTS, TYPES
from dossier.nlp.sentence_model_train import Example, curves, fold_of, labels, threshold_for


def test_missing_files_say_which():
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tokenizers")
    with pytest.raises(FileNotFoundError, match="nothing.onnx"):
        sentence_model.SentenceEventModel("nothing.onnx", "nothing.json")


def test_folds_keep_topics_and_stories_whole_and_labels_mark_any_event():
    examples = [Example(f"s{i}", frozenset({"ASSAULT"} if i % 3 == 0 else set()), f"{src}-{i % 7}", src, str(i))
                for i, src in enumerate(["ecb", "syn"] * 40)]
    fold = fold_of(examples, 4)
    by_group: dict[str, set[int]] = {}
    for e, f in zip(examples, fold):
        by_group.setdefault(e.group, set()).add(int(f))
    assert all(len(f) == 1 for f in by_group.values())
    assert set(fold.tolist()) == {0, 1, 2, 3}
    y = labels(examples)
    assert y[0, TYPES.index("ASSAULT")] == 1 and y[0, OUTPUTS.index(ANY)] == 1
    assert y[1].sum() == 0


def test_curves_count_sentence_type_pairs_and_type_accuracy_on_matched_sentences():
    examples = [Example("a", frozenset({"ASSAULT"}), "g", "ecb", "1"),
                Example("b", frozenset({"CONSULT", "AGREE"}), "g", "ecb", "2"),
                Example("c", frozenset(), "g", "ecb", "3")]
    probs = np.zeros((3, len(OUTPUTS)), dtype=np.float32)
    probs[0, TYPES.index("ASSAULT")] = 0.9  # right
    probs[1, TYPES.index("ACCUSE")] = 0.7  # wrong type in an event sentence
    probs[1, TYPES.index("CONSULT")] = 0.4  # right, below 0.5
    probs[2, TYPES.index("PROTEST")] = 0.6  # not an event
    row = next(r for r in curves(probs, labels(examples), thresholds=(0.5,))["type"])
    assert (row["P"], row["R"]) == (round(1 / 3, 3), round(1 / 3, 3))
    assert row["type_acc"] == 0.5  # sentence a's top type is gold, sentence b's is not
    low = curves(probs, labels(examples), thresholds=(0.3,))["type"][0]
    assert low["R"] == round(2 / 3, 3)


def test_threshold_rule_takes_the_lowest_that_keeps_the_precision_target():
    curve = [{"threshold": 0.3, "P": 0.7}, {"threshold": 0.5, "P": 0.81}, {"threshold": 0.7, "P": 0.79},
             {"threshold": 0.9, "P": 0.95}]
    assert threshold_for(curve, 0.8) == 0.5
    assert threshold_for([{"threshold": 0.4, "P": 0.5}, {"threshold": 0.6, "P": 0.6}], 0.8) == 0.6
