"""``/api/disagreements``: where outlets state conflicting values of one field of one event or story."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Query

from dossier.records import Disagreement
from dossier.serve.paging import Page, Paging, page_of, paging
from dossier.serve.routers.common import TOKEN, Access

router = APIRouter(prefix="/api/disagreements", tags=["disagreements"], dependencies=TOKEN)


@router.get("", response_model=Page[Disagreement])
def list_disagreements(db: Access, story: Optional[str] = None, event: Optional[str] = None,
                       field: Optional[str] = Query(None, description="date, stage ..."),
                       p: Paging = Depends(paging)) -> Page:
    filters = dict(story_id=story, event_id=event, field=field)
    return db.run(lambda s: page_of(
        Disagreement, p,
        lambda limit, offset, after: s.list_disagreements(**filters, limit=limit, offset=offset, after=after,
                                                          count=True),
        lambda d: (d.story_id, d.id)))
