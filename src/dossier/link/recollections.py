"""Recollections another story already shows as its news: one row per real-world event in the default views.

A story's reports recall earlier events as context ("Kim's summit with Putin in September", in a report of
Lavrov's October visit). Merging works within one story (``link/events.py``), so each story that recalls the
September summit adds one more background row for it beside the summit story's own news event: the events list
shows one summit three or four times. A background event whose type, named people on both sides (``specific_ids``:
people, ministries, agencies, not bare countries) and date agree with another story's news event -- the news
event's day falls in the recollection's year, month or day -- is that event recalled; its confidence is held
just under the default threshold (as ``undated_news`` holds events), so the default views show the news event
once and ``--all`` still lists every recollection with its quote. A meeting told from the other side ("Putin
hosted Kim") agrees too.

Incremental, as the rest of linking: the news events a recollection is compared with are those of the stories
rebuilt in the same batch and those already in the store. A recollection linked before the story of the news it
recalls is held only when its own story is next rebuilt (the same trade-off as ``link/background.py``'s filed lead
keys). Hand-written: no library compares merged event records across clusters.
"""

from __future__ import annotations

import dataclasses

from dossier.link.events import calendar_date, specific_ids
from dossier.nlp import event_model
from dossier.records import Event


def _sides(e: Event) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(specific_ids(e.actors)), frozenset(specific_ids(e.recipients))


def _recalls(old: Event, news: Event) -> bool:
    """Is the background event ``old`` the news event ``news`` of another story, recalled?"""
    if news.story_id == old.story_id or news.background or news.type != old.type or news.mode != old.mode:
        return False
    day, when = calendar_date(news.date), calendar_date(old.date)
    if not day or len(day) != 10 or not when or news.date_source != "timex" or not day.startswith(when):
        return False
    (a, r), (na, nr) = _sides(old), _sides(news)
    if not a or not r:
        return False  # a named doer and a named counterpart: countries alone recall many events
    return (a, r) == (na, nr) or old.type == "CONSULT" and (a, r) == (nr, na)


def hold_recollections(events: list[Event], store=None, rebuilt: set[str] = frozenset()) -> list[Event]:
    """``events`` (of the stories in ``rebuilt``) with each recollection that another story's news event shows
    held under the default threshold; the rest unchanged."""
    held = round(event_model.DEFAULT_THRESHOLD - 0.01, 3)
    news = [e for e in events if not e.background]
    out = []
    for e in events:
        if not e.background or e.confidence <= held or not calendar_date(e.date):
            out.append(e)
            continue
        candidates = [n for n in news if _recalls(e, n)]
        if not candidates and store is not None:
            ids = sorted(specific_ids(e.actors))
            if ids:
                when = calendar_date(e.date)
                candidates = [n for n in store.list_events(actor=ids[0], type=e.type, background=False,
                                                           since=when, until=when)
                              if n.story_id not in rebuilt and _recalls(e, n)]
        out.append(dataclasses.replace(e, confidence=held) if candidates else e)
    return out
