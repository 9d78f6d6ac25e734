"""The HTML pages: facts on the page, links to JSON twins, filters, escaping, highlighting."""

from __future__ import annotations

from typing import Any

import pytest


def page(client: Any, path: str, **params: str) -> str:
    response = client.get(path, params=params) if params else client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def first_event(client: Any, **params: str) -> dict[str, Any]:
    return client.get("/events.json", params=params).json()["items"][0]


@pytest.mark.parametrize(("path", "twin"), [
    ("/", "/index.json"), ("/events", "/events.json"), ("/calendar", "/calendar.json"),
    ("/network", "/network.json"), ("/search?q=Bekov", "/search.json?q=Bekov"),
    ("/countries/KAZ", "/countries/KAZ.json"),
])
def test_every_page_links_its_json_twin(client: Any, path: str, twin: str) -> None:
    html = page(client, path)
    assert f'href="{twin}"' in html
    assert client.get(twin).status_code == 200


def test_home(client: Any) -> None:
    html = page(client, "/")
    assert "4 articles" in html and "Kazakhstan" in html
    assert 'href="/events?kind=call"' in html


def test_events_filters_and_downloads(client: Any) -> None:
    html = page(client, "/events", kind="call")
    assert "Elnur Gasimov" in html and "Nurlan Bekov" not in html
    assert 'href="/events.csv?kind=call"' in html and 'href="/events.jsonl?kind=call"' in html
    assert "<option selected>call</option>" in html
    empty = page(client, "/events", kind="", country="")  # empty form fields mean "any"
    assert "Nurlan Bekov" in empty and "Elnur Gasimov" in empty


def test_events_pagination_links(client: Any) -> None:
    html = page(client, "/events", limit="2")
    assert 'rel="next" href="/events?limit=2&amp;offset=2"' in html
    assert 'rel="prev"' not in html
    assert 'rel="prev" href="/events?limit=2"' in page(client, "/events", limit="2", offset="2")


def test_event_page_marks_the_trigger(client: Any) -> None:
    call = first_event(client, kind="call")
    html = page(client, f"/events/{call['id']}")
    assert "<mark>conversation</mark>" in html
    assert "Levan Tsereteli" in html and "Report: call" in html
    assert 'href="/countries/GEO"' in html


def test_event_page_shows_place_coordinates(client: Any) -> None:
    for event in client.get("/events.json").json()["items"]:
        place = event["place"]
        if place and place.get("lat") is not None:
            html = page(client, f"/events/{event['id']}")
            assert f"{place['lat']:.4f}" in html
            return
    pytest.skip("no event with coordinates in this knowledge base")


def test_actor_page(client: Any) -> None:
    visit = first_event(client, kind="visit", country="UZB")
    bekov = next(a for a in visit["source"] + visit["recipient"] if a["name"] == "Nurlan Bekov")
    html = page(client, f"/actors/{bekov['id']}")
    assert "<h1>Nurlan Bekov</h1>" in html
    assert "Counterparts" in html and "Rustam Aliev" in html
    assert f'href="/events/{visit["id"]}"' in html


def test_country_page(client: Any) -> None:
    html = page(client, "/countries/UZB")
    assert "Partners" in html and 'href="/countries/KAZ"' in html
    assert "Nurlan Bekov" in html


def test_calendar_page(client: Any) -> None:
    html = page(client, "/calendar")
    assert "<h2>2024-05</h2>" in html and "Batbayar Ochir" in html
    assert "Elnur Gasimov" not in html  # the call already happened


def test_network_page_is_our_own_svg(client: Any) -> None:
    html = page(client, "/network", kind="call")
    assert '<svg id="network" data-src="/network.json?kind=call"' in html
    assert '<script src="/static/network.js"' in html and "http" not in html.split("<main>")[1]
    assert client.get("/static/network.js").status_code == 200


def test_search_page(client: Any) -> None:
    html = page(client, "/search", q="Tsereteli")
    assert "Levan Tsereteli" in html and "Report: call" in html


def test_article_page_highlights(client: Any) -> None:
    call = first_event(client, kind="call")
    article_id = client.get(f"/events/{call['id']}.json").json()["sources"][0]["article"]["id"]
    html = page(client, f"/articles/{article_id}")
    assert f'class="hl trigger" href="/events/{call["id"]}"' in html
    assert 'class="hl actor person"' in html and ">Elnur Gasimov</a>" in html
    assert 'class="hl time"' in html


def test_script_in_article_text_is_escaped(client: Any) -> None:
    meeting = first_event(client, country="BLR")
    event = client.get(f"/events/{meeting['id']}.json").json()
    article_id = event["sources"][0]["article"]["id"]
    for path in (f"/articles/{article_id}", f"/events/{meeting['id']}",
                 "/search?q=pwned", "/search?q=<script>alert(1)</script>"):
        html = page(client, path)
        assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in page(
        client, f"/articles/{article_id}")


def test_html_errors(client: Any) -> None:
    response = client.get("/events/999999")
    assert response.status_code == 404 and "event 999999 not found" in response.text
    assert response.headers["content-type"].startswith("text/html")
    assert client.get("/events", params={"since": "soon"}).status_code == 422
    api_style = client.get("/events/999999", headers={"Accept": "application/json"})
    assert api_style.json()["error"]["type"] == "not_found"
