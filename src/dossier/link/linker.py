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
* **a window in time**: content keys (LSH bands, strongest terms) are read only
  within ``INDEX_DAYS`` of the article's date (its lead event's when undated) and
  are deleted from the store once a batch's earliest report lies that far past
  their latest filing; explicit keys (a specific actor, a headline focus) are
  read whatever their age. A story is joined only within ``STORY_DAYS`` of its
  first report and followed only within ``THREAD_DAYS`` of its last, and
  ``INDEX_DAYS`` is ``THREAD_DAYS``, so a dated report loses no story it could
  join; what linking reads, writes and caches of the index then follows the
  feed's volume over the window, not the archive's size (the 100 000-article
  bench store held 515 000 index entries without it). The price: a report that
  arrives after the ingest has moved more than the window past its date (a
  backfill behind newer news) finds its story only through an explicit key or
  the original of a wire copy; an undated report reads every key still stored;
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

A batch is linked in three steps: every article's features are computed once
into a :class:`~dossier.records.LinkFeatures` record
(:func:`~dossier.link.stories.link_features`: weighted terms and actors, focus,
event signatures, lead-event day, blocking keys), the state the batch needs is
read in one query per table, then each article is placed (scored against its
candidates' :class:`~dossier.records.StoryProfile`) and its story's profile and
index entries updated.

State lives in typed tables written in the batch's transaction: profiles in
``link_profiles``, index entries in ``link_index``, the stories waiting for a
re-merge in ``link_pending``; the article -> story map is the store's
``story_articles`` (which a batch writes anyway). The in-memory caches are
``cachetools.LRUCache`` maps, dropped whenever another process has linked into
the same store since this linker last wrote (a generation token in the
``state`` table tells).
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date, timedelta
from collections.abc import Iterable, Sequence
from typing import Any

from cachetools import Cache, LRUCache

from dossier.link.background import settle as settle_background
from dossier.link.disagreements import find_disagreements
from dossier.link.events import merge_story_events
from dossier.link.recollections import hold_recollections
from dossier.link.story_days import date_by_the_story
from dossier.link.stories import (
    SCORING,
    THREAD_DAYS,
    THREAD_THRESHOLD,
    WINDOW_DAYS,
    Scoring,
    actor_keys,
    article_terms,
    compatible_range,
    cosine,
    days_apart,
    link_features,
    merge_profile,
    same_occurrence,
    score,
)
from dossier.link.summary import story_title, summarise, what_happened, who_is_cited
from dossier.records import Analysis, LinkFeatures, Story, StoryProfile, stable_id
from dossier.store.base import SQLStore

BUCKET_STORIES = 50  # most recent stories kept per LSH band key
INDEX_STORIES = 20  # most recent stories kept per actor / focus key
# explicit keys (a specific actor, a headline focus) are read whatever their age; content keys (LSH bands,
# strongest terms) only within INDEX_DAYS of the article and are pruned once the linker has moved past that:
# a story is joined within STORY_DAYS of its first report and followed within THREAD_DAYS of its last
EXPLICIT_KEYS = ("a:", "f:")
INDEX_DAYS = THREAD_DAYS
SWEEP_DAYS = 7  # the cache is swept of pruned keys once the window has moved this far (a pass over it)
STORY_DAYS = 10  # a story is one occurrence: reports more than this after its first start a new one
MAX_CANDIDATES = 24  # stories sharing the most keys with an article are scored, the rest not
GEN_KEY = "link:gen"
# what an ingest run uses: events re-merged every 8 batches, a story once it has grown by an eighth
REBUILD_EVERY = 8
REBUILD_GROWTH = 8
FLUSH_ARTICLES = 1000  # about this many articles' analyses are held at once by one step of Linker.flush


def _touch(cache: LRUCache, keys: Iterable[Any]) -> list[Any]:
    """Mark the cached ``keys`` as just used (the batch is about to use them: loading the others must not
    evict them); return the keys not in the cache."""
    missing = []
    for k in dict.fromkeys(keys):
        if k in cache:
            cache[k] = cache[k]
        else:
            missing.append(k)
    return missing


class IndexEntry:
    """The stories filed under one index key (most recent last) and the day of the latest filing."""

    __slots__ = ("stories", "day")

    def __init__(self, stories: list[str] | None = None, day: str | None = None) -> None:
        self.stories = stories if stories is not None else []
        self.day = day


def _day_before(day: str | None, days: int) -> str | None:
    try:
        return (date.fromisoformat(day[:10]) - timedelta(days=days)).isoformat() if day else None
    except ValueError:
        return None


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
        self._pending: set[str] | None = None  # stories whose events wait for a rebuild (as stored)
        self._batches = 0
        self._reset()

    def _reset(self) -> None:
        self._counts: dict[str, int] | None = None
        self._index: LRUCache = LRUCache(200_000)  # index key -> IndexEntry
        self._profiles: LRUCache = LRUCache(50_000)  # story id -> StoryProfile
        self._stories: LRUCache = LRUCache(5_000)  # story id -> Story
        # article id -> story id: asked for the originals of wire copies, which lie within days of them
        self._story_of: LRUCache = LRUCache(20_000)
        self._analyses: LRUCache = LRUCache(self.cached_analyses)
        self._pruned_before: str | None = None  # content keys last filed before this day are gone from the store
        self._swept_before: str | None = None  # ... and from memory

    # -- state -----------------------------------------------------------------
    def _load_counts(self) -> dict[str, int]:
        if self._counts is None:
            self._counts = self.store.get_counters()
        return self._counts

    def _fetch_index(self, keys: Iterable[str]) -> None:
        missing = _touch(self._index, keys)
        if missing:
            found = self.store.index_entries(missing)
            for k in missing:
                stories, day = found.get(k, (None, None))
                self._index[k] = IndexEntry(stories, day)

    def _fetch_profiles(self, story_ids: Iterable[str]) -> None:
        missing = _touch(self._profiles, story_ids)
        if missing:
            found = self.store.get_profiles(missing)
            for sid in missing:
                self._profiles[sid] = found.get(sid) or StoryProfile()

    def _fetch_stories_of(self, article_ids: Iterable[str]) -> None:
        missing = _touch(self._story_of, article_ids)
        if missing:
            found = self.store.stories_of(missing)
            for aid in missing:
                self._story_of[aid] = found.get(aid)

    def _profile(self, story_id: str) -> StoryProfile:
        if story_id not in self._profiles:
            self._fetch_profiles([story_id])
        return self._profiles[story_id]

    # -- the batch ----------------------------------------------------------------
    def update(self, analyses: Sequence[Analysis]) -> list[str]:
        """Assign each new article to a story; rebuild the events of every touched story."""
        if self.store.get_state(GEN_KEY) != self._gen:
            self._reset()  # someone else linked into this store: what we remember may be stale
            self._pending = None
            self._grown.clear()
        ordered = sorted(analyses, key=lambda a: (a.article.published is None, a.article.published or "",
                                                  a.article.id))
        feats, changed_counts = self._features(ordered)
        # the state the batch reads, one query per table
        self._fetch_stories_of(an.article.duplicate_of for an in ordered if an.article.duplicate_of)
        self._fetch_index(k for f in feats for k in f.keys)

        touched: dict[str, Story] = {}
        dirty_profiles: set[str] = set()
        dirty_index: set[str] = set()
        assigned: dict[str, str] = {}
        for an, f in zip(ordered, feats):
            story = self._join_original(an, touched)
            if story is None:
                story = self._place(an, f, touched)
                merge_profile(self._profile(story.id), f)
                dirty_profiles.add(story.id)
                dirty_index.update(self._index_story(story.id, f.keys, self._filing_day(f, story.id)))
            if an.article.id not in story.article_ids:
                story.article_ids.append(an.article.id)
            touched[story.id] = story
            self._story_of[an.article.id] = story.id
            assigned[an.article.id] = story.id
        for an in analyses:
            self._analyses[an.article.id] = an
        self._save(touched, assigned, dirty_profiles, dirty_index, changed_counts)
        self._prune(ordered)
        return list(touched)

    def _filing_day(self, feats: LinkFeatures, story_id: str) -> str | None:
        """The day an article files its story under its keys: its publication day, else its lead event's,
        else the story's latest report's (an undated report of a dated story)."""
        day = feats.date or feats.day or self._profile(story_id).last
        return day[:10] if day else None

    def _prune(self, ordered: Sequence[Analysis]) -> None:
        """Content keys last filed more than ``INDEX_DAYS`` before the batch's earliest report can serve none
        of its articles (:meth:`_place` reads them only within that window): they go from the store and
        from memory, so that what linking reads and keeps is bounded by the window, not by the archive. A
        batch of reports older than that (a backfill behind an ingest that moved on) then finds its stories
        through their actors and headline focus, or through the original of a wire copy. Dates later than
        tomorrow are read as tomorrow, so that one misdated batch cannot empty the index."""
        days = [an.article.published[:10] for an in ordered if an.article.published]
        if not days:
            return
        tomorrow = (date.today() + timedelta(days=1)).isoformat()
        before = _day_before(min(min(days), tomorrow), INDEX_DAYS)
        if before is None or (self._pruned_before is not None and before <= self._pruned_before):
            return
        self.store.prune_index(before, EXPLICIT_KEYS)
        self._pruned_before = before
        if self._swept_before is None or days_apart(before, self._swept_before) >= SWEEP_DAYS:
            self._swept_before = before
            peek = Cache.__getitem__  # reads an entry without making it the most recently used
            for key in [k for k in self._index if not k.startswith(EXPLICIT_KEYS)]:
                day = peek(self._index, key).day
                if day is not None and day < before:
                    del self._index[key]

    def _features(self, ordered: Sequence[Analysis]) -> tuple[list[LinkFeatures], dict[str, int]]:
        """Every article's features, weighted by document frequencies that count the batch's reports (wire
        copies are weighted but not counted: their words are their original's); and the counters changed."""
        counts = self._load_counts()
        changed: dict[str, int] = {}
        raw = [(article_terms(an), actor_keys(an)) for an in ordered]
        for an, (terms, actors) in zip(ordered, raw):
            if an.article.duplicate_of is None:
                for key in [*(f"t:{t}" for t in terms), *(f"a:{a}" for a in actors), "n"]:
                    counts[key] = changed[key] = counts.get(key, 0) + 1
        n_docs = counts.get("n", 0)
        df, adf = _Prefixed(counts, "t:"), _Prefixed(counts, "a:")
        return [link_features(an, terms, actors, df, adf, n_docs) for an, (terms, actors) in zip(ordered, raw)], \
            changed

    def _join_original(self, an: Analysis, touched: dict[str, Story]) -> Story | None:
        """A wire copy joins its original's story (None: not a copy, or its original is in no story yet)."""
        original = an.article.duplicate_of
        return self._story(self._story_of.get(original), touched) if original else None

    def _index_story(self, story_id: str, keys: list[str], day: str | None) -> list[str]:
        """File the story under an article's keys on ``day``, most recent last; the keys whose entry changed
        (one whose most recent story already is this one, filed no earlier, stays as it is: not written)."""
        changed = []
        for k in keys:
            entry = self._index[k]
            bucket = entry.stories
            later = day is not None and (entry.day is None or day > entry.day)
            if bucket and bucket[-1] == story_id and not later:
                continue
            if later:
                entry.day = day
            if story_id in bucket:
                bucket.remove(story_id)
            bucket.append(story_id)
            del bucket[:-(INDEX_STORIES if k.startswith(EXPLICIT_KEYS) else BUCKET_STORIES)]
            changed.append(k)
        return changed

    def _save(self, touched: dict[str, Story], assigned: dict[str, str], dirty_profiles: set[str],
              dirty_index: set[str], changed_counts: dict[str, int]) -> None:
        """Write the batch's link state, and membership or re-merged events of the stories it touched."""
        self._gen = uuid.uuid4().hex
        self._load_pending()
        stored_pending = set(self._pending)
        self._pending.update(touched)
        self._grown.update(assigned.values())
        self._batches += 1
        due: list[str] = []
        if self._batches >= self.rebuild_every:
            self._batches = 0
            due = [sid for sid in sorted(self._pending) if self._due(sid, touched)]
        due_set = set(due)
        waiting = self._pending - due_set
        self.store.put_state(GEN_KEY, self._gen)
        self.store.put_profiles({sid: self._profiles[sid] for sid in dirty_profiles})
        entries = {k: self._index[k] for k in dirty_index}
        self.store.put_index({k: e.stories for k, e in entries.items()}, {k: e.day for k, e in entries.items()})
        self.store.put_pending(add=waiting - stored_pending, remove=stored_pending - waiting)
        self.store.put_counters(changed_counts)
        for story in touched.values():
            self._stories[story.id] = story
        if due:
            self._rebuild_ids(due, touched)
        self._pending = waiting
        unmerged = [s for sid, s in touched.items() if sid not in due_set]
        if unmerged:  # membership now, events at a later turn
            self.store.write_links(unmerged, [], [])

    def _load_pending(self) -> None:
        if self._pending is None:  # stories a crashed or unflushed run left without their events
            self._pending = set(self.store.pending_stories())

    def _due(self, story_id: str, touched: dict[str, Story]) -> bool:
        if not self.rebuild_growth or story_id not in self._grown:
            return True  # no growth rule, or a story left waiting by an earlier run
        story = self._story(story_id, touched)
        return story is None or self._grown[story_id] * self.rebuild_growth >= len(story.article_ids)

    def flush(self) -> None:
        """Re-merge the events of every story still waiting (call at the end of an ingest run).

        The waiting stories are re-merged in steps of about ``FLUSH_ARTICLES`` articles, each step in a
        transaction of its own that also takes its stories off the waiting list: a re-merge holds every
        analysis of the stories it merges, and the waiting stories of a long run hold most of the archive
        (a 100 000-article bench ran one step to 4.8 GB). The steps go through the stories earliest first,
        the order one re-merge of them all would take, since a story's background reads the lead events
        that earlier stories filed (``link/background.py``): the result is the same. A crash between steps
        leaves the rest waiting for the next run."""
        self._load_pending()
        if not self._pending:
            return
        waiting = sorted(self._pending)
        firsts = self.store.first_published(waiting)
        sizes = self.store.story_sizes(waiting)
        waiting.sort(key=lambda sid: (firsts.get(sid) or "9999", sid))
        step: list[str] = []
        held = 0
        for i, sid in enumerate(waiting):
            step.append(sid)
            held += sizes.get(sid, 1)
            if held >= FLUSH_ARTICLES or i == len(waiting) - 1:
                with self.store.transaction():
                    self._rebuild_ids(step, {})
                    self.store.put_pending(add=(), remove=step)
                self._pending.difference_update(step)
                step, held = [], 0
        self._batches = 0

    def _rebuild_ids(self, story_ids: list[str], touched: dict[str, Story]) -> None:
        stories = [s for s in (self._story(sid, touched) for sid in story_ids) if s is not None]
        self._rebuild(stories)
        for sid in story_ids:
            self._grown.pop(sid, None)

    def _place(self, an: Analysis, feats: LinkFeatures, touched: dict[str, Story]) -> Story:
        """The story the article joins, or a new one (in the thread of a recent story on the same actors)."""
        art = an.article
        votes: Counter = Counter()
        # content keys count within INDEX_DAYS of the article (an undated one: as far as the store keeps them)
        since = _day_before(art.published or feats.day, INDEX_DAYS)
        for k in feats.keys:
            entry = self._index.get(k)
            if entry is None or not entry.stories:
                continue
            if since and entry.day and entry.day < since and not k.startswith(EXPLICIT_KEYS):
                continue
            votes.update(entry.stories)
        candidates = [sid for sid, _ in votes.most_common(MAX_CANDIDATES)]
        self._fetch_profiles(candidates)
        # how many candidate stories open in the article's week name each headline country or actor
        focus_share: Counter = Counter()
        for sid in candidates:
            prof = self._profiles[sid]
            gap = days_apart(art.published or feats.day, prof.last)
            if gap is None or gap <= WINDOW_DAYS:
                focus_share.update(set(prof.focus))
        best, best_score, thread_of, thread_score = None, 0.0, None, THREAD_THRESHOLD
        for sid in candidates:
            prof = self._profiles[sid]
            if not prof.terms and not prof.actors:
                continue
            if not compatible_range(art.published, art.published_range, prof):
                continue
            # an undated article is placed in time by its first dated event, where it has one
            span = days_apart(art.published or feats.day, prof.first)
            open_story = span is None or span <= STORY_DAYS
            sc = score(feats, prof, self.scoring, focus_share) if open_story and same_occurrence(feats, prof) \
                else -1.0
            if sc > best_score or (sc == best_score and (best is None or sid < best)):
                best, best_score = sid, sc
            gap = days_apart(art.published, prof.last)
            if gap is None or gap <= THREAD_DAYS:
                follow = cosine(feats.actors, prof.actors, feats.actors_norm, prof.actors_norm)
                if follow > thread_score:
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
                self._stories[story_id] = story
        return story

    def _analyses_of(self, stories: list[Story]) -> dict[str, Analysis]:
        wanted = [aid for s in stories for aid in s.article_ids]
        out = {aid: self._analyses[aid] for aid in wanted if aid in self._analyses}
        missing = [aid for aid in wanted if aid not in out]
        for an in self.store.iter_analyses(missing):
            out[an.article.id] = an
            self._analyses[an.article.id] = an
        return out

    def _rebuild(self, stories: list[Story]) -> None:
        all_events, all_dis = [], []
        by_id = self._analyses_of(stories)

        def first(story: Story) -> str:
            return min((by_id[a].article.published for a in story.article_ids
                        if a in by_id and by_id[a].article.published), default="9999")
        # earlier stories first: a story's background reads the lead events earlier ones filed (link/background.py)
        for story in sorted(stories, key=lambda s: (first(s), s.id)):
            analyses = [by_id[aid] for aid in story.article_ids if aid in by_id]
            dates = sorted(a.article.published for a in analyses if a.article.published)
            story.first_published = dates[0] if dates else None
            story.last_published = dates[-1] if dates else None
            # an undated report's "on Monday" in the week its story's dated reports give, before the background
            # rules read the story's dated leads
            analyses = settle_background(story, date_by_the_story(analyses), self.store)
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
            self._stories[story.id] = story
        # a recollection of another story's news is shown once, as that story's event
        all_events = hold_recollections(all_events, self.store, {s.id for s in stories})
        self.store.write_links(stories, all_events, all_dis, replace_story_links=[s.id for s in stories])


class _Prefixed:
    """A read-only view of the counters under one prefix, shaped like the dict ``weighted`` expects."""

    __slots__ = ("counts", "prefix")

    def __init__(self, counts: dict[str, int], prefix: str) -> None:
        self.counts, self.prefix = counts, prefix

    def get(self, key: str, default: int = 0) -> int:
        return self.counts.get(self.prefix + key, default)
