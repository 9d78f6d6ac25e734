"""A real browser (Debian chromium through playwright) over a live server: /events renders,
the network page draws its SVG with our own JS. Screenshots go to ``test-output/``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from live import CHROMIUM, chromium, serving

OUTPUT = Path(__file__).resolve().parents[2] / "test-output"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def base_url(kb_path: Path) -> Iterator[str]:
    from dateline.serve import create_app

    with serving(create_app(str(kb_path))) as url:
        yield url


@pytest.fixture(scope="module")
def browser_page(base_url: str) -> Iterator:  # type: ignore[type-arg]
    with chromium() as browser:
        yield browser.new_page(viewport={"width": 1200, "height": 900})


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
