"""The learned decision: does this candidate word report a PLOVER event here, of which type, and is it news?

A candidate is a token whose lemma the event lexicon (``event_lexicon.py``) lists, in its parsed sentence.
:func:`features` describes it with named, sparse, binary-or-weighted features: the word itself, what the
lexicon says of it (CAMEO base type, pattern types, the hand lexicon, annotated triggers), CAMEO patterns its
dependents match, its place in the parse (dependency, head, governing verb), who its subject and object are
(a named entity, an agent noun such as "police", a pronoun, a thing), modality and negation, and a bag of the
sentence's content lemmas (the context that tells a game's "attack" from a militia's).

Two logistic regressions read the same features: a multinomial one over ``NONE`` plus the 16 PLOVER types
(event-ness and type in one decision; confidence = probability of the chosen type) and a binary one for
*background* (an earlier event recalled as context). They are trained by ``event_train.py`` with
scikit-learn and stored as plain arrays in ``data/event_model.npz`` (read with ``allow_pickle=False``: no
code runs on load), loaded once per process. Prediction is a sparse dot product in numpy: no scikit-learn at
run time, about a millisecond per article.

Why logistic regression: it is small, fast on CPU, calibrated enough to threshold, and explainable —
:func:`explain` lists the features that pushed a decision. Named features rather than hashing, so an
explanation reads as words.
"""

from __future__ import annotations

import json
import os
import threading
from functools import lru_cache
from itertools import chain, repeat
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from dossier.nlp.docview import Columns, columns, doc_ents, sentence_of

NONE = "NONE"


# another trained model (a folder holding event_model.npz, event_model.meta.json, event_lexicon.json), e.g. one
# trained without some source to read its output; the shipped one when unset
MODEL_DIR_ENV = "DOSSIER_EVENT_MODEL_DIR"


def data_file(name: str):
    folder = os.environ.get(MODEL_DIR_ENV)
    return Path(folder) / name if folder else resources.files("dossier.nlp").joinpath("data/" + name)


def _shipped_threshold(fallback: float = 0.65) -> float:
    """The threshold ``make train`` chose (``data/event_model.meta.json``: the lowest confidence whose
    cross-validated detection precision on the annotated ECB+ train and synthetic sentences reaches 0.8)."""
    try:
        meta = json.loads(data_file("event_model.meta.json").read_text("utf-8"))
        return float(meta.get("threshold", fallback))
    except (FileNotFoundError, ValueError, TypeError):
        return fallback


# Events shown by default (CLI, exports, API, UI) have at least this confidence; ``--all`` / ``include=all``
# shows the rest.
DEFAULT_THRESHOLD = _shipped_threshold()
# below this an event mention is not kept at all (it would only clutter --all)
KEEP_FLOOR = 0.2

ENTITY_ACTOR = {"PERSON", "ORG", "GPE", "NORP"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "who", "which", "that"}
LIGHT_VERBS = {"launch", "carry", "conduct", "stage", "hold", "make", "impose", "mount", "wage", "deliver",
               "file", "level", "lodge", "issue", "announce", "order", "face", "take", "give", "pay", "begin",
               "continue", "start", "end", "call", "lead", "sign", "reach", "commit"}
CONTENT_POS = {"NOUN", "VERB", "PROPN", "ADJ"}
MODALS = {"will", "would", "could", "may", "might", "shall", "should", "must", "can", "'ll", "wo", "ca"}
TENSOR_WIDTH = 96
TENSOR_SCALE = 0.25
CLIMB_DEPS = {"xcomp", "ccomp", "conj", "advcl", "relcl", "acl", "pcomp", "pobj", "prep", "dobj", "csubj"}


def _short(tok) -> str:
    return tok.lemma_.lower()


def participant(tok, ents: dict[int, str], agents: dict[str, str]) -> str:
    """What kind of participant a noun phrase headed by ``tok`` is."""
    label = ents.get(tok.i)
    if label in ENTITY_ACTOR:
        return label
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "poss") and ents.get(c.i) in ENTITY_ACTOR:
            return "MOD_" + ents[c.i]
    low = tok.lower_
    if low in PRONOUNS or tok.pos_ == "PRON":
        return "PRON"
    lemma = _short(tok)
    if lemma in agents:
        return "AGENT_" + agents[lemma]
    if label:
        return "ENT_" + label
    return "THING"


