"""The "place" filter: events held in a city ("Baku") or a country ("AZE", "Azerbaijan").

The store's ``list_events`` has no place parameter, so the web layer reads the events matching
the other filters and keeps those whose canonical place matches. That is exact while at most
:data:`SCAN_CAP` events match the other filters. Beyond that the read is narrowed first to the
events the place's country (for a city: the gazetteer's country) takes part in - which misses an
event held there between other states, such as talks on the sidelines of a summit abroad - and
the result says so in ``note``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dateline.extract.places import lookup_place, name_index
from dateline.gazetteer import fold
from dateline.resolve.entities import country_name
from dateline.store import Store
from dateline.store.models import EventSummary, Page, PlaceValue
from dateline.store.queries.events import COUNT_CAP

__all__ = ["EventPage", "PlaceQuery", "SCAN_CAP", "list_events_at", "parse_place"]

SCAN_CAP = 500


class EventPage(Page[EventSummary]):
    """A page of events; ``place`` echoes the place filter and ``note`` says when the place
    filter had to narrow its scan (see :mod:`dateline.serve.places`)."""

    place: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceQuery:
    """What a place filter asks for: a country code, or a city name (folded) and, when the
    gazetteer knows the city, its country (``in_country``)."""

    text: str
    country: str | None = None
    city: str | None = None
    in_country: str | None = None

    def matches(self, place: PlaceValue | None) -> bool:
        if place is None:
            return False
        if self.country is not None:
            return (place.country or "").upper() == self.country
        name = fold(place.name or "")
        return bool(self.city) and (name == self.city or f" {self.city} " in f" {name} ")

    def label(self) -> str:
        return country_name(self.country) if self.country else self.text


def parse_place(value: str | None) -> PlaceQuery | None:
    """``"AZE"``/``"aze"``/``"Azerbaijan"`` -> the country AZE; ``"Baku"`` -> the city."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if len(text) == 3 and text.isalpha() and country_name(text.upper()) != text.upper():
        return PlaceQuery(text, country=text.upper())
    hit = name_index().get(fold(text))
    if hit is not None and hit[1] != "capital":
        return PlaceQuery(text, country=hit[0])
    known = lookup_place(text)
    return PlaceQuery(text, city=fold(text), in_country=known.country if known else None)


def list_events_at(store: Store, filters: dict[str, Any], place: str | None, *,
                   limit: int = 50, offset: int = 0) -> EventPage:
    """``store.list_events(**filters)`` restricted to events held at ``place``, newest first."""
    where = parse_place(place)
    if where is None:
        page = store.list_events(**filters, limit=limit, offset=offset)
        return EventPage(items=page.items, total=page.total, limit=limit, offset=offset,
                         total_capped=page.total_capped)
    notes = []
    first = store.list_events(**filters, limit=1)
    total = first.total
    country = where.country or where.in_country
    if total > SCAN_CAP and country and not filters.get("country"):
        filters = {**filters, "country": country}
        notes.append(f"{_count(first)} events match the other filters: the place filter "
                     f"searched those {country} takes part in")
    page = store.list_events(**filters, limit=SCAN_CAP)
    if page.total > SCAN_CAP:
        notes.append(f"only the newest {SCAN_CAP} of {_count(page)} were searched (add a period, "
                     "kind or country)")
    note = "; ".join(notes) if notes else None
    if note:
        note = note[0].upper() + note[1:]
    matches = [e for e in page.items if where.matches(e.place)]
    return EventPage(items=matches[offset:offset + limit], total=len(matches), limit=limit,
                     offset=offset, place=where.text, note=note)


def _count(page: Page[EventSummary]) -> str:
    """A page's total as shown: ``10000+`` when it was counted only that far."""
    return f"{page.total - 1}+" if page.total_capped and page.total > COUNT_CAP else str(page.total)
