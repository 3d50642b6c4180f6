"""Training the event model (``make train``): lexicon, examples, cross-validation, the shipped weights.

Sources (third-party data read in place under ``../shared``; dossier's own annotations under
``data/annotations``, which hold labels and offsets but no sentence text):

* **ECB+ train annotations** (``data/annotations/ecbplus_train_plover_*.jsonl``): every sentence of 100 ECB+
  *train* documents (25 topics) annotated following ``bench/ecbplus_plover/GUIDELINES.md``; the text comes from
  ``bench/ecbplus/ecbplus_train.jsonl``. Every lexicon candidate in an annotated sentence is an example: the
  head word of a gold trigger gets the gold type and background flag, every other candidate ``NONE``.
* **Synthetic story annotations** (``data/annotations/synthetic_plover.jsonl``): sentences of NGEC's synthetic
  political stories annotated the same way (row, character offsets, events); the text comes from
  ``bench/plover_resources/ngec_synthetic_events.csv``. Political news has its own non-events ("said",
  "talks" as a topic), so these sentences give the model negatives in the register of real news.
* **Real-news annotations** (``data/annotations/realnews_dev_plover.jsonl``) are *not* read here: their text
  is outside ``../shared``, so a model fitted on them could not be rebuilt from what the repository names, and
  they are the one annotated sample of the news dossier is for. They only evaluate (``dossier eval events
  --realnews``) and are read by an analyst.
* **PLOVER dev** (``bench/plover/dev.jsonl``): the gold event's first word found in the sentence is an example
  of its type (only one event per sentence is annotated, so its other words are not used).
* **Synthetic headlines**: each story's prompting headline with its label on the headline word whose lexicon
  type agrees (weak: weight ``HEADLINE_WEIGHT``).
* **CAMEO dictionaries, PLOVER agents, the hand lexicon**: through the generated lexicon's features.

Examples from sources with positives only (PLOVER dev, headlines) carry a source feature that is never set at
run time, so "every PLOVER sentence is an event" is learnt as a property of the source, not of the words.

The ECB+ PLOVER *dev* gold is never read here: it is for scoring only (``dossier eval events``).

Cross-validation (``FOLDS`` folds): ECB+ topics, synthetic stories and PLOVER sentences dealt round-robin
into folds; each fold's lexicon is rebuilt without the held-out annotations, so held-out trigger words are
not known to it. Reported in ``data/event_model.meta.json``: detection precision/recall over
(document, sentence, type) on held-out ECB+ train documents and held-out synthetic sentences with the whole
extraction (grammar, participants, resolution), and PLOVER dev type accuracy on held-out sentences. The
default threshold (``event_model.DEFAULT_THRESHOLD``) is read from that curve: the lowest confidence whose
pooled cross-validated precision reaches ``TARGET_PRECISION``.

Parsed documents are cached under ``.cache/event_train`` as spaCy ``DocBin`` files plus an ``.npz`` of their
tensors (no pickles), keyed by a hash of the texts, so re-training and ``eval events`` skip the parse.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import subprocess
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from dossier.nlp import event_lexicon, event_model

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared"
ANNOTATIONS = ROOT / "data" / "annotations"
DATA = Path(__file__).resolve().parent / "data"
CACHE = ROOT / ".cache" / "event_train"
HEADLINE_WEIGHT = 0.5
PLOVER_WEIGHT = 1.0
SYNANN_WEIGHT = 1.0
MIN_FEATURE_COUNT = 2
C_TYPE = 0.5
C_BACKGROUND = 0.5
FOLDS = 5
TARGET_PRECISION = 0.80
POSITIVE_ONLY = ("plover", "headline")


@dataclass
class Example:
    tok: Any
    sent: Any
    label: str
    group: str
    source: str
    weight: float = 1.0
    background: bool | None = None

    @property
    def lemma(self) -> str:
        return self.tok.lemma_.lower()


@dataclass
class Scored:
    """Documents scored sentence by sentence: (doc id, sentence id) -> gold events, sentence text."""
    docs: dict[str, tuple[Any, list[tuple[int, int, int]], str]] = field(default_factory=dict)  # id -> doc, spans, group
    gold: dict[tuple[str, int], list[dict]] = field(default_factory=dict)
    sentences: dict[tuple[str, int], str] = field(default_factory=dict)


@dataclass
class Corpus:
    examples: list[Example] = field(default_factory=list)
    base_lexicon: dict[str, Any] = field(default_factory=dict)
    annotated: dict[str, dict[str, Counter]] = field(default_factory=dict)  # group -> lemma -> type counts
    ecb: Scored = field(default_factory=Scored)
    synthetic: Scored = field(default_factory=Scored)
    plover_rows: list[dict] = field(default_factory=list)
    counts: dict[str, Any] = field(default_factory=dict)

    def lexicon(self, exclude: set[str] = frozenset()) -> dict[str, Any]:
        counts: dict[str, Counter] = defaultdict(Counter)
        for group, lemmas in self.annotated.items():
            if group in exclude:
                continue
            for lemma, c in lemmas.items():
                counts[lemma].update(c)
        return dict(self.base_lexicon, annotated=event_lexicon.annotated_shares(counts))


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def load_ecb_annotations(folder: Path = ANNOTATIONS) -> dict[str, dict[int, list[dict]]]:
    """doc_id -> sent_id -> events, from every ECB+ annotation file (the first file to annotate a document wins)."""
    out: dict[str, dict[int, list[dict]]] = {}
    owner: dict[str, str] = {}
    for path in sorted(folder.glob("ecbplus_*.jsonl")):
        for row in _jsonl(path):
            doc = row["doc_id"]
            if owner.setdefault(doc, path.name) != path.name:
                continue
            out.setdefault(doc, {})[int(row["sent_id"])] = row.get("events") or []
    return out


def complete_documents(ann: dict[str, dict[int, list[dict]]], texts: dict[str, dict]) -> list[str]:
    """Documents whose every sentence is annotated (files grow while annotators work: a half-done one waits)."""
    out = []
    for doc_id, sents in ann.items():
        doc = texts.get(doc_id)
        if doc and {s["sent_id"] for s in doc["sentences"]} <= set(sents):
            out.append(doc_id)
    return sorted(out)


def parse_cached(nlp, texts: list[str], name: str) -> list[Any]:
    """Parse with the shared pipeline, through a DocBin + tensor cache keyed by the texts and the pipeline."""
    from spacy.tokens import DocBin

    key = hashlib.sha1(("\x1e".join(texts) + "|" + nlp.meta.get("name", "") + ",".join(nlp.pipe_names))
                       .encode("utf-8")).hexdigest()[:16]
    path = CACHE / f"{name}-{key}.spacy"
    tpath = CACHE / f"{name}-{key}.npz"
    if path.exists() and tpath.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        with np.load(tpath, allow_pickle=False) as z:
            flat, offsets = z["tensor"], z["offsets"]
        for i, d in enumerate(docs):
            d.tensor = flat[offsets[i]:offsets[i + 1]]
        return docs
    docs = list(nlp.pipe(texts, batch_size=64))
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    offsets = np.cumsum([0] + [len(d) for d in docs])
    flat = np.concatenate([d.tensor for d in docs]) if docs else np.zeros((0, event_model.TENSOR_WIDTH))
    np.savez_compressed(tpath, tensor=flat.astype(np.float32), offsets=offsets)
    return docs


def trigger_head(sent_span, start: int, end: int):
    """The head word of the tokens of a sentence that overlap [start, end): the one whose head lies outside."""
    toks = [t for t in sent_span if t.idx < end and t.idx + len(t) > start]
    if not toks:
        return None, []
    content = [t for t in toks if t.pos_ in ("VERB", "NOUN")] or toks
    ids = {t.i for t in toks}
    heads = [t for t in content if t.head.i not in ids or t.head.i == t.i]
    return (heads or content)[0], toks


def _types() -> set[str]:
    from dossier.records import EVENT_TYPES

    return set(EVENT_TYPES)


def _annotated_sentences(corpus: Corpus, scored: Scored, key: tuple[str, int], span, s0: int, events: list[dict],
                         group: str, source: str, weight: float) -> None:
    """Examples of one annotated sentence: every candidate word, labelled by the gold triggers."""
    from dossier.eval.ecb_events import trigger_span

    sent_text = scored.sentences[key]
    heads: dict[int, tuple[str, bool]] = {}
    inside: set[int] = set()
    for ev in events:
        at = trigger_span(sent_text, ev.get("trigger") or "")
        if at is None or ev.get("type") not in _types():
            continue
        tok, toks = trigger_head(span, s0 + at[0], s0 + at[1])
        if tok is None:
            continue
        inside.update(t.i for t in toks)
        heads[tok.i] = (ev["type"], bool(ev.get("background")))
        if tok.pos_ in ("VERB", "NOUN"):
            corpus.annotated.setdefault(group, {}).setdefault(tok.lemma_.lower(), Counter())[ev["type"]] += 1
    for tok in span:
        if tok.pos_ not in ("VERB", "NOUN") or tok.lower_ == "according":
            continue
        hit = heads.get(tok.i)
        if hit is None and tok.i in inside:
            continue  # another word of a gold trigger phrase: neither event nor not
        corpus.examples.append(Example(tok, span, hit[0] if hit else event_model.NONE, group, source, weight,
                                       background=hit[1] if hit else None))


def build_corpus(nlp, shared: Path = SHARED, annotations: Path = ANNOTATIONS, *, headlines: bool = True,
                 log=print) -> Corpus:
    """Parse every source and collect the examples (features are computed per lexicon, see :func:`featurize`)."""
    from dossier.eval.ecb_events import document_text

    corpus = Corpus()
    bench = shared / "bench"
    corpus.base_lexicon = event_lexicon.build(shared, None)
    # ECB+ train documents
    ann = load_ecb_annotations(annotations)
    texts = {d["doc_id"]: d for d in _jsonl(bench / "ecbplus" / "ecbplus_train.jsonl") if d["doc_id"] in ann}
    doc_ids = complete_documents(ann, texts)
    t0 = time.time()
    joined = [document_text(texts[d]) for d in doc_ids]
    docs = parse_cached(nlp, [j[0] for j in joined], "ecbtrain")
    log(f"parsed {len(docs)} annotated ECB+ train documents ({time.time() - t0:.0f}s)")
    for doc_id, doc, (text, spans) in zip(doc_ids, docs, joined):
        group = f"ecb-{texts[doc_id]['topic']}"
        corpus.ecb.docs[doc_id] = (doc, spans, group)
        for s0, s1, sid in spans:
            span = doc.char_span(s0, s1, alignment_mode="expand")
            if span is None:
                continue
            key = (doc_id, sid)
            corpus.ecb.sentences[key] = text[s0:s1]
            corpus.ecb.gold[key] = ann[doc_id].get(sid, [])
            _annotated_sentences(corpus, corpus.ecb, key, span, s0, corpus.ecb.gold[key], group, "ecb", 1.0)
    n_ecb = sum(len(v) for v in corpus.ecb.gold.values())
    corpus.counts.update(ecb_documents=len(doc_ids), ecb_sentences=len(corpus.ecb.gold), ecb_events=n_ecb,
                         ecb_topics=len({g for _, _, g in corpus.ecb.docs.values()}))
    # synthetic story sentences annotated with the same guidelines
    syn_path = bench / "plover_resources" / "ngec_synthetic_events.csv"
    syn_rows = list(csv.DictReader(syn_path.open(encoding="utf-8")))
    syn_ann = [r for p in sorted(annotations.glob("synthetic_*.jsonl")) for r in _jsonl(p)]
    if syn_ann:
        seg_texts = [syn_rows[r["row"]]["text"][r["start"]:r["end"]] for r in syn_ann]
        sdocs = parse_cached(nlp, seg_texts, "synann")
        for r, doc, seg in zip(syn_ann, sdocs, seg_texts):
            doc_id = f"syn{r['row']}-{r['sent']}"
            group = f"syn-{r['row']}"
            corpus.synthetic.docs[doc_id] = (doc, [(0, len(seg), 0)], group)
            key = (doc_id, 0)
            corpus.synthetic.sentences[key] = seg
            corpus.synthetic.gold[key] = r.get("events") or []
            _annotated_sentences(corpus, corpus.synthetic, key, doc[:], 0, corpus.synthetic.gold[key], group,
                                 "synann", SYNANN_WEIGHT)
    corpus.counts.update(synthetic_sentences=len(corpus.synthetic.gold),
                         synthetic_stories=len({g for _, _, g in corpus.synthetic.docs.values()}),
                         synthetic_events=sum(len(v) for v in corpus.synthetic.gold.values()))
    # PLOVER dev sentences: the gold event's word
    rows = _jsonl(bench / "plover" / "dev.jsonl")
    pdocs = parse_cached(nlp, [r["text"] for r in rows], "plover")
    corpus.plover_rows = rows
    lemmas = event_model.candidate_lemmas(corpus.lexicon())
    n_plover = 0
    for i, (row, doc) in enumerate(zip(rows, pdocs)):
        ev = row["expected_events"][0] if row["expected_events"] else None
        etype = ((ev or {}).get("code_current") or (ev or {}).get("code") or "").upper()
        tok = _first_word(doc, (ev or {}).get("event_text") or "", lemmas) if etype in _types() else None
        if tok is not None:
            corpus.examples.append(Example(tok, tok.sent, etype, plover_group(i), "plover", PLOVER_WEIGHT))
            n_plover += 1
    corpus.counts["plover_examples"] = n_plover
    if headlines:
        corpus.counts["headline_examples"] = _headline_examples(nlp, corpus, syn_rows, lemmas)
    corpus.counts["labels"] = dict(Counter(e.label for e in corpus.examples).most_common())
    corpus.counts["examples_by_source"] = dict(Counter(e.source for e in corpus.examples))
    log(json.dumps({k: v for k, v in corpus.counts.items() if k != "labels"}))
    return corpus


def plover_group(i: int) -> str:
    return f"plover-{i % FOLDS}"


def _first_word(doc, event_text: str, lemmas: frozenset[str]):
    for w in (w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", event_text)):
        for tok in doc:
            if tok.lower_ == w and tok.pos_ in ("VERB", "NOUN") and tok.lemma_.lower() in lemmas:
                return tok
    return None


def _headline_examples(nlp, corpus: Corpus, rows: list[dict], lemmas: frozenset[str]) -> int:
    lex = corpus.base_lexicon
    heads = [r["prompt"].split("\n")[0].strip() for r in rows]
    docs = parse_cached(nlp, heads, "headlines")
    n = 0
    for r, doc in zip(rows, docs):
        label = (r.get("label") or "").upper()
        if label not in _types():
            continue
        best = None
        for tok in doc:
            lem = tok.lemma_.lower()
            if tok.pos_ not in ("VERB", "NOUN") or lem not in lemmas:
                continue
            types = set((lex["verbs"].get(lem) or {}).get("base", {})) | set(lex["hand"].get(lem) or {})
            if label in types:
                depth = len(list(tok.ancestors))
                if best is None or depth < best[0]:
                    best = (depth, tok)
        if best is not None:
            tmpl = hashlib.sha1(r["title"].encode()).hexdigest()[:6]
            corpus.examples.append(Example(best[1], best[1].sent, label, f"head-{tmpl}", "headline", HEADLINE_WEIGHT))
            n += 1
    return n


# ---- fitting ---------------------------------------------------------------------------------------------

def featurize(examples: list[Example], lex: dict[str, Any]) -> list[dict[str, float]]:
    ents: dict[int, dict[int, str]] = {}
    out = []
    for ex in examples:
        doc = ex.tok.doc
        e = ents.get(id(doc))
        if e is None:
            e = ents[id(doc)] = event_model.entity_labels(doc)
        f = event_model.features(ex.tok, e, lex, ex.sent)
        if ex.source in POSITIVE_ONLY:
            f["SRC=" + ex.source] = 1.0
        out.append(f)
    return out


def fit(examples: list[Example], lex: dict[str, Any], *, c_type: float | None = None,
        c_bg: float = C_BACKGROUND) -> event_model.EventModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    lemmas = event_model.candidate_lemmas(lex)
    examples = [ex for ex in examples if ex.lemma in lemmas]
    feats = featurize(examples, lex)
    counts: Counter = Counter()
    for f in feats:
        counts.update(f.keys())
    keep = {k for k, n in counts.items() if n >= MIN_FEATURE_COUNT}
    vec = DictVectorizer()
    X = vec.fit_transform([{k: v for k, v in f.items() if k in keep} for f in feats])
    y = [ex.label for ex in examples]
    w = np.asarray([ex.weight for ex in examples])
    clf = LogisticRegression(C=c_type or C_TYPE, max_iter=5000)
    clf.fit(X, y, sample_weight=w)
    bg_idx = [i for i, ex in enumerate(examples) if ex.background is not None]
    bg_coef, bg_int = np.zeros(X.shape[1]), -3.0
    if len(bg_idx) > 10 and len({examples[i].background for i in bg_idx}) == 2:
        bg = LogisticRegression(C=c_bg, max_iter=5000)
        bg.fit(X[bg_idx], [examples[i].background for i in bg_idx])
        bg_coef, bg_int = bg.coef_[0], float(bg.intercept_[0])
    return event_model.EventModel(list(vec.feature_names_), [str(c) for c in clf.classes_], clf.coef_.T.copy(),
                                  clf.intercept_.copy(), bg_coef, bg_int)


def folds(corpus: Corpus, k: int = FOLDS) -> list[set[str]]:
    """The held-out groups of each fold: ECB+ topics, synthetic stories, headline templates round-robin."""
    def deal(prefix: str, key=str) -> list[list[str]]:
        groups = sorted({e.group for e in corpus.examples if e.group.startswith(prefix)}, key=key)
        return [groups[i::k] for i in range(k)]

    ecb = deal("ecb-", key=lambda g: int(g.split("-")[1]))
    syn = deal("syn-", key=lambda g: int(g.split("-")[1]))
    real = deal("rn-")
    head = deal("head-")
    return [set(ecb[i]) | set(syn[i]) | set(real[i]) | set(head[i]) | {f"plover-{i}"} for i in range(k)]


def predictions(scored: Scored, model, lex: dict[str, Any], doc_ids: list[str],
                traces: dict[str, dict] | None = None) -> dict[tuple[str, int], list[dict]]:
    """Whole extraction (grammar, participants, resolution) on annotated documents with ``model``; ``traces``
    collects each document's candidate trace (``extract_events(trace=...)``)."""
    from dossier.eval.ecb_events import predicted_events
    from dossier.nlp.analyse import mentions_of
    from dossier.nlp.events import extract_events
    from dossier.nlp.timex import extract_timexes
    from dossier.records import Analysis, Article
    from dossier.resolve import Resolver

    pred: dict[tuple[str, int], list[dict]] = {}
    for doc_id in doc_ids:
        doc, spans, _ = scored.docs[doc_id]
        art = Article(id=doc_id, source="train", text=doc.text)
        mentions = mentions_of(doc, doc_id)
        timexes = extract_timexes(doc, doc_id, None)
        trace = traces.setdefault(doc_id, {}) if traces is not None else None
        events = extract_events(doc, doc_id, mentions, timexes, None, model=model, lex=lex, keep_floor=0.05,
                                trace=trace)
        an = Resolver().resolve(Analysis(article=art, mentions=mentions, timexes=timexes, events=events))
        pred.update(predicted_events(an, spans, doc_id))
    return pred


