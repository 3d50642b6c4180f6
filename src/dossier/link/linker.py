"""Incremental linking: new analyses in, stories, events and disagreements updated in the store.

State kept in the store (``get_state``/``put_state``): document frequencies of
terms and actors, one profile per story (top terms, actors, focus, event
signatures, last date) and the LSH buckets that block candidate stories.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier.link.disagreements import find_disagreements
from dossier.link.events import merge_story_events
from dossier.link.stories import (
    THREAD_DAYS,
    THREAD_THRESHOLD,
    THRESHOLD,
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
    window,
)
from dossier.link.summary import summarise
from dossier.records import Analysis, Story, stable_id
from dossier.store.base import SQLStore

PROFILE_TERMS = 300


def _lead_day(an: Analysis) -> str | None:
    """The calendar day of the article's first precisely dated event: when the reported thing happened."""
    for em in sorted(an.events, key=lambda e: e.trigger_start):
        if em.date_source == "timex" and em.date and len(em.date) == 10 and em.date[4] == "-":
            return em.date
    return None


def _same_occurrence(feats: dict, prof: dict) -> bool:
    """Days apart by more than the reporting slack are two occurrences (departure, then talks days later)."""
    day, days = feats.get("day"), prof.get("days") or []
    if not day or not days:
        return True
    from datetime import date

    d = date.fromisoformat(day)
    return min(abs((d - date.fromisoformat(x)).days) for x in days) <= 2


def _with_defaults(prof: dict) -> dict:
    for k in ("terms", "actors"):
        prof.setdefault(k, {})
    for k in ("focus", "events"):
        prof.setdefault(k, [])
    prof.setdefault("last", None)
    prof.setdefault("first", prof["last"])
    return prof


def _compatible_range(art, prof: dict) -> bool:
    """An undated article whose date is known to lie in a range (ingest's inference) joins no story outside it."""
    if art.published or not art.published_range:
        return True
    lo, hi = art.published_range
    first, last = prof.get("first"), prof.get("last")
    if not first or not last:
        return True
    from datetime import date, timedelta

    slack = timedelta(days=7)  # the story window
    return not (date.fromisoformat(last[:10]) < date.fromisoformat(lo[:10]) - slack
                or date.fromisoformat(first[:10]) > date.fromisoformat(hi[:10]) + slack)


