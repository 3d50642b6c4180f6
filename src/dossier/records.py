"""The typed records every stage reads and writes.

This module is the data contract of dossier, the way spaCy's ``Doc`` is the
contract of its pipeline: ingest produces :class:`Article`; per-article
analysis adds :class:`Mention`, :class:`TimeExpr` and :class:`EventMention`
(bundled in :class:`Analysis`); resolution fills the actor fields of mentions
and produces :class:`Actor`; linking produces :class:`Story`, :class:`Event`
and :class:`Disagreement` (and keeps :class:`StoryProfile` for the stories it may
extend, scoring each article's :class:`LinkFeatures` against them). Stores persist exactly these records; the API
serves them as its response models.

Records are plain dataclasses: cheap to build, picklable (worker processes,
Ray), and accepted by FastAPI as response models. Offsets are character
offsets into ``Article.text`` (the cleaned body).
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import hashlib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

# PLOVER event types (https://github.com/openeventdata/PLOVER).
EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)
MODES: tuple[str, ...] = (
    "asserted", "alleged", "denied", "planned", "historical", "hypothetical", "negated", "requested",
)
TIMEX_TYPES: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET")

# "requested": asked of someone and not (yet) done ("urged Russia to withdraw"), the guidelines' mode of that name
Mode = Literal["asserted", "alleged", "denied", "planned", "historical", "hypothetical", "negated", "requested"]
# modes of what did not happen and is not set to (a plan may still happen): what linking never dates a story by
NOT_DONE_MODES: tuple[str, ...] = ("negated", "hypothetical", "requested")


def stable_id(prefix: str, *parts: str, length: int = 16) -> str:
    """A deterministic id: the same inputs give the same id on every machine and run."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]
    return f"{prefix}{digest}"


@dataclass(slots=True)
class CleaningStep:
    """One line the cleaner removed (or moved to metadata), and why."""

    line: str
    reason: str
    action: str = "drop"  # "drop" or "metadata"


@dataclass(slots=True)
class Article:
    """One news article after ingest: cleaned body plus metadata with evidence."""

    id: str
    source: str  # path, URL or "stdin:<n>" the article was read from
    text: str  # cleaned body, the text every offset refers to
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None when unknown
    published_evidence: str | None = None  # the line or field the date came from
    published_confidence: float = 0.0  # 0..1
    published_range: tuple[str, str] | None = None  # inferred bounds when the date is unknown
    format: str = "text"  # text | html | feed | jsonl | csv | warc
    content_hash: str = ""  # sha1 of the normalised body: exact-duplicate key
    duplicate_of: str | None = None  # id of the report this is a (wire) copy of
    cleaning: list[CleaningStep] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)  # captions, credits, source lines


@dataclass(slots=True)
class Mention:
    """An entity mention in an article, with its resolved actor once resolution ran."""

    article_id: str
    start: int
    end: int
    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, LOC, FAC ...
    sentence: int = 0
    actor_id: str | None = None
    country: str | None = None  # ISO-3 (or IGO code) of the resolved actor
    sector: str | None = None  # GOV, MIL, MED, SPY ...
    # entity hygiene (nlp/entities.py) and resolution; all optional, older stores lack them
    kind: str | None = None  # person | organisation | place | country | government | group
    role: str | None = None  # title or description split from a name: "Rear Adm.", "IDF spokesperson"
    evidence: str | None = None  # why the country/sector/kind is what it is ("role: Iranian foreign ministry")
    # the span's share of the actor check's score (nlp/actor_check.py), set where the parse is (the workers)
    span_score: float | None = None


@dataclass(slots=True)
class TimeExpr:
    """A time expression normalised TIMEX3-style relative to the publication date."""

    article_id: str
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # e.g. 2024-04-23, 2024-04, 2023, P3D, PRESENT_REF, XXXX-WXX-2
    end_value: str | None = None  # for ranges ("from January 15 to 17"): the last day
    anchored: bool = True  # False when no publication date was known to anchor it


@dataclass(slots=True)
class ActorRef:
    """A participant of an event: the span in the text and what it resolved to."""

    text: str
    start: int = -1
    end: int = -1
    actor_id: str | None = None
    name: str | None = None  # canonical name of the resolved actor
    country: str | None = None
    sector: str | None = None


# ``EventMention.undated_text`` of an undated report's mention that its publication day would date (the day's
# news told with no time of its own): its story's first report day dates it, as an inference
REPORT_DAY = "(the report's day)"


