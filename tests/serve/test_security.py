"""Security headers on every response, only http(s) "original" links (stored XSS), ids and
offsets past 64 bits, and a crash that answers 500 and keeps the connection."""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.article import Article
from dateline.serve import create_app
from dateline.serve.render import web_url
from dateline.serve.security import CSP

BIG = str(2 ** 63)  # one past the largest id a database stores


@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/", 200), ("GET", "/events", 200), ("GET", "/events.json", 200),
    ("GET", "/events.csv", 200), ("GET", "/static/dateline.css", 200),
    ("GET", "/static/network.js", 200), ("GET", "/api/openapi.json", 200),
    ("GET", "/no/such/page", 404), ("GET", "/events.json?kind=party", 422),
    ("POST", "/api/documents", 401), ("DELETE", "/events.json", 405),
])
def test_security_headers_on_every_response(client: Any, method: str, path: str,
                                            status: int) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    headers = response.headers
    assert headers["content-security-policy"] == CSP
    assert "default-src 'self'" in CSP and "frame-ancestors 'none'" in CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["x-frame-options"] == "DENY"


def _routes() -> list[tuple[str, str]]:
    """Every (method, path) the app routes, a sample value in each path parameter: a route
    added later is checked without editing the list."""
    import re

    from dateline.serve.api import router as api
    from dateline.serve.brief import router as brief
    from dateline.serve.pages import router as pages

    samples = {"code": "KAZ"}
    found = []
    for router in (api, brief, pages):
        for route in router.routes:
            path = re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: samples.get(m[1], "1"),
                          route.path)  # type: ignore[attr-defined]
            found += [(method, path) for method in sorted(route.methods - {"HEAD"})]  # type: ignore[attr-defined]
    return found


ROUTES = _routes()


def test_the_route_list_holds_every_page() -> None:
    paths = {path for _, path in ROUTES}
    assert {"/brief", "/brief.json", "/brief.md", "/calendar", "/network.json",
            "/articles/1", "/countries/KAZ.json", "/api/documents"} <= paths
    assert len(ROUTES) >= 25


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_security_headers_on_every_route(client: Any, method: str, path: str) -> None:
    params = {"a": "KAZ", "b": "UZB", "q": "visit"}
    response = client.request(method, path, params=params)
    assert response.status_code < 500, response.text
    assert method == "GET" or response.status_code == 401  # writes are off on this server
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize(("url", "expected"), [
    ("https://wire.example/a?b=1", "https://wire.example/a?b=1"),
    ("HTTP://wire.example/", "HTTP://wire.example/"),
    ("  https://wire.example/x \n", "https://wire.example/x"),
    ("javascript:alert(1)", None),
    ("JavaScript:alert(document.cookie)", None),
    (" javascript:alert(1)", None),
    ("java\tscript:alert(1)", None),
    ("\x01javascript:alert(1)", None),
    ("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", None),
    ("vbscript:msgbox(1)", None),
    ("//evil.example/", None),
    ("/articles/1", None),
    ("http://[::1", None),
    ("https:", None),
    ("", None),
    (None, None),
])
def test_web_url_keeps_only_http_links(url: str | None, expected: str | None) -> None:
    assert web_url(url) == expected


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory: pytest.TempPathFactory, extractor: Any) -> Iterator[Any]:
    """A knowledge base whose articles carry script and data URLs (as ingest accepts them)."""
    from fastapi.testclient import TestClient

    from dateline.jobs.ingest import ingest_documents
    from dateline.store import open_store

    text = ("RIGA, Latvia, June 3. Latvian Foreign Minister Janis Ozols met Estonian Foreign "
            "Minister Mart Tamm in Riga on Monday.")
    urls = ["javascript:alert(1)", "data:text/html,<script>alert(2)</script>",
            "https://wire.example/riga"]
    path = tmp_path_factory.mktemp("xss") / "kb.db"
    with open_store(str(path)) as store:
        ingest_documents([Article(text=text.replace("Monday", day), id=f"d{i}", url=url,
                                  published="2024-06-03", source="Example Wire")
                          for i, (url, day) in enumerate(zip(urls, ["Monday", "Tuesday",
                                                                     "Wednesday"],
                                                                 strict=True))],
                         store, extractor)
    with TestClient(create_app(str(path), token="")) as client:
        yield client


