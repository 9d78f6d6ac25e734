"""The JSON API: every page's ``.json`` twin, CSV/JSON Lines exports of the event list, and
``POST /api/documents`` (token-protected). Data comes from :class:`~dateline.store.Store` only.

Every operation documents its error responses (the one error shape, :class:`ErrorBody`) and
its parameters' value sets (:mod:`dateline.serve.params`), so a client generated from
``/api/openapi.json`` meets no undocumented status, content type or rejected valid value.
"""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import Field

from dateline.serve.auth import require_token
from dateline.serve.between import Between, CounterpartMeeting, between, meetings_with
from dateline.serve.errors import ErrorBody
from dateline.serve.export import CSVResponse, JSONLinesResponse, event_rows_csv, event_rows_jsonl
from dateline.serve.params import (
    DateParam,
    EventFilters,
    Id,
    KindParam,
    Paging,
    clean,
    event_filters,
    filters_of,
    paging,
)
from dateline.serve.places import EventPage, list_events_at
from dateline.serve.schedule import Schedule, build_schedule
from dateline.serve.writes import WRITE_ERRORS, DocumentIn, DocumentOut, add_document
from dateline.store import Store
from dateline.store.models import (
    ActorDetail,
    ArticleDetail,
    CountryDetail,
    EventDetail,
    Network,
    SearchResults,
    Stats,
)

__all__ = ["ERRORS", "get_store", "router"]

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Malformed request (e.g. a bad Content-Length)"},
    404: {"model": ErrorBody, "description": "No such event, actor, article, country or party"},
    422: {"model": ErrorBody, "description": "A parameter outside its documented values"},
}
# the downloads answer errors in JSON too (a model would be documented in the route's type)
_JSON_ERRORS = {code: {"description": spec["description"], "content": {"application/json": {
    "schema": {"$ref": "#/components/schemas/ErrorBody"}}}} for code, spec in ERRORS.items()}
router = APIRouter(responses=ERRORS)
T = TypeVar("T")
Since = DateParam  # the name pages.py imports
PartyParam = Annotated[str, Query(min_length=1, description="Actor id, country code or name "
                                                            "(a = b: that party's events)")]
Place = Annotated[str | None, Query(description="Where it is held: a city (Baku), a country "
                                                "code (AZE) or a country name (Azerbaijan)")]


async def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]
Filters = Annotated[EventFilters, Depends(event_filters)]


def found(value: T | None, what: str) -> T:
    if value is None:
        raise HTTPException(404, f"{what} not found")
    return value


@router.get("/index.json", response_model=Stats, tags=["pages"])
def home_json(store: StoreDep) -> Stats:
    """Counts by kind, status and country; recent events; upcoming planned events."""
    return store.stats()


@router.get("/search.json", response_model=SearchResults, tags=["pages"])
def search_json(store: StoreDep, q: str = "",
                limit: Annotated[int, Query(ge=1, le=100)] = 20) -> SearchResults:
    """Articles (full text), people, organisations, countries and events matching ``q``."""
    return store.search(q.strip(), limit)


def list_page(store: Store, filters: EventFilters, page: Paging,
              place: str | None = None) -> EventPage:
    return list_events_at(store, filters.to_dict(), clean(place), limit=page.limit,
                          offset=page.offset)


@router.get("/events.json", response_model=EventPage, tags=["pages"])
def events_json(store: StoreDep, filters: Filters, page: Annotated[Paging, Depends(paging)],
                place: Place = None) -> EventPage:
    """Events matching every filter, newest first, one page at a time."""
    return list_page(store, filters, page, place)


@router.get("/events.csv", tags=["exports"], response_class=CSVResponse, responses=_JSON_ERRORS,
            response_description="CSV, one row per event, with a header row")
def events_csv(store: StoreDep, filters: Filters, place: Place = None) -> CSVResponse:
    """Every event matching the filters, as CSV (one row per event)."""
    return event_rows_csv(store, filters, clean(place))


@router.get("/events.jsonl", tags=["exports"], response_class=JSONLinesResponse,
            responses=_JSON_ERRORS,
            response_description="JSON Lines, one event summary per line")
def events_jsonl(store: StoreDep, filters: Filters, place: Place = None) -> JSONLinesResponse:
    """Every event matching the filters, as JSON Lines (one event summary per line)."""
    return event_rows_jsonl(store, filters, clean(place))


@router.get("/events/{event_id:int}.json", response_model=EventDetail, tags=["pages"])
def event_json(store: StoreDep, event_id: Id) -> EventDetail:
    """One event: participants, place, date, sources with evidence, status history."""
    return found(store.get_event(event_id), f"event {event_id}")


class ActorPage(ActorDetail):
    meetings: list[CounterpartMeeting] = Field(
        default_factory=list, description="Each counterpart's last meeting with this actor "
                                          "(among its listed events) and shared-events link")