def _governor(tok):
    """The first verb or lexicon word above ``tok`` through complement and modifier links, and the path."""
    path, node = [], tok
    for _ in range(4):
        if node.dep_ not in CLIMB_DEPS or node.head.i == node.i:
            return None, path
        path.append(node.dep_)
        node = node.head
        if node.pos_ in ("VERB", "AUX") or node.pos_ == "NOUN" and node.dep_ != "pobj":
            return node, path
    return None, path


def features(tok, ents: dict[int, str], lex: dict[str, Any], sent=None) -> dict[str, float]:
    """Named features of one candidate token: its own, its sentence's and its contextual vector's (what
    training sees; prediction adds the last two per sentence and as a dense product, see ``EventModel``)."""
    sent = sent if sent is not None else sentence_of(tok)
    f = token_features(tok, ents, lex, sent)
    f.update(sentence_features(sent, ents))
    row = tensor_row(tok)
    if row is not None:
        for k, v in enumerate(row.tolist()):
            f[f"V{k}"] = v * TENSOR_SCALE
    return f


def tensor_row(tok):
    """The pipeline's own contextual vector of the word (tok2vec output, already computed): what generalises
    from "robbery" to "heist" when the lexicon and the examples know only one of them."""
    tensor = tok.doc.tensor
    if tensor is not None and len(tensor) == len(tok.doc) and tensor.shape[1] == TENSOR_WIDTH:
        return tensor[tok.i]
    return None


def sentence_features(sent, ents: dict[int, str]) -> dict[str, float]:
    """Features shared by every candidate of a sentence: its content words (what tells a match report from a
    military report) and whether it opens the article. (Article-level context -- headline words, counts of
    sports, markets and disaster words, the sentence's position, the word recurring in the headline -- was
    measured: no better under cross-validation, background accuracy worse; see docs/EVENTS.md.)"""
    f: dict[str, float] = {}
    cols = columns(sent.doc)
    pos, lemma, is_stop, is_alpha = cols.pos, cols.lemma, cols.is_stop, cols.is_alpha
    for i in range(sent.start, sent.end):
        if pos[i] in CONTENT_POS and not is_stop[i] and is_alpha[i]:
            f["S=" + lemma[i]] = 0.5
    if sent.start == 0:
        f["FIRST_SENT"] = 1.0
    return f


def _participant_at(cols: Columns, i: int, ents: dict[int, str], agents: dict[str, str]) -> str:
    """:func:`participant` of token ``i``, read from the document's columns."""
    label = ents.get(i)
    if label in ENTITY_ACTOR:
        return label
    dep = cols.dep
    for c in cols.children[i]:
        if dep[c] in ("compound", "amod", "poss") and ents.get(c) in ENTITY_ACTOR:
            return "MOD_" + ents[c]
    if cols.lower[i] in PRONOUNS or cols.pos[i] == "PRON":
        return "PRON"
    lemma = cols.lemma[i]
    if lemma in agents:
        return "AGENT_" + agents[lemma]
    if label:
        return "ENT_" + label
    return "THING"


def _governor_at(cols: Columns, i: int) -> tuple[int | None, list[str]]:
    """:func:`_governor` of token ``i`` (the governor's index), read from the document's columns."""
    dep, head, pos = cols.dep, cols.head, cols.pos
    path, node = [], i
    for _ in range(4):
        if dep[node] not in CLIMB_DEPS or head[node] == node:
            return None, path
        path.append(dep[node])
        node = head[node]
        if pos[node] in ("VERB", "AUX") or pos[node] == "NOUN" and dep[node] != "pobj":
            return node, path
    return None, path


