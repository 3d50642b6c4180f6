"""A learned role filler: who does an event, and to whom, where the grammar rules (``event_args.arguments``)
left the role empty (issue 16: keep the dependency grammar where it is right and let a model decide).

A *candidate* is the head word of a noun phrase in the trigger's sentence that ``Participants.refs`` can turn
into an :class:`ActorRef`: a named actor (person, organisation, country, nationality), a place, an agent noun
("police", "soldiers", "protesters") or a pronoun. :func:`features` describes a (trigger, candidate) pair with
named sparse features: the dependency path from the trigger to the candidate (labels and prepositions:
``<nsubj`` is the trigger's subject, ``>prep:with>pobj`` a with-phrase on it, ``<dobj<xcomp>nsubj`` the subject
of the verb whose object the trigger is), direction and distance, the voice of the trigger, its lemma and
PLOVER type, the candidate's kind and what the rules already made of it. One multinomial logistic regression
gives P(none), P(actor), P(recipient); trained by ``role_train.py`` (``make train-roles``) and stored as plain
arrays in ``data/role_model.npz`` (``allow_pickle=False``); prediction is a sparse dot product in numpy.

:func:`fill` is used only where a role is empty after the rules (fill-only: a role the rules filled is never
changed) and only above the threshold chosen out of fold for precision (``data/role_model.meta.json``). The
filled candidate comes with its conjuncts ("signed agreements with Turkey and the United Nations") and never
is the other role, the reporting outlet or a dateline, the source of a quote, a bare title, or a place that
is only where the event happened.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

CLASSES = ("none", "actor", "recipient")
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PRONOUN_WORDS = frozenset({"he", "she", "they", "it", "we", "him", "her", "them", "who", "i", "us"})
NOT_HEADS = frozenset({"compound", "flat", "nmod", "amod", "det", "punct", "case"})
MAX_PATH = 3  # edges; a candidate further away in the parse is not considered (5 lost precision out of fold)
MODEL_DIR_ENV = "DOSSIER_ROLE_MODEL_DIR"
DEFAULT_THRESHOLD = 0.9


def data_file(name: str):
    folder = os.environ.get(MODEL_DIR_ENV)
    return Path(folder) / name if folder else resources.files("dossier.nlp").joinpath("data/" + name)


def passive(tok) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"))


def kind(tok, nouns) -> str | None:
    """What a candidate head is (None: not a candidate)."""
    low = tok.lower_
    if tok.pos_ == "PRON":
        return "pron:" + low if low in PRONOUN_WORDS else None
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    ent = tok.ent_type_
    if ent in PLACE_ENTS:
        return "place:" + ent
    if ent in ACTOR_ENTS:
        return "ent:" + ent
    lemma = tok.lemma_.lower()
    if lemma in nouns or low in nouns:
        return "agent"
    if any(c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ACTOR_ENTS for c in tok.children):
        return "owned"  # "the Iranian side", "Russia's envoy"
    return None


def candidates(tok, nouns) -> list[tuple[Any, str]]:
    """(head word, kind) of every candidate participant in the trigger's sentence."""
    out = []
    for t in tok.sent:
        if t.i == tok.i or t.dep_ in NOT_HEADS:
            continue
        k = kind(t, nouns)
        if k is not None:
            out.append((t, k))
    return out


def _edge(t) -> str:
    if t.dep_ == "prep":
        return "prep:" + t.lower_
    if t.dep_ == "agent":
        return "agent"
    return t.dep_


def dep_path(a, b) -> str | None:
    """The path from ``a`` up to the lowest common ancestor and down to ``b``: '<dep' for each step up from
    ``a``, '>dep' for each step down to ``b`` (prepositions named); None beyond ``MAX_PATH`` edges."""
    up = [a]
    while up[-1].head.i != up[-1].i:
        up.append(up[-1].head)
    idx = {t.i: n for n, t in enumerate(up)}
    down = [b]
    while down[-1].i not in idx and down[-1].head.i != down[-1].i:
        down.append(down[-1].head)
    if down[-1].i not in idx:
        return None
    n_up = idx[down[-1].i]
    if n_up + len(down) - 1 > MAX_PATH:
        return None
    steps = ["<" + _edge(t) for t in up[:n_up]] + [">" + _edge(t) for t in reversed(down[:-1])]
    return "".join(steps) or "="


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-8" if n <= 8 else "9+"


