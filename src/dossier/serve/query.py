"""What the CLI and the HTTP API share: reading a user's actor names and dates, naming things for display.

Both surfaces take an actor the way a person writes it ("North Korea", "Kim Jong-un",
"prk-gov", "IRN") and turn it into the one key the store filters events on: the
canonical actor's id (a country's id is its ISO-3 code, so a country matches every
actor of that country, as ``--actor prk`` always did). A name is looked up among the
store's actors (name and variants), then in the knowledge base (aliases and other
romanisations); what matches nothing is used as written.

Display: records keep what the pipeline knew (an unresolved participant has no
canonical name, an article without a masthead has no outlet). The surfaces show a
name a reader can use instead of an internal id: the actor's canonical name, else the
words of the article; the outlet, else the site's host, else the article's headline.

This module imports nothing heavy: ``dossier --help`` loads it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from dossier.records import Actor, ActorRef, Article

# ISO 8601 calendar dates at year, month or day precision: what `since`/`until` accept and events carry
DATE_FORMAT_HELP = "YYYY-MM-DD, YYYY-MM or YYYY"
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def check_date(value: str | None) -> str | None:
    """``value`` when it is an ISO date at year, month or day precision; ValueError with the reason otherwise."""
    if value is None or value == "":
        return None
    m = _DATE.fullmatch(value.strip())
    if not m:
        raise ValueError(f"{value!r} is not a date: use {DATE_FORMAT_HELP}")
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date ({exc})") from None
    return value.strip()


_CALENDAR = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?")


def calendar_date(value: str | None) -> str | None:
    """``value`` when it is an ISO 8601 calendar or week date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www) that
    exists, else None: TIMEX values such as PAST_REF or 2031-SU are not dates."""
    m = _CALENDAR.fullmatch(value or "")
    if not m:
        return None
    year = int(m[1])
    if m[4]:
        return value if 1 <= int(m[4]) <= dt.date(year, 12, 28).isocalendar()[1] else None
    try:
        dt.date(year, int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None
    return value


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 source``, ``2 sources``; ``many`` for irregular plurals (``copy`` -> ``copies``)."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


# -- actors --------------------------------------------------------------------------------------------
def find_actor(store, text: str) -> Actor | None:
    """The stored actor a person means by ``text``: id, canonical name, a variant seen in the news, or a
    knowledge-base alias or romanisation. None when nothing matches."""
    from dossier.resolve import load_kb, normalise_name

    text = text.strip()
    if not text:
        return None
    found = store.get_actor(text, article_ids=0) or store.get_actor(text.lower(), article_ids=0)
    if found:
        return found
    kb = load_kb()
    entry = kb.lookup(text) or kb.find_person(text)
    if entry and (found := store.get_actor(entry.id, article_ids=0)):
        return found
    key = normalise_name(text)
    # the store searches names and variants for the key's longest word; the fold decides among those found
    word = max(re.split(r"[\s']+", key), key=len)
    if not word:
        return None
    return next((a for a in store.list_actors(q=word, article_ids=0)
                 if key in {normalise_name(v) for v in [a.name, *a.variants]}), None)


def actor_key(store, text: str | None) -> str | None:
    """The key the store filters events on for ``text`` (see the module docstring); None for no filter."""
    if text is None or not text.strip():
        return None
    found = find_actor(store, text)
    return found.id if found else text.strip()


def involves(refs: Iterable[ActorRef], key: str) -> bool:
    """Whether one of ``refs`` is the actor ``key`` names (its id, its country or its exact words)."""
    k = key.lower()
    return any(k in {x.lower() for x in (r.actor_id, r.name, r.country, r.text) if x} for r in refs)


def actor_names(store, actor_ids: Iterable[str] | None = None) -> dict[str, str]:
    """Canonical names by actor id (of ``actor_ids``, or of every actor), to name participants the linker
    stored without one."""
    if actor_ids is None:
        return {a.id: a.name for a in store.list_actors(article_ids=0)}
    return store.actor_names(actor_ids)


def ref_name(ref: ActorRef, names: dict[str, str] | None = None) -> str:
    return ref.name or (names or {}).get(ref.actor_id or "") or ref.text


def named(refs: list[ActorRef], names: dict[str, str]) -> list[ActorRef]:
    """Copies of ``refs`` whose ``name`` is filled: the canonical name, else the words of the article."""
    import dataclasses

    return [r if r.name else dataclasses.replace(r, name=ref_name(r, names)) for r in refs]


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine (binding elsewhere needs a token)."""
    import ipaddress

    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# -- sources -------------------------------------------------------------------------------------------
def source_label(outlet: str | None, article: Article | None = None, width: int = 48) -> str:
    """How a reader recognises where a report comes from: the outlet, else the site's host, else the
    headline in quotes (a file name or an internal id tells a reader nothing)."""
    if outlet:
        return outlet
    if article is not None:
        if article.url and (host := urlsplit(article.url).hostname):
            return host.removeprefix("www.")
        if article.title.strip():
            return f"“{clip(article.title.strip(), width)}”"
        return article.source.rsplit("/", 1)[-1]
    return "unknown outlet"


def clip(text: str, width: int) -> str:
    """``text`` cut at a word boundary to at most ``width`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-") + "…"