class Linker:
    def __init__(self, store: SQLStore) -> None:
        self.store = store

    def update(self, analyses: Sequence[Analysis]) -> list[str]:
        """Assign each new article to a story; rebuild the events of every touched story."""
        state = self.store.get_state("link:df") or {"n": 0, "df": {}, "adf": {}}
        df, adf, n_docs = state["df"], state.setdefault("adf", {}), state["n"]
        for an in analyses:
            if an.article.duplicate_of is None:
                for t in article_terms(an):
                    df[t] = df.get(t, 0) + 1
                for a in actor_keys(an):
                    adf[a] = adf.get(a, 0) + 1
                n_docs += 1
        self.store.put_state("link:df", {"n": n_docs, "df": df, "adf": adf})

        touched: dict[str, Story] = {}
        profiles: dict[str, dict] = {}
        buckets: dict[str, list[str]] = {}
        ordered = sorted(analyses, key=lambda a: (a.article.published is None, a.article.published or "", a.article.id))
        for an in ordered:
            art = an.article
            story = None
            if art.duplicate_of:
                story = self._story_of(art.duplicate_of, touched)
            if story is None:
                feats = {
                    "terms": weighted(article_terms(an), df, n_docs),
                    "actors": weighted(actor_keys(an), adf, n_docs),
                    "focus": sorted(focus_keys(an)),
                    "events": sorted(event_signatures(an)),
                    "date": art.published,
                    "day": _lead_day(an),
                }
                keys = lsh_keys(blocking_features(feats))
                candidates = self._candidates(art.published, keys, buckets, touched)
                best, best_score, thread_of, thread_score = None, THRESHOLD, None, THREAD_THRESHOLD
                self._prefetch_profiles(candidates, profiles)
                for s in candidates.values():
                    prof = self._profile(s.id, profiles)
                    if not _compatible_range(art, prof):
                        continue
                    sc = score(feats, prof) if _same_occurrence(feats, prof) else 0.0
                    if sc > best_score:
                        best, best_score = s, sc
                    follow = cosine(feats["actors"], prof["actors"])
                    gap = days_apart(art.published, prof.get("last"))
                    if follow > thread_score and (gap is None or gap <= THREAD_DAYS):
                        thread_of, thread_score = s, follow
                story = best
                if story is None:
                    story = Story(id=stable_id("s", art.id), title=art.title)
                    if thread_of is not None:
                        story.thread_id = thread_of.thread_id or thread_of.id
                self._merge_profile(story.id, feats, profiles)
                for k in keys:
                    bucket = buckets.setdefault(k, self.store.get_state(f"link:lsh:{k}") or [])
                    if story.id not in bucket:
                        bucket.append(story.id)
            if art.id not in story.article_ids:
                story.article_ids.append(art.id)
            touched[story.id] = story
        states = {f"link:story:{sid}": prof for sid, prof in profiles.items() if sid in touched}
        states.update({f"link:lsh:{k}": bucket[-50:] for k, bucket in buckets.items()})
        self.store.put_states(states)
        self._rebuild(list(touched.values()))
        return list(touched)

    def _candidates(self, published: str | None, keys: list[str], buckets: dict[str, list[str]],
                    touched: dict[str, Story]) -> dict[str, Story]:
        candidates: dict[str, Story] = {}
        if published:
            since, until = window(published)
            candidates.update({s.id: s for s in self.store.stories_in_window(since, until)})
        missing = [k for k in keys if k not in buckets]
        if missing:
            found = self.store.get_states(f"link:lsh:{k}" for k in missing)
            for k in missing:
                buckets[k] = found.get(f"link:lsh:{k}") or []
        ids: set[str] = set()
        for k in keys:
            ids.update(buckets[k])
        for sid in ids - set(candidates):
            if sid in touched:
                candidates[sid] = touched[sid]
            else:
                s = self.store.get_story(sid)
                if s is not None:
                    candidates[sid] = s
        candidates.update(touched)
        return candidates

    def _prefetch_profiles(self, story_ids, profiles: dict[str, dict]) -> None:
        missing = [sid for sid in story_ids if sid not in profiles]
        if missing:
            found = self.store.get_states(f"link:story:{sid}" for sid in missing)
            for sid in missing:
                profiles[sid] = _with_defaults(found.get(f"link:story:{sid}") or {})

    def _profile(self, story_id: str, profiles: dict[str, dict]) -> dict:
        prof = profiles.get(story_id)
        if prof is None:
            prof = _with_defaults(self.store.get_state(f"link:story:{story_id}") or {})
            profiles[story_id] = prof
        return prof

    def _merge_profile(self, story_id: str, feats: dict, profiles: dict[str, dict]) -> None:
        prof = self._profile(story_id, profiles)
        for key, limit in (("terms", PROFILE_TERMS), ("actors", 100)):
            merged = dict(prof[key])
            for t, w in feats[key].items():
                merged[t] = merged.get(t, 0.0) + w
            prof[key] = dict(sorted(merged.items(), key=lambda kv: -kv[1])[:limit])
        prof["focus"] = sorted(set(prof["focus"]) | set(feats["focus"]))
        prof["events"] = sorted(set(prof["events"]) | set(feats["events"]))[:200]
        if feats["date"] and (prof["last"] is None or feats["date"] > prof["last"]):
            prof["last"] = feats["date"]
        if feats.get("day") and feats["day"] not in prof.setdefault("days", []):
            prof["days"] = sorted(prof["days"] + [feats["day"]])[-20:]
        if feats["date"] and (prof.get("first") is None or feats["date"] < prof["first"]):
            prof["first"] = feats["date"]

    def _story_of(self, article_id: str, touched: dict[str, Story]) -> Story | None:
        for s in touched.values():
            if article_id in s.article_ids:
                return s
        for s in self.store.list_stories():
            if article_id in s.article_ids:
                return s
        return None

    def _rebuild(self, stories: list[Story]) -> None:
        all_events, all_dis, old_events, old_dis = [], [], [], []
        for story in stories:
            analyses = list(self.store.iter_analyses(story.article_ids))
            dates = sorted(a.article.published for a in analyses if a.article.published)
            story.first_published = dates[0] if dates else None
            story.last_published = dates[-1] if dates else None
            # every outlet that carried the story (wire copies too: events count them once);
            # an unnamed outlet is shown by where the text came from
            story.outlets = sorted({a.article.outlet or f"unknown outlet ({a.article.source.rsplit('/', 1)[-1]})"
                                    for a in analyses})
            first = min(analyses, key=lambda a: (a.article.published or "9999", a.article.id))
            story.title = first.article.title
            events = merge_story_events(story.id, analyses)
            dis = find_disagreements(story.id, events, analyses)
            story.event_types = sorted({e.type for e in events})
            story.actor_ids = sorted({r.actor_id for e in events for r in e.actors + e.recipients if r.actor_id})
            story.summary = summarise(story, analyses, events)
            old_events += [e.id for e in self.store.list_events(story_id=story.id)]
            old_dis += [d.id for d in self.store.list_disagreements(story_id=story.id)]
            all_events += events
            all_dis += dis
        self.store.write_links(stories, all_events, all_dis, delete_events=old_events, delete_disagreements=old_dis)