def features(tok, cand, ckind: str, etype: str | None, path: str, *, in_actors: bool = False,
             in_recipients: bool = False, rules_actor: bool = False, rules_recipient: bool = False) -> dict[str, float]:
    """Named sparse features of one (trigger, candidate) pair."""
    et = etype or "?"
    voice = "pass" if passive(tok) else "act"
    pos = tok.pos_ if tok.pos_ in ("VERB", "NOUN") else "OTHER"
    side = "before" if cand.i < tok.i else "after"
    first = path[:path.find("<", 1)] if path.startswith("<") and "<" in path[1:] else path.split(">")[0] or path
    last = ">" + path.rsplit(">", 1)[1] if ">" in path else path.rsplit("<", 1)[-1]
    kk = ckind.split(":")[0]
    f = {
        "bias": 1.0,
        "path=" + path: 1.0,
        "path|type=" + path + "|" + et: 1.0,
        "path|voice=" + path + "|" + voice: 1.0,
        "path|pos=" + path + "|" + pos: 1.0,
        "path|kind=" + path + "|" + kk: 1.0,
        "first=" + first: 1.0,
        "last=" + last: 1.0,
        "last|type=" + last + "|" + et: 1.0,
        "len=" + str(path.count("<") + path.count(">")): 1.0,
        "side=" + side: 1.0,
        "side|voice=" + side + "|" + voice: 1.0,
        "side|type=" + side + "|" + et: 1.0,
        "dist=" + _bucket(abs(cand.i - tok.i)): 1.0,
        "voice=" + voice: 1.0,
        "type=" + et: 1.0,
        "pos=" + pos: 1.0,
        "lemma=" + tok.lemma_.lower(): 1.0,
        "kind=" + ckind: 1.0,
        "kind|type=" + kk + "|" + et: 1.0,
        "cdep=" + cand.dep_: 1.0,
        "cdep|type=" + cand.dep_ + "|" + et: 1.0,
    }
    if ckind == "agent" or kk == "pron":
        f["clemma=" + cand.lemma_.lower()] = 1.0
    f["path|lemma=" + path + "|" + tok.lemma_.lower()] = 1.0
    if pos == "NOUN":
        f["tdep=" + tok.dep_] = 1.0
        f["tdep|path=" + tok.dep_ + "|" + path] = 1.0
    if cand.dep_ == "pobj":
        f["prep=" + cand.head.lower_ + "|" + et] = 1.0
        f["prep|lemma=" + cand.head.lower_ + "|" + tok.lemma_.lower()] = 1.0
    if in_actors:
        f["in_actors"] = 1.0
    if in_recipients:
        f["in_recipients"] = 1.0
    f["rules=" + ("A" if rules_actor else "-") + ("R" if rules_recipient else "-")] = 1.0
    return f


def _within(tok_i: int, refs, doc) -> bool:
    t = doc[tok_i]
    return any(r.start >= 0 and r.start <= t.idx < r.end for r in refs)


def pairs(tok, nouns, etype: str | None, actors, recipients) -> list[tuple[Any, str, dict[str, float]]]:
    """(candidate, kind, features) for every candidate of the trigger ``tok`` within ``MAX_PATH`` edges."""
    out = []
    for cand, ck in candidates(tok, nouns):
        path = dep_path(tok, cand)
        if path is None:
            continue
        out.append((cand, ck, features(tok, cand, ck, etype, path,
                                       in_actors=_within(cand.i, actors, tok.doc),
                                       in_recipients=_within(cand.i, recipients, tok.doc),
                                       rules_actor=bool(actors), rules_recipient=bool(recipients))))
    return out


class RoleModel:
    def __init__(self, vocab: list[str], coef: np.ndarray, intercept: np.ndarray, threshold: float,
                 thresholds: dict[str, float] | None = None) -> None:
        self.vocab = list(vocab)
        self.index = {v: i for i, v in enumerate(self.vocab)}
        self.coef = np.asarray(coef, dtype=np.float32)  # (classes, features)
        self.intercept = np.asarray(intercept, dtype=np.float32)
        self.threshold = float(threshold)
        # per role (chosen out of fold, data/role_model.meta.json); a role missing uses ``threshold``
        self.thresholds = dict(thresholds or {})

    def threshold_for(self, role: str) -> float:
        return float(self.thresholds.get(role, self.threshold))

    def probs(self, feats: dict[str, float]) -> np.ndarray:
        idx = [self.index[k] for k in feats if k in self.index]
        vals = np.asarray([feats[k] for k in feats if k in self.index], dtype=np.float32)
        z = self.intercept + (self.coef[:, idx] @ vals if idx else 0.0)
        z = z - z.max()
        e = np.exp(z)
        return e / e.sum()

    def save(self, path: Path) -> None:
        np.savez_compressed(path, vocab=np.asarray(self.vocab, dtype=str), classes=np.asarray(CLASSES, dtype=str),
                            coef=self.coef, intercept=self.intercept, threshold=np.float32(self.threshold))

    @classmethod
    def load(cls, path) -> "RoleModel":
        with np.load(path, allow_pickle=False) as z:
            if tuple(str(c) for c in z["classes"]) != CLASSES:
                raise ValueError("role model classes differ")
            return cls([str(v) for v in z["vocab"]], z["coef"], z["intercept"], float(z["threshold"]))


