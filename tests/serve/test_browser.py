"""A real browser (Debian chromium through playwright) over a live server: /events renders,
the network page draws its SVG with our own JS. Screenshots go to ``test-output/``."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = Path(__file__).resolve().parents[2] / "test-output"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def base_url(kb_path: Path) -> Iterator[str]:
    import uvicorn

    from dateline.serve import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(kb_path)), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser_page(base_url: str) -> Iterator:  # type: ignore[type-arg]
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        yield page
        browser.close()


def test_events_page_renders(browser_page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    browser_page.on("pageerror", lambda exc: errors.append(str(exc)))
    browser_page.goto(f"{base_url}/events")
    assert browser_page.title() == "Events · Dateline"
    assert browser_page.locator("table.events tbody tr").count() >= 4
    assert "Elnur Gasimov" in browser_page.inner_text("table.events")
    OUTPUT.mkdir(exist_ok=True)
    browser_page.screenshot(path=str(OUTPUT / "events.png"), full_page=True)
    assert not errors


def test_network_draws_svg(browser_page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    browser_page.on("pageerror", lambda exc: errors.append(str(exc)))
    browser_page.goto(f"{base_url}/network")
    browser_page.wait_for_selector("svg#network circle", timeout=5000)
    labels = browser_page.locator("svg#network text").all_text_contents()
    assert "Georgia" in labels and "Azerbaijan" in labels
    assert browser_page.locator("svg#network line").count() >= 1
    OUTPUT.mkdir(exist_ok=True)
    browser_page.screenshot(path=str(OUTPUT / "network.png"), full_page=True)
    assert not errors
