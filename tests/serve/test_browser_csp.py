"""Every page under the Content Security Policy in a real browser (Debian chromium): nothing
blocked (no inline script or style), the stylesheet applied, the network page's own JS drawing.
Screenshots go to ``test-output/``."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = Path(__file__).resolve().parents[2] / "test-output"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
WATCH = ("window.__csp = []; document.addEventListener('securitypolicyviolation', "
         "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
PAGES = ["/", "/events", "/events?country=KAZ", "/events/1", "/actors/2", "/articles/1",
         "/countries/KAZ", "/between?a=KAZ&b=UZB", "/calendar", "/network", "/search?q=Bekov",
         "/no/such/page"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def base_url(kb_path: Path) -> Iterator[str]:
    import uvicorn

    from dateline.serve import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(str(kb_path), token=""), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        tab = browser.new_page(viewport={"width": 1200, "height": 900})
        tab.add_init_script(WATCH)
        yield tab
        browser.close()


@pytest.mark.parametrize("path", PAGES)
def test_page_works_under_the_csp(page: Any, base_url: str, path: str) -> None:
    console: list[str] = []
    errors: list[str] = []
    page.on("console", lambda msg: console.append(msg.text))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    response = page.goto(f"{base_url}{path}")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    if path == "/network":
        page.wait_for_selector("svg#network circle", timeout=5000)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__csp") == []
    assert not [m for m in console if "Content Security Policy" in m], console
    assert not errors
    # the stylesheet applied: the header is the flex row dateline.css makes it
    assert page.evaluate("getComputedStyle(document.querySelector('header.top')).display") \
        == "flex"
    if path in ("/network", "/articles/1"):
        OUTPUT.mkdir(exist_ok=True)
        name = path.strip("/").replace("/", "-")
        page.screenshot(path=str(OUTPUT / f"csp-{name}.png"), full_page=True)
