"""The calendar page: what is scheduled in a period, where, and who is invited.

Built from the store's :meth:`~dateline.store.Store.calendar` (planned events and invitations)
plus the conferences, summits and multilateral meetings (:data:`ANNOUNCED_KINDS`) that were
*announced* before they took place - reported as planned first and as held later, so the store
now calls them ``occurred`` (``first_reported`` before their start; read through
``list_events``). Each event carries the invitations to it
(:meth:`~dateline.store.Store.invitations_to`). Filters: a period, a participating country, a
place (:meth:`~dateline.store.Store.parse_place`; the events held in a city are looked for among
those its country takes part in). Without a period, the calendar shows three months from the
newest reported engagement (or from today, when that is earlier).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from dateline.store import Store
from dateline.store.models import EventSummary
from dateline.store.queries.common import built

__all__ = ["ANNOUNCED_KINDS", "LINK_CAP", "SCAN_CAP", "Schedule", "ScheduledEvent",
           "build_schedule", "default_window"]

ANNOUNCED_KINDS = ("gathering", "multilateral")
SCAN_CAP = 1000  # held events read to find the announced ones
LINK_CAP = 40  # events whose invitations are looked up


class ScheduledEvent(EventSummary):
    announced: str | None = Field(
        default=None, description="First reported on (before it began)")
    invitations: list[EventSummary] = Field(
        default_factory=list, description="Invitations to this event, oldest first")


class ScheduleMonth(BaseModel):
    month: str = Field(description="YYYY-MM, or 'undated'")
    events: list[ScheduledEvent]


class Schedule(BaseModel):
    """Scheduled engagements by month (planned, or announced and since held), with the
    invitations to them; invitations not linked to a listed event are listed on their own."""

    since: str | None = None
    until: str | None = None
    country: str | None = None
    place: str | None = None
    default_period: bool = Field(default=False, description="No period asked: the default one")
    months: list[ScheduleMonth]
    notes: list[str] = Field(default_factory=list)


_SUMMARY_FIELDS = tuple(EventSummary.model_fields)


def _month(value: str) -> dt.date:
    return dt.date(int(value[:4]), int(value[5:7] or 1) if len(value) >= 7 else 1, 1)


def _add_months(day: dt.date, n: int) -> str:
    index = day.year * 12 + day.month - 1 + n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def default_window(store: Store, today: dt.date | None = None) -> tuple[str, str]:
    """Three months from the newest occurred event's month (or today's, if earlier)."""
    start = (today or dt.date.today()).replace(day=1)
    newest = store.list_events(status="occurred", limit=1).items
    if newest and newest[0].date.start:
        start = min(start, _month(newest[0].date.start))
    return _add_months(start, 0), _add_months(start, 2)


def _announced(event: EventSummary) -> bool:
    first, begins = event.first_reported, event.date.start
    return bool(first and begins and first[:10] < begins)


def _scheduled(event: EventSummary) -> ScheduledEvent:
    # the summary's own values (the store's, valid), not a dump and a validation of every
    # nested model; the summary itself is dropped
    row = built(ScheduledEvent, **{name: getattr(event, name) for name in _SUMMARY_FIELDS},
                announced=None, invitations=[])
    if event.kind != "invitation" and (event.status == "planned" or _announced(event)):
        row.announced = event.first_reported
    return row


def _held_after_announcement(store: Store, since: str | None, until: str | None,
                             country: str | None, place: Any,
                             notes: list[str]) -> list[EventSummary]:
    filters: dict[str, Any] = {"kind": list(ANNOUNCED_KINDS), "country": country,
                               "status": "occurred", "since": since, "until": until,
                               "place": place}
    page = store.list_events(**filters, limit=SCAN_CAP)
    if page.total > SCAN_CAP:
        count = f"{page.total - 1}+" if page.total_capped and page.total > 10_000 else str(page.total)
        notes.append(f"{count} conferences and multilateral meetings took place in this "
                     f"period: only the newest {SCAN_CAP} were checked for an announcement "
                     "(choose a country or a shorter period)")
    return [e for e in page.items if _announced(e)]


def _months(rows: list[ScheduledEvent]) -> list[ScheduleMonth]:
    by_month: dict[str, list[ScheduledEvent]] = {}
    for row in sorted(rows, key=lambda e: (e.date.start or "", e.date.end or "", e.id)):
        by_month.setdefault((row.date.start or "undated")[:7], []).append(row)
    order = sorted(by_month, key=lambda m: (m == "undated", m))
    return [ScheduleMonth(month=m, events=by_month[m]) for m in order]


def build_schedule(store: Store, since: str | None = None, until: str | None = None, *,
                   country: str | None = None, place: str | None = None,
                   today: dt.date | None = None) -> Schedule:
    """The calendar for a period (default: :func:`default_window`), a country and a place."""
    where = store.parse_place(place)
    default = since is None and until is None
    if default:
        since, until = default_window(store, today)
    scope = country or (where.country or where.in_country if where else None)
    notes: list[str] = []
    rows = {e.id: _scheduled(e) for month in store.calendar(
        since, until, country=scope, place=where).months for e in month.events}
    for event in _held_after_announcement(store, since, until, scope, where, notes):
        rows[event.id] = _scheduled(event)
    targets = [e for e in rows.values() if e.kind != "invitation"]
    if len(targets) <= LINK_CAP:
        links = store.invitations_to(targets)
        for target in targets:
            target.invitations = links.get(target.id, [])
    else:
        notes.append(f"{len(targets)} scheduled events: invitations are linked to events when "
                     f"at most {LINK_CAP} are shown (choose a country, a place or a shorter "
                     "period)")
    linked = {i.id for e in targets for i in e.invitations}
    return Schedule(since=since, until=until, country=country,
                    place=where.text if where else None, default_period=default,
                    months=_months([e for i, e in rows.items() if i not in linked]),
                    notes=notes)
