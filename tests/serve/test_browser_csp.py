"""Every page under the Content Security Policy in a real browser (Debian chromium): nothing
blocked (no inline script or style), the stylesheet applied, the network page's own JS drawing.
Screenshots go to ``test-output/``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from live import CHROMIUM, chromium, serving

OUTPUT = Path(__file__).resolve().parents[2] / "test-output"
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
    from dateline.serve import create_app

    with serving(create_app(str(kb_path), token="")) as url:
        yield url


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[Any]:
    with chromium() as browser:
        tab = browser.new_page(viewport={"width": 1200, "height": 900})
        tab.add_init_script(WATCH)
        yield tab


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