def threshold_curve(scored: list[tuple[Scored, dict]], thresholds=None) -> list[dict]:
    from dossier.eval.ecb_events import score

    out = []
    for th in thresholds or [round(0.05 * i, 2) for i in range(2, 19)]:
        gold, pred, sents = {}, {}, {}
        for sc, p in scored:
            gold.update(sc.gold)
            sents.update(sc.sentences)
            pred.update({k: [e for e in v if e["confidence"] >= th] for k, v in p.items()})
        s = score(gold, pred, sents)
        out.append({"threshold": th, **{k: round(s[k], 3) for k in (
            "detection_precision", "detection_recall", "detection_f1", "sentence_precision", "sentence_recall",
            "type_accuracy", "country_f1", "mode_accuracy", "background_accuracy")}})
    return out


def cross_validate(corpus: Corpus, log=print, k: int = FOLDS) -> dict[str, Any]:
    from dossier.eval.events import score_rows

    fold_groups = folds(corpus, k)
    ecb_pred: dict = {}
    syn_pred: dict = {}
    models: dict[int, Any] = {}
    lexicons: dict[int, Any] = {}
    ecb_traces: dict[str, dict] = {}
    fold_lemmas: list[tuple[list[str], frozenset[str]]] = []
    for i, held in enumerate(fold_groups):
        t0 = time.time()
        lex = corpus.lexicon(exclude=held)
        train = [e for e in corpus.examples if e.group not in held]
        m = fit(train, lex)
        models[i], lexicons[i] = m, lex
        ecb_docs = [d for d, (_, _, g) in corpus.ecb.docs.items() if g in held]
        syn_docs = [d for d, (_, _, g) in corpus.synthetic.docs.items() if g in held]
        ecb_pred.update(predictions(corpus.ecb, m, lex, ecb_docs, ecb_traces))
        fold_lemmas.append((ecb_docs, event_model.candidate_lemmas(lex)))
        syn_pred.update(predictions(corpus.synthetic, m, lex, syn_docs))
        log(f"fold {i + 1}/{len(fold_groups)}: {len(train)} examples, {len(ecb_docs)} ECB+ documents and "
            f"{len(syn_docs)} synthetic sentences held out ({time.time() - t0:.0f}s)")
    out: dict[str, Any] = {
        "ecb_train": threshold_curve([(corpus.ecb, ecb_pred)]),
        "synthetic": threshold_curve([(corpus.synthetic, syn_pred)]) if corpus.synthetic.gold else [],
        "pooled": threshold_curve([(corpus.ecb, ecb_pred), (corpus.synthetic, syn_pred)]),
    }
    # the default view: the lowest confidence whose cross-validated precision over the ../shared-based
    # annotations (ECB+ train and synthetic stories pooled) holds at the target
    ok = [c for c in out["pooled"] if c["detection_precision"] >= TARGET_PRECISION]
    out["threshold"] = ok[0]["threshold"] if ok else max(out["pooled"], key=lambda c: c["detection_precision"])[
        "threshold"]
    out["threshold_basis"] = f"pooled (ECB+ train, synthetic) detection precision >= {TARGET_PRECISION}"
    out["ecb_train_losses"] = {str(th): loss_breakdown(corpus.ecb, ecb_pred, ecb_traces, fold_lemmas, th)
                               for th in sorted({0.1, out["threshold"]})}
    plover = score_rows(corpus.plover_rows, model_for=lambda j: models[j % k], lex_for=lambda j: lexicons[j % k],
                        path="bench/plover/dev.jsonl", min_confidence=out["threshold"])
    out["plover_dev"] = {key: v for key, v in plover.items() if key not in ("confusions", "anchor", "path")}
    out["plover_dev_any_threshold"] = {key: v for key, v in score_rows(
        corpus.plover_rows, model_for=lambda j: models[j % k], lex_for=lambda j: lexicons[j % k],
        path="bench/plover/dev.jsonl", min_confidence=event_model.KEEP_FLOOR).items()
        if key in ("type_accuracy", "extra_rate", "actor_recipient_f1", "threshold")}
    return out