def test_script_urls_are_shown_as_text_on_every_page(hostile_client: Any) -> None:
    articles = [hostile_client.get(f"/articles/{i}.json").json() for i in (1, 2, 3)]
    assert [a["article"]["url"][:5] for a in articles] == ["javas", "data:", "https"]
    pages = [f"/articles/{i}" for i in (1, 2, 3)]
    for article in articles:
        pages += [f"/events/{e}" for e in article["events"].values()]
    assert len(pages) > 3
    for page in pages:
        html = hostile_client.get(page).text
        assert 'href="javascript' not in html.lower() and 'href="data:' not in html.lower()
        assert "<script>alert(2)" not in html  # escaped when shown as text
    first = hostile_client.get("/articles/1").text
    assert "original: javascript:alert(1)" in first
    assert 'href="https://wire.example/riga" rel="noopener noreferrer">original<' in (
        hostile_client.get("/articles/3").text)


@pytest.mark.parametrize(("path", "status"), [
    (f"/events/{BIG}.json", 422), (f"/actors/{BIG}.json", 422), (f"/articles/{BIG}.json", 422),
    (f"/events/{BIG}", 422), (f"/actors/{BIG}", 422), (f"/articles/{BIG}", 422),
    (f"/events/{2 ** 63 - 1}.json", 404), ("/events/0.json", 422),
    (f"/events.json?offset={BIG}", 422), (f"/events.json?offset={10 ** 30}", 422),
    (f"/between.json?a={BIG}&b=KAZ", 404), ("/between?a=%C2%B2&b=KAZ", 404),
])
def test_ids_past_64_bits_are_client_errors(client: Any, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status, response.text


@pytest.mark.parametrize("person", [BIG, "\u00b2", "\u0663"])
def test_person_that_no_id_can_be_matches_nothing(client: Any, person: str) -> None:
    response = client.get("/events.json", params={"person": person})
    assert response.status_code == 200 and response.json()["total"] == 0


@pytest.fixture
def live_server(kb_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A real uvicorn server whose /index.json crashes (the other routes work)."""
    import socket

    import uvicorn

    from dateline.store import Store

    def broken(self: Store) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "stats", broken)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(str(kb_path), token=""),
                                           host="127.0.0.1", port=port, log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(timeout=10)


def test_a_crash_answers_500_and_keeps_the_connection(live_server: int) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", live_server, timeout=10)
    for _ in range(3):
        conn.request("GET", "/index.json")
        crashed = conn.getresponse()
        assert crashed.status == 500
        assert b'"internal_error"' in crashed.read()
        assert crashed.getheader("content-security-policy") == CSP
        sock = conn.sock
        time.sleep(0.1)  # uvicorn closed the socket here before: the next request was reset
        conn.request("GET", "/events.json?limit=1")
        fine = conn.getresponse()
        assert fine.status == 200 and fine.read()
        assert conn.sock is sock  # the same keep-alive connection
    conn.close()


def test_script_urls_are_text_in_the_brief(hostile_client: Any) -> None:
    """The brief's evidence links each article's original: only http(s) becomes a link, on the
    page and in the standalone document ``dateline brief`` writes (which carries no CSP)."""
    from dateline.serve.brief import brief_document
    from dateline.store.brief_models import Brief

    page = hostile_client.get("/brief", params={"a": "LVA", "b": "EST"})
    assert page.status_code == 200, page.text
    data = hostile_client.get("/brief.json", params={"a": "LVA", "b": "EST"}).json()
    document = brief_document(Brief.model_validate(data))
    for html in (page.text, document):
        assert 'title="not an http(s) address: shown as text">javascript:alert(1)<' in html
        assert 'href="javascript' not in html.lower() and 'href="data:' not in html.lower()
        assert "<script>alert(2)" not in html
    data["glance"]["last_meeting"]["sources"][0]["url"] = "https://wire.example/riga"
    assert ('class="original" href="https://wire.example/riga" rel="noopener noreferrer"'
            in brief_document(Brief.model_validate(data)))
