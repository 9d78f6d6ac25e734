"""The views added for the demo questions: the place filter, events between two parties,
counterparts' last meetings and the calendar's filters (the rules behind the place filter and
the invitation links: tests/resolve/test_places.py, test_invitations.py)."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest


def get(client: Any, path: str, status: int = 200, **params: str) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    return response


@pytest.mark.parametrize("value", ["Tashkent", "tashkent", "UZB", "uzb", "Uzbekistan", "Uzbek"])
def test_place_filter_by_city_or_country(client: Any, value: str) -> None:
    page = get(client, "/events.json", place=value).json()
    assert page["total"] >= 3 and page["place"] == value
    assert {e["place"]["name"] for e in page["items"]} == {"Tashkent"}
    assert get(client, "/events.json", place="Tashkent", kind="visit").json()["total"] == 1


def test_place_filter_edges(client: Any) -> None:
    assert get(client, "/events.json", place="Atlantis").json()["total"] == 0
    every = get(client, "/events.json", place="").json()
    assert every["total"] == get(client, "/events.json").json()["total"]
    rows = list(csv.DictReader(io.StringIO(get(client, "/events.csv", place="Minsk").text)))
    assert rows and {r["place"] for r in rows} == {"Minsk"}
    html = get(client, "/events", place="Minsk").text
    assert 'name="place" size="10" value="Minsk"' in html and "Pavel Krutov" in html
    assert "Nurlan Bekov" not in html


def test_between_countries_and_names(client: Any) -> None:
    both = get(client, "/between.json", a="KAZ", b="uzb").json()
    assert (both["a"]["name"], both["b"]["key"]) == ("Kazakhstan", "UZB")
    assert both["events"]["total"] >= 3 and both["last_meeting"]["kind"] == "meeting"
    by_name = get(client, "/between.json", a="Nurlan Bekov", b="Rustam Aliev", kind="visit").json()
    assert by_name["a"]["kind"] == "person" and by_name["a"]["href"].startswith("/actors/")
    assert [e["kind"] for e in by_name["events"]["items"]] == ["visit"]
    same = get(client, "/between.json", a="KAZ", b="kaz").json()  # a = b: that party's events
    assert same["events"]["total"] == get(client, "/events.json", country="KAZ").json()["total"]
    assert get(client, "/between.json", 404, a="Nobody Atall", b="KAZ").json()["ok"] is False
    assert get(client, "/between.json", 422, a="KAZ", b="UZB", kind="party").status_code == 422


def test_between_page(client: Any) -> None:
    assert 'name="a" value=""' in get(client, "/between").text
    html = get(client, "/between", a="KAZ", b="UZB").text
    assert "<h1>Kazakhstan and Uzbekistan</h1>" in html and 'id="last-met"' in html
    assert 'href="/between.json?a=KAZ&amp;b=UZB"' in html


def test_person_page_counterparts_last_met(client: Any) -> None:
    visit = get(client, "/events.json", kind="visit", country="UZB").json()["items"][0]
    bekov = next(a for a in visit["source"] + visit["recipient"] if a["name"] == "Nurlan Bekov")
    actor = get(client, f"/actors/{bekov['id']}.json").json()
    row = next(m for m in actor["meetings"] if m["actor"]["name"] == "Rustam Aliev")
    assert row["last_met"]["date"]["start"] == "2024-03-12"
    assert row["between_url"] == f"/between?a={bekov['id']}&b={row['actor']['id']}"
    html = get(client, f"/actors/{bekov['id']}").text
    assert 'class="counterparts"' in html and "events together" in html


def test_calendar_filters(client: Any) -> None:
    cal = get(client, "/calendar.json", since="2024-05", until="2024-05").json()
    assert cal["months"][0]["month"] == "2024-05" and not cal["default_period"]
    (visit,) = [e for e in cal["months"][0]["events"] if e["kind"] == "visit"]  # its planned talks share its day
    assert visit["kind"] == "visit" and visit["announced"] == "2024-04-02"
    assert get(client, "/calendar.json", since="2024-05", until="2024-05",
               country="BLR").json()["months"] == []
    assert get(client, "/calendar.json", since="2024-05", until="2024-05",
               place="Kazakhstan").json()["months"][0]["month"] == "2024-05"
    assert get(client, "/calendar.json", 422, since="soon").json()["ok"] is False
    html = get(client, "/calendar", since="2024-05", until="2024-05").text
    assert "Batbayar Ochir" in html and 'name="place"' in html


def test_calendar_default_period_starts_at_the_newest_report(client: Any) -> None:
    cal = get(client, "/calendar.json").json()
    assert cal["default_period"] and (cal["since"], cal["until"]) == ("2024-04", "2024-06")