def loss_breakdown(scored: Scored, pred: dict, traces: dict[str, dict],
                   fold_lemmas: list[tuple[list[str], frozenset[str]]], threshold: float) -> dict[str, Any]:
    """Where the held-out gold events of ``scored`` were lost (``eval/event_losses.py``), at ``threshold``."""
    from dossier.eval import event_losses

    rows = []
    for doc_ids, lemmas in fold_lemmas:
        gold, sents, spans, offsets = {}, {}, {}, {}
        for doc_id in doc_ids:
            doc, doc_spans, _ = scored.docs[doc_id]
            for s0, s1, sid in doc_spans:
                key = (doc_id, sid)
                if key in scored.gold:
                    gold[key], sents[key] = scored.gold[key], scored.sentences[key]
                    spans[key], offsets[key] = doc.char_span(s0, s1, alignment_mode="expand"), s0
        rows += event_losses.classify(gold, sents, spans, offsets, traces, pred, threshold, lemmas, 0.05)
    return event_losses.summary(rows) | {"rows": rows}


def git_commit() -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


SOURCES = {
    "ecbplus_train_annotations": "data/annotations/ecbplus_train_plover_*.jsonl (dossier's annotations, CC BY 4.0) "
                                 "over bench/ecbplus/ecbplus_train.jsonl (cltl/ECB-parser @ eba7c4d1, CC BY 3.0)",
    "synthetic_annotations": "data/annotations/synthetic_plover.jsonl (dossier's annotations) over "
                             "bench/plover_resources/ngec_synthetic_events.csv (ahalterman/NGEC-2025 @ a3909e2a, MIT)",
    "synthetic_headlines": "ngec_synthetic_events.csv prompt headlines and labels (NGEC-2025 @ a3909e2a, MIT)",
    "plover_dev": "bench/plover/dev.jsonl (openeventdata/PLOVER @ 5e0c24fb, CC BY-SA 4.0)",
    "cameo_verbs": "CAMEO.2.0.txt + CAMEO.verbpatterns.150430.txt (openeventdata/petrarch2 @ 676801cd, MIT)",
    "cameo2plover": "CAMEO2PLOVER-2021.txt (openeventdata/PLOVER @ 5e0c24fb, CC BY-SA 4.0)",
    "agents": "PLOVER_agents.txt (ahalterman/NGEC-2025 @ a3909e2a, MIT)",
    "hand_lexicon": "src/dossier/nlp/data/triggers.yaml (dossier)",
}


