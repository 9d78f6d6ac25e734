"""Exports of canonical events: JSON Lines, CSV, Parquet, PLOVER."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from kb_stories import all_stories

from dateline.errors import UsageError
from dateline.store import Store
from dateline.store.export import CSV_COLUMNS, export_events

PLOVER_FIELDS = {"id", "date", "enddate", "actor", "recipient", "event", "mode", "context",
                 "event_loc", "event_text", "text_info", "cite_info"}


@pytest.fixture
def kb(store: Store) -> Store:
    store.add(all_stories())
    return store


def _jsonl(store: Store, **filters: str) -> list[dict]:
    out = io.StringIO()
    count = export_events(store, "jsonl", out, **filters)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == count
    return lines


def test_jsonl_one_canonical_event_per_line_with_sources(kb: Store) -> None:
    events = _jsonl(kb)
    assert len(events) == 7
    visit = next(e for e in events if e["kind"] == "visit")
    for field in ("kind", "type", "mode", "countries", "place", "date", "status", "name",
                  "confidence", "source", "recipient", "participants", "sources"):
        assert field in visit
    assert visit["source"][0] == {"id": visit["source"][0]["id"], "kind": "person",
                                  "name": "Berik Asylov", "title": "Prosecutor General",
                                  "country": "KAZ"}
    assert len(visit["sources"]) == 3
    first = visit["sources"][0]
    assert first["url"] == "https://wire.example/kz-az-1" and first["published"] == "2024-04-03"
    assert first["trigger"]["text"] == "arrived"
    assert "arrived in Baku" in first["sentence"]["text"]
    assert first["sentence"]["end"] > first["sentence"]["start"]


def test_jsonl_filters(kb: Store) -> None:
    assert {e["kind"] for e in _jsonl(kb, kind="meeting")} == {"meeting"}
    assert len(_jsonl(kb, country="TUR")) == 2
    assert [e["date"]["start"] for e in _jsonl(kb, since="2024-06", until="2024-06-30")] == [
        "2024-06-05"]


def test_csv_flattens(kb: Store) -> None:
    out = io.StringIO()
    assert export_events(kb, "csv", out) == 7
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == CSV_COLUMNS
    conference = next(r for r in rows if r["kind"] == "gathering")
    assert conference["countries"] == "AZE;IRN;KAZ;RUS;TKM"
    assert conference["status"] == "occurred" and conference["n_sources"] == "2"
    assert len(conference["urls"].split(";")) == 2


def test_parquet_round_trip(kb: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    target = tmp_path / "events.parquet"
    assert export_events(kb, "parquet", target, kind="meeting") == 4
    table = pq.read_table(target)
    assert table.num_rows == 4 and table.column_names == CSV_COLUMNS
    with pytest.raises(UsageError):
        export_events(kb, "parquet", io.StringIO())


def test_plover_records(kb: Store) -> None:
    out = io.StringIO()
    export_events(kb, "plover", out, kind="visit")
    (record,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert PLOVER_FIELDS <= set(record)
    assert record["event"] == "CONSULT" and record["mode"] == "visit"
    assert record["date"] == record["enddate"] == "2024-04-03"
    assert record["actor"][0]["actorText"] == "Berik Asylov"
    assert record["actor"][0]["code"] == "KAZ" and record["actor"][0]["sector"] == "JUD"
    assert record["recipient"][0]["code"] == "AZE"
    assert record["event_loc"]["name"] == "Baku"
    assert record["event_text"] == "arrived"
    assert len(record["cite_info"]["sources"]) == 3


def test_plover_fields_match_the_gold_standard_records() -> None:
    """The actor objects use the field names of the PLOVER gold standard records."""
    path = Path(__file__).resolve().parents[2] / "../shared/data/plover_gsr/PLOVER_GSR_CAMEO.txt"
    if not path.exists():
        pytest.skip("shared PLOVER data not present")
    gsr = json.loads(path.read_text(encoding="utf-8"))
    actor_keys = {k for rec in gsr for a in rec.get("source") or [] if isinstance(a, dict)
                  for k in a}
    assert {"actorText", "code"} <= actor_keys


def test_unknown_format(kb: Store) -> None:
    with pytest.raises(UsageError):
        export_events(kb, "xml", io.StringIO())


def test_every_exported_event_has_its_headline(kb: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    events = _jsonl(kb)
    headlines = {e["id"]: e["headline"] for e in events}
    assert all(headlines.values())
    visit = next(e for e in events if e["kind"] == "visit")
    assert visit["headline"] == "Berik Asylov (KAZ) visits Baku"
    out = io.StringIO()
    export_events(kb, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {int(r["id"]): r["headline"] for r in rows} == headlines
    target = tmp_path / "events.parquet"
    export_events(kb, "parquet", target)
    table = pq.read_table(target).to_pydict()
    assert dict(zip(table["id"], table["headline"], strict=True)) == headlines