def token_features(tok, ents: dict[int, str], lex: dict[str, Any], sent=None) -> dict[str, float]:
    """Features of the word itself and its place in the parse. (Read from the document's :class:`Columns`, not
    from ``Token`` objects: the same features as asking ``tok``, its head and its children, a third of the
    cost.)"""
    cols = columns(tok.doc)
    L, D, LOW, H, CH = cols.lemma, cols.dep, cols.lower, cols.head, cols.children
    i = tok.i
    f: dict[str, float] = {}
    lemma, pos = L[i], cols.pos[i]
    f["L=" + lemma] = 1.0
    f["LP=" + lemma + "|" + pos] = 1.0
    f["POS=" + pos] = 1.0
    f["TAG=" + cols.tag[i]] = 1.0
    verbs, hand, ann, pats = lex["verbs"], lex["hand"], lex["annotated"], lex["patterns"]
    known = False
    v = verbs.get(lemma)
    if v:
        known = True
        for t, w in v["base"].items():
            f["base=" + t] = w
            f["base=" + t + "|" + pos] = w
        for t, w in v["patterns"].items():
            f["pshare=" + t] = w
    for t, w in (hand.get(lemma) or {}).items():
        known = True
        f["hand=" + t] = w
        f["hand=" + t + "|" + pos] = w
    for t, w in (ann.get(lemma) or {}).items():
        known = True
        f["ann=" + t] = w
    if not known:
        f["nolex"] = 1.0
    dep_i = D[i]
    f["DEP=" + dep_i] = 1.0
    head = H[i]
    if head != i:
        f["HEAD=" + L[head]] = 1.0
        f["DEPHEAD=" + dep_i + "|" + L[head]] = 1.0
        for t in (verbs.get(L[head]) or {}).get("base", {}):
            f["HEADBASE=" + t] = 1.0
    else:
        f["ROOT"] = 1.0
    gov, path = _governor_at(cols, i)
    if gov is not None:
        f["GOV=" + L[gov]] = 1.0
        f["GOVPATH=" + "/".join(path)] = 1.0
        for t in (verbs.get(L[gov]) or {}).get("base", {}):
            f["GOVBASE=" + t] = 1.0
        for t in (hand.get(L[gov]) or {}):
            f["GOVHAND=" + t] = 1.0
    agents = lex["agents"]
    pat = pats.get(lemma) or {}
    subj = obj = None
    for c in CH[i]:
        dep = D[c]
        if dep in ("nsubj", "nsubjpass", "dobj", "dative", "attr", "agent", "prt", "neg", "aux", "auxpass", "poss",
                   "det", "compound", "amod", "advmod", "mark", "acomp", "xcomp", "ccomp", "nummod"):
            f["C=" + dep] = 1.0
        if dep in ("prt", "neg", "aux", "auxpass", "det", "mark", "advmod"):
            f["C=" + dep + "|" + LOW[c]] = 1.0
        if dep in ("nsubj", "nsubjpass", "csubj"):
            subj = c
            f["SUBJ=" + dep + "|" + _participant_at(cols, c, ents, agents)] = 1.0
            f["SUBJL=" + L[c]] = 1.0
        elif dep in ("dobj", "dative", "attr"):
            obj = c
            f["OBJ=" + _participant_at(cols, c, ents, agents)] = 1.0
            f["OBJL=" + L[c]] = 1.0
        elif dep == "agent":
            for p in CH[c]:
                if D[p] == "pobj":
                    f["AGENT=" + _participant_at(cols, p, ents, agents)] = 1.0
        elif dep == "poss":
            f["POSS=" + _participant_at(cols, c, ents, agents)] = 1.0
        elif dep in ("compound", "amod") and ents.get(c) in ENTITY_ACTOR:
            f["MODENT=" + ents[c]] = 1.0
        elif dep == "prep":
            f["PREP=" + LOW[c]] = 1.0
            for p in CH[c]:
                if D[p] == "pobj":
                    f["PP=" + LOW[c] + "|" + L[p]] = 1.0
                    f["PPK=" + LOW[c] + "|" + _participant_at(cols, p, ents, agents)] = 1.0
                    if L[p] in pat:
                        f["pat=" + pat[L[p]]] = 1.0
        if L[c] in pat and dep not in ("nsubj", "aux", "det", "punct"):
            f["pat=" + pat[L[c]]] = 1.0
    if subj is None and pos == "VERB":
        f["NOSUBJ"] = 1.0
    if obj is not None:
        for c in CH[obj]:
            if D[c] == "prep":
                for p in CH[c]:
                    if D[p] == "pobj" and L[p] in pat:
                        f["pat=" + pat[L[p]]] = 1.0
    if pos == "NOUN" and head != i and dep_i in ("dobj", "attr", "nsubjpass") and L[head] in LIGHT_VERBS:
        f["LIGHT=" + L[head]] = 1.0
        for c in CH[head]:
            if D[c] in ("nsubj", "nsubjpass"):
                f["LIGHTSUBJ=" + _participant_at(cols, c, ents, agents)] = 1.0
    # modality and negation on the trigger or the verbs it hangs from
    chain = [i]
    while len(chain) < 3 and H[chain[-1]] != chain[-1]:
        chain.append(H[chain[-1]])
    for h in chain:
        for c in CH[h]:
            dep, low = D[c], LOW[c]
            if dep in ("aux", "auxpass") and low in MODALS:
                f["MODAL=" + low] = 1.0
            if dep == "neg" or (dep == "det" and low == "no"):
                f["NEG"] = 1.0
            if dep == "mark":
                f["MARK=" + low] = 1.0
            if dep == "aux" and low in ("had", "'d"):
                f["PLUPERF"] = 1.0
    if ents.get(i):
        f["INENT=" + ents[i]] = 1.0
    sent = sent if sent is not None else sentence_of(tok)
    if i > sent.start and LOW[i - 1] in ("“", '"', "'", "‘"):
        f["QUOTED"] = 1.0
    return f