CURVES = ("ecb_train", "synthetic", "pooled")


def train(shared: Path = SHARED, annotations: Path = ANNOTATIONS, out: Path = DATA, *, cv: bool = True,
          log=print) -> dict[str, Any]:
    from dossier.nlp import load

    nlp = load()
    corpus = build_corpus(nlp, shared, annotations, log=log)
    lex = corpus.lexicon()
    meta: dict[str, Any] = {"trained": time.strftime("%Y-%m-%d"), "code_commit": git_commit(), "counts": corpus.counts,
                            "sources": SOURCES, "annotation_files": sorted(p.name for p in annotations.glob("*.jsonl")),
                            "hyperparameters": {"C_type": C_TYPE, "C_background": C_BACKGROUND,
                                                "min_feature_count": MIN_FEATURE_COUNT, "folds": FOLDS,
                                                "headline_weight": HEADLINE_WEIGHT, "plover_weight": PLOVER_WEIGHT,
                                                "synthetic_annotation_weight": SYNANN_WEIGHT,
                                                "target_precision": TARGET_PRECISION}}
    if cv:
        res = cross_validate(corpus, log=log)
        losses = res.pop("ecb_train_losses")
        res["ecb_train_losses"] = {th: {k: v for k, v in b.items() if k != "rows"} for th, b in losses.items()}
        meta["cross_validation"] = res
        meta["threshold"] = res["threshold"]
        log(json.dumps({k: v for k, v in res.items() if k not in CURVES}, indent=1))
        for name in CURVES:
            for row in res[name]:
                log(f"{name:9s} {row}")
    model = fit(corpus.examples, lex)
    event_lexicon.write(lex, out / "event_lexicon.json")
    model.save(out / "event_model.npz")
    meta["vocabulary"] = len(model.vocab)
    (out / "event_model.meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", "utf-8")
    event_lexicon.load.cache_clear()
    event_model.load.cache_clear()
    return meta


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Train dossier's event model from ../shared and data/annotations.")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    ap.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    ap.add_argument("--breakdown", type=Path, default=None,
                    help="only cross-validate and write where ECB+ train gold events are lost (JSONL rows) to this "
                         "file; the shipped model is left alone")
    args = ap.parse_args()
    if args.breakdown:
        breakdown(args.shared, args.annotations, args.breakdown)
        return
    train(args.shared, args.annotations, cv=not args.no_cv)


def breakdown(shared: Path, annotations: Path, out: Path, log=print) -> dict[str, Any]:
    from dossier.eval.event_losses import format_summary
    from dossier.nlp import load

    corpus = build_corpus(load(), shared, annotations, log=log)
    res = cross_validate(corpus, log=log)
    with out.open("w", encoding="utf-8") as fh:
        for th, b in res["ecb_train_losses"].items():
            log(format_summary(f"ECB+ train, cross-validated, threshold {th}", b))
            for r in b["rows"]:
                fh.write(json.dumps(dict(r, key=list(r["key"]), threshold=float(th))) + "\n")
    for name in CURVES:
        for row in res[name]:
            log(f"{name:9s} {row}")
    log(json.dumps({k: v for k, v in res.items() if k in ("threshold", "plover_dev")}))
    return res


if __name__ == "__main__":
    main()
