"""Incremental linking: new analyses in, stories, events and disagreements updated in the store.

Per-article cost must not grow with the store, so nothing here scans stories:

* **document frequencies** of terms and actors live in the store's ``counters``
  table, loaded once and then written row by row for the keys a batch changed;
* **blocking**: each story is indexed under the MinHash-LSH band keys of its
  articles (:func:`~dossier.link.stories.lsh_keys`) and under its specific
  actors and headline focus; each index entry keeps only the most recent
  stories, and an article's candidates are the stories that share the most
  index keys with it (at most ``MAX_CANDIDATES``);
* **story profiles** (top terms with their norm, actors, focus, event
  signatures, dates) are what candidates are scored against; the article ->
  story map answers "which story holds the report this wire copy copies";
* **stories close** ``STORY_DAYS`` after their first report: later reports on the
  same actors start a new story in the same thread, which also bounds how many
  articles a story's re-merge has to read;
* **events** of a touched story are re-merged from its articles, which come
  from an in-memory cache of recent analyses before the store; with
  ``rebuild_every`` > 1 (the pipeline's setting) a story touched by several
  consecutive batches is re-merged once for them, its membership written at
  once and the waiting story ids kept in the state table, so that a crash
  loses no rebuild (the next run's first batch or :meth:`Linker.flush` does it);
  with ``rebuild_growth`` = g > 0 a waiting story is re-merged only once it has
  grown by a g-th of its size since its last re-merge (and at
  :meth:`Linker.flush`): re-merging reads every article of the story, so
  re-merging a story of s articles after every batch that touches it costs
  O(s) per batch and a big story's cost grows without bound; re-merging after
  s/g new articles costs O(g) per article whatever the story's size. (A 20 000
  article bench spent 75 ms/article in the linker without it.)

Profiles, index entries and the article -> story map are rows of the store's
``state`` table written in the batch's transaction. The in-memory caches are
dropped whenever another process has linked into the same store since this
linker last wrote (a generation token in the state table tells).
"""

from __future__ import annotations

import math
import uuid
from collections import Counter, OrderedDict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from dossier.link.disagreements import find_disagreements
from dossier.link.events import merge_story_events
from dossier.link.stories import (
    THREAD_DAYS,
    SCORING,
    THREAD_THRESHOLD,
    Scoring,
    actor_keys,
    article_terms,
    blocking_features,
    cosine,
    days_apart,
    event_signatures,
    focus_keys,
    lsh_keys,
    score,
    weighted,
)
from dossier.link.summary import story_title, summarise, what_happened, who_is_cited
from dossier.records import Analysis, Story, stable_id
from dossier.store.base import SQLStore

PROFILE_TERMS = 300
ARTICLE_TERMS = 100  # an article is scored by its strongest terms: the long tail moves no cosine much
BUCKET_STORIES = 50  # most recent stories kept per LSH band key
INDEX_STORIES = 20  # most recent stories kept per actor / focus key
STORY_DAYS = 10  # a story is one occurrence: reports more than this after its first start a new one
TERM_KEYS = 10  # an article is also indexed under its strongest terms
MAX_CANDIDATES = 24  # stories sharing the most keys with an article are scored, the rest not
GEN_KEY = "link:gen"
PENDING_KEY = "link:pending"
# what an ingest run uses: events re-merged every 8 batches, a story once it has grown by an eighth
REBUILD_EVERY = 8
REBUILD_GROWTH = 8
LEAD_DAY_SLACK = 3  # days before publication an article's lead event may lie and still be its news


