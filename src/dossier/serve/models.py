"""Response models of the API beyond the pipeline's records (which :mod:`dossier.records` defines)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.records import Actor, Article, Disagreement, Event, Story


@dataclass(slots=True)
class StoryDetail:
    """A story's page: its first articles in publication order (at most ``STORY_ARTICLES`` of
    ``n_articles``; ``/api/articles?story=ID`` pages through all), its first events in date order (at most
    ``STORY_EVENTS`` of ``n_events``; ``/api/events?story=ID`` pages through all), its disagreements."""

    story: Story
    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    n_articles: int = 0
    n_events: int = 0


@dataclass(slots=True)
class StoryRef:
    """A story as a list shows it: its headline and span."""

    id: str
    title: str
    first_published: str | None = None
    last_published: str | None = None
    articles: int = 0


@dataclass(slots=True)
class ActorDetail:
    """The dossier of one actor: how it is named, what it did, who reported it.

    ``events`` are the actor's latest events (at most ``ACTOR_EVENTS``, in date order) of ``n_events``;
    ``story_ids``/``stories`` the stories of those events; ``outlets`` counts the reports of all its events
    by outlet (the most reporting first, at most ``ACTOR_OUTLETS``); ``actor.article_ids`` lists its latest
    articles of ``actor.n_articles``."""

    actor: Actor
    events: list[Event] = field(default_factory=list)
    outlets: dict[str, int] = field(default_factory=dict)  # outlet -> mentions of the actor's events
    story_ids: list[str] = field(default_factory=list)
    stories: list[StoryRef] = field(default_factory=list)  # the same stories, with their headlines
    sources: dict[str, str] = field(default_factory=dict)  # article id -> label, for sources without an outlet
    n_events: int = 0
    n_stories: int = 0


@dataclass(slots=True)
class TimelineItem:
    event_id: str
    date: str | None
    date_end: str | None
    type: str
    mode: str
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    place: str | None = None
    story_id: str | None = None
    n_sources: int = 0
    outlets: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    date_source: str | None = None  # "timex" (stated) | "newsday" (the news day a lead states) | "published" (the first report's day) | None