@dataclass(slots=True)
class EventMention:
    """One event as one article states it."""

    id: str
    article_id: str
    type: str  # one of EVENT_TYPES
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    quote: str  # the sentence the event was found in
    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    date: str | None = None  # TIMEX value (may be a range start)
    date_end: str | None = None
    date_source: str = "none"  # "timex" | "newsday" | "published" | "none"
    date_text: str | None = None
    place: str | None = None
    mode: str = "asserted"
    attribution: str | None = None  # who is cited: "KCNA", "the White House"
    stage: str | None = None  # announced | departed | arrived | returned | None
    confidence: float = 0.5
    subtype: str | None = None  # finer PLOVER mode/context, e.g. "visit", "meet"
    background: bool = False  # recalled as context, not the news of this article
    # background by the sentence's own grammar or time words (not the model's word alone): kept by the story
    recalled: bool = False
    # in a report with no publication date, the weekday or month and day that would date this undated mention
    # ("Monday", "May 31"), or ``REPORT_DAY`` for the day's news its publication day would date; its story
    # places it in the week its dated reports give (link/story_days.py)
    undated_text: str | None = None


@dataclass(slots=True)
class Analysis:
    """Everything the per-article stage found: the unit of parallel work."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[TimeExpr] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    # unit vector of title + lead when the optional embedding model is installed (nlp/embed.py);
    # linking reads it in the same run, the store does not keep it
    embedding: list[float] | None = None


@dataclass(slots=True)
class Actor:
    """A canonical actor: a person, an organisation, a government or a country."""

    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    kind: str = "unknown"  # person | organisation | government | country | place | group | unknown
    variants: dict[str, int] = field(default_factory=dict)  # surface form -> count
    roles: list[str] = field(default_factory=list)
    # articles that name the actor; a store fills it on reading (all of them, or the latest when asked for
    # fewer) and counts them in n_articles
    article_ids: list[str] = field(default_factory=list)
    source: str = "kb"  # "kb" (built in or --kb) or "discovered"
    evidence: list[str] = field(default_factory=list)  # where a discovered actor's country/sector came from
    n_articles: int = 0  # articles that name the actor, counted by the store (article_ids may list fewer)


@dataclass(slots=True)
class EventSource:
    """One mention of a merged event, with who reported it and how."""

    article_id: str
    event_mention_id: str
    outlet: str | None
    quote: str
    attribution: str | None
    mode: str
    stage: str | None
    date: str | None
    published: str | None
    duplicate_of: str | None = None


@dataclass(slots=True)
class Event:
    """One real-world event merged across articles; every source kept."""

    id: str
    type: str
    mode: str
    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    date: str | None = None
    date_end: str | None = None
    place: str | None = None
    story_id: str | None = None
    article_ids: list[str] = field(default_factory=list)
    mentions: list[EventSource] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    first_reported: str | None = None
    n_sources: int = 0  # independent sources: wire copies count once
    # the most confident mention's detection confidence, held just under nlp.event_model.DEFAULT_THRESHOLD for an
    # event left undated though the day of a report of it is known (link/events.py ``undated_news``) and for one
    # with one doer and no recipient, or no doer but for legal coercion (``one_sided``); surfaces
    # hide events under the threshold by default; an event built by hand without one (an import, a fixture) is
    # shown
    confidence: float = 1.0
    background: bool = False  # every mention recalls it as context: hidden in story views by default
    # the detection confidence itself (``confidence`` may hold it under the threshold: undated news), also for
    # readers of schema 4-6 exports, where ``confidence`` was a row confidence; None when unknown (built by hand)
    detection_confidence: float | None = None
    # where ``date`` comes from: "timex" (a mention's own time expression or one the article ties to it),
    # "newsday" (no mention states a time, one takes the news day its report's lead states, nlp/events.py
    # ``_article_news_day``), "published" (no mention states a time: the first report's publication day,
    # nlp/events.py ``_date_from_publication_day``), None when there is no date
    date_source: str | None = None


@dataclass(slots=True)
class Story:
    """A cluster of articles about one real-world event."""

    id: str
    article_ids: list[str] = field(default_factory=list)
    title: str = ""
    first_published: str | None = None
    last_published: str | None = None
    outlets: list[str] = field(default_factory=list)
    summary: str = ""
    thread_id: str | None = None  # stories that follow one another (departure -> talks)
    actor_ids: list[str] = field(default_factory=list)
    event_types: list[str] = field(default_factory=list)
    main_event: str = ""  # one line: who -> type -> whom, date, independent outlets (link/summary.py)
    main_event_id: str | None = None
    cited: list[str] = field(default_factory=list)  # who the reports cite, e.g. "KCNA (3 reports)"
    n_articles: int = 0  # its articles, all of them (lists and pages may show only some of article_ids)


@dataclass(slots=True)
class LinkFeatures:
    """What story linking knows of one article, computed once when a batch is linked
    (:func:`dossier.link.stories.link_features`); the linker places the article by these alone."""

    article_id: str
    terms: dict[str, float]  # strongest terms, TF-IDF weighted against the store's document frequencies
    actors: dict[str, float]  # specific resolved actors, IDF weighted
    focus: list[str]  # the countries and actors the headline (or lead) names
    events: list[str]  # "TYPE:actor countries>recipient countries" of its event mentions
    date: str | None  # publication date
    day: str | None  # the day of its lead event, when the text dates it
    embedding: list[float] | None
    terms_norm: float
    actors_norm: float
    keys: list[str]  # blocking keys: the story index entries it is looked up under


@dataclass(slots=True)
class StoryProfile:
    """What an article is scored against when it may join a story: the sum of its articles' features
    (:func:`dossier.link.stories.merge_profile`). Kept in the store's ``link_profiles``."""

    terms: dict[str, float] = field(default_factory=dict)
    actors: dict[str, float] = field(default_factory=dict)
    focus: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    first: str | None = None  # earliest and latest publication dates of its articles
    last: str | None = None
    days: list[str] = field(default_factory=list)  # lead-event days of its articles (latest 20)
    emb: list[float] | None = None  # sum of its articles' sentence embeddings (their centroid's direction)
    terms_norm: float = 0.0
    actors_norm: float = 0.0


