"""Cross-document event coreference of gold event mentions inside document clusters.

Method
------
Each event mention is described from spaCy's analysis of its gold-tokenised
sentence (no gold entity or coreference annotation is read): the lemma of the
whole mention and of its syntactic head, the head's part of speech, the lemma
groups it belongs to (``data/event_groups.txt``, hand-written derivation and
near-synonym groups), its dependency arguments (subject, object and
prepositional objects of the head), the named entities of the sentence split
into participants, places, times and numbers, and the content lemmas of the
sentence and of the whole document.

A pair of mentions in the same document cluster gets a feature vector
(same lemma, same head, shared group, string similarity of heads, overlap and
conflict of each argument kind, sentence and document similarity, same
document / sentence, a smoothed per-lemma coreference rate ...) and a
gradient-boosted classifier gives the probability that they corefer. Mentions
are then grouped by average-link agglomerative clustering, cutting at a
probability threshold.

Everything learned -- the per-lemma rates, the classifier and the threshold --
is fitted on the ECB+ train split only: pairs are taken inside the document
clusters the document clusterer
(:mod:`dossier.link.doc_cluster`) builds on train, and the threshold is the one
that maximises CoNLL F1 on out-of-fold (grouped by topic) probabilities on
train. The dev split is only ever scored.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

GROUPS_FILE = Path(__file__).with_name("data") / "event_groups.txt"

# dependency relations that attach an event's participants, places and times to its head
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "obj", "iobj", "agent", "attr", "pobj", "poss", "compound",
            "npadvmod", "dative", "oprd", "acl", "amod", "nmod", "appos"}
PARTICIPANT = {"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
PLACE = {"GPE", "LOC", "FAC"}
TIME = {"DATE", "TIME"}
NUMBER = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"}
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}

FEATURES = (
    "same_lemma", "same_head", "same_group", "head_ratio", "head_prefix", "both_verb", "both_noun",
    "same_doc", "same_sent", "sent_dist", "arg_overlap", "arg_both", "part_overlap", "part_both",
    "place_overlap", "place_both", "time_overlap", "time_both", "num_overlap", "num_both",
    "sent_cos", "doc_cos", "head_vec_cos", "sent_vec_cos", "lemma_rate_a", "lemma_rate_b", "pair_rate", "head_freq",
)


def load_groups(path: Path = GROUPS_FILE) -> dict[str, frozenset[int]]:
    """Lemma -> ids of the groups it appears in (a lemma may sit in several)."""
    out: dict[str, set[int]] = defaultdict(set)
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        line = line.split("#", 1)[0].strip()
        for w in line.split():
            out[w.replace("_", " ")].add(i)
    return {k: frozenset(v) for k, v in out.items()}


@dataclass
class Mention:
    key: str
    doc_id: str
    topic: str
    sent_id: int
    lemma: str
    head: str
    pos: str
    groups: frozenset
    args: set = field(default_factory=set)
    part: set = field(default_factory=set)
    place: set = field(default_factory=set)
    time: set = field(default_factory=set)
    num: set = field(default_factory=set)
    sent_terms: Counter = field(default_factory=Counter)
    gold: str | None = None
    vec: np.ndarray | None = None  # unit contextual vector of the head (spaCy tok2vec output)
    svec: np.ndarray | None = None  # unit mean contextual vector of the sentence


def _span_head(doc, start: int, end: int):
    """The token of [start, end] whose syntactic head lies outside the span (the span's head)."""
    span = [doc[i] for i in range(start, end + 1)]
    for t in span:
        if t.head.i < start or t.head.i > end or t.head.i == t.i:
            if t.pos_ in ("VERB", "NOUN", "PROPN", "ADJ", "AUX"):
                return t
    content = [t for t in span if t.pos_ in ("VERB", "NOUN", "PROPN")]
    return (content or span)[-1]


def _norm_ent(text: str) -> set[str]:
    # entity overlap on lower-cased word tokens so "Lindsay Lohan" and "Lohan" meet
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in {"the", "a", "an", "of"}}


