"""CSV and JSON Lines downloads of every event matching a filter (streamed page by page; each
chunk sent is a whole page of rows, not one row: a row per chunk cost a thread hop each)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from fastapi.responses import StreamingResponse

from dateline.serve.params import EventFilters
from dateline.store import Store
from dateline.store.models import EventSummary

__all__ = ["CSVResponse", "CSV_COLUMNS", "JSONLinesResponse", "event_rows_csv",
           "event_rows_jsonl", "iter_events"]

PAGE = 500
CSV_COLUMNS = ["id", "headline", "kind", "type", "mode", "status", "name", "date_start",
               "date_end", "place", "place_country", "lat", "lon", "countries", "source",
               "recipient", "participants", "confidence", "n_sources"]


class CSVResponse(StreamingResponse):
    media_type = "text/csv"


class JSONLinesResponse(StreamingResponse):
    media_type = "application/x-ndjson"


def iter_events(store: Store, filters: EventFilters,
                place: str | None = None) -> Iterator[EventSummary]:
    """Every matching event; the first page is read now, so bad filters fail before streaming.
    With a ``place``, the events held there (see :meth:`dateline.store.Store.parse_place`)."""
    where = store.parse_place(place)
    page = store.list_events(**filters.to_dict(), place=where, limit=PAGE, offset=0)

    def rest() -> Iterator[EventSummary]:
        nonlocal page
        offset = 0
        while True:
            yield from page.items
            offset += len(page.items)
            if not page.items or offset >= page.total:
                return
            page = store.list_events(**filters.to_dict(), place=where, limit=PAGE,
                                     offset=offset)

    return rest()


def _names(actors: list) -> str:  # type: ignore[type-arg]
    return "; ".join(a.name for a in actors)


def csv_row(event: EventSummary) -> list[object]:
    place = event.place
    return [event.id, event.headline, event.kind, event.type, event.mode or "", event.status,
            event.name or "",
            event.date.start or "", event.date.end or "", place.name if place else "",
            place.country if place else "", place.lat if place else "",
            place.lon if place else "", ";".join(event.countries), _names(event.source),
            _names(event.recipient), _names(event.participants), event.confidence,
            event.n_sources]


def _csv_chunks(events: Iterator[EventSummary]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for n, event in enumerate(events, 1):
        writer.writerow(csv_row(event))
        if n % PAGE == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _jsonl_chunks(events: Iterator[EventSummary]) -> Iterator[str]:
    lines: list[str] = []
    for event in events:
        lines.append(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        if len(lines) == PAGE:
            yield "".join(lines)
            lines.clear()
    yield "".join(lines)


def event_rows_csv(store: Store, filters: EventFilters,
                   place: str | None = None) -> CSVResponse:
    return CSVResponse(_csv_chunks(iter_events(store, filters, place)),
                       media_type="text/csv; charset=utf-8",
                       headers={"Content-Disposition": 'attachment; filename="events.csv"'})


def event_rows_jsonl(store: Store, filters: EventFilters,
                     place: str | None = None) -> JSONLinesResponse:
    return JSONLinesResponse(_jsonl_chunks(iter_events(store, filters, place)),
                             media_type="application/x-ndjson; charset=utf-8",
                             headers={"Content-Disposition":
                                      'attachment; filename="events.jsonl"'})
