"""A learned check that a discovered actor is what dossier says it is (issue 17: "right in kind and name").

Analysts judged every named non-place actor dossier found in eleven sets of real news it was not developed on
(``scripts/heldout``: about 2 100 canonical actors, 15% wrong in kind or name: "Jim Hollander/UPI" as a person,
"Oval Office" or "Newsroom" as organisations, "Petersburg International Economic Forum" as a person). Rules read
from such verdicts fixed the sets they were read on and moved no fresh set, while the verdicts themselves separate
right from wrong well: a logistic regression over what dossier knows of an actor in one article, scored leaving
one set out, ranks a wrong actor above a right one 87% of the time (AUC). So the verdicts train a model instead
of more rules.

Features of one discovered actor in one article (:func:`context_features`, :func:`span_features`):
- its longest mention as a span: the actor-ness model's features (head word, shape, first and last words, NER
  label, governing word, the pipeline's contextual vector; ``nlp/actor_model.py``);
- what resolution made of it: kind, whether a country and a sector were found and how (the evidence's kind), a
  role split from the name, how many times and in how many spellings the article names it, whether every
  mention sits on a short line or a line with no full stop (captions, credits, page furniture), quotes, the
  name's shape (words, lower-case words, digits, slashes).

The span part needs the parse, which only the workers have, and resolution runs in the main process, so the
model is linear and split: the workers add each mention's share of the score (``Mention.span_score``) and the
resolver adds the rest (:meth:`ActorCheck.p_wrong`). Known actors (the knowledge base) are never checked: 87 of
3 219 were judged wrong.

A discovered actor whose probability of being wrong reaches the threshold is not kept as an actor in that
article: its mentions stay in the text's analysis with no actor, so no event names it. The threshold is the
lowest whose out-of-set precision (share of the dropped that the analysts had judged wrong) is at least
``PRECISION`` (0.7) with 95% confidence: every right actor lost buys at least two wrong ones. ``actor_check_train.py`` (``make
train-actor-check``) fits it from the verdicts and texts kept outside the repository (``../annot``,
``../realnews``: third-party text, never committed); only weights and figures are shipped
(``data/actor_check.npz``, ``data/actor_check.meta.json``).

Hand-written inference (a dot product over named features) because the weights are plain arrays loaded without
pickle, as the other models in ``nlp/data``.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from typing import Any, Iterable

import numpy as np

from dossier.nlp import actor_model

PRECISION = 0.7
SPAN_PREFIX = "m_"
# which name it is (its head, first and last words) is left out: a model that learns "Khan" or "Huawei" from one
# set's verdicts learns those sets' actors, not what makes an actor wrong
NAME_FEATURES = tuple(SPAN_PREFIX + p for p in ("h:", "hl:", "first:", "last:"))
EARLY_TEXT, EARLY_SHARE = 800, 0.1
_ENDED = (".", '"', "\u201d", "?", "!", "'", "\u2019")
_CREDIT = re.compile(r"(?i)\b(photo|photograph|credit|image|getty|pictured|caption|file|reporting by|reported from|"
                     r"editing by|writing by|contributed)\b")
_CAP_BEFORE = re.compile(r"(?<![.!?:;\n])\b[A-Z][\w'\u2019-]*\s$")
_CAP_AFTER = re.compile(r"\s[A-Z][\w'\u2019-]*")
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
_ODD = re.compile(r"[/@|:#=\[\]]")
_EVIDENCE_KIND = re.compile(r"[:\s(]")


def span_features(span: Any, tensor: bool = True) -> dict[str, float]:
    """The actor-ness model's features of one mention, prefixed to keep them apart from the context's (without
    the contextual vector when ``tensor`` is False)."""
    return {k: v for k, v in ((SPAN_PREFIX + k, v) for k, v in actor_model.features(span, tensor).items())
            if not k.startswith(NAME_FEATURES)}


def _line_of(text: str, start: int, end: int) -> str:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return text[ls:len(text) if le < 0 else le]


def context_features(actor: Any, mentions: list[Any], text: str,
                     participants: list[tuple[int, int]] = ()) -> dict[str, float]:
    """What resolution made of one actor in one article (``mentions``: its mentions there, all resolved to it;
    ``participants``: the spans the article's events name as doers or recipients)."""
    f: dict[str, float] = {"kind:" + actor.kind: 1.0, "ck:%s:%s" % (actor.kind, actor.country is not None): 1.0}
    if actor.country is not None:
        f["country"] = 1.0
    if actor.sector is not None:
        f["sector"] = 1.0
    f["nment"] = min(len(mentions), 5) / 5
    f["nforms"] = min(len({m.text for m in mentions}), 4) / 4
    if any(m.role for m in mentions):
        f["role"] = 1.0
    for m in mentions:
        f["lab:" + m.label] = 1.0
        if m.evidence:
            f["ev:" + _EVIDENCE_KIND.split(m.evidence, 1)[0]] = 1.0
    if len(text) >= EARLY_TEXT and min(m.start for m in mentions) < EARLY_SHARE * len(text):
        f["early"] = 1.0  # the top of a page: headline, bylines, captions (a one-paragraph item has no top)
    if len(text) >= EARLY_TEXT and min(m.start for m in mentions) > (1 - EARLY_SHARE) * len(text):
        f["late"] = 1.0  # its foot: credits, "X reported from Y", links to other stories
    if any(s < m.end and m.start < e for m in mentions for s, e in participants):
        f["participant"] = 1.0
    lines = [_line_of(text, m.start, m.end) for m in mentions]
    if all(len(x.split()) <= 8 for x in lines):
        f["shortline"] = 1.0
    if all(not x.rstrip().endswith(_ENDED) for x in lines):
        f["noend"] = 1.0
    words = actor.name.split()
    f["ntok:%d" % min(len(words), 5)] = 1.0
    if any(w[:1].islower() for w in words):
        f["lowerword"] = 1.0
    if any(c.isdigit() for c in actor.name):
        f["digit"] = 1.0
    if _ODD.search(actor.name):
        f["odd"] = 1.0
    if any(text.count("\u201c", 0, m.start) > text.count("\u201d", 0, m.start) for m in mentions):
        f["quote"] = 1.0
    # page furniture and cut names, whatever the name: a credit or byline line, a slash beside the name, a
    # capitalised word running on before or after it, words glued together, the name's last word in lower case
    # elsewhere in the text ("media", "movement")
    if any(_CREDIT.search(x) for x in lines):
        f["credit_line"] = 1.0
    if any(x.lstrip().lower().startswith("by ") for x in lines):
        f["by_line"] = 1.0
    if any("/" in text[max(0, m.start - 3):m.start] or "/" in text[m.end:m.end + 3] for m in mentions):
        f["slash_near"] = 1.0
    if all(_CAP_BEFORE.search(text[max(0, m.start - 30):m.start]) for m in mentions):
        f["cap_before"] = 1.0
    if all(_CAP_AFTER.match(text[m.end:m.end + 30]) for m in mentions):
        f["cap_after"] = 1.0
    if _GLUED.search(actor.name):
        f["glued"] = 1.0
    last = words[-1].lower() if words else ""
    if len(last) > 2 and re.search(r"\b" + re.escape(last) + r"\b", text):
        f["lower_elsewhere"] = 1.0
    return f


def longest(mentions: Iterable[Any]) -> Any:
    return max(mentions, key=lambda m: (m.end - m.start, -m.start))


class ActorCheck:
    def __init__(self, names: list[str], w: np.ndarray, b: float, threshold: float):
        self.index = {n: i for i, n in enumerate(names)}
        self.w, self.b, self.threshold = w.astype(np.float64), float(b), threshold
        # the contextual vector's weights as one array: a dot product instead of 96 named look-ups a mention
        self.w_vector = np.array([self.w[self.index[k]] if (k := f"{SPAN_PREFIX}V{i}") in self.index else 0.0
                                  for i in range(actor_model.TENSOR_WIDTH)]) * actor_model.TENSOR_SCALE

    def score(self, feats: dict[str, float]) -> float:
        s = 0.0
        for name, v in feats.items():
            i = self.index.get(name)
            if i is not None:
                s += self.w[i] * v
        return s

    def span_score(self, span: Any) -> float:
        """One mention's share of the score (the workers store it on the mention)."""
        s = self.score(span_features(span, tensor=False))
        vector = actor_model.head_vector(span)
        if vector is not None:
            s += float(np.dot(self.w_vector, vector))
        return round(float(s), 5)

    def p_wrong(self, actor: Any, mentions: list[Any], text: str,
                participants: list[tuple[int, int]] = ()) -> float | None:
        """P(the analysts would judge this actor wrong in kind or name); None when its mentions were analysed
        without the model (an older store)."""
        span = longest(mentions).span_score
        if span is None:
            return None
        z = self.b + span + self.score(context_features(actor, mentions, text, participants))
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def load() -> ActorCheck | None:
    try:
        with actor_model.data_file("actor_check.npz").open("rb") as fh, np.load(fh, allow_pickle=False) as z:
            names, w, b = [str(n) for n in z["names"]], z["w"], float(z["b"])
        meta = json.loads(actor_model.data_file("actor_check.meta.json").read_text("utf-8"))
    except (FileNotFoundError, KeyError, ValueError):
        return None
    if meta.get("threshold") is None:
        return None
    return ActorCheck(names, w, b, float(meta["threshold"]))
