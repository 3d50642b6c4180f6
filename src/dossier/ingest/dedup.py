"""Syndication: near-duplicates and wire copies linked to one original report.

Exact copies share a content hash (the pipeline checks that first). Wire
copies (the same Reuters/AP/AFP text on several sites with different chrome,
a changed headline, an added paragraph) do not, so bodies are compared as
sets of word 5-shingles with MinHash, and datasketch's LSH index finds the
candidates without comparing every pair. Each signature is persisted as its
own row of the store's state table (written once, in the batch that adds it),
so that a later run links against what is stored and a batch never rewrites
the whole index.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from datasketch import MinHash, MinHashLSH

from dossier.records import Article

LEGACY_KEY = "ingest.syndication.v1"  # one JSON value holding every signature (before per-row state)
PREFIX = "syn:"
SCHEME = "affine32"  # stated, so stored signatures stay comparable across datasketch versions
NUM_PERM = 64
THRESHOLD = 0.6  # estimated Jaccard of word 5-shingles; wire copies with other chrome score 0.6-0.95
MIN_SHINGLES = 20  # shorter bodies share too little to tell a copy from a common phrase
SHINGLE = 5


@lru_cache(maxsize=1)
def _permutations():
    # drawn once: MinHash would draw the same seeded permutations again for every signature
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def signature(text: str) -> MinHash | None:
    words = re.findall(r"\w+", text.lower())
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))}
    if len(grams) < MIN_SHINGLES:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=_permutations())
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
        self._new: list[str] = []
        if store is not None:
            rows = dict(store.get_state(LEGACY_KEY) or {})
            rows.update({k[len(PREFIX):]: v for k, v in store.scan_states(PREFIX).items()})
            for aid, (values, root) in sorted(rows.items()):
                m = MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, scheme=SCHEME,
                            permutations=_permutations())
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
        self._new.append(article.id)
        if original:
            article.metadata["syndication_similarity"] = round(best_sim, 3)
        return original

    def save(self) -> None:
        """Persist the signatures added since the last save (call inside the batch's transaction)."""
        if self.store is None or not self._new:
            return
        self.store.put_states({PREFIX + aid: ([int(v) for v in self.sigs[aid].hashvalues], self.root[aid])
                               for aid in self._new})
        self._new = []
