"""The typed results of the store's read queries (what the web layer and exports consume).

Every model has ``to_dict()`` (JSON-ready). Dates are ISO strings, possibly partial
(``YYYY-MM``); ids are integers; countries are ISO 3166-1 alpha-3 codes (or IGO acronyms).
These shapes are stable: fields may be added, not renamed or removed.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, computed_field

from dateline.store.headlines import headline as _headline

__all__ = [
    "ActorDetail", "ActorRef", "ArticleDetail", "ArticleHit", "ArticleRef", "Calendar",
    "CalendarMonth", "CountryDetail", "CountryCount", "Counterpart", "DateValue", "EventDetail",
    "EventSource", "EventSummary", "Evidence", "HistoryEntry", "KindCount", "Network",
    "NetworkEdge", "NetworkNode", "Page", "PlaceValue", "RoleInfo", "SearchResults", "Stats",
]

T = TypeVar("T")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=False)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class ActorRef(_Model):
    """A canonical actor as other objects refer to it."""

    id: int
    kind: str = Field(description="person | organization | country | group")
    name: str
    title: str | None = None
    country: str | None = None


class DateValue(_Model):
    start: str | None = None
    end: str | None = None
    precision: str | None = Field(default=None, description="day | month | year")


class PlaceValue(_Model):
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class EventSummary(_Model):
    """A canonical event in a list."""

    id: int
    kind: str
    type: str
    mode: str | None = None
    status: str
    name: str | None = None
    date: DateValue
    place: PlaceValue | None = None
    countries: list[str] = Field(default_factory=list)
    confidence: float
    n_sources: int
    source: list[ActorRef] = Field(default_factory=list)
    recipient: list[ActorRef] = Field(default_factory=list)
    participants: list[ActorRef] = Field(default_factory=list, description="Everyone else taking part")
    first_reported: str | None = None
    last_reported: str | None = None

    @computed_field(description=(  # type: ignore[prop-decorator]
        'The event as a news headline ("Zhandos Umiraliyev (KAZ) visits Baku", "Call: Tokayev '
        '– Mirziyoyev"), from its kind, status, name, people, place and date'))
    @property
    def headline(self) -> str:
        return _headline(self)


class Page(_Model, Generic[T]):
    """One page of a list: ``items`` and the ``total`` matching the filters."""

    items: list[T]
    total: int
    limit: int
    offset: int
    total_capped: bool = Field(default=False, description=(
        "The total was not counted to the end (large sets are counted up to 10,000, search "
        "candidates are the newest matches): there are at least ``total``"))


class Evidence(_Model):
    """One place in an article that reports the event (offsets index the article text)."""

    local_id: str = Field(description="The event's id in the article's record")
    status: str
    date: DateValue
    date_text: str | None = None
    trigger_text: str
    trigger_start: int
    trigger_end: int
    sentence_text: str
    sentence_start: int
    sentence_end: int
    confidence: float


class ArticleRef(_Model):
    id: int
    key: str
    doc_id: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="The outlet")
    title: str | None = None
    published: str | None = None
    lang: str | None = Field(default=None, description="Language of the text (ISO 639-1: en, ru)")


class EventSource(_Model):
    """One reporting article and its evidence."""

    article: ArticleRef
    evidence: list[Evidence]


class HistoryEntry(_Model):
    """What one article said about the event's status and date, and when it was recorded."""

    article_id: int
    url: str | None = None
    reported_on: str | None = None
    status: str
    date: DateValue
    recorded_at: str


class EventDetail(EventSummary):
    sources: list[EventSource] = Field(default_factory=list)
    history: list[HistoryEntry] = Field(default_factory=list)


class RoleInfo(_Model):
    """An office a person was seen holding, with its first and last sightings."""

    id: int
    person: ActorRef
    title: str
    organization: str | None = None
    organization_id: int | None = None
    country: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    n_sources: int
    covers: bool | None = Field(default=None, description="who_held: seen on both sides of the date")