def analyse(docs: list[dict]) -> list[Mention]:
    """Describe every gold event mention in a ``selected`` sentence (spaCy only, no gold entities)."""
    from spacy.tokens import Doc

    from dossier.nlp import load

    nlp = load(with_ruler=False)
    groups = load_groups()
    out: list[Mention] = []
    for d in docs:
        sents = {s["sent_id"]: s for s in d["sentences"]}
        cache: dict[int, object] = {}
        for m in d.get("event_mentions", []):
            if not m.get("in_selected_sentence", True):
                continue
            sid = m["sent_id"]
            if sid not in cache:
                doc = Doc(nlp.vocab, words=sents[sid]["tokens"])
                for _, proc in nlp.pipeline:
                    doc = proc(doc)
                cache[sid] = doc
            doc = cache[sid]
            s, e = m["token_start"], m["token_end"]
            lemma = " ".join(doc[i].lemma_.lower() for i in range(s, e + 1))
            h = _span_head(doc, s, e)
            head = h.lemma_.lower()
            g = groups.get(lemma, frozenset()) | groups.get(head, frozenset())
            mt = Mention(key=f"{d['doc_id']}:{m['m_id']}", doc_id=d["doc_id"], topic=str(d["topic"]),
                         sent_id=sid, lemma=lemma, head=head, pos=h.pos_, groups=g, gold=m.get("cluster_id"))
            inside = set(range(s, e + 1))
            mt.vec = _unitv(doc.tensor[h.i])
            mt.svec = _unitv(doc.tensor.mean(axis=0))
            # arguments: dependents of the head and, for nominal or participial triggers, its governor
            for c in list(h.children) + ([h.head] if h.head.i != h.i else []):
                if c.i in inside:
                    continue
                toks = [c] + [g2 for g2 in c.children if g2.dep_ == "pobj"] if c.dep_ == "prep" else [c]
                for t in toks:
                    if (t.dep_ in ARG_DEPS or t is h.head) and t.pos_ in ("NOUN", "PROPN", "NUM", "PRON") \
                            and t.pos_ != "PRON":
                        mt.args.add(t.lemma_.lower())
            for ent in doc.ents:
                words = _norm_ent(ent.text)
                if ent.label_ in PARTICIPANT:
                    mt.part |= words
                elif ent.label_ in PLACE:
                    mt.place |= words
                elif ent.label_ in TIME:
                    mt.time |= words
                elif ent.label_ in NUMBER:
                    mt.num |= words
            mt.sent_terms = Counter(t.lemma_.lower() for t in doc if t.pos_ in CONTENT_POS
                                    and not t.is_stop and t.i not in inside)
            out.append(mt)
    return out


# ---------------------------------------------------------------- pair features

