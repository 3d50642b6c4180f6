"""Incremental linking: new analyses in, stories, events and disagreements updated in the store."""

from __future__ import annotations

from collections.abc import Sequence

from dossier.link.events import merge_story_events
from dossier.link.stories import THRESHOLD, actor_keys, score, terms, weighted, window
from dossier.records import Analysis, Story, stable_id
from dossier.store.base import SQLStore

PROFILE_TERMS = 300


class Linker:
    def __init__(self, store: SQLStore) -> None:
        self.store = store

    def _df(self) -> tuple[dict[str, int], int]:
        state = self.store.get_state("link:df") or {"n": 0, "df": {}}
        return state["df"], state["n"]

    def update(self, analyses: Sequence[Analysis]) -> list[str]:
        """Assign each new article to a story; rebuild the events of every touched story."""
        df, n_docs = self._df()
        for an in analyses:
            if an.article.duplicate_of is None:
                for t in terms(an.article.title + "\n" + an.article.text):
                    df[t] = df.get(t, 0) + 1
                n_docs += 1
        self.store.put_state("link:df", {"n": n_docs, "df": df})

        touched: dict[str, Story] = {}
        profiles: dict[str, dict] = {}
        ordered = sorted(analyses, key=lambda a: (a.article.published is None, a.article.published or "", a.article.id))
        for an in ordered:
            art = an.article
            story = None
            if art.duplicate_of:
                story = self._story_of(art.duplicate_of, touched)
            if story is None:
                vec = weighted(terms(art.title + "\n" + art.text), df, n_docs)
                actors = actor_keys(an)
                since, until = window(art.published)
                candidates = {s.id: s for s in self.store.stories_in_window(since, until)} if since else \
                    {s.id: s for s in self.store.list_stories()}
                candidates.update(touched)
                best, best_score = None, THRESHOLD
                for s in candidates.values():
                    if art.id in s.article_ids:
                        best = s
                        break
                    prof = profiles.get(s.id) or self.store.get_state(f"link:story:{s.id}") or {"terms": {}, "actors": []}
                    profiles[s.id] = prof
                    sc = score(vec, actors, prof["terms"], set(prof["actors"]))
                    if sc > best_score:
                        best, best_score = s, sc
                story = best
                if story is None:
                    story = Story(id=stable_id("s", art.id), title=art.title)
                prof = profiles.get(story.id) or {"terms": {}, "actors": []}
                merged = dict(prof["terms"])
                for t, w in vec.items():
                    merged[t] = merged.get(t, 0.0) + w
                top = dict(sorted(merged.items(), key=lambda kv: -kv[1])[:PROFILE_TERMS])
                profiles[story.id] = {"terms": top, "actors": sorted(set(prof["actors"]) | actors)}
            if art.id not in story.article_ids:
                story.article_ids.append(art.id)
            touched[story.id] = story
        for sid, prof in profiles.items():
            if sid in touched:
                self.store.put_state(f"link:story:{sid}", prof)
        self._rebuild(list(touched.values()))
        return list(touched)

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
            story.outlets = sorted({a.article.outlet for a in analyses if a.article.outlet})
            first = min(analyses, key=lambda a: (a.article.published or "9999", a.article.id))
            story.title = first.article.title
            events, dis = merge_story_events(story.id, analyses)
            story.event_types = sorted({e.type for e in events})
            story.actor_ids = sorted({r.actor_id for e in events for r in e.actors + e.recipients if r.actor_id})
            story.summary = " ".join(
                f"{a.article.outlet or a.article.id}: {a.article.text.split(chr(10))[0][:200]}" for a in analyses[:3])
            old_events += [e.id for e in self.store.list_events(story_id=story.id)]
            old_dis += [d.id for d in self.store.list_disagreements(story_id=story.id)]
            all_events += events
            all_dis += dis
        self.store.write_links(stories, all_events, all_dis, delete_events=old_events, delete_disagreements=old_dis)
