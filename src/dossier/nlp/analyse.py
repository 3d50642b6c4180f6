"""Per-article analysis: one :class:`Article` in, one :class:`Analysis` out. Pure."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Any

from dossier.nlp.docview import sentences
from dossier.nlp.events import extract_events
from dossier.nlp.timex import extract_timexes
from dossier.records import Analysis, Article, Mention


def _anchor(article: Article) -> date | None:
    if article.published:
        try:
            return date.fromisoformat(article.published[:10])
        except ValueError:
            return None
    return None


def mentions_of(doc, article_id: str) -> list[Mention]:
    starts, _spans = sentences(doc)
    out = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"):
            continue
        m = Mention(article_id, ent.start_char, ent.end_char, ent.text, ent.label_,
                    sentence=max(0, bisect_right(starts, ent.start) - 1))
        if ent.ent_id_:
            m.actor_id = ent.ent_id_
        out.append(m)
    return out


def analyse_doc(article: Article, doc: Any) -> Analysis:
    mentions = mentions_of(doc, article.id)
    timexes = extract_timexes(doc, article.id, _anchor(article))
    events = extract_events(doc, article.id, mentions, timexes, article.published)
    return Analysis(article=article, mentions=mentions, timexes=timexes, events=events)


def analyse(article: Article, nlp: Any) -> Analysis:
    return analyse_doc(article, nlp(article.text))
