"""The JSON API: twins of the pages, filters, exports, the error shape, OpenAPI and writes."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest


def events(client: Any, **params: str) -> list[dict[str, Any]]:
    response = client.get("/events.json", params=params)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def find(items: list[dict[str, Any]], kind: str, *countries: str) -> dict[str, Any]:
    for item in items:
        if item["kind"] == kind and set(countries) <= set(item["countries"]):
            return item
    raise AssertionError(f"no {kind} between {countries} in {items}")


def test_home_twin_counts(client: Any) -> None:
    stats = client.get("/index.json").json()
    assert stats["articles"] == 4
    assert stats["events_by_kind"]["call"] >= 1
    assert {"KAZ", "UZB", "AZE", "GEO"} <= {c["code"] for c in stats["events_by_country"]}


def test_event_list_and_filters(client: Any) -> None:
    everything = events(client)
    assert len(everything) >= 4
    calls = events(client, kind="call")
    assert calls and all(e["kind"] == "call" for e in calls)
    assert find(calls, "call", "AZE", "GEO")
    assert all("GEO" in e["countries"] for e in events(client, country="geo"))
    planned = events(client, status="planned")
    assert planned and all(e["status"] == "planned" for e in planned)
    assert find(planned, "visit", "MNG", "KAZ")["date"]["start"] == "2024-05-15"
    by_person = events(client, person="Gasimov")
    assert by_person and all("AZE" in e["countries"] for e in by_person)
    march = events(client, since="2024-03", until="2024-03")
    assert find(march, "call", "AZE", "GEO")  # undated events are placed by their report date
    assert all((e["date"]["start"] or e["first_reported"]).startswith("2024-03") for e in march)
    assert not events(client, since="2030")


def test_pagination(client: Any) -> None:
    first = client.get("/events.json", params={"limit": 2}).json()
    second = client.get("/events.json", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] >= 4
    assert len(first["items"]) == 2
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}


def test_event_detail_twin(client: Any) -> None:
    call = find(events(client, kind="call"), "call", "AZE", "GEO")
    detail = client.get(f"/events/{call['id']}.json").json()
    names = {a["name"] for a in detail["source"] + detail["recipient"] + detail["participants"]}
    assert {"Elnur Gasimov", "Levan Tsereteli"} <= names
    evidence = detail["sources"][0]["evidence"][0]
    assert evidence["trigger_text"] in evidence["sentence_text"]
    assert detail["history"][0]["status"] == "occurred"


def test_actor_country_article_twins(client: Any) -> None:
    visit = find(events(client, kind="visit", country="UZB"), "visit", "KAZ", "UZB")
    bekov = next(a for a in visit["source"] + visit["recipient"] if a["name"] == "Nurlan Bekov")
    actor = client.get(f"/actors/{bekov['id']}.json").json()
    assert actor["actor"]["kind"] == "person"
    assert any(e["id"] == visit["id"] for e in actor["events"])
    assert any(c["actor"]["name"] == "Rustam Aliev" for c in actor["counterparts"])
    country = client.get("/countries/uzb.json").json()
    assert country["code"] == "UZB" and any(p["code"] == "KAZ" for p in country["partners"])
    article_id = client.get(f"/events/{visit['id']}.json").json()["sources"][0]["article"]["id"]
    article = client.get(f"/articles/{article_id}.json").json()
    assert article["text"].startswith("TASHKENT") and visit["id"] in article["events"].values()


def test_search_network_calendar_twins(client: Any) -> None:
    found = client.get("/search.json", params={"q": "Tsereteli"}).json()
    assert any(p["name"] == "Levan Tsereteli" for p in found["people"])
    assert found["articles"]
    network = client.get("/network.json").json()
    assert {"source", "target", "weight"} <= set(network["edges"][0])
    pairs = {frozenset((e["source"], e["target"])) for e in network["edges"]}
    assert frozenset(("AZE", "GEO")) in pairs
    only_calls = client.get("/network.json", params={"kind": "call"}).json()
    assert {frozenset((e["source"], e["target"])) for e in only_calls["edges"]} == {
        frozenset(("AZE", "GEO"))}
    months = client.get("/calendar.json").json()["months"]
    assert any(m["month"] == "2024-05" for m in months)


def test_exports_follow_the_filter(client: Any) -> None:
    response = client.get("/events.csv", params={"kind": "call"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and {r["kind"] for r in rows} == {"call"}
    assert "Elnur Gasimov" in rows[0]["source"] + rows[0]["recipient"]
    lines = client.get("/events.jsonl", params={"country": "MNG"}).text.splitlines()
    assert lines and all("MNG" in json.loads(line)["countries"] for line in lines)
    assert len(client.get("/events.jsonl").text.splitlines()) == client.get(
        "/events.json").json()["total"]


@pytest.mark.parametrize(("path", "status", "type_"), [
    ("/events/999999.json", 404, "not_found"),
    ("/actors/999999.json", 404, "not_found"),
    ("/articles/999999.json", 404, "not_found"),
    ("/countries/ZZZ.json", 404, "not_found"),
    ("/no/such/page.json", 404, "not_found"),
    ("/events.json?kind=party", 422, "invalid"),
    ("/events.json?since=soon", 422, "invalid"),
    ("/events.json?limit=0", 422, "invalid"),
    ("/events.csv?until=never", 422, "invalid"),
    ("/network.json?level=planet", 422, "invalid"),
])
def test_error_shape(client: Any, path: str, status: int, type_: str) -> None:
    response = client.get(path)
    assert response.status_code == status
    body = response.json()
    assert body["ok"] is False and body["error"]["type"] == type_ and body["error"]["message"]


def test_500_has_the_error_shape(kb_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from dateline.serve import create_app
    from dateline.store import Store

    def broken(self: Store, **_: Any) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "stats", broken)
    with TestClient(create_app(str(kb_path)), raise_server_exceptions=False) as client:
        response = client.get("/index.json")
    assert response.status_code == 500
    assert response.json() == {"ok": False, "error": {"type": "internal_error",
                                                      "message": "internal server error"}}


def test_openapi(client: Any) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {"/events.json", "/events/{event_id}.json", "/api/documents"} <= set(spec["paths"])
    assert "/events" not in spec["paths"]  # HTML pages are not part of the API


def test_writes_disabled_without_token(client: Any) -> None:
    document = {"text": "MINSK, April 5. Nothing."}
    response = client.post("/api/documents", json=document,
                           headers={"Authorization": "Bearer guess"})
    assert response.status_code == 403
    assert response.json()["error"]["type"] == "forbidden"
    anonymous = client.post("/api/documents", json=document)  # no credentials: 401 as always
    assert anonymous.status_code == 401 and anonymous.headers["www-authenticate"] == "Bearer"
    assert "writes are disabled" in anonymous.json()["error"]["message"]


def test_writes_need_the_bearer_token(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from dateline.serve import create_app

    monkeypatch.setenv("DATELINE_TOKEN", "s3cret")
    document = {"text": "RIGA, Latvia, June 3. Latvian Foreign Minister Janis Ozols met "
                        "Estonian Foreign Minister Mart Tamm in Riga on Monday.",
                "url": "https://wire.example/riga", "published": "2024-06-03",
                "source": "Example Wire"}
    with TestClient(create_app(str(tmp_path / "w.db"))) as client:
        assert client.post("/api/documents", json=document).status_code == 401
        wrong = client.post("/api/documents", json=document,
                            headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and wrong.json()["ok"] is False
        bad = client.post("/api/documents", json={"url": "x"},
                          headers={"Authorization": "Bearer s3cret"})
        assert bad.status_code == 422 and bad.json()["error"]["type"] == "invalid"
        done = client.post("/api/documents", json=document,
                           headers={"Authorization": "Bearer s3cret"})
        assert done.status_code == 201, done.text
        body = done.json()
        assert body["ok"] and body["stats"]["added"] == 1 and body["events"]
        assert body["article"]["url"] == "https://wire.example/riga"
        event = client.get(f"/events/{body['events'][0]}.json").json()
        assert {"LVA", "EST"} <= set(event["countries"])