class _LRU(OrderedDict):
    """A dict that forgets its least recently used entries beyond ``limit``."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def get(self, key: Any, default: Any = None) -> Any:
        if key in self:
            self.move_to_end(key)
            return self[key]
        return default

    def put(self, key: Any, value: Any) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.limit:
            self.popitem(last=False)


def _lead_day(an: Analysis) -> str | None:
    """The calendar day of the article's first precisely dated event: when the reported thing happened.

    In a dated report, only a day from ``LEAD_DAY_SLACK`` days before publication to the day after
    counts: an earlier one is background the report recalls ("after the strike of April 1")."""
    published = an.article.published
    for em in sorted(an.events, key=lambda e: e.trigger_start):
        if em.date_source == "timex" and em.date and len(em.date) == 10 and em.date[4] == "-":
            if published:
                day, gap = em.date[:10], days_apart(em.date, published)
                if gap is None or (day < published[:10] and gap > LEAD_DAY_SLACK) or day > _next_day(published):
                    continue
            return em.date
    return None


def _next_day(published: str) -> str:
    try:
        return (date.fromisoformat(published[:10]) + timedelta(days=1)).isoformat()
    except ValueError:
        return published[:10]


def _same_occurrence(feats: dict, prof: dict) -> bool:
    """Days apart by more than the reporting slack are two occurrences (departure, then talks days later)."""
    day, days = feats.get("day"), prof.get("days") or []
    if not day or not days:
        return True
    d = date.fromisoformat(day)
    return min(abs((d - date.fromisoformat(x)).days) for x in days) <= 2


def _top(vec: dict[str, float], k: int) -> dict[str, float]:
    if len(vec) <= k:
        return vec
    return dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:k])


def _norm(vec: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vec.values()))


def _with_defaults(prof: dict) -> dict:
    for k in ("terms", "actors"):
        prof.setdefault(k, {})
    for k in ("focus", "events"):
        prof.setdefault(k, [])
    prof.setdefault("last", None)
    prof.setdefault("first", prof["last"])
    if "terms_norm" not in prof:
        prof["terms_norm"] = _norm(prof["terms"])
        prof["actors_norm"] = _norm(prof["actors"])
    return prof


def _compatible_range(art, prof: dict) -> bool:
    """An undated article whose date is known to lie in a range (ingest's inference) joins no story outside it."""
    if art.published or not art.published_range:
        return True
    lo, hi = art.published_range
    first, last = prof.get("first"), prof.get("last")
    if not first or not last:
        return True
    slack = timedelta(days=7)  # the story window
    return not (date.fromisoformat(last[:10]) < date.fromisoformat(lo[:10]) - slack
                or date.fromisoformat(first[:10]) > date.fromisoformat(hi[:10]) + slack)


def index_keys(feats: dict) -> list[str]:
    """The blocking keys of an article: LSH bands of its strongest features, its strongest terms
    themselves (LSH alone missed stories whose reports share a third of their top terms), its actors,
    its focus."""
    keys = lsh_keys(blocking_features(feats))
    keys += [f"t:{t}" for t, _ in sorted(feats["terms"].items(), key=lambda kv: (-kv[1], kv[0]))[:TERM_KEYS]]
    keys += [f"a:{a}" for a in sorted(feats["actors"])]
    keys += [f"f:{f}" for f in feats["focus"]]
    return keys


class Linker:
    """Places new analyses into stories; keep one per ingest run so its caches pay off."""

    def __init__(self, store: SQLStore, *, cached_analyses: int = 2000, rebuild_every: int = 1,
                 rebuild_growth: int = 0, scoring: Scoring = SCORING) -> None:
        """``rebuild_every``: re-merge the events of touched stories every that many batches (and at
        :meth:`flush`); in between, stories gain their articles at once and their events later.
        ``rebuild_growth``: when > 0, only stories grown by that fraction of their size are re-merged
        then (the others at a later turn or at :meth:`flush`); see the module docstring."""
        self.store = store
        self.scoring = scoring
        self.cached_analyses = cached_analyses
        self.rebuild_every = max(1, rebuild_every)
        self.rebuild_growth = max(0, rebuild_growth)
        self._grown: Counter = Counter()  # story id -> articles added since its last re-merge
        self._gen: str | None = None
        self._pending: set[str] | None = None  # stories whose events wait for a rebuild
        self._batches = 0
        self._reset()

    def _reset(self) -> None:
        self._counts: dict[str, int] | None = None
        self._index = _LRU(200_000)
        self._profiles = _LRU(50_000)
        self._stories = _LRU(5_000)
        self._story_of = _LRU(100_000)
        self._analyses = _LRU(self.cached_analyses)

    # -- state -----------------------------------------------------------------
    def _load_counts(self) -> dict[str, int]:
        if self._counts is None:
            self._counts = self.store.get_counters()
        return self._counts

    def _fetch(self, prefix: str, keys: list[str], cache: _LRU, default: Any) -> None:
        missing = []
        for k in dict.fromkeys(keys):
            if k in cache:
                cache.move_to_end(k)  # in use by this batch: the puts below must not evict it
            else:
                missing.append(k)
        if missing:
            found = self.store.get_states(prefix + k for k in missing)
            for k in missing:
                cache.put(k, found.get(prefix + k, default() if callable(default) else default))

    # -- the batch ----------------------------------------------------------------
    def update(self, analyses: Sequence[Analysis]) -> list[str]:
        """Assign each new article to a story; rebuild the events of every touched story."""
        if self.store.get_state(GEN_KEY) != self._gen:
            self._reset()  # someone else linked into this store: what we remember may be stale
            self._pending = None
            self._grown.clear()
        counts = self._load_counts()
        changed: dict[str, int] = {}

        def bump(key: str) -> None:
            counts[key] = changed[key] = counts.get(key, 0) + 1

        feats_of: dict[str, dict] = {}
        for an in analyses:
            if an.article.duplicate_of is None:
                terms, actors = article_terms(an), actor_keys(an)
                for t in terms:
                    bump(f"t:{t}")
                for a in actors:
                    bump(f"a:{a}")
                bump("n")
                feats_of[an.article.id] = {"terms": terms, "actors": actors}
        n_docs = counts.get("n", 0)
        df = _Prefixed(counts, "t:")
        adf = _Prefixed(counts, "a:")

        touched: dict[str, Story] = {}
        dirty_profiles: set[str] = set()
        dirty_index: set[str] = set()
        assigned: dict[str, str] = {}
        ordered = sorted(analyses, key=lambda a: (a.article.published is None, a.article.published or "", a.article.id))
        # features and blocking keys first, so that the batch's index rows and profiles come in one query each
        prepared: list[tuple[Analysis, dict | None, list[str]]] = []
        copies = [an.article.duplicate_of for an in ordered if an.article.duplicate_of]
        self._fetch("link:art:", copies, self._story_of, None)
        for an in ordered:
            raw = feats_of.get(an.article.id)
            if raw is None:  # a wire copy: it joins its original's story, or is placed like a report of its own
                raw = {"terms": article_terms(an), "actors": actor_keys(an)}
            feats = {
                "terms": _top(weighted(raw["terms"], df, n_docs), ARTICLE_TERMS),
                "actors": weighted(raw["actors"], adf, n_docs),
                "focus": sorted(focus_keys(an)),
                "events": sorted(event_signatures(an)),
                "date": an.article.published,
                "day": _lead_day(an),
                "embedding": an.embedding,
            }
            feats["terms_norm"], feats["actors_norm"] = _norm(feats["terms"]), _norm(feats["actors"])
            prepared.append((an, feats, index_keys(feats)))
        self._fetch("link:idx:", [k for _, _, keys in prepared for k in keys], self._index, list)

        for an, feats, keys in prepared:
            art = an.article
            story = self._story(self._story_of.get(art.duplicate_of), touched) if art.duplicate_of else None
            if story is None:
                story = self._place(an, feats, keys, touched)
                self._merge_profile(story.id, feats)
                dirty_profiles.add(story.id)
                for k in keys:
                    bucket = self._index.get(k)
                    if story.id in bucket:
                        bucket.remove(story.id)
                    bucket.append(story.id)
                    del bucket[:-(INDEX_STORIES if k.startswith(("a:", "f:")) else BUCKET_STORIES)]
                    dirty_index.add(k)
            if art.id not in story.article_ids:
                story.article_ids.append(art.id)
            touched[story.id] = story
            self._story_of.put(art.id, story.id)
            assigned[art.id] = story.id
        for an in analyses:
            self._analyses.put(an.article.id, an)

        self._gen = uuid.uuid4().hex
        states: dict[str, Any] = {GEN_KEY: self._gen}
        states.update({f"link:story:{sid}": self._profiles.get(sid) for sid in dirty_profiles})
        states.update({f"link:idx:{k}": self._index.get(k) for k in dirty_index})
        states.update({f"link:art:{aid}": sid for aid, sid in assigned.items()})
        self._load_pending()
        self._pending.update(touched)
        self._grown.update(assigned.values())
        self._batches += 1
        due: list[str] = []
        if self._batches >= self.rebuild_every:
            self._batches = 0
            due = [sid for sid in sorted(self._pending) if self._due(sid, touched)]
        due_set = set(due)
        waiting = self._pending - due_set
        states[PENDING_KEY] = sorted(waiting)
        self.store.put_states(states)
        self.store.put_counters(changed)
        for story in touched.values():
            self._stories.put(story.id, story)
        if due:
            self._rebuild_ids(due, touched)
        self._pending = waiting
        unmerged = [s for sid, s in touched.items() if sid not in due_set]
        if unmerged:  # membership now, events at a later turn
            self.store.write_links(unmerged, [], [])
        return list(touched)

    def _load_pending(self) -> None:
        if self._pending is None:  # stories a crashed or unflushed run left without their events
            self._pending = set(self.store.get_state(PENDING_KEY) or [])

    def _due(self, story_id: str, touched: dict[str, Story]) -> bool:
        if not self.rebuild_growth or story_id not in self._grown:
            return True  # no growth rule, or a story left waiting by an earlier run
        story = self._story(story_id, touched)
        return story is None or self._grown[story_id] * self.rebuild_growth >= len(story.article_ids)

    def flush(self) -> None:
        """Re-merge the events of every story still waiting (call at the end of an ingest run)."""
        self._load_pending()
        if not self._pending:
            return
        with self.store.transaction():
            self._rebuild_ids(sorted(self._pending), {})
            self.store.put_state(PENDING_KEY, [])
        self._pending = set()
        self._batches = 0

    def _rebuild_ids(self, story_ids: list[str], touched: dict[str, Story]) -> None:
        stories = [s for s in (self._story(sid, touched) for sid in story_ids) if s is not None]
        self._rebuild(stories)
        for sid in story_ids:
            self._grown.pop(sid, None)

    def _place(self, an: Analysis, feats: dict, keys: list[str], touched: dict[str, Story]) -> Story:
        """The story the article joins, or a new one (in the thread of a recent story on the same actors)."""
        art = an.article
        votes: Counter = Counter()
        for k in keys:
            votes.update(self._index.get(k) or ())
        candidates = [sid for sid, _ in votes.most_common(MAX_CANDIDATES)]
        self._fetch("link:story:", candidates, self._profiles, dict)
        best, best_score, thread_of, thread_score = None, 0.0, None, THREAD_THRESHOLD
        for sid in candidates:
            prof = _with_defaults(self._profiles.get(sid))
            if not prof["terms"] and not prof["actors"]:
                continue
            if not _compatible_range(art, prof):
                continue
            span = days_apart(art.published, prof.get("first"))
            open_story = span is None or span <= STORY_DAYS
            sc = score(feats, prof, self.scoring) if open_story and _same_occurrence(feats, prof) else -1.0
            if sc > best_score or (sc == best_score and (best is None or sid < best)):
                best, best_score = sid, sc
            follow = cosine(feats["actors"], prof["actors"], feats["actors_norm"], prof["actors_norm"])
            gap = days_apart(art.published, prof.get("last"))
            if follow > thread_score and (gap is None or gap <= THREAD_DAYS):
                thread_of, thread_score = sid, follow
        if best is not None:
            story = self._story(best, touched)
            if story is not None:
                return story
        story = Story(id=stable_id("s", art.id), title=story_title([an]))
        if thread_of is not None:
            parent = self._story(thread_of, touched)
            if parent is not None:
                story.thread_id = parent.thread_id or parent.id
        return story

    def _story(self, story_id: str | None, touched: dict[str, Story]) -> Story | None:
        if story_id is None:
            return None
        if story_id in touched:
            return touched[story_id]
        story = self._stories.get(story_id)
        if story is None:
            story = self.store.get_story(story_id)
            if story is not None:
                self._stories.put(story_id, story)
        return story

    def _merge_profile(self, story_id: str, feats: dict) -> None:
        prof = self._profiles.get(story_id)
        if prof is None:
            self._fetch("link:story:", [story_id], self._profiles, dict)
            prof = self._profiles.get(story_id)
        prof = _with_defaults(prof)
        for key, limit in (("terms", PROFILE_TERMS), ("actors", 100)):
            merged = dict(prof[key])
            for t, w in feats[key].items():
                merged[t] = merged.get(t, 0.0) + w
            if len(merged) > limit:
                merged = _top(merged, limit)
            prof[key] = {t: round(w, 3) for t, w in merged.items()}  # 3 decimals: a fraction of the JSON
            prof[f"{key}_norm"] = _norm(prof[key])
        if feats.get("embedding"):
            # the centroid's direction is all cosine needs: keep the running sum
            old = prof.get("emb") or [0.0] * len(feats["embedding"])
            if len(old) == len(feats["embedding"]):
                prof["emb"] = [round(a + b, 4) for a, b in zip(old, feats["embedding"])]
        prof["focus"] = sorted(set(prof["focus"]) | set(feats["focus"]))
        prof["events"] = sorted(set(prof["events"]) | set(feats["events"]))[:200]
        if feats["date"] and (prof["last"] is None or feats["date"] > prof["last"]):
            prof["last"] = feats["date"]
        if feats.get("day") and feats["day"] not in prof.setdefault("days", []):
            prof["days"] = sorted(prof["days"] + [feats["day"]])[-20:]
        if feats["date"] and (prof.get("first") is None or feats["date"] < prof["first"]):
            prof["first"] = feats["date"]
        self._profiles.put(story_id, prof)

    def _analyses_of(self, stories: list[Story]) -> dict[str, Analysis]:
        wanted = [aid for s in stories for aid in s.article_ids]
        out = {aid: self._analyses.get(aid) for aid in wanted if aid in self._analyses}
        missing = [aid for aid in wanted if aid not in out]
        for an in self.store.iter_analyses(missing):
            out[an.article.id] = an
            self._analyses.put(an.article.id, an)
        return out

    def _rebuild(self, stories: list[Story]) -> None:
        all_events, all_dis = [], []
        by_id = self._analyses_of(stories)
        for story in stories:
            analyses = [by_id[aid] for aid in story.article_ids if aid in by_id]
            dates = sorted(a.article.published for a in analyses if a.article.published)
            story.first_published = dates[0] if dates else None
            story.last_published = dates[-1] if dates else None
            # every outlet that carried the story (wire copies too: events count them once);
            # an unnamed outlet is shown by where the text came from
            story.outlets = sorted({a.article.outlet or f"unknown outlet ({a.article.source.rsplit('/', 1)[-1]})"
                                    for a in analyses})
            story.title = story_title(analyses) or story.title
            events = merge_story_events(story.id, analyses)
            dis = find_disagreements(story.id, events, analyses)
            story.event_types = sorted({e.type for e in events})
            story.actor_ids = sorted({r.actor_id for e in events for r in e.actors + e.recipients if r.actor_id})
            story.summary = summarise(story, analyses, events)
            story.main_event, story.main_event_id = what_happened(story, events, analyses)
            story.cited = who_is_cited(events, analyses)
            all_events += events
            all_dis += dis
            self._stories.put(story.id, story)
        self.store.write_links(stories, all_events, all_dis, replace_story_links=[s.id for s in stories])


class _Prefixed:
    """A read-only view of the counters under one prefix, shaped like the dict ``weighted`` expects."""

    __slots__ = ("counts", "prefix")

    def __init__(self, counts: dict[str, int], prefix: str) -> None:
        self.counts, self.prefix = counts, prefix

    def get(self, key: str, default: int = 0) -> int:
        return self.counts.get(self.prefix + key, default)