class Counterpart(_Model):
    actor: ActorRef
    count: int


class CountryCount(_Model):
    code: str
    name: str
    count: int


class KindCount(_Model):
    period: str = Field(description="YYYY-MM")
    kind: str
    count: int


class ActorDetail(_Model):
    """A canonical actor with its offices, events and counterparts."""

    actor: ActorRef
    acronym: str | None = None
    members: list[str] = Field(default_factory=list)
    names: list[str] = Field(default_factory=list, description="Spellings seen in articles")
    aliases: list[str] = Field(default_factory=list, description=(
        "Other names records give it (the Cyrillic nominative of a Russian report's person), "
        "first seen first"))
    n_mentions: int = 0
    n_articles: int = 0
    counts_capped: bool = Field(default=False, description=(
        "n_mentions / n_articles were counted up to 10,000: a value above it means 10,000+"))
    roles: list[RoleInfo] = Field(default_factory=list)
    officials: list[RoleInfo] = Field(default_factory=list, description="Organisations, countries")
    events: list[EventSummary] = Field(default_factory=list, description="Newest first")
    counterparts: list[Counterpart] = Field(default_factory=list, description=(
        "The others in its events, most shared first: not its own country, compatriots or "
        "organisation"))
    kinds_over_time: list[KindCount] = Field(
        default_factory=list, description="Its events by month and kind (for the timeline)")


class CountryDetail(_Model):
    code: str
    name: str
    actor_id: int | None = None
    n_events: int
    n_events_capped: bool = Field(default=False, description="n_events is a lower bound")
    partners: list[CountryCount]
    kinds_over_time: list[KindCount]
    officials: list[RoleInfo]
    events: list[EventSummary] = Field(default_factory=list, description="Newest first")
    counterparts: list[Counterpart] = Field(
        default_factory=list, description="People of other states and IGOs in the country's "
                                          "newest events, most shared events first")


class ArticleHit(_Model):
    article: ArticleRef
    snippet: str | None = None


class SearchResults(_Model):
    query: str
    articles: list[ArticleHit] = Field(default_factory=list)
    people: list[ActorRef] = Field(default_factory=list)
    organizations: list[ActorRef] = Field(default_factory=list)
    countries: list[ActorRef] = Field(default_factory=list)
    events: list[EventSummary] = Field(default_factory=list)


class NetworkNode(_Model):
    id: str = Field(description="Country code, or actor id as a string")
    label: str
    kind: str
    weight: int


class NetworkEdge(_Model):
    source: str
    target: str
    weight: int
    kinds: dict[str, int] = Field(default_factory=dict)


class Network(_Model):
    level: str
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    since: str | None = Field(default=None, description="The period covered (when limited)")
    until: str | None = None
    country: str | None = Field(default=None, description="Only this country's events")
    default_period: str | None = Field(default=None, description=(
        "No period asked: 'all' (all time) or '12m' (the twelve months up to the newest event)"))


class CalendarMonth(_Model):
    month: str = Field(description="YYYY-MM, or 'undated'")
    events: list[EventSummary]


class Calendar(_Model):
    months: list[CalendarMonth]


class ArticleDetail(_Model):
    """An article, its metadata and its record, linked to canonical actors and events."""

    article: ArticleRef
    text: str
    published_from: str | None = None
    ingested_at: str | None = None
    record: dict[str, Any] = Field(description="The extraction record (CONTRACT.md)")
    actors: dict[str, ActorRef] = Field(default_factory=dict, description="Record actor id -> canonical actor")
    events: dict[str, int] = Field(default_factory=dict, description="Record event id -> canonical event id")


class Stats(_Model):
    articles: int
    events: int
    people: int
    organizations: int
    countries: int
    events_by_kind: dict[str, int]
    events_by_status: dict[str, int]
    events_by_country: list[CountryCount]
    recent: list[EventSummary]
    upcoming: list[EventSummary]