@dataclass(slots=True)
class DisagreementValue:
    value: str
    quote: str
    article_id: str
    outlet: str | None


@dataclass(slots=True)
class Disagreement:
    """Sources that state conflicting values of one field of one event or story."""

    id: str
    story_id: str | None
    event_id: str | None
    field: str  # date | stage | number | title | place | attribution
    values: list[DisagreementValue] = field(default_factory=list)


@dataclass(slots=True)
class SkippedItem:
    """An input item that could not be ingested, and why. Nothing is dropped silently."""

    source: str
    reason: str


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did."""

    added: int = 0
    duplicates: int = 0
    already_known: int = 0
    skipped: list[SkippedItem] = field(default_factory=list)
    mentions: int = 0
    timexes: int = 0
    event_mentions: int = 0
    events: int = 0
    stories: int = 0
    actors: int = 0
    seconds: float = 0.0


T = TypeVar("T")


def to_dict(record: Any) -> dict[str, Any]:
    """A JSON-ready dict of a record (nested records become dicts), like ``dataclasses.asdict``.

    Hand-rolled because ``asdict`` deep-copies every leaf and was a fifth of the
    store's write time; records hold only scalars, lists, tuples, dicts and records.
    """
    return _encode(record)


_FIELDS: dict[type, tuple[str, ...]] = {}
_SCALARS = (str, int, float, bool, type(None))


def _encode(value: Any) -> Any:
    t = type(value)
    if t in _SCALARS:
        return value
    names = _FIELDS.get(t)
    if names is None and dataclasses.is_dataclass(t):
        names = _FIELDS[t] = tuple(f.name for f in dataclasses.fields(t))
    if names is not None:
        return {n: _encode(getattr(value, n)) for n in names}
    if t is list:
        return [_encode(v) for v in value]
    if t is tuple:
        return tuple(_encode(v) for v in value)
    if t is dict:
        return {k: _encode(v) for k, v in value.items()}
    return copy.deepcopy(value)


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a record from :func:`to_dict` output; unknown keys are ignored."""
    kwargs: dict[str, Any] = {}
    for name, convert in _decoder(cls):
        if name in data:
            value = data[name]
            kwargs[name] = None if value is None else convert(value)
    return cls(**kwargs)


@functools.lru_cache(maxsize=None)
def _decoder(cls: type) -> tuple[tuple[str, Any], ...]:
    """Per-field converters, worked out once per class (type hints are slow to evaluate)."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))


def _identity(value: Any) -> Any:
    return value


def _converter(hint: Any) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        non_none = [a for a in args if a is not type(None)]
        return _converter(non_none[0]) if len(non_none) == 1 else _identity
    if origin is list and args and dataclasses.is_dataclass(args[0]):
        item = args[0]
        return lambda value: [from_dict(item, v) if isinstance(v, dict) else v for v in value]
    if origin is tuple:
        return lambda value: tuple(value) if isinstance(value, list) else value
    if dataclasses.is_dataclass(hint):
        return lambda value: from_dict(hint, value) if isinstance(value, dict) else value
    return _identity