def entity_labels(doc) -> dict[int, str]:
    """Token index -> entity label, for every token of an entity."""
    out = {}
    for ent in doc_ents(doc):
        for i in range(ent.start, ent.end):
            out[i] = ent.label_
    return out


def _softmax(z: np.ndarray) -> np.ndarray:
    z = np.exp(z - z.max(axis=-1, keepdims=True))
    return z / z.sum(axis=-1, keepdims=True)


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class EventModel:
    """Weights of both regressions over one feature vocabulary, as one matrix (the types' columns, then the
    background column), so that a word's features are read once, in one sparse product, for every score."""

    def __init__(self, vocab: list[str], classes: list[str], coef: np.ndarray, intercept: np.ndarray,
                 bg_coef: np.ndarray | None = None, bg_intercept: float = 0.0, meta: dict | None = None) -> None:
        self.index = {name: i for i, name in enumerate(vocab)}
        self.vocab = vocab
        self.classes = list(classes)
        n = len(vocab)
        bg = bg_coef if bg_coef is not None else np.zeros(n, np.float32)
        self.W = np.hstack([np.asarray(coef, np.float32).reshape(n, len(self.classes)),
                            np.asarray(bg, np.float32).reshape(n, 1)])
        self.b = np.concatenate([np.asarray(intercept, np.float32).ravel(), np.asarray([bg_intercept], np.float32)])
        self.meta = meta or {}
        self.none = self.classes.index(NONE) if NONE in self.classes else -1
        # the contextual-vector weights as one dense block: 96 dict lookups per candidate would cost more than
        # the rest of its features together
        self.tensor_W = np.zeros((TENSOR_WIDTH, self.W.shape[1]), np.float32)
        for k in range(TENSOR_WIDTH):
            i = self.index.get(f"V{k}")
            if i is not None:
                self.tensor_W[k] = self.W[i] * TENSOR_SCALE

    def _rows(self, feats: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
        idx, val = [], []
        for name, v in feats.items():
            i = self.index.get(name)
            if i is not None:
                idx.append(i)
                val.append(v)
        return np.asarray(idx, dtype=np.int64), np.asarray(val, dtype=np.float32)

    def partial(self, feats: dict[str, float]) -> np.ndarray:
        """The linear scores of some features (no intercept): a sentence's are summed once for all its words."""
        idx, val = self._rows(feats)
        if not len(idx):
            return np.zeros(self.W.shape[1], np.float32)
        return val @ self.W[idx]

    def _finish(self, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Scores (n, columns) -> (class probabilities in ``classes`` order, background probabilities)."""
        return _softmax(z[:, :-1]), _sigmoid(z[:, -1])

    def predict(self, feats: dict[str, float], base: np.ndarray | None = None,
                tensor: np.ndarray | None = None) -> tuple[np.ndarray, float]:
        """(class probabilities, probability of background) from a word's features, plus its sentence's
        partial scores (``base``) and its contextual vector (``tensor``) when they are given apart."""
        z = self.partial(feats) + self.b
        if base is not None:
            z = z + base
        if tensor is not None:
            z = z + tensor @ self.tensor_W
        probs, bg = self._finish(z[None, :])
        return probs[0], float(bg[0])

    def predict_many(self, feats: list[dict[str, float]], base: np.ndarray,
                     tensors: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`predict` for every candidate of a document at once: one sparse product instead of a few
        numpy calls per word (their overhead was a third of the stage)."""
        from scipy.sparse import csr_matrix

        n = len(feats)
        names = [name for f in feats for name in f]
        # the features' columns looked up in C (-1: not in the vocabulary), not a Python loop per feature,
        # and the CSR arrays built directly: scipy's (rows, cols) constructor costs more than the product
        cols = np.fromiter(map(self.index.get, names, repeat(-1)), np.int64, len(names))
        vals = np.fromiter(chain.from_iterable(f.values() for f in feats), np.float32, len(names))
        rows = np.repeat(np.arange(n, dtype=np.int64), [len(f) for f in feats])
        known = cols >= 0
        rows, cols, vals = rows[known], cols[known], vals[known]
        # columns ascending within each row, as scipy's (rows, cols) constructor leaves them: the product adds
        # each row's terms in stored order, so the same order gives the same float32 sums, bit for bit
        order = np.lexsort((cols, rows))
        indptr = np.zeros(n + 1, np.int32)
        np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
        x = csr_matrix((vals[order], cols[order].astype(np.int32), indptr), shape=(n, len(self.vocab)))
        z = np.asarray(x @ self.W) + self.b + base
        if tensors is not None:
            z = z + tensors @ self.tensor_W
        return self._finish(z)

    def explain(self, feats: dict[str, float], cls: str, top: int = 8) -> list[tuple[str, float]]:
        """The features that pushed ``cls`` most (weight x value), strongest first."""
        w = self.W[:, self.classes.index(cls)]
        scored = [(n, float(w[self.index[n]] * v)) for n, v in feats.items() if n in self.index]
        return sorted(scored, key=lambda x: -abs(x[1]))[:top]

    def save(self, path: Path) -> None:
        np.savez_compressed(path, vocab=np.asarray(self.vocab, dtype=str), classes=np.asarray(self.classes, dtype=str),
                            coef=self.W[:, :-1].astype(np.float16), intercept=self.b[:-1],
                            bg_coef=self.W[:, -1].astype(np.float16), bg_intercept=self.b[-1:])

    @classmethod
    def read(cls, path) -> EventModel:
        with np.load(path, allow_pickle=False) as z:
            return cls([str(v) for v in z["vocab"]], [str(c) for c in z["classes"]], z["coef"].astype(np.float32),
                       z["intercept"], z["bg_coef"].astype(np.float32), float(z["bg_intercept"][0]))


_lock = threading.Lock()


@lru_cache(maxsize=2)
def load(path: str | None = None) -> EventModel | None:
    """The shipped model, read once per process; None when it has not been trained (``make train``)."""
    with _lock:
        if path:
            return EventModel.read(path)
        ref = data_file("event_model.npz")
        if not ref.is_file():
            return None
        with resources.as_file(ref) as p:
            return EventModel.read(p)


def candidate_lemmas(lex: dict[str, Any]) -> frozenset[str]:
    """Every lemma the lexicon proposes (verbs with a PLOVER reading, hand and annotated triggers)."""
    out = {v for v, d in lex["verbs"].items() if d["base"] or sum(d["patterns"].values()) > 0 and " " not in v}
    out |= {k.split()[0] for k in lex["hand"]}
    out |= set(lex["annotated"])
    return frozenset(w for w in out if " " not in w)
