"""``/api/events`` and ``/api/timeline``: merged events by actor, type, mode, date, story or outlet."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query

from dossier.records import Event
from dossier.serve.models import TimelineItem
from dossier.serve.paging import MAX_PAGE, Page, Paging, page_of, paging
from dossier.serve.query import actor_key
from dossier.serve.routers.common import (
    TOKEN, Access, ActorQuery, Include, Since, Until, event_view, name_of, named_events, unnamed_sources,
)

router = APIRouter(tags=["events"], dependencies=TOKEN)

TypeQuery = Query(None, description="PLOVER type, e.g. CONSULT.")
ModeQuery = Query(None, description="asserted, alleged, denied, planned ...")


def _filters(s, actor, type, mode, since, until, story, outlet, include) -> dict:
    return dict(actor=actor_key(s, actor), type=type, mode=mode, story_id=story, since=since, until=until,
                outlet=outlet, **event_view(include))


@router.get("/api/events", response_model=Page[Event])
def list_events(db: Access, actor: ActorQuery = None, type: Optional[str] = TypeQuery,
                mode: Optional[str] = ModeQuery, since: Since = None, until: Until = None,
                story: Optional[str] = None, outlet: Optional[str] = Query(None, description="An outlet that "
                                                                          "reported the event."),
                include: Include = "shown", p: Paging = Depends(paging)) -> Page:
    """Events in date order (undated last), every participant named."""
    def run(s):
        filters = _filters(s, actor, type, mode, since, until, story, outlet, include)
        page = page_of(Event, p,
                       lambda limit, offset, after: s.list_events(**filters, limit=limit, offset=offset,
                                                                  after=after, count=True),
                       lambda e: (e.date, e.id))
        page.items = named_events(s, page.items)
        return page
    return db.run(run)


@router.get("/api/events/{event_id}", response_model=Event)
def get_event(db: Access, event_id: str) -> Event:
    e = db.run(lambda s: next(iter(named_events(s, [ev])), None) if (ev := s.get_event(event_id)) else None)
    if e is None:
        raise HTTPException(404, f"no event {event_id}")
    return e


@router.get("/api/timeline", response_model=list[TimelineItem])
def timeline(db: Access, actor: ActorQuery = None, type: Optional[str] = None, mode: Optional[str] = None,
             since: Since = None, until: Until = None, story: Optional[str] = None,
             outlet: Optional[str] = None, include: Include = "shown",
             limit: int = Query(MAX_PAGE, ge=1, le=MAX_PAGE)) -> list[TimelineItem]:
    """The first ``limit`` events in date order, as a timeline draws them."""
    def run(s):
        evs = named_events(s, s.list_events(**_filters(s, actor, type, mode, since, until, story, outlet, include),
                                            limit=limit))
        return evs, unnamed_sources(s, evs)
    evs, labels = db.run(run)
    return [TimelineItem(event_id=e.id, date=e.date, date_end=e.date_end, type=e.type, mode=e.mode,
                         actors=[name_of(r) for r in e.actors], recipients=[name_of(r) for r in e.recipients],
                         place=e.place, story_id=e.story_id, n_sources=e.n_sources,
                         outlets=sorted({m.outlet or labels[m.article_id] for m in e.mentions}),
                         stages=e.stages, date_source=e.date_source) for e in evs]
