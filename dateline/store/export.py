"""Export canonical events: JSON Lines, CSV, Parquet and PLOVER JSON.

``jsonl`` writes one canonical event per line with the contract's event fields, its ``headline``
(:mod:`dateline.store.headlines`), canonical actor objects ``{id, kind, name, title, country}``
and ``sources`` (one entry per reporting article);
``csv`` and ``parquet`` flatten the same rows; ``plover`` writes one PLOVER-style JSON object per
line (:mod:`dateline.store.plover`). Events are read in pages, so exports stream.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

from dateline.errors import UsageError
from dateline.store.backend import Backend
from dateline.store.core import Store
from dateline.store.queries.common import DateLike, marks
from dateline.store.queries.events import event_where, summaries

__all__ = ["FORMATS", "export_events", "iter_event_objects", "flat_row"]

Format = Literal["jsonl", "csv", "parquet", "plover"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "plover")
PAGE = 500

CSV_COLUMNS = [
    "id", "headline", "kind", "type", "mode", "status", "date_start", "date_end",
    "date_precision", "name", "countries", "place_name", "place_country", "lat", "lon",
    "confidence", "n_sources", "source", "source_ids", "recipient", "recipient_ids",
    "participants", "participant_ids", "first_reported", "last_reported", "urls", "evidence",
]


def _sources(db: Backend, event_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """One entry per reporting article (its first evidence), for each event."""
    out: dict[int, list[dict[str, Any]]] = {i: [] for i in event_ids}
    seen: set[tuple[int, int]] = set()
    for row in db.query(
            "SELECT s.*, a.doc_id, a.key, a.url, a.source AS outlet, a.title AS article_title, a.lang, "
            "a.published AS article_published FROM event_sources s JOIN articles a ON "
            f"a.id = s.article_id WHERE s.event_id IN ({marks(event_ids)}) "
            "ORDER BY s.event_id, a.published NULLS LAST, a.id, s.id", event_ids):
        if (row["event_id"], row["article_id"]) in seen:
            continue
        seen.add((row["event_id"], row["article_id"]))
        out[row["event_id"]].append({
            "article_id": row["article_id"], "doc_id": row["doc_id"], "key": row["key"],
            "url": row["url"], "outlet": row["outlet"], "title": row["article_title"], "lang": row["lang"],
            "published": row["article_published"], "status": row["status"],
            "date": {"start": row["date_start"], "end": row["date_end"]},
            "sentence": {"text": row["sentence_text"], "start": row["sentence_start"],
                         "end": row["sentence_end"]},
            "trigger": {"text": row["trigger_text"], "start": row["trigger_start"],
                        "end": row["trigger_end"]},
            "confidence": row["confidence"],
        })
    return out


def iter_event_objects(store: Store, *, since: DateLike = None, until: DateLike = None,
                       country: str | None = None, kind: str | None = None
                       ) -> Iterator[dict[str, Any]]:
    """Canonical events as JSON-ready dicts (the ``jsonl`` export), in id order."""
    db = store.db
    where = event_where(db, kind=kind, country=country, since=since, until=until)
    last = 0
    while True:
        page = list(where.params)
        sql = (f"SELECT e.* FROM events e {where.sql()} {'AND' if where.clauses else 'WHERE'} "
               "e.id > ? ORDER BY e.id LIMIT ?")
        rows = db.query(sql, [*page, last, PAGE])
        if not rows:
            return
        sources = _sources(db, [r["id"] for r in rows])
        for item in summaries(db, rows):
            data = item.to_dict()
            data["sources"] = sources[item.id]
            yield data
        last = rows[-1]["id"]


def _names(actors: list[dict[str, Any]]) -> str:
    return ";".join(a["name"] for a in actors)


def _ids(actors: list[dict[str, Any]]) -> str:
    return ";".join(str(a["id"]) for a in actors)


def flat_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event object flattened for CSV/Parquet (lists joined with ';')."""
    place = event.get("place") or {}
    date = event.get("date") or {}
    sources = event.get("sources") or []
    return {
        "id": event["id"], "headline": event["headline"], "kind": event["kind"],
        "type": event["type"], "mode": event["mode"],
        "status": event["status"], "date_start": date.get("start"), "date_end": date.get("end"),
        "date_precision": date.get("precision"), "name": event["name"],
        "countries": ";".join(event["countries"]), "place_name": place.get("name"),
        "place_country": place.get("country"), "lat": place.get("lat"), "lon": place.get("lon"),
        "confidence": event["confidence"], "n_sources": event["n_sources"],
        "source": _names(event["source"]), "source_ids": _ids(event["source"]),
        "recipient": _names(event["recipient"]), "recipient_ids": _ids(event["recipient"]),
        "participants": _names(event["participants"]),
        "participant_ids": _ids(event["participants"]),
        "first_reported": event["first_reported"], "last_reported": event["last_reported"],
        "urls": ";".join(s["url"] or s["key"] for s in sources),
        "evidence": sources[0]["sentence"]["text"] if sources else None,
    }


def _write_parquet(events: Iterator[dict[str, Any]], target: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.int64() if c in ("id", "n_sources") else
                         pa.float64() if c in ("lat", "lon", "confidence") else pa.string())
                        for c in CSV_COLUMNS])
    count = 0
    with pq.ParquetWriter(str(target), schema) as writer:
        batch: list[dict[str, Any]] = []
        for event in events:
            batch.append(flat_row(event))
            if len(batch) >= PAGE:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def export_events(store: Store, fmt: str, out: IO[str] | Path | None = None, *,
                  since: DateLike = None, until: DateLike = None, country: str | None = None,
                  kind: str | None = None) -> int:
    """Write the events matching the filters in ``fmt``; return how many were written.

    ``out`` is a text stream (jsonl, csv, plover) or a file path (any format; parquet needs one).
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    events = iter_event_objects(store, since=since, until=until, country=country, kind=kind)
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise UsageError("parquet export needs an output file (-o FILE)")
        return _write_parquet(events, out)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as stream:
            return _write_text(events, fmt, stream)
    if out is None:
        raise UsageError("no output given")
    return _write_text(events, fmt, out)


def _write_text(events: Iterator[dict[str, Any]], fmt: str, stream: IO[str]) -> int:
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for event in events:
            writer.writerow(flat_row(event))
            count += 1
        return count
    if fmt == "plover":
        from dateline.store.plover import to_plover

        convert = to_plover
    else:
        def convert(event: dict[str, Any]) -> dict[str, Any]:
            return event
    for event in events:
        stream.write(json.dumps(convert(event), ensure_ascii=False))
        stream.write("\n")
        count += 1
    return count
