"""Syndication: near-duplicates and wire copies linked to one original report.

Exact copies share a content hash (the pipeline checks that first). Wire
copies (the same Reuters/AP/AFP text on several sites with different chrome,
a changed headline, an added paragraph) do not, so bodies are compared as
sets of word 5-shingles with MinHash, and datasketch's LSH index finds the
candidates without comparing every pair. The index is persisted in the
store's state table so that a later run links against what is stored.
"""

from __future__ import annotations

import re
from typing import Any

from datasketch import MinHash, MinHashLSH

from dossier.records import Article

STATE_KEY = "ingest.syndication.v1"
SCHEME = "affine32"  # stated, so stored signatures stay comparable across datasketch versions
NUM_PERM = 64
THRESHOLD = 0.6  # estimated Jaccard of word 5-shingles; wire copies with other chrome score 0.6-0.95
MIN_SHINGLES = 20  # shorter bodies share too little to tell a copy from a common phrase
SHINGLE = 5


def signature(text: str) -> MinHash | None:
    words = re.findall(r"\w+", text.lower())
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))}
    if len(grams) < MIN_SHINGLES:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    m.update_batch([g.encode("utf-8") for g in grams])
    return m


class Syndication:
    """``check(article)`` -> id of the report it copies (or None), registering it for later items."""

    def __init__(self, store: Any = None, threshold: float = THRESHOLD) -> None:
        self.store = store
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.sigs: dict[str, MinHash] = {}
        self.root: dict[str, str] = {}  # id -> the original it copies (itself for originals)
        self._dirty = False
        state = store.get_state(STATE_KEY) if store is not None else None
        for aid, (values, root) in (state or {}).items():
            m = MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, scheme=SCHEME)
            self._add(aid, m, root)

    def _add(self, aid: str, m: MinHash, root: str) -> None:
        if aid in self.sigs:
            return
        self.lsh.insert(aid, m)
        self.sigs[aid] = m
        self.root[aid] = root

    def check(self, article: Article) -> str | None:
        if article.id in self.sigs:  # seen before: same answer as then
            root = self.root[article.id]
            return None if root == article.id else root
        m = signature(article.text)
        if m is None:
            return None
        best, best_sim = None, 0.0
        for cand in self.lsh.query(m):
            sim = m.jaccard(self.sigs[cand])
            if sim >= self.threshold and (sim > best_sim or (sim == best_sim and str(cand) < str(best))):
                best, best_sim = cand, sim
        original = self.root.get(best, best) if best else None
        self._add(article.id, m, original or article.id)
        self._dirty = True
        if original:
            article.metadata["syndication_similarity"] = round(best_sim, 3)
        return original

    def save(self) -> None:
        if self.store is None or not self._dirty:
            return
        self.store.put_state(STATE_KEY, {aid: ([int(v) for v in m.hashvalues], self.root[aid])
                                         for aid, m in self.sigs.items()})
        self._dirty = False
