"""Query parameters shared by a page and its JSON twin (event filters, pagination)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Annotated, Any, get_args

from fastapi import HTTPException, Query

from dateline.record import EventKind, Status

__all__ = ["EventFilters", "KINDS", "Paging", "STATUSES", "clean", "event_filters", "paging"]

KINDS: tuple[str, ...] = get_args(EventKind)
STATUSES: tuple[str, ...] = get_args(Status)


def clean(value: str | None) -> str | None:
    """Empty form fields mean "no filter"."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def _one_of(name: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    value = clean(value)
    if value is not None and value not in allowed:
        raise HTTPException(422, f"{name}: must be one of {', '.join(allowed)}")
    return value


@dataclass(frozen=True, slots=True)
class EventFilters:
    kind: str | None = None
    country: str | None = None
    person: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def active(self) -> bool:
        return any(v is not None for v in asdict(self).values())


def event_filters(
    kind: Annotated[str | None, Query(description=f"One of: {', '.join(KINDS)}")] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-3 code, e.g. KAZ")] = None,
    person: Annotated[str | None, Query(description="Actor id or a name fragment")] = None,
    status: Annotated[str | None, Query(description="occurred | planned")] = None,
    since: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    q: Annotated[str | None, Query(description="Words in name, place, actors or articles")] = None,
) -> EventFilters:
    country = clean(country)
    return EventFilters(kind=_one_of("kind", kind, KINDS),
                        country=country.upper() if country else None, person=clean(person),
                        status=_one_of("status", status, STATUSES), since=clean(since),
                        until=clean(until), q=clean(q))


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int
    offset: int


def paging(limit: Annotated[int, Query(ge=1, le=500)] = 50,
           offset: Annotated[int, Query(ge=0)] = 0) -> Paging:
    return Paging(limit=limit, offset=offset)
