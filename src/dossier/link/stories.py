"""Story assignment: which real-world event an article is about.

First version: greedy, incremental. An article joins the best-scoring story
among those active within a time window of its publication date (undated
articles look at every story), scoring word overlap (TF-IDF cosine over the
story's profile) plus shared resolved actors; otherwise it starts a story.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date, timedelta

from dossier.records import Analysis

WINDOW_DAYS = 7
THRESHOLD = 0.35
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
STOP = set("""the and for that with from this have has had was were are been its his her their they them said
will would could should about after before into than then there these those which while who whom what when where
also more most other some such only over under very just not but all any can may one two three first last new
year years month week day days time says told according""".split())


def terms(text: str) -> Counter:
    return Counter(w.lower() for w in _WORD.findall(text) if w.lower() not in STOP)


def actor_keys(analysis: Analysis) -> set[str]:
    """Specific actors (people, organisations) weigh; countries are too common to tell stories apart."""
    keys = set()
    for m in analysis.mentions:
        if m.actor_id and m.label in ("PERSON", "ORG"):
            keys.add(m.actor_id)
    return keys


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def weighted(tf: Counter, df: dict[str, int], n_docs: int) -> dict[str, float]:
    return {t: (1 + math.log(c)) * math.log((n_docs + 1) / (df.get(t, 0) + 1)) for t, c in tf.items()}


def window(published: str | None) -> tuple[str | None, str | None]:
    if not published:
        return None, None
    d = date.fromisoformat(published[:10])
    return (d - timedelta(days=WINDOW_DAYS)).isoformat(), (d + timedelta(days=WINDOW_DAYS)).isoformat()


def score(article_terms: dict[str, float], article_actors: set[str], profile_terms: dict[str, float],
          profile_actors: set[str]) -> float:
    text = cosine(article_terms, profile_terms)
    shared = article_actors & profile_actors
    union = article_actors | profile_actors
    actors = len(shared) / len(union) if union else 0.0
    return 0.7 * text + 0.3 * actors