def _unitv(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return (v / n).astype(np.float32) if n else v.astype(np.float32)


def _overlap(a: set, b: set) -> tuple[float, float]:
    """(Jaccard overlap, 1 if both sides have something) -- a conflict is both=1 with overlap 0."""
    if not a or not b:
        return 0.0, 0.0
    return len(a & b) / len(a | b), 1.0


def _cos(a: dict, b: dict) -> float:
    # vectors are unit-normalised by _vectors(); iterate over the shorter one
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def _unit(v: dict) -> dict:
    n = math.sqrt(sum(x * x for x in v.values()))
    return {k: x / n for k, x in v.items()} if n else {}


def _prefix(a: str, b: str) -> float:
    # shared stem length relative to the shorter word: derivations like explode/explosion
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n / min(len(a), len(b)) if n >= 4 else 0.0


class PairModel:
    """Per-lemma statistics, IDF weights and a classifier over mention pairs, all fitted on train."""

    def __init__(self, threshold: float = 0.5, seed: int = 0) -> None:
        self.threshold = threshold
        self.method = "average"
        self.grid: dict = {}
        self.seed = seed
        self.lemma_rate: dict[str, float] = {}
        self.pair_rate: dict[tuple[str, str], float] = {}
        self.head_count: Counter = Counter()
        self.prior = 0.5
        self.clf = None

    # -- lemma statistics: how often a same-cluster pair with this head lemma corefers on train
    def fit_stats(self, mentions: list[Mention], doc_cluster: dict[str, object]) -> None:
        pos, tot = Counter(), Counter()
        ppos, ptot = Counter(), Counter()
        by_cluster = defaultdict(list)
        for m in mentions:
            by_cluster[doc_cluster[m.doc_id]].append(m)
            self.head_count[m.head] += 1
        for ms in by_cluster.values():
            for i, a in enumerate(ms):
                for b in ms[i + 1:]:
                    same = a.gold == b.gold
                    if a.head == b.head:
                        pos[a.head] += same
                        tot[a.head] += 1
                    else:
                        k = tuple(sorted((a.head, b.head)))
                        ppos[k] += same
                        ptot[k] += 1
        self.prior = sum(pos.values()) / max(1, sum(tot.values()))
        a = 2.0  # additive smoothing towards the overall same-lemma rate
        self.lemma_rate = {k: (pos[k] + a * self.prior) / (tot[k] + a) for k in tot}
        # different-head pairs: only kept when seen on train enough to say something
        self.pair_rate = {k: (ppos[k] + 0.5) / (ptot[k] + 5.0) for k in ptot if ppos[k] > 0}

    def features(self, a: Mention, b: Mention, sent_vec: dict, doc_vec: dict) -> list[float]:
        ao, ab = _overlap(a.args, b.args)
        po, pb = _overlap(a.part, b.part)
        lo, lb = _overlap(a.place, b.place)
        to, tb = _overlap(a.time, b.time)
        no, nb = _overlap(a.num, b.num)
        from rapidfuzz.fuzz import ratio

        same_doc = float(a.doc_id == b.doc_id)
        return [
            float(a.lemma == b.lemma), float(a.head == b.head), float(bool(a.groups & b.groups)),
            ratio(a.head, b.head) / 100.0, _prefix(a.head, b.head),
            float(a.pos == "VERB" and b.pos == "VERB"), float(a.pos in ("NOUN", "PROPN") and b.pos in ("NOUN", "PROPN")),
            same_doc, float(same_doc and a.sent_id == b.sent_id),
            min(abs(a.sent_id - b.sent_id), 20) / 20.0 if same_doc else 1.0,
            ao, ab, po, pb, lo, lb, to, tb, no, nb,
            _cos(sent_vec[a.key], sent_vec[b.key]), 1.0 if same_doc else _cos(doc_vec[a.doc_id], doc_vec[b.doc_id]),
            # contextual similarity of the triggers: synonyms the group list lacks, senses it conflates
            float(a.vec @ b.vec), float(a.svec @ b.svec),
            self.lemma_rate.get(a.head, self.prior), self.lemma_rate.get(b.head, self.prior),
            self.pair_rate.get(tuple(sorted((a.head, b.head))), 0.0) if a.head != b.head else 0.0,
            math.log1p(min(self.head_count.get(a.head, 0), self.head_count.get(b.head, 0))),
        ]

    def pairs(self, mentions: list[Mention], doc_cluster: dict[str, object]):
        """Feature matrix over all mention pairs inside each document cluster."""
        sent_vec, doc_vec = _vectors(mentions)
        by_cluster = defaultdict(list)
        for m in mentions:
            by_cluster[doc_cluster[m.doc_id]].append(m)
        rows, X, y = [], [], []
        for c, ms in by_cluster.items():
            for i, a in enumerate(ms):
                for b in ms[i + 1:]:
                    rows.append((a.key, b.key, c))
                    X.append(self.features(a, b, sent_vec, doc_vec))
                    y.append(int(a.gold == b.gold))
        return rows, np.asarray(X, dtype=float).reshape(-1, len(FEATURES)), np.asarray(y)

    def make_clf(self):
        from sklearn.ensemble import HistGradientBoostingClassifier

        return HistGradientBoostingClassifier(max_iter=150, learning_rate=0.1, max_leaf_nodes=31,
                                              min_samples_leaf=40, l2_regularization=1.0,
                                              random_state=self.seed)


def _vectors(mentions: list[Mention]) -> tuple[dict, dict]:
    """TF-IDF weighted sentence and document term vectors (IDF over the given documents)."""
    doc_terms: dict[str, Counter] = defaultdict(Counter)
    seen_sent = set()
    for m in mentions:
        if (m.doc_id, m.sent_id) not in seen_sent:
            seen_sent.add((m.doc_id, m.sent_id))
            doc_terms[m.doc_id].update(m.sent_terms)
    df = Counter()
    for t in doc_terms.values():
        df.update(set(t))
    n = len(doc_terms)
    idf = {k: math.log((1 + n) / (1 + v)) + 1 for k, v in df.items()}
    sent_vec = {m.key: _unit({k: (1 + math.log(v)) * idf.get(k, 1.0) for k, v in m.sent_terms.items()})
                for m in mentions}
    doc_vec = {d: _unit({k: (1 + math.log(v)) * idf[k] for k, v in t.items()}) for d, t in doc_terms.items()}
    return sent_vec, doc_vec


# ---------------------------------------------------------------- clustering

def cluster(mentions: list[Mention], rows, prob: np.ndarray, doc_cluster: dict[str, object],
            threshold: float, method: str = "average") -> dict[str, tuple]:
    """Agglomerative clustering (``method`` linkage) inside each document cluster, cut at ``threshold``."""
    from scipy.cluster.hierarchy import fcluster, linkage

    by_cluster = defaultdict(list)
    for m in mentions:
        by_cluster[doc_cluster[m.doc_id]].append(m.key)
    p = {(a, b): v for (a, b, _), v in zip(rows, prob)}
    out: dict[str, tuple] = {}
    for c, keys in by_cluster.items():
        if len(keys) == 1:
            out[keys[0]] = (c, 0)
            continue
        # condensed distance matrix in scipy's (i<j) order, the same order pairs() enumerates
        dist = np.array([1.0 - p[(keys[i], keys[j])] for i in range(len(keys)) for j in range(i + 1, len(keys))])
        labels = fcluster(linkage(dist, method=method), t=1.0 - threshold, criterion="distance")
        for k, lab in zip(keys, labels):
            out[k] = (c, int(lab))
    return out


def fit(mentions: list[Mention], doc_cluster: dict[str, object], folds: int = 5, seed: int = 0) -> PairModel:
    """Fit lemma statistics, classifier and clustering threshold on the train split only.

    Folds are grouped by topic. The per-lemma rates in each training row come from the other folds
    (target statistics computed on the row's own pair would leak its label), and the threshold is
    chosen on out-of-fold probabilities so that it is not picked on pairs the classifier memorised.
    """
    from sklearn.model_selection import GroupKFold

    from dossier.eval.scorer import clusters_from_labels, conll

    topics = sorted({m.topic for m in mentions})
    fold_of = {t: i for i, (_, te) in enumerate(GroupKFold(n_splits=folds).split(topics, groups=topics))
               for t in (topics[j] for j in te)}
    # a predicted document cluster may straddle folds: split it so every pair lies inside one fold
    topic_of = {m.doc_id: m.topic for m in mentions}
    doc_cluster = {d: (c, fold_of[topic_of[d]]) for d, c in doc_cluster.items() if d in topic_of}
    rows, Xs, ys, grp = [], [], [], []
    for f in range(folds):
        sub = PairModel(seed=seed)
        sub.fit_stats([m for m in mentions if fold_of[m.topic] != f], doc_cluster)
        r, X, y = sub.pairs([m for m in mentions if fold_of[m.topic] == f], doc_cluster)
        rows += r
        Xs.append(X)
        ys.append(y)
        grp += [f] * len(r)
    X, y, grp = np.vstack(Xs), np.concatenate(ys), np.asarray(grp)
    model = PairModel(seed=seed)
    prob = np.zeros(len(y))
    for f in range(folds):
        clf = model.make_clf().fit(X[grp != f], y[grp != f])
        prob[grp == f] = clf.predict_proba(X[grp == f])[:, 1]
    gold = clusters_from_labels({m.key: m.gold for m in mentions})
    best = (-1.0, 0.5, "average")
    for method in ("average", "complete", "single"):
        for t in np.arange(0.2, 0.81, 0.05):
            pred = cluster(mentions, rows, prob, doc_cluster, float(t), method)
            f1 = conll(gold, clusters_from_labels(pred))["conll_f1"]
            model.grid[(method, round(float(t), 3))] = f1
            best = max(best, (f1, round(float(t), 3), method))
    model.fit_stats(mentions, doc_cluster)
    model.clf = model.make_clf().fit(X, y)
    model.train_oof_conll, model.threshold, model.method = best
    return model


def predict(model: PairModel, mentions: list[Mention], doc_cluster: dict[str, object]) -> dict[str, tuple]:
    rows, X, _ = model.pairs(mentions, doc_cluster)
    prob = model.clf.predict_proba(X)[:, 1] if len(rows) else np.zeros(0)
    return cluster(mentions, rows, prob, doc_cluster, model.threshold, model.method)
