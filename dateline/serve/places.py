"""The "place" filter of event lists: events held in a city ("Baku") or a country ("AZE",
"Azerbaijan"), found by the store's query (:meth:`dateline.store.Store.list_events`)."""

from __future__ import annotations

from typing import Any

from dateline.store import Store
from dateline.store.models import EventSummary, Page

__all__ = ["EventPage", "list_events_at"]


class EventPage(Page[EventSummary]):
    """A page of events; ``place`` echoes the place filter. ``note`` is a remark on how the page
    was found (none since the place filter is exact; kept for clients of the JSON)."""

    place: str | None = None
    note: str | None = None


def list_events_at(store: Store, filters: dict[str, Any], place: str | None, *,
                   limit: int = 50, offset: int = 0) -> EventPage:
    """``store.list_events(**filters)`` restricted to events held at ``place``, newest first."""
    where = store.parse_place(place)
    page = store.list_events(**filters, place=where, limit=limit, offset=offset)
    return EventPage(items=page.items, total=page.total, limit=limit, offset=offset,
                     total_capped=page.total_capped, place=where.text if where else None)
