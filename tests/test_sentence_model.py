"""The sentence event model: the shipped ONNX file loads and reads sentences written for this test; the
training helpers keep cross-validation groups whole."""

from __future__ import annotations

import numpy as np
import pytest

from dossier.nlp import sentence_model
from dossier.nlp.sentence_model import ANY, OUTPUTS, TYPES


def _shipped():
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tokenizers")
    folder = sentence_model.model_dir()
    if not (folder / sentence_model.MODEL_FILE).is_file():
        pytest.skip("no sentence event model shipped (make train-sentence builds one)")
    return sentence_model.load()


def test_shipped_model_reads_an_arrest_and_a_concert():
    model = _shipped()
    arrest, concert = model.predict([
        "Police in Leeds arrested two men on Tuesday on suspicion of setting fire to a warehouse.",
        "The band played its old hits to a sold-out hall and the crowd sang along until midnight.",
    ])
    assert arrest.any_event > 0.5 and "COERCE" in arrest.above(0.5)
    assert concert.any_event < 0.5 and not concert.above(0.5)


def test_a_batch_scores_each_sentence_as_it_scores_alone():
    model = _shipped()
    sentences = ["Rebels shelled the airport.",
                 "The minister met her Japanese counterpart in Tokyo to discuss a new trade agreement on rice.",
                 "", "Protesters marched on parliament demanding the release of the jailed editor."]
    batch = model.probabilities(sentences)
    assert batch.shape == (len(sentences), len(OUTPUTS))
    assert ((batch >= 0) & (batch <= 1)).all()
    for i, s in enumerate(sentences):
        assert np.allclose(model.probabilities([s])[0], batch[i], atol=2e-3), s  # padding and order leak nothing


def test_missing_files_say_which():
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tokenizers")
    with pytest.raises(FileNotFoundError, match="nothing.onnx"):
        sentence_model.SentenceEventModel("nothing.onnx", "nothing.json")


def test_folds_keep_topics_and_stories_whole_and_labels_mark_any_event():
    from dossier.nlp.sentence_model_train import Example, fold_of, labels

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