@lru_cache(maxsize=1)
def load() -> RoleModel | None:
    try:
        model = RoleModel.load(data_file("role_model.npz"))
    except (FileNotFoundError, OSError, KeyError, ValueError):
        return None
    try:
        meta = json.loads(data_file("role_model.meta.json").read_text("utf-8"))
        model.threshold = float(meta.get("threshold", model.threshold))
        model.thresholds = {k: float(v) for k, v in (meta.get("thresholds") or {}).items()}
    except (FileNotFoundError, OSError, ValueError, TypeError):
        pass
    return model


def best(model: RoleModel, scored, role: str, threshold: float | None = None):
    """The candidate most likely to hold ``role`` with P(role) at or above the threshold, else None."""
    k = CLASSES.index(role)
    th = model.threshold_for(role) if threshold is None else threshold
    top = None
    for cand, ck, feats in scored:
        p = float(model.probs(feats)[k])
        if p >= th and (top is None or p > top[1]):
            top = (cand, p)
    return top


def _allowed(ref, parts, text: str) -> bool:
    from dossier.nlp.event_args import _a_source, _a_thing, _dateline_place

    return not (parts.a_dateline(ref) or _dateline_place(ref, parts, text) or _a_source(ref, parts)
                or parts.bare_title(ref) or _a_thing(ref, parts))


class _NoPlace:
    label = None


def _reporter(cand, tok) -> bool:
    """The one who says or reports the event ("X said the border had been closed"): never a participant of it
    (GUIDELINES: never the one who reports it)."""
    from dossier.nlp.event_args import REPORTING, SPEAKING

    verb = cand.head
    return cand.dep_ in ("nsubj", "nsubjpass") and verb.i != tok.i and \
        verb.lemma_.lower() in SPEAKING | REPORTING and any(t.i == tok.i for t in verb.subtree)


def propose(tok, parts, etype: str | None, actors: list, recipients: list, model: RoleModel):
    """For each role the rules left empty: (P(role), refs, head word) of the model's best candidate that is not the other
    role, with its conjuncts and less what may never be a participant; refs may be empty."""
    from dossier.nlp.docview import doc_text
    from dossier.nlp.event_args import TRAVEL_LEMMAS, _places_are_not_recipients

    out: dict[str, tuple[float, list, Any]] = {}
    if actors and recipients:
        return out
    scored = pairs(tok, parts.nouns, etype, actors, recipients)
    if not scored:
        return out
    text = doc_text(tok.doc)
    for role in ("actor", "recipient"):
        if actors if role == "actor" else recipients:
            continue
        if role == "recipient" and tok.lemma_.lower() in TRAVEL_LEMMAS:
            continue  # whom a trip visits the rules decide (a host or a country, never the sites toured)
        other = recipients if role == "actor" else actors
        top = best(model, [s for s in scored if not _within(s[0].i, other, tok.doc) and not _reporter(s[0], tok)],
                   role, threshold=0.0)
        if top is None:
            continue
        if role == "recipient" and _past_own_object(tok, top[0]):
            continue
        taken = {(o.start, o.end) for o in other}
        try:
            found = parts.refs(top[0])
        except (IndexError, ValueError, AttributeError):  # a phrase the rules' helpers cannot read: no fill
            continue
        refs = [r for r in found if (r.start, r.end) not in taken and
                not any(o.start >= 0 and o.start < r.end and r.start < o.end for o in other) and
                _allowed(r, parts, text)]
        if role == "recipient" and refs:
            refs, _ = _places_are_not_recipients(tok, refs, parts, etype)
        elif refs:
            # a region or a site does nothing (a country or a city may stand for its government)
            refs = [r for r in refs if (parts.place_of_ref(r) or _NoPlace).label not in ("LOC", "FAC")]
        out[role] = (top[1], refs, top[0])
    return out


def _past_own_object(tok, cand) -> bool:
    """Whether ``cand`` lies in a clause of its own under a verb that has its own object ("appoint an adviser to
    supervise the administration"): the act is done to its object, whether or not that names anyone, never to
    the object of the clause that says what for."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    return any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.left_edge.i <= cand.i <= c.right_edge.i
               for c in tok.children)


def fill(tok, parts, etype: str | None, actors: list, recipients: list, model: RoleModel | None = None):
    """``(actors, recipients)`` with an empty one filled by the model's candidate above the threshold (with its
    conjuncts); a role the rules filled is returned as it is."""
    if actors and recipients:
        return actors, recipients
    model = model or load()
    if model is None:
        return actors, recipients
    found = propose(tok, parts, etype, actors, recipients, model)
    a = found.get("actor")
    r = found.get("recipient")
    new_actors = a[1] if a is not None and a[1] and a[0] >= model.threshold_for("actor") else actors
    new_recipients = r[1] if r is not None and r[1] and r[0] >= model.threshold_for("recipient") else recipients
    # the two fills may not share a participant: the surer keeps it
    if a is not None and r is not None and new_actors is not actors and new_recipients is not recipients:
        spans = {(x.start, x.end) for x in new_actors}
        if any((x.start, x.end) in spans for x in new_recipients):
            if a[0] >= r[0]:
                new_recipients = recipients
            else:
                new_actors = actors
    return list(new_actors), list(new_recipients)
