"""Work shared or rebuilt for speed must give what the plain version gave: the event model's batched product,
the actor lexicon read once for every knowledge base, the EntityRuler's patterns from the extractors' KB."""

import json

import numpy as np
import pytest


def _reference_predict_many(model, feats, base, tensors):
    """The product as it was first written: scipy's (rows, cols) constructor, one Python loop per feature."""
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for r, f in enumerate(feats):
        for name, v in f.items():
            i = model.index.get(name)
            if i is not None:
                rows.append(r)
                cols.append(i)
                vals.append(v)
    x = csr_matrix((np.asarray(vals, np.float32), (rows, cols)), shape=(len(feats), len(model.vocab)))
    z = np.asarray(x @ model.W) + model.b + base
    if tensors is not None:
        z = z + tensors @ model.tensor_W
    return model._finish(z)


def test_predict_many_is_bit_identical_to_the_plain_product():
    from dossier.nlp import event_model

    model = event_model.load()
    if model is None:
        pytest.skip("no trained event model")
    rng = np.random.default_rng(3)
    vocab = model.vocab
    # features in no particular column order, unknown names among them, an empty row and a row of unknowns
    feats = [{vocab[int(i)]: float(rng.choice([1.0, 0.5, 0.25, 0.3333]))
              for i in rng.choice(len(vocab), size=int(rng.integers(1, 60)), replace=False)} for _ in range(40)]
    feats[3]["not a feature"] = 1.0
    feats[7] = {}
    feats[11] = {"nope": 1.0, "neither": 2.0}
    base = rng.standard_normal((len(feats), model.W.shape[1])).astype(np.float32)
    tensors = rng.standard_normal((len(feats), event_model.TENSOR_WIDTH)).astype(np.float32)
    for t in (tensors, None):
        got, want = model.predict_many(feats, base, t), _reference_predict_many(model, feats, base, t)
        for g, w in zip(got, want):
            assert g.dtype == w.dtype and np.array_equal(g, w)
    one = model.predict_many([{}], base[:1], None)
    assert np.array_equal(one[0], _reference_predict_many(model, [{}], base[:1], None)[0])


def test_every_knowledge_base_reads_one_lexicon():
    from dossier.resolve.kb import KnowledgeBase, load_kb

    a, b = load_kb(), load_kb(())
    assert a is not b  # two cache entries: the resolver's and the extractors'
    a.agent_sector("admiral")
    b.lexicon_entry("nobody at all", "person")
    assert a._lexicon is b._lexicon and a._agents is b._agents
    assert a.agent_sector("admiral") == b.agent_sector("admiral") == "MIL"
    fresh = KnowledgeBase()
    assert fresh.agent_sector("admiral") == "MIL" and fresh._lexicon is a._lexicon


def test_ruler_patterns_do_not_change_with_what_the_kb_learns_at_run_time():
    """model.load takes the EntityRuler's patterns from the extractors' knowledge base, which gains governments
    and lexicon entries as articles are read: none of those may reach the ruler."""
    from dossier.resolve.kb import load_kb

    kb = load_kb.__wrapped__()  # a fresh one: the cached one is every other test's
    before = sorted((p["label"], json.dumps(p["pattern"]), p["id"]) for p in kb.ruler_patterns())
    kb.capital("Pyongyang")
    kb.capital("Canberra")
    kb.agent_sector("admiral")
    name = next(n for (kind, _), (n, *_r) in kb._lexicon.items() if kind == "person")
    kb.lexicon_entry(name, "person")
    after = sorted((p["label"], json.dumps(p["pattern"]), p["id"]) for p in kb.ruler_patterns())
    assert before == after
    assert "prk-gov" in kb.entries or "aus-gov" in kb.entries  # it did learn something
