"""``/api/articles``: articles by date, outlet or story; one article with its analysis."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, HTTPException

from dossier.records import Analysis, Article
from dossier.serve.paging import Page, Paging, page_of, paging
from dossier.serve.routers.common import TOKEN, Access, Since, Until

router = APIRouter(prefix="/api/articles", tags=["articles"], dependencies=TOKEN)


@router.get("", response_model=Page[Article])
def list_articles(db: Access, since: Since = None, until: Until = None, outlet: Optional[str] = None,
                  story: Optional[str] = None, p: Paging = Depends(paging)) -> Page:
    """Articles in publication order (undated last). ``text`` and ``cleaning`` are left empty in lists: an
    article's own page (``/api/articles/{id}``) has them."""
    filters = dict(since=since, until=until, outlet=outlet, story_id=story)
    return db.run(lambda s: page_of(
        Article, p,
        lambda limit, offset, after: s.list_articles(**filters, limit=limit, offset=offset, after=after,
                                                     bodies=False, count=True),
        lambda a: (a.published, a.id)))


@router.get("/{article_id}", response_model=Analysis)
def get_article(db: Access, article_id: str) -> Analysis:
    an = db.run(lambda s: s.get_analysis(article_id))
    if an is None:
        raise HTTPException(404, f"no article {article_id}")
    return an
