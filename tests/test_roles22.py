"""The learned role filler (nlp/role_model.py): features, storage, fill-only, the shipped model."""

from __future__ import annotations

import json

import numpy as np
import pytest

from dossier.nlp import role_model
from dossier.records import ActorRef


def _tok(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_dependency_paths_name_labels_and_prepositions(nlp):
    doc = nlp("Riot police shot five protesters outside the parliament on Tuesday.")
    shot = _tok(doc, "shot")
    assert role_model.dep_path(shot, _tok(doc, "police")) == ">nsubj"
    assert role_model.dep_path(shot, _tok(doc, "protesters")) == ">dobj"
    doc = nlp("Officials said Mexico will talk with Ecuador next week.")
    talk = _tok(doc, "talk")
    assert role_model.dep_path(talk, _tok(doc, "Ecuador")) == ">prep:with>pobj"
    assert role_model.dep_path(_tok(doc, "Ecuador"), talk) == "<pobj<prep:with"


def test_candidates_are_phrase_heads_that_can_be_participants(nlp):
    doc = nlp("The Kenyan police detained the opposition leader in Nairobi after the rally.")
    got = {t.text: k for t, k in role_model.candidates(_tok(doc, "detained"), _nouns())}
    assert "police" in got and "leader" in got
    assert got.get("Nairobi", "").startswith("place")
    assert "rally" not in got and "detained" not in got


def _nouns():
    from dossier.nlp.event_args import participant_nouns

    return participant_nouns()


def _model(weights: dict[str, tuple[float, float, float]], threshold: float = 0.5) -> role_model.RoleModel:
    vocab = list(weights)
    coef = np.array([[weights[v][k] for v in vocab] for k in range(3)], dtype=np.float32)
    return role_model.RoleModel(vocab, coef, np.zeros(3, dtype=np.float32), threshold)


def test_model_round_trips_as_plain_arrays(tmp_path):
    m = _model({"path=>dobj": (0.0, -1.0, 3.0), "bias": (1.0, 0.0, 0.0)}, threshold=0.8)
    m.save(tmp_path / "m.npz")
    with np.load(tmp_path / "m.npz", allow_pickle=False) as z:
        assert set(z.files) == {"vocab", "classes", "coef", "intercept", "threshold"}
    back = role_model.RoleModel.load(tmp_path / "m.npz")
    assert back.vocab == m.vocab and back.threshold == pytest.approx(0.8)
    p = back.probs({"path=>dobj": 1.0, "unknown": 1.0})
    assert p.argmax() == role_model.CLASSES.index("recipient") and p.sum() == pytest.approx(1.0)


def _parts(nlp, text: str):
    from dossier.nlp.analyse import mentions_of
    from dossier.nlp.event_args import Participants

    doc = nlp(text)
    return doc, Participants(doc, mentions_of(doc, "t"))


def test_fill_only_touches_an_empty_role(nlp):
    doc, parts = _parts(nlp, "Riot police shot five protesters outside the parliament on Tuesday.")
    shot = _tok(doc, "shot")
    m = _model({"path=>dobj": (-5.0, -5.0, 5.0), "path=>nsubj": (-5.0, 5.0, -5.0)}, threshold=0.5)
    mine = [ActorRef("somebody else", 0, 4)]
    actors, recipients = role_model.fill(shot, parts, "ASSAULT", mine, [], model=m)
    assert actors == mine  # the rules' doer is kept as it is
    assert [r.text for r in recipients] == ["five protesters"]
    actors, recipients = role_model.fill(shot, parts, "ASSAULT", mine, mine, model=m)
    assert actors == mine and recipients == mine
    # below the threshold nothing is filled
    weak = _model({"path=>dobj": (0.0, 0.0, 0.1)}, threshold=0.9)
    assert role_model.fill(shot, parts, "ASSAULT", mine, [], model=weak) == (mine, [])


def test_fill_brings_conjuncts_and_never_the_other_role(nlp):
    doc, parts = _parts(nlp, "Ankara signed agreements with Turkey and the United Nations on Monday.")
    signed = _tok(doc, "signed")
    m = _model({"last=>pobj": (-5.0, -5.0, 5.0), "path=>nsubj": (-5.0, 5.0, -5.0)}, threshold=0.5)
    actors, recipients = role_model.fill(signed, parts, "AGREE", [], [], model=m)
    assert [a.text for a in actors] == ["Ankara"]
    assert {r.text for r in recipients} == {"Turkey", "United Nations"}
    # a candidate already the other role is not taken
    every = _model({"bias": (-5.0, 5.0, 5.0)}, threshold=0.5)
    actors, recipients = role_model.fill(signed, parts, "AGREE", [ActorRef("Turkey", *_span(doc, "Turkey"))], [],
                                         model=every)
    assert all(r.text != "Turkey" for r in recipients)


def _span(doc, word: str) -> tuple[int, int]:
    t = _tok(doc, word)
    return t.idx, t.idx + len(t)


def test_shipped_model_and_its_figures():
    model = role_model.load()
    assert model is not None
    meta = json.loads(role_model.data_file("role_model.meta.json").read_text("utf-8"))
    cv = meta["cross_validation"]
    for role in ("actor", "recipient"):
        th = meta["thresholds"][role]
        assert model.threshold_for(role) == pytest.approx(th)
        if th <= 1.0:  # a role filled at all is filled only where the out-of-fold precision held
            assert all(r["precision"] >= 0.85 for r in cv[role] if r["threshold"] >= th and r["filled"] >= 15)


def test_the_one_who_reports_it_is_never_filled(nlp):
    doc, parts = _parts(nlp, "General Ibrahim Moussa said the border had been closed overnight.")
    closed = _tok(doc, "closed")
    every = _model({"bias": (-5.0, 5.0, 5.0)}, threshold=0.5)
    actors, recipients = role_model.fill(closed, parts, "COERCE", [], [], model=every)
    assert not any("Moussa" in r.text for r in actors + recipients)


def test_shipped_model_fills_the_partner_of_a_cut_in_ties(nlp):
    from conftest import event_with_trigger, ref_texts

    ev = event_with_trigger(nlp, "Peru plans to suspend diplomatic relations with Bolivia, its foreign minister "
                                 "said on Monday.", "suspend")
    assert ref_texts(ev.actors) == ["Peru"]
    assert ref_texts(ev.recipients) == ["Bolivia"]
