"""Every event in the JSON twins and the downloads carries its headline; the pages show it."""

from __future__ import annotations

import csv
import io
import json
from typing import Any


def _events(data: Any) -> list[dict[str, Any]]:
    """Every object with an event's fields anywhere in a JSON answer."""
    found = []
    if isinstance(data, dict):
        if {"kind", "status", "countries", "date"} <= set(data):
            found.append(data)
        for value in data.values():
            found += _events(value)
    elif isinstance(data, list):
        for value in data:
            found += _events(value)
    return found


def test_every_event_in_every_twin_has_a_headline(client: Any) -> None:
    newest = client.get("/events.json").json()["items"][0]
    first, actor = newest["id"], [*newest["source"], *newest["participants"]]
    paths = ["/index.json", "/events.json", f"/events/{first}.json", "/search.json?q=Bekov",
             "/calendar.json?since=2024-01&until=2024-12", "/countries/KAZ.json",
             f"/actors/{actor[0]['id']}.json", "/between.json?a=KAZ&b=UZB",
             "/brief.json?a=KAZ&b=UZB"]
    seen = 0
    for path in paths:
        events = _events(client.get(path).json())
        assert events, path
        for event in events:
            assert isinstance(event.get("headline"), str) and event["headline"], (path, event)
        seen += len(events)
    assert seen > 20


def test_downloads_and_pages_show_headlines(client: Any) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/events.csv").text)))
    assert "Nurlan Bekov (KAZ) visits Tashkent" in {r["headline"] for r in rows}
    lines = [json.loads(x) for x in client.get("/events.jsonl").text.splitlines()]
    assert {r["headline"] for r in rows} == {x["headline"] for x in lines}
    html = client.get("/events").text
    assert "Nurlan Bekov (KAZ) visits Tashkent" in html
    assert "Call: Gasimov – Tsereteli" in html
