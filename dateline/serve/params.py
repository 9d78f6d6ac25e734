"""Query and path parameters shared by a page and its JSON twin (event filters, dates, ids,
pagination), each declared with the values it takes, so the OpenAPI document states them: the
closed sets (``kind``, ``status``) as enums, dates as a pattern, ids and offsets within the range
the databases store. An empty value (a form's empty field) means "no filter"."""

from __future__ import annotations

import calendar
from dataclasses import asdict, dataclass
from typing import Annotated, Any, get_args

from fastapi import HTTPException, Path, Query

from dateline.record import EventKind, Status

__all__ = ["DATE_PATTERN", "DateParam", "EventFilters", "Id", "KINDS", "KindParam", "MAX_ID",
           "MAX_OFFSET", "Paging", "STATUSES", "StatusParam", "clean", "clean_date",
           "event_filters", "filters_of", "is_id", "paging"]

KINDS: tuple[str, ...] = get_args(EventKind)
STATUSES: tuple[str, ...] = get_args(Status)
MAX_ID = 2 ** 63 - 1  # the largest id SQLite and PostgreSQL store (64-bit signed)
MAX_OFFSET = 10 ** 9
_YEAR = r"([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
_MONTH_DAY = (r"((0[13578]|1[02])(-(0[1-9]|[12][0-9]|3[01]))?|(0[469]|11)(-(0[1-9]|[12][0-9]|30))?"
              r"|02(-(0[1-9]|1[0-9]|2[0-9]))?)")
DATE_PATTERN = rf"^({_YEAR}(-{_MONTH_DAY})?)?$"
_DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD (a real date; empty: no bound)"

DateParam = Annotated[str | None, Query(pattern=DATE_PATTERN, description=_DATE_HELP)]
Id = Annotated[int, Path(ge=1, le=MAX_ID, description="A positive 64-bit integer")]


def _enum_query(allowed: tuple[str, ...], what: str) -> Any:
    return Query(description=f"{what}: one of {', '.join(allowed)} (empty: any)",
                 json_schema_extra={"enum": ["", *allowed]})


KindParam = Annotated[str | None, _enum_query(KINDS, "Event kind")]
StatusParam = Annotated[str | None, _enum_query(STATUSES, "Status")]


def clean(value: str | None) -> str | None:
    """Empty form fields mean "no filter"."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def is_id(value: str) -> bool:
    """``value`` is an id the database can hold: ASCII digits, at most :data:`MAX_ID`."""
    return value.isascii() and value.isdigit() and int(value) <= MAX_ID


def clean_date(value: str | None) -> str | None:
    """A date parameter (already matching :data:`DATE_PATTERN`); 29 February of a year that
    has none is that month's last day."""
    value = clean(value)
    if value and value[5:10] == "02-29" and not calendar.isleap(int(value[:4])):
        return value[:8] + "28"
    return value


def _one_of(name: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    """``value`` exactly one of ``allowed``, or empty (no filter)."""
    if value is None or value == "":
        return None
    if value not in allowed:
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
        """The store's keyword arguments. A ``person`` of digits that no id can have (beyond
        :data:`MAX_ID`, or digits other than 0-9) becomes the id 0, which no actor has."""
        values = asdict(self)
        person = self.person
        if person is not None and person.isdigit() and not is_id(person):
            values["person"] = 0
        return values

    def active(self) -> bool:
        return any(v is not None for v in asdict(self).values())


def event_filters(
    kind: KindParam = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-3 code, e.g. KAZ "
                                                     "(any other value matches nothing)")] = None,
    person: Annotated[str | None, Query(
        description="An actor id (digits) or a fragment of a person's name (any text; no "
                    "match: no events)")] = None,
    status: StatusParam = None,
    since: DateParam = None,
    until: DateParam = None,
    q: Annotated[str | None, Query(description="Words in name, place, actors or articles")] = None,
) -> EventFilters:
    return filters_of(kind=kind, country=country, person=person, status=status, since=since,
                      until=until, q=q)


def filters_of(*, kind: str | None = None, country: str | None = None,
               person: str | None = None, status: str | None = None, since: str | None = None,
               until: str | None = None, q: str | None = None) -> EventFilters:
    """The filters from their raw values (checked as :func:`event_filters` checks them)."""
    country = clean(country)
    return EventFilters(kind=_one_of("kind", kind, KINDS),
                        country=country.upper() if country else None, person=clean(person),
                        status=_one_of("status", status, STATUSES), since=clean_date(since),
                        until=clean_date(until), q=clean(q))


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int
    offset: int


async def paging(limit: Annotated[int, Query(ge=1, le=500)] = 50,
                 offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> Paging:
    return Paging(limit=limit, offset=offset)
