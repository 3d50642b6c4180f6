"""Which PLOVER event types a sentence reports: a fine-tuned MiniLM run with ONNX Runtime (no torch at run time).

An EXPERIMENT beside the per-candidate event model (``event_model.py``), measured and NOT adopted (docs/EVENTS.md,
"Sentence model experiment"): no pipeline stage imports this module. The idea was that a small transformer
reading the whole sentence would find events whose words the trigger lexicon does not know. It answers one
multi-label question: for each of the 16 PLOVER types, the probability that the sentence reports an event of
that type, plus one output for "reports any event". On ECB+ PLOVER dev it reached precision 0.80 only at
recall 0.28 (int8), below the per-candidate model's 0.42 at the same precision, and adding it to that model
raised recall by 0.02 at most, so it did not pay for its 77 ms per article.

The network is all-MiniLM-L6-v2 (6 layers, 384 wide; Apache-2.0, Microsoft / sentence-transformers) with a
linear head over the mean of its token vectors, fine-tuned by ``sentence_model_train.py``, exported to ONNX and
quantised to int8 (weights only, activations quantised on the fly). Run time would need ``onnxruntime`` and
``tokenizers`` (the model's own ``tokenizer.json``, read from a file), both PyPI wheels without torch; neither
is a dependency of dossier. The sigmoid is inside the exported graph, so outputs are probabilities.

Cost: a transformer pass per sentence, so sentences are batched by length (little padding) and the session runs
on ``threads`` intra-op threads (default 1: dossier parallelises over articles, not inside one).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TYPES = ("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
         "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN")
ANY = "ANY"
OUTPUTS = TYPES + (ANY,)
DATA = Path(__file__).resolve().parent / "data"
MODEL_FILE = "sentence_model.int8.onnx"
TOKENIZER_FILE = "sentence_model.tokenizer.json"
META_FILE = "sentence_model.meta.json"
MODEL_DIR_ENV = "DOSSIER_SENTENCE_MODEL_DIR"
# longer sentences are cut: the events of a news sentence are said in its first hundred word pieces, and
# attention cost grows with the square of the length
MAX_TOKENS = 128
BATCH = 16


@dataclass(frozen=True)
class SentenceTypes:
    """One sentence's probabilities: ``types`` per PLOVER type and ``any_event``."""

    types: dict[str, float]
    any_event: float

    def above(self, threshold: float) -> list[str]:
        return [t for t, p in self.types.items() if p >= threshold]


class SentenceEventModel:
    """An ONNX sentence typer: ``model_path`` (``.onnx``) and the tokenizer it was trained with."""

    def __init__(self, model_path: str | Path, tokenizer_path: str | Path, *, threads: int = 1,
                 max_tokens: int = MAX_TOKENS):
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:  # an optional model: say what is missing instead of a bare traceback
            raise ImportError("the sentence event model needs the PyPI packages onnxruntime and tokenizers") from exc
        model_path, tokenizer_path = Path(model_path), Path(tokenizer_path)
        for p in (model_path, tokenizer_path):
            if not p.is_file():
                raise FileNotFoundError(f"sentence event model file missing: {p}")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(model_path), opts, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.input_names = {i.name for i in self.session.get_inputs()}
        self.path = model_path

    def probabilities(self, sentences: list[str], batch: int = BATCH) -> np.ndarray:
        """``(len(sentences), 17)`` probabilities in the order of :data:`OUTPUTS`."""
        if not sentences:
            return np.zeros((0, len(OUTPUTS)), dtype=np.float32)
        return self.embeddings(sentences, batch)

    def embeddings(self, sentences: list[str], batch: int = BATCH) -> np.ndarray:
        """The graph's output per sentence, whatever its width (probabilities, or pooled vectors for an
        encoder-only graph), rows in the order of ``sentences``."""
        if not sentences:
            return np.zeros((0, 0), dtype=np.float32)
        out: np.ndarray | None = None
        encs = self.tokenizer.encode_batch([s or "" for s in sentences])
        order = sorted(range(len(encs)), key=lambda i: len(encs[i].ids))
        for b in range(0, len(order), batch):
            idx = order[b:b + batch]
            width = max(len(encs[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                n = len(encs[i].ids)
                ids[row, :n] = encs[i].ids
                mask[row, :n] = 1
            feeds = {"input_ids": ids, "attention_mask": mask}
            got = self.session.run(None, {k: v for k, v in feeds.items() if k in self.input_names})[0]
            if out is None:
                out = np.zeros((len(sentences), got.shape[1]), dtype=np.float32)
            out[idx] = got
        return out

    def predict(self, sentences: list[str]) -> list[SentenceTypes]:
        probs = self.probabilities(sentences)
        return [SentenceTypes({t: float(p[i]) for i, t in enumerate(TYPES)}, float(p[-1])) for p in probs]


def sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def model_dir() -> Path:
    return Path(os.environ.get(MODEL_DIR_ENV) or DATA)


def shipped_meta(folder: Path | None = None) -> dict:
    path = (folder or model_dir()) / META_FILE
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


_lock = threading.Lock()
_loaded: SentenceEventModel | None = None


def load(folder: Path | None = None, *, threads: int = 1) -> SentenceEventModel:
    """The shipped model (or ``$DOSSIER_SENTENCE_MODEL_DIR``'s), loaded once per process."""
    global _loaded
    with _lock:
        if _loaded is None or folder is not None:
            folder = folder or model_dir()
            model = SentenceEventModel(folder / MODEL_FILE, folder / TOKENIZER_FILE, threads=threads)
            if folder == model_dir():
                _loaded = model
            return model
        return _loaded
