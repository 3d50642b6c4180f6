"""Per-article analysis: one :class:`Article` in, one :class:`Analysis` out. Pure."""

from __future__ import annotations

from datetime import date
from typing import Any

from dossier.nlp.docview import know_text
from dossier.nlp.entities import entity_mentions
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


CAPTION_KEYS = ("photo caption or credit", "caption")  # the cleaner's metadata keys for lines taken out of the body


def _captions(article: Article) -> str:
    """The photo captions and credits the cleaner took out of the body, one a line."""
    return "\n".join(v for k, v in (article.metadata or {}).items() if k in CAPTION_KEYS and isinstance(v, str))


def mentions_of(doc, article: Article | str) -> list[Mention]:
    """Entity mentions after hygiene (span repair, non-actors dropped, kinds, roles): see nlp/entities.py."""
    return entity_mentions(doc, article)


def analyse_doc(article: Article, doc: Any) -> Analysis:
    know_text(doc, article.text)
    mentions = mentions_of(doc, article)
    timexes = extract_timexes(doc, article.id, _anchor(article), _captions(article))
    events = extract_events(doc, article.id, mentions, timexes, article.published)
    return Analysis(article=article, mentions=mentions, timexes=timexes, events=events)


def analyse(article: Article, nlp: Any) -> Analysis:
    return analyse_doc(article, nlp(article.text))
