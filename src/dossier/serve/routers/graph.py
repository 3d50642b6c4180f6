"""``/api/graph``: the actor graph over a date range, as JSON with a layout or as GraphML."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter
from fastapi.responses import PlainTextResponse, Response

from dossier.serve.graph import ActorGraph, actor_graph, build_graph, to_graphml
from dossier.serve.routers.common import TOKEN, Access, Include, Since, Until, event_view, named_events

router = APIRouter(tags=["actors"], dependencies=TOKEN)


def _events(db: Access, since, until, type, mode, include):
    view = event_view(include)
    # participants only: the graph draws no reports
    return db.run(lambda s: named_events(s, s.event_participants(since=since, until=until, type=type, mode=mode,
                                                                 **view)))


@router.get("/api/graph", response_model=ActorGraph)
def graph(db: Access, since: Since = None, until: Until = None, type: Optional[str] = None,
          mode: Optional[str] = None, include: Include = "shown") -> ActorGraph:
    return actor_graph(_events(db, since, until, type, mode, include), since=since, until=until)


@router.get("/api/graph.graphml", response_class=PlainTextResponse)
def graph_graphml(db: Access, since: Since = None, until: Until = None, type: Optional[str] = None,
                  mode: Optional[str] = None, include: Include = "shown") -> Response:
    evs = _events(db, since, until, type, mode, include)
    return Response(to_graphml(build_graph(evs)), media_type="application/graphml+xml",
                    headers={"Content-Disposition": 'attachment; filename="actor_graph.graphml"'})
