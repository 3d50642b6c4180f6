"""``/api/stories``: stories by date, outlet or actor; one story with its articles, events and disagreements."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, HTTPException

from dossier.records import Story
from dossier.serve.models import StoryDetail
from dossier.serve.paging import Page, Paging, page_of, paging
from dossier.serve.query import actor_key
from dossier.serve.routers.common import (
    TOKEN, Access, ActorQuery, Include, Since, Until, event_view, named_events,
)

router = APIRouter(prefix="/api/stories", tags=["stories"], dependencies=TOKEN)

STORY_ARTICLES = 100  # articles on a story's page, in publication order (the rest by /api/articles?story=)
# events on a story's page, in date order (the rest by /api/events?story=); as many as an actor's page shows:
# 500 made the page of a big story 1 MB of JSON, the heaviest request an archive server answers
STORY_EVENTS = 200


@router.get("", response_model=Page[Story])
def list_stories(db: Access, since: Since = None, until: Until = None, outlet: Optional[str] = None,
                 actor: ActorQuery = None, p: Paging = Depends(paging)) -> Page:
    """Stories by first report (undated last); ``outlet``: one of the outlets that carried it; ``actor``:
    one of its events involves the actor. ``n_articles`` counts a story's articles (``article_ids`` is left
    empty in lists: a story's own page lists its first, ``/api/articles?story=`` all of them)."""
    def run(s):
        filters = dict(since=since, until=until, outlet=outlet, actor=actor_key(s, actor))
        return page_of(Story, p,
                       lambda limit, offset, after: s.list_stories(**filters, limit=limit, offset=offset,
                                                                   after=after, article_ids=0, count=True),
                       lambda st: (st.first_published, st.id))
    return db.run(run)


@router.get("/{story_id}", response_model=StoryDetail)
def get_story(db: Access, story_id: str, include: Include = "shown") -> StoryDetail:
    """The story, its first articles in publication order (without their text, as lists show them), its events
    in date order, its disagreements."""
    view = event_view(include, story_view=True)

    def run(s):
        st = s.get_story(story_id, article_ids=STORY_ARTICLES)
        if st is None:
            return None
        return StoryDetail(story=st, articles=s.list_articles(story_id=story_id, limit=STORY_ARTICLES,
                                                                  bodies=False),
                           events=named_events(s, s.list_events(story_id=story_id, limit=STORY_EVENTS, **view)),
                           disagreements=s.list_disagreements(story_id=story_id),
                           n_articles=st.n_articles, n_events=s.count_events(story_id=story_id, **view))
    detail = db.run(run)
    if detail is None:
        raise HTTPException(404, f"no story {story_id}")
    return detail
