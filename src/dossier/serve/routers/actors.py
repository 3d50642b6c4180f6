"""``/api/actors``: canonical actors by name, country or sector; one actor's dossier."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query

from dossier.records import Actor
from dossier.serve.models import ActorDetail, StoryRef
from dossier.serve.paging import Page, Paging, page_of, paging
from dossier.serve.query import source_label
from dossier.serve.routers.common import TOKEN, Access, Include, event_view, named_events, unnamed_sources

router = APIRouter(prefix="/api/actors", tags=["actors"], dependencies=TOKEN)

ACTOR_ARTICLES = 100  # latest article ids listed on an actor's page (n_articles counts them all)
ACTOR_EVENTS = 200  # latest events on an actor's page (n_events counts them all)
ACTOR_OUTLETS = 100  # outlets (or unnamed sources) that reported the actor's events most


@router.get("", response_model=Page[Actor])
def list_actors(db: Access,
                q: Optional[str] = Query(None, description="Part of a name or variant."),
                country: Optional[str] = None, sector: Optional[str] = None,
                places: bool = Query(False, description="Also the places named (cities, regions, sites), "
                                                        "which the news names but which do not act."),
                include: str = Query("shown", pattern="^(shown|all)$",
                                     description="shown: those that take part in an event (as actor or "
                                                 "recipient); all: every person, body and country named"),
                p: Paging = Depends(paging)) -> Page:
    """Actors named in the most articles first; ``n_articles`` counts them (``article_ids`` is left empty
    in lists: an actor's own page lists its latest). Only those that take part in an event unless
    ``include=all``; places only with ``places=true``."""
    filters = dict(q=q, country=country, sector=sector, places=places, participants=include == "shown")
    return db.run(lambda s: page_of(
        Actor, p,
        lambda limit, offset, after: s.list_actors(**filters, order="articles", limit=limit, offset=offset,
                                                   after=after, article_ids=0, count=True),
        lambda a: (a.n_articles, a.name, a.id)))


@router.get("/{actor_id}", response_model=ActorDetail)
def get_actor(db: Access, actor_id: str, include: Include = "shown") -> ActorDetail:
    view = event_view(include)

    def run(s):
        a = s.get_actor(actor_id, article_ids=ACTOR_ARTICLES)
        if a is None:
            return None
        latest = s.list_events(actor=actor_id, newest_first=True, limit=ACTOR_EVENTS, **view)
        evs = named_events(s, sorted(latest, key=lambda e: (e.date is None, e.date or "", e.id)))
        reports = s.event_outlets(actor=actor_id, limit=ACTOR_OUTLETS, **view)
        labels = unnamed_sources(s, evs, {aid for outlet, aid, _ in reports if outlet is None and aid})
        outlets: dict[str, int] = {}
        for outlet, aid, n in reports:
            k = outlet or labels.get(aid or "") or source_label(None)
            outlets[k] = outlets.get(k, 0) + n
        story_ids = list(dict.fromkeys(e.story_id for e in evs if e.story_id))
        found = s.get_stories(story_ids, article_ids=False)
        stories = [StoryRef(id=st.id, title=st.title, first_published=st.first_published,
                            last_published=st.last_published, articles=st.n_articles)
                   for st in (found.get(i) for i in story_ids) if st]
        n_events, n_stories = s.event_counts(actor=actor_id, **view)
        return ActorDetail(actor=a, events=evs, outlets=dict(sorted(outlets.items(), key=lambda kv: -kv[1])),
                           story_ids=story_ids, stories=stories, sources=labels, n_events=n_events,
                           n_stories=n_stories)
    d = db.run(run)
    if d is None:
        raise HTTPException(404, f"no actor {actor_id}")
    return d