def actor_page(store: Store, actor_id: int) -> ActorPage:
    detail = found(store.get_actor(actor_id), f"actor {actor_id}")
    view = ActorPage.model_validate(detail.model_dump())
    view.meetings = meetings_with(detail)
    return view


@router.get("/actors/{actor_id:int}.json", response_model=ActorPage, tags=["pages"])
def actor_json(store: StoreDep, actor_id: Id) -> ActorPage:
    """A person (roles over time, events, counterparts and when they last met), organisation
    or country actor."""
    return actor_page(store, actor_id)


@router.get("/between.json", response_model=Between, tags=["pages"])
def between_json(store: StoreDep, a: PartyParam, b: PartyParam,
                 page: Annotated[Paging, Depends(paging)], kind: KindParam = None) -> Between:
    """Events in which both parties take part, newest first; their last meeting and latest
    contact."""
    filters = filters_of(kind=kind)
    return between(store, a, b, filters.kind, limit=page.limit, offset=page.offset)


def country_detail(store: Store, code: str, since: str | None,
                   until: str | None) -> CountryDetail:
    period = filters_of(since=since, until=until)
    detail = store.get_country(code, since=period.since, until=period.until)
    if detail.actor_id is None and detail.n_events == 0 and not detail.officials:
        raise HTTPException(404, f"country {code.upper()} not found")
    return detail


@router.get("/countries/{code}.json", response_model=CountryDetail, tags=["pages"])
def country_json(store: StoreDep, code: str, since: Since = None,
                 until: Since = None) -> CountryDetail:
    """A country's partners by frequency, events by kind per month, officials seen."""
    return country_detail(store, code, since, until)


# Without a period the network opens on all time when the store is small enough to draw it,
# else on the twelve months up to the newest event.
NETWORK_ALL_TIME = 20_000


def network_period(store: Store, since: str | None, until: str | None,
                   period: str | None) -> tuple[str | None, str | None, str | None]:
    """(since, until, default period used): ``period`` "all" or "12m", else by store size."""
    if since is not None or until is not None:
        return since, until, None
    if period is None:  # counted up to the threshold only (limit 0: no rows read)
        big = store.list_events(limit=0, offset=NETWORK_ALL_TIME).total > NETWORK_ALL_TIME
        period = "12m" if big else "all"
    if period == "all":
        return None, None, "all"
    newest = store.list_events(limit=1).items
    if newest and newest[0].date.start:
        year, month = int(newest[0].date.start[:4]), newest[0].date.start[5:7] or "01"
        return f"{year - 1}-{month}", None, "12m"
    return None, None, "all"


@router.get("/network.json", response_model=Network, tags=["pages"])
def network_json(store: StoreDep, since: Since = None, until: Since = None,
                 kind: KindParam = None,
                 level: Annotated[str, Query(pattern="^(country|person)$")] = "country",
                 country: Annotated[str | None, Query(
                     description="Only the events this country (ISO alpha-3) takes part in")
                 ] = None,
                 period: Annotated[str | None, Query(
                     pattern="^(all|12m)?$", description="Without since/until: 'all' (all "
                     "time) or '12m' (the twelve months up to the newest event)")] = None
                 ) -> Response:
    """Who meets whom: nodes weighted by events, edges by shared events. Without since/until:
    all time on a store of up to 20,000 events, else the twelve months up to the newest event
    (``period`` chooses)."""
    filters = filters_of(kind=kind, since=since, until=until, country=country)
    start, end, default = network_period(store, filters.since, filters.until,
                                         clean(period))
    # thousands of edges: serialise the store's model once (no response_model re-validation)
    network = store.network(start, end, filters.kind, level, country=filters.country)
    network.default_period = default
    return Response(network.model_dump_json(), media_type="application/json")


@router.get("/calendar.json", response_model=Schedule, tags=["pages"])
def calendar_json(store: StoreDep, since: Since = None, until: Since = None,
                  country: str | None = None, place: Place = None) -> Schedule:
    """Scheduled events by month - planned, or announced and since held - with the invitations
    to them. Without since/until: three months from the newest reported engagement."""
    code = clean(country)
    filters = filters_of(since=since, until=until)
    return build_schedule(store, filters.since, filters.until,
                          country=code.upper() if code else None, place=clean(place))


@router.get("/articles/{article_id:int}.json", response_model=ArticleDetail, tags=["pages"])
def article_json(store: StoreDep, article_id: Id) -> ArticleDetail:
    """An article's text, metadata and record, linked to canonical actors and events."""
    return found(store.get_article(article_id), f"article {article_id}")


@router.post("/api/documents", response_model=DocumentOut, status_code=201, tags=["write"],
             dependencies=[Depends(require_token)], responses=WRITE_ERRORS)
async def post_document(request: Request, document: DocumentIn) -> DocumentOut:
    """Extract one document and store what it reports (needs ``Authorization: Bearer``). The
    extraction runs in a worker process, so reads never wait for it."""
    return await add_document(request.app.state.writes, document)
