"""A learned actor-ness check for entity mentions the knowledge base does not know (issue 17: things, venues
and places typed as organisations or persons).

The statistical NER labels "the Custodial Facility", "UAVs", "David's Sling" or a neighbourhood ORG or PERSON;
such a mention is a *thing* (weapon, equipment, product, time) or a *place* (a building, a terminal, a region),
not an actor. :func:`features` describes a mention by its head word (the word, its shape and suffix, singular
or plural), its first and last words, the NER label, the word or preposition governing the phrase ("taken to
X", "at X", "fired X", "X said") and the pipeline's contextual vector of the head (``doc.tensor``, as the
event model uses). One multinomial logistic regression gives P(actor), P(place), P(thing); it is trained by
``actor_train.py`` (``make train-actors``) from the gold entity tags of ECB+ train (HUMAN_PART_* = actor,
LOC_* = place, NON_HUMAN_PART* / TIME_* = thing) and stored as plain arrays in ``data/actor_model.npz``
(``allow_pickle=False``).

How it is used (``entities._facility_where``), precision first: a name ending in a building's noun where the
sentence puts someone in it or takes someone to it becomes a place unless the model is confident (P(actor) at
least 0.9) that it is an actor. The model alone drops nothing: its 'thing' class reaches 0.9 precision out of
fold on ECB+ named mentions (threshold in the meta file) but on news names the NER calls ORG or PERSON it was
not precise enough (a president's surname, "Moon", scored as a thing; "Howitzers" as an actor), and no 'place'
threshold reached 0.9 out of fold. Scores: ``data/actor_model.meta.json``.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

CLASSES = ("actor", "place", "thing")
TENSOR_WIDTH = 96
TENSOR_SCALE = 0.25
MODEL_DIR_ENV = "DOSSIER_ACTOR_MODEL_DIR"
CLIMB = frozenset({"compound", "flat", "appos", "conj", "amod", "nmod"})


def data_file(name: str):
    folder = os.environ.get(MODEL_DIR_ENV)
    return Path(folder) / name if folder else resources.files("dossier.nlp").joinpath("data/" + name)


_UPPER, _LOWER, _DIGIT, _RUN = re.compile(r"[A-Z]"), re.compile(r"[a-z]"), re.compile(r"\d"), re.compile(r"(.)\1+")


def _shape(word: str) -> str:
    s = _UPPER.sub("X", word)
    s = _LOWER.sub("x", s)
    s = _DIGIT.sub("d", s)
    return _RUN.sub(r"\1\1", s)[:5]


def head_of(span: Any) -> Any:
    """The head word of a span: its root, climbing out of name-internal links."""
    return span.root


def features(span: Any, tensor: bool = True) -> dict[str, float]:
    """Named features of one mention (a spaCy span): what training sees and prediction reads; ``tensor=False``
    leaves out the contextual vector (``V0``…), for a caller that reads it as an array."""
    head = head_of(span)
    words = [t for t in span if not t.is_punct and t.lower_ not in ("the", "a", "an")] or list(span)
    f: dict[str, float] = {"bias": 1.0}
    low = head.lower_
    f["h:" + low] = 1.0
    f["hl:" + head.lemma_.lower()] = 1.0
    f["hs:" + _shape(head.text)] = 1.0
    f["hx:" + low[-3:]] = 1.0
    f["ht:" + head.tag_] = 1.0
    f["first:" + words[0].lower_] = 1.0
    f["last:" + words[-1].lower_] = 1.0
    f["n:" + str(min(len(words), 4))] = 1.0
    ent = head.ent_type_ or (span.label_ if getattr(span, "label_", "") else "") or "O"
    f["ent:" + ent] = 1.0
    if any(t.text[:1].isupper() for t in words):
        f["cap"] = 1.0
    det = span.doc[span.start - 1] if span.start > 0 else None
    if det is not None and det.lower_ == "the":
        f["the"] = 1.0
    node = head
    for _ in range(3):
        if node.dep_ in CLIMB and node.head.i != node.i:
            node = node.head
        else:
            break
    dep = node.dep_
    f["dep:" + dep] = 1.0
    gov = node.head
    if dep == "pobj" and gov.i != node.i:
        f["prep:" + gov.lower_] = 1.0
        f["prepgov:" + gov.head.lemma_.lower() + "|" + gov.lower_] = 1.0
    elif gov.i != node.i:
        f["gov:" + dep + "|" + gov.lemma_.lower()] = 1.0
        f["govpos:" + gov.pos_] = 1.0
    vector = head_vector(span) if tensor else None
    if vector is not None:
        for k, v in enumerate(vector.tolist()):
            f[f"V{k}"] = v * TENSOR_SCALE
    return f


def head_vector(span: Any) -> np.ndarray | None:
    """The pipeline's contextual vector of the span's head word, when the parse has one of the expected width."""
    tensor = span.doc.tensor
    if tensor is not None and len(tensor) == len(span.doc) and tensor.shape[1] == TENSOR_WIDTH:
        return tensor[head_of(span).i]
    return None


class ActorModel:
    def __init__(self, names: list[str], W: np.ndarray, b: np.ndarray, thresholds: dict[str, float]):
        self.index = {n: i for i, n in enumerate(names)}
        self.W, self.b, self.thresholds = W, b, thresholds

    def proba(self, feats: dict[str, float]) -> dict[str, float]:
        z = self.b.astype(np.float64).copy()
        for name, v in feats.items():
            i = self.index.get(name)
            if i is not None:
                z += self.W[i] * v
        z -= z.max()
        p = np.exp(z)
        p /= p.sum()
        return dict(zip(CLASSES, p.tolist()))


@lru_cache(maxsize=1)
def load() -> ActorModel | None:
    try:
        with data_file("actor_model.npz").open("rb") as fh, np.load(fh, allow_pickle=False) as z:
            names, W, b = [str(n) for n in z["names"]], z["W"], z["b"]
        meta = json.loads(data_file("actor_model.meta.json").read_text("utf-8"))
    except (FileNotFoundError, KeyError, ValueError):
        return None
    return ActorModel(names, W, b, {k: float(v) for k, v in meta.get("thresholds", {}).items() if v is not None})

