"""Syndication: near-duplicates and wire copies linked to one original report.

Exact copies share a content hash (the pipeline checks that first). Wire
copies (the same Reuters/AP/AFP text on several sites with different chrome,
a changed headline, an added paragraph) do not, so bodies are compared as
sets of word 5-shingles with MinHash, and datasketch's LSH index finds the
candidates without comparing every pair.

A copy runs within days of its original, so signatures are filed by
publication day (the store's ``signatures`` table, written once, in the batch
that adds them) and an article is compared only with the reports published
``window_days`` either side of it, plus the undated ones. Each day has its own
LSH index, read from the store the first time a batch needs it; at most
``cached_days`` days stay in memory (a ``cachetools.LRUCache``), and a day
holding signatures not yet saved is kept beside the cache until the batch's
save, so eviction never loses one. Memory
and the number of candidates per article therefore follow the feed's daily
volume, not the archive's size: holding every signature of the corpus in one
index cost ~3 kB per stored article and, on template-heavy text, a candidate
list that grew with the store. The price: a copy published more than
``window_days`` from its original is not recognised as one.

A copy points at the *original* (the root) of the report it matches, and that
original must itself lie within ``window_days`` of the copy (or be undated): a
match whose root lies further away is not taken. Otherwise a template-heavy
feed chains copies across time: each copy matches last week's copy, inherits
its root, and a whole year of reports ends up marked as copies of one article
of its first day (17 614 of the bench's 100 000 articles over 17 months). An undated
article is compared with every day in memory (the recent feed) and the
undated reports. (Signatures kept in state rows by earlier releases are
moved into ``signatures`` by the store's schema migration.)
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from cachetools import LRUCache
from datasketch import MinHash, MinHashLSH

from dossier.records import Article

SCHEME = "affine32"  # stated, so stored signatures stay comparable across datasketch versions
NUM_PERM = 64
THRESHOLD = 0.6  # estimated Jaccard of word 5-shingles; wire copies with other chrome score 0.6-0.95
MIN_SHINGLES = 20  # shorter bodies share too little to tell a copy from a common phrase
SHINGLE = 5
WINDOW_DAYS = 7
CACHED_DAYS = 60
UNDATED = "undated"


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


def _minhash(values: list[int]) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, scheme=SCHEME, permutations=_permutations())


def day_of(article: Article) -> str:
    """The day an article's signature is filed under: its publication day, or ``undated``."""
    p = article.published
    if p and len(p) >= 10:
        try:
            return date.fromisoformat(p[:10]).isoformat()
        except ValueError:
            pass
    return UNDATED


class _Day:
    """The signatures of one publication day and their LSH index."""

    __slots__ = ("lsh", "sigs", "root")

    def __init__(self, threshold: float) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.sigs: dict[str, MinHash] = {}
        self.root: dict[str, str] = {}  # id -> the original it copies (itself for originals)

    def add(self, aid: str, m: MinHash, root: str) -> None:
        if aid not in self.sigs:
            self.lsh.insert(aid, m)
            self.sigs[aid] = m
            self.root[aid] = root


class Syndication:
    """``check(article)`` -> id of the report it copies (or None), registering it for later items."""

    def __init__(self, store: Any = None, threshold: float = THRESHOLD, *, window_days: int = WINDOW_DAYS,
                 cached_days: int = CACHED_DAYS) -> None:
        self.store = store
        self.threshold = threshold
        self.window_days = window_days
        # without a store nothing could be read back, so nothing is forgotten
        forget = store is not None and cached_days > 0
        self._days: LRUCache | dict[str, _Day] = LRUCache(maxsize=cached_days) if forget else {}
        self._unsaved: dict[str, _Day] = {}  # days holding signatures not yet saved: never forgotten
        self._new: dict[str, str] = {}  # article id -> day, not yet saved

    # -- days ------------------------------------------------------------------------
    def _load(self, days: list[str]) -> dict[str, _Day]:
        """The days asked for, from memory or the store (the check holds them: the cache may drop them)."""
        out: dict[str, _Day] = {}
        for d in days:
            day = self._unsaved.get(d) or self._days.get(d)
            if day is not None:
                self._days[d] = out[d] = day  # most recently used
        missing = [d for d in days if d not in out]
        if missing:
            found = self.store.signatures_on(missing) if self.store is not None else {}
            fresh = {d: _Day(self.threshold) for d in missing}
            for aid, (day, (values, root)) in sorted(found.items()):
                fresh[day].add(aid, _minhash(values), root)
            for d, day in fresh.items():
                self._days[d] = out[d] = day
        return {d: out[d] for d in days}

    def _window(self, day: str) -> list[str]:
        if day == UNDATED:  # the days in memory, the undated among them once
            return list(dict.fromkeys([*self._days, *self._unsaved, UNDATED]))
        d = date.fromisoformat(day)
        return [(d + timedelta(days=k)).isoformat() for k in range(-self.window_days, self.window_days + 1)] + [UNDATED]

    # -- the check -------------------------------------------------------------------
    def check(self, article: Article) -> str | None:
        day = day_of(article)
        days = self._load(self._window(day))
        home = days[day]
        if article.id in home.sigs:  # seen before: same answer as then
            root = home.root[article.id]
            return None if root == article.id else root
        m = signature(article.text)
        if m is None:
            return None
        best, best_sim, best_root = None, 0.0, None
        for bucket in days.values():
            for cand in bucket.lsh.query(m):
                root = bucket.root.get(cand, cand)
                if not any(root in d.sigs for d in days.values()):
                    continue  # the match copies a report outside this article's window
                sim = m.jaccard(bucket.sigs[cand])
                if sim >= self.threshold and (sim > best_sim or (sim == best_sim and str(cand) < str(best))):
                    best, best_sim, best_root = cand, sim, root
        original = best_root if best else None
        home.add(article.id, m, original or article.id)
        self._unsaved[day] = home
        self._new[article.id] = day
        if original:
            article.metadata["syndication_similarity"] = round(best_sim, 3)
        return original

    def save(self) -> None:
        """Persist the signatures added since the last save (call inside the batch's transaction)."""
        if self.store is not None and self._new:
            self.store.put_signatures({
                aid: (day, ([int(v) for v in self._unsaved[day].sigs[aid].hashvalues],
                            self._unsaved[day].root[aid]))
                for aid, day in self._new.items()})
            self._new = {}
        if self.store is not None:
            self._unsaved.clear()
