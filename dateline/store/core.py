"""``Store``: the one interface over the knowledge base, whatever the backend.

Writes go through :meth:`Store.add` ((document, record) pairs, resolved against the knowledge
base as they are written); reads through the query methods below, which return the typed models
of :mod:`dateline.store.models`. Every query is parameterised: callers never write SQL. The
store never reads sources or runs extraction: the jobs (:mod:`dateline.jobs`) do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dateline.article import Article, FailedDocument
from dateline.record import Record
from dateline.resolve.entities import country_name
from dateline.resolve.places import PlaceQuery
from dateline.store import queries
from dateline.store.backend import Backend
from dateline.store.brief_models import Brief, BriefParty
from dateline.store.models import (
    ActorDetail,
    ArticleDetail,
    Calendar,
    CountryDetail,
    EventDetail,
    EventSummary,
    Network,
    Page,
    RoleInfo,
    SearchResults,
    Stats,
)
from dateline.store.queries.common import DateLike
from dateline.store.schema import DERIVED_SINCE, current_version, migrate
from dateline.store.writer import AddStats, Writer

__all__ = ["Store"]

Party = int | str
Place = str | PlaceQuery | None


class Store:
    """The knowledge base: canonical people, roles, organisations, countries and events.

    Open one with :func:`dateline.store.open_store`. A Store can be used as a context manager.
    """

    def __init__(self, backend: Backend, *, migrate_schema: bool = True) -> None:
        self.db = backend
        before = current_version(backend) if migrate_schema else None
        self.schema_version = migrate(backend) if migrate_schema else None
        self.writer = Writer(backend)
        if before and self.schema_version and before < DERIVED_SINCE <= self.schema_version:
            self.writer.derive_all()  # rows written before the derived columns existed

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.db.dialect

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------
    def add(self, pairs: Iterable[tuple[Article | FailedDocument, Record]], *,
            batch_size: int = 64) -> AddStats:
        """Store (document, record) pairs from ``Extractor.extract_many``; one transaction per
        batch. Failed documents are counted and reported in the result, not stored."""
        return self.writer.add(pairs, batch_size=batch_size)

    # -- events -----------------------------------------------------------------------------
    def list_events(self, kind: str | Sequence[str] | None = None, country: str | None = None,
                    person: Party | None = None, organization: Party | None = None,
                    status: str | None = None, since: DateLike = None, until: DateLike = None,
                    source: str | int | None = None, q: str | None = None, limit: int = 50,
                    offset: int = 0, place: Place = None) -> Page[EventSummary]:
        """Events matching every filter, newest first.

        ``country`` is an ISO alpha-3 code; ``person``/``organization`` an actor id (or a name
        fragment); ``since``/``until`` partial dates bounding the event's dates; ``source`` an
        outlet name (or an article id); ``q`` words in the event's name, place, actors or
        articles; ``place`` where the event was held: a country or a city (see
        :meth:`parse_place`).
        """
        return queries.list_events(self.db, kind=kind, country=country, person=person,
                                   organization=organization, status=status, since=since,
                                   until=until, source=source, q=q, place=self.parse_place(place),
                                   limit=limit, offset=offset)

    def get_event(self, event_id: int) -> EventDetail | None:
        """One event with participants, sources (evidence sentences and trigger offsets into
        each article), place and status history; None when unknown."""
        return queries.get_event(self.db, event_id)

    def events_between(self, a: Party, b: Party, *, limit: int = 100,
                       offset: int = 0) -> Page[EventSummary]:
        """Events in which both parties take part (actor ids or country codes), newest first."""
        return queries.events_between(self.db, a, b, limit=limit, offset=offset)

    def calendar(self, since: DateLike = None, until: DateLike = None, *,
                 country: str | None = None, place: Place = None) -> Calendar:
        """Planned events (and invitations) by month; ``place`` as for :meth:`list_events`."""
        return queries.calendar(self.db, since, until, country=country,
                                place=self.parse_place(place))

    def invitations_to(self, events: Sequence[EventSummary]) -> dict[int, list[EventSummary]]:
        """For each of ``events`` (by id), the invitations to it, oldest first: an invitation
        goes to the event its article's sentence names best among the events that article
        reports planned or that are among ``events`` (see :mod:`dateline.resolve.invitations`),
        if it was extended before the event began."""
        return queries.invitations_to(self.db, events)

    # -- places and countries ---------------------------------------------------------------
    @staticmethod
    def parse_place(place: Place) -> PlaceQuery | None:
        """What a place filter asks for: ``"AZE"``, ``"Azerbaijan"`` or ``"Azerbaijani"`` the
        events held in that country; ``"Baku"`` those held in the city (with the gazetteer's
        country for it, ``in_country``). None for no filter."""
        if place is None or isinstance(place, PlaceQuery):
            return place
        from dateline.resolve.places import parse_place

        return parse_place(place)

    @staticmethod
    def country_name(code: str) -> str:
        """A readable name for an ISO alpha-3 code (or an organisation acronym such as ``UN``),
        as the store's answers name countries."""
        return country_name(code)

    # -- actors -----------------------------------------------------------------------------
    def get_actor(self, actor_id: int) -> ActorDetail | None:
        """A person (roles over time, timeline, counterparts), organisation or country."""
        return queries.get_actor(self.db, actor_id)

    def get_country(self, code: str, *, since: DateLike = None,
                    until: DateLike = None) -> CountryDetail:
        """A country's partners by frequency, event counts by kind per month, officials seen."""
        return queries.get_country(self.db, code, since=since, until=until)

    def roles_of(self, person_id: int) -> list[RoleInfo]:
        """Every office the person was seen holding, earliest first."""
        return queries.roles_of(self.db, person_id)

    def who_held(self, title: str, country: str | None, on: DateLike) -> list[RoleInfo]:
        """Who held an office on a date ("Prosecutor General", "KAZ", "2024-04")."""
        return queries.who_held(self.db, title, country, on)

    # -- the brief --------------------------------------------------------------------------
    def find_party(self, text: str) -> BriefParty:
        """Who ``text`` names: an actor id, a country code or name, an IGO acronym, a person's
        or an organisation's name (raises :class:`~dateline.errors.NotFoundError`)."""
        return queries.find_party(self.db, text)

    def brief(self, a: str, b: str, *, as_of: DateLike = None) -> Brief:
        """The brief before a meeting of ``a`` and ``b`` (each as :meth:`find_party` takes it):
        the relationship at a glance, agreements, invitations and whether they were honoured,
        what is announced, and who holds the relevant offices as of the newest report (or
        ``as_of``). See :mod:`dateline.store.queries.brief`."""
        day = as_of.isoformat() if hasattr(as_of, "isoformat") else as_of  # type: ignore[union-attr]
        return queries.brief(self.db, a, b, as_of=day or None)

    # -- across the store -------------------------------------------------------------------
    def search(self, q: str, limit: int = 20) -> SearchResults:
        """Full-text search over articles, plus people, organisations, countries and events."""
        return queries.search(self.db, q, limit)

    def network(self, since: DateLike = None, until: DateLike = None, kind: str | None = None,
                level: str = "country", *, country: str | None = None) -> Network:
        """Nodes and weighted edges of who engages with whom (``level`` country or person);
        with ``country``, only the events that country takes part in."""
        return queries.network(self.db, since, until, kind, level, country=country)

    def get_article(self, article_id: int | str) -> ArticleDetail | None:
        """An article (by id or key) with its text, metadata and record, linked to canonical
        actors and events."""
        return queries.get_article(self.db, article_id)

    def stats(self, *, today: DateLike = None) -> Stats:
        """Counts by kind and country, recent events and upcoming planned events."""
        return queries.stats(self.db, today=today)
