"""Test helpers: a local news site on 127.0.0.1 that serves the fixture feeds and pages, and misbehaves.

Fixture files say ``http://news.test``; the server rewrites that to its own address. Routes:
articles under /steppewire, /caspian, /meridian; feeds under /feeds (with ETag and
Last-Modified, answering 304 to a matching conditional GET); and faults: /missing.html (404),
/error.html (500), /slow.html (answers after SLOW seconds), /loop/a <-> /loop/b (redirect loop),
/report.pdf (a PDF), /bomb.html (gzip that expands beyond the test cap), /private/ (disallowed by
robots.txt), /feeds/page-as-feed (HTML served as a feed), /feeds/malformed.xml.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from dateline.article import Article, FailedDocument
from dateline.ingest.fetch import FetchPolicy
from dateline.record import Record

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"
PLACEHOLDER = "http://news.test"
SLOW = 1.5          # seconds the slow page takes: beyond the tests' timeout
TIMEOUT = 0.5       # the tests' fetch timeout
CAP = 200_000       # the tests' response size cap
LAST_MODIFIED = "Tue, 11 Jun 2024 10:00:00 GMT"
ROBOTS = "User-agent: *\nDisallow: /private/\n"

ARTICLES = ["steppewire/mongolia-visit.html", "steppewire/politics-index.html",
            "caspian/baku-talks.html", "caspian/visite-paris.html",
            "meridian/tashkent-agreement.html", "meridian/ashgabat-call.html",
            "meridian/tag-uzbekistan.html"]
FEEDS = {"wire.rss": "application/rss+xml", "caspian.atom": "application/atom+xml",
         "malformed.xml": "application/xml"}

Reply = tuple[int, dict[str, str], bytes]


@dataclass
class Site:
    """The running server: its base URL, the requests it saw, switches to change its answers."""

    base: str
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    down: set[str] = field(default_factory=set)  # paths answering 503 for now
    routes: dict[str, Callable[[dict[str, str]], Reply]] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def count(self, path: str) -> int:
        return self.paths().count(path)

    def render(self, relative: str) -> bytes:
        return (SITES / relative).read_text(encoding="utf-8").replace(
            PLACEHOLDER, self.base).encode("utf-8")


def _static(site: Site, relative: str, content_type: str, *,
            conditional: bool = False) -> Callable[[dict[str, str]], Reply]:
    def reply(headers: dict[str, str]) -> Reply:
        body = site.render(relative)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        extra = {"ETag": etag, "Last-Modified": LAST_MODIFIED} if conditional else {}
        if conditional and (headers.get("if-none-match") == etag
                            or headers.get("if-modified-since") == LAST_MODIFIED):
            return 304, extra, b""
        return 200, {"Content-Type": content_type, **extra}, body
    return reply


def _routes(site: Site) -> dict[str, Callable[[dict[str, str]], Reply]]:
    html = "text/html; charset=utf-8"
    routes = {f"/{name}": _static(site, name, html) for name in ARTICLES}
    routes.update({f"/feeds/{name}": _static(site, f"feeds/{name}", ctype, conditional=True)
                   for name, ctype in FEEDS.items()})
    routes["/feeds/page-as-feed"] = _static(site, "steppewire/politics-index.html", html)
    routes["/private/leaked.html"] = _static(site, "caspian/baku-talks.html", html)
    bomb = gzip.compress(b"<html><body>" + b" " * (CAP * 20) + b"</body></html>")

    def slow(_: dict[str, str]) -> Reply:
        time.sleep(SLOW)
        return 200, {"Content-Type": html}, site.render("caspian/baku-talks.html")

    routes.update({
        "/robots.txt": lambda _: (200, {"Content-Type": "text/plain"}, ROBOTS.encode()),
        "/missing.html": lambda _: (404, {"Content-Type": html}, b"<html>Not found</html>"),
        "/error.html": lambda _: (500, {"Content-Type": html}, b"<html>Server error</html>"),
        "/slow.html": slow,
        "/loop/a": lambda _: (302, {"Location": "/loop/b"}, b""),
        "/loop/b": lambda _: (302, {"Location": "/loop/a"}, b""),
        "/report.pdf": lambda _: (200, {"Content-Type": "application/pdf"},
                                  b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" * 20),
        "/bomb.html": lambda _: (200, {"Content-Type": html, "Content-Encoding": "gzip"}, bomb),
    })
    return routes


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            headers = {k.lower(): v for k, v in self.headers.items()}
            site.requests.append((self.path, headers))
            route = site.routes.get(self.path)
            if self.path in site.down:
                status, extra, body = 503, {"Content-Type": "text/plain"}, b"down"
            elif route is None:
                status, extra, body = 404, {"Content-Type": "text/plain"}, b"no such page"
            else:
                status, extra, body = route(headers)
            try:
                self.send_response(status)
                for key, value in extra.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout): expected for /slow.html

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that time out reset their connections: expected here


@contextlib.contextmanager
def serve_site() -> Iterator[Site]:
    """Run the misbehaving news site on a free port (a thread) for the ``with`` block."""
    server = _QuietServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = server.server_address[1]
    state = Site(base=f"http://127.0.0.1:{port}")
    state.routes = _routes(state)
    server.RequestHandlerClass = _handler(state)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def fast_policy(**changes: object) -> FetchPolicy:
    """Short timeouts, one quick retry, no per-host delay, a small size cap."""
    options: dict[str, object] = {"timeout": TIMEOUT, "deadline": 2.0, "retries": 1,
                                  "backoff": 0.01, "host_delay": 0.0, "max_bytes": CAP,
                                  "trust_env": False}  # never a proxy: 127.0.0.1 only
    options.update(changes)
    return FetchPolicy(**options)  # type: ignore[arg-type]


class StubExtractor:
    """Records without events: for tests of what is fetched and stored, not extracted."""

    def extract_many(self, documents: Iterable[Article | FailedDocument]
                     ) -> Iterator[tuple[Article | FailedDocument, Record]]:
        for document in documents:
            if isinstance(document, FailedDocument):
                yield document, Record.failed(document.id, document.error, url=document.url)
            else:
                yield document, Record(id=document.id or document.key, url=document.url,
                                       source=document.source, published=document.published,
                                       title=document.title)


@contextlib.contextmanager
def serve_slowloris(host: str = "127.0.0.2", *, gap: float = 0.2) -> Iterator[str]:
    """A feed server that never finishes: it sends the headers of a large RSS answer, then one
    byte every ``gap`` seconds (each read gets data, so no read ever times out). Listens on
    another loopback address than the site, so it is another host. Yields the feed's URL."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, 0))
    listener.listen(8)
    listener.settimeout(0.1)
    closing = threading.Event()

    def trickle(conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                             b"Connection: close\r\n\r\n<?xml version=\"1.0\"?><rss>")
                while not closing.wait(gap):
                    conn.sendall(b" ")
            except OSError:
                pass  # the client gave up

    def accept() -> None:
        while not closing.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=trickle, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield f"http://{host}:{listener.getsockname()[1]}/feeds/endless.rss"
    finally:
        closing.set()
        listener.close()
