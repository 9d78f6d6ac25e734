"""Request bodies: the token is checked and the size limit applied before a body is read."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from live import serving

from dateline.errors import UsageError
from dateline.serve import create_app
from dateline.serve.auth import READS, WRITE_PREFIX
from dateline.serve.limits import DEFAULT_MAX_BODY, parse_size

TOKEN = "s3cret"


@pytest.mark.parametrize(("text", "size"), [
    ("4MB", 4 * 1024 ** 2), ("512kb", 512 * 1024), ("1048576", 1024 ** 2), ("2 GiB", 2 * 1024 ** 3),
    ("1K", 1024),
])
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "lots", "4XB", "-1MB", "12", "\u00b2MB"])
def test_parse_size_rejects(text: str) -> None:
    with pytest.raises(UsageError):
        parse_size(text)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Any]]:
    """A live server taking writes, with a 64 KB body limit."""
    app = create_app(str(tmp_path_factory.mktemp("limits") / "kb.db"), token=TOKEN,
                     max_body=64 * 1024)
    with serving(app, log_level="critical") as url:
        yield int(url.rsplit(":", 1)[1]), app


def announce(port: int, length: int, headers: str = "", path: str = "/api/documents") -> str:
    """Send a POST's headers announcing ``length`` bytes and only 1 KB of them; the head of
    the answer, which must come without the rest."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall((f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: "
                      f"application/json\r\nContent-Length: {length}\r\n{headers}\r\n"
                      ).encode() + b"{" * 1024)
        answer = sock.recv(65536).decode("latin-1")
    return answer.split("\r\n\r\n", 1)[0]


@pytest.mark.parametrize(("headers", "status"), [
    ("", "401"), ("Authorization: Bearer wrong\r\n", "401"),
    (f"Authorization: Bearer {TOKEN}\r\n", "413"),
])
def test_answered_before_the_body_is_read(server: tuple[int, Any], headers: str,
                                          status: str) -> None:
    port, _ = server
    head = announce(port, 300 * 1024 * 1024, headers)  # 300 MB announced, 1 KB sent
    assert head.split(" ")[1] == status, head
    assert "\r\nconnection: close" in head.lower()  # the rest is not waited for


def _write_routes() -> list[str]:
    """The path of every route taking something other than a read (GET/HEAD/OPTIONS)."""
    from dateline.serve.api import router as api
    from dateline.serve.brief import router as brief
    from dateline.serve.pages import router as pages

    return [route.path for router in (api, brief, pages)  # type: ignore[attr-defined]
            for route in router.routes if route.methods - READS]  # type: ignore[attr-defined]


def test_every_write_route_is_guarded_before_its_body(server: tuple[int, Any]) -> None:
    """A write route added anywhere must sit under /api/, where the token and the size are
    checked from the headers alone (GuardWrites, BodyLimit)."""
    port, _ = server
    routes = _write_routes()
    assert "/api/documents" in routes
    for path in routes:
        assert path.startswith(WRITE_PREFIX), path
        assert announce(port, 300 * 1024 * 1024, path=path).split(" ")[1] == "401"
        assert announce(port, 300 * 1024 * 1024, f"Authorization: Bearer {TOKEN}\r\n",
                        path=path).split(" ")[1] == "413"


def test_a_chunked_body_over_the_limit_is_cut(server: tuple[int, Any]) -> None:
    port, _ = server
    chunks = iter([b'{"text": "' + b"a" * 8192] * 20 + [b'"}'])  # 160 KB without a length
    import httpx

    response = httpx.post(f"http://127.0.0.1:{port}/api/documents", content=chunks,
                          headers={"Authorization": f"Bearer {TOKEN}",
                                   "Content-Type": "application/json"}, timeout=30)
    assert response.status_code == 413
    assert response.json()["error"]["type"] == "too_large"


def test_bad_content_length_is_400(server: tuple[int, Any]) -> None:
    port, _ = server
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"GET /index.json HTTP/1.1\r\nHost: x\r\nContent-Length: \xc2\xb2\r\n\r\n")
        assert sock.recv(65536).split(b"\r\n", 1)[0].split(b" ")[1] in (b"400",)


def test_limit_from_the_environment(kb_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_MAX_BODY", "2KB")
    with TestClient(create_app(str(kb_path), token=TOKEN)) as client:
        big = client.post("/api/documents", json={"text": "x" * 4000},
                          headers={"Authorization": f"Bearer {TOKEN}"})
        assert big.status_code == 413
    monkeypatch.delenv("DATELINE_MAX_BODY")
    assert DEFAULT_MAX_BODY >= 4 * 1_000_000  # a maximal document (1 MB of text) fits
