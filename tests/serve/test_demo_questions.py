"""Issue 7, "done when": a new user opens the demo and answers three questions in the UI.

A real browser (Debian chromium through playwright) drives the demo knowledge base - built as
``dateline demo`` builds it - served by uvicorn: home -> events filters, search -> person page ->
events together, calendar filters. A screenshot of every page visited goes to
``test-output/screenshots/``. The same answers are checked on the JSON twins, in-process, by
``test_demo_questions_api.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from demo_answers import (
    COP29_INVITEE,
    ENV_NAME,
    IAP_HEADLINE,
    IAP_INVITEES,
    IAP_NAME,
    TRANSPORT_GROUP_DATE,
    april_visitors,
    last_meeting,
)
from live import CHROMIUM, chromium, serving

SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def demo_url(demo_db: Path) -> Iterator[str]:
    from dateline.serve import create_app

    with serving(create_app(str(demo_db), token="")) as url:
        yield url


@pytest.fixture(scope="module")
def browser(demo_url: str) -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser: Any, demo_url: str) -> Iterator[Any]:
    """A fresh tab on the home page; fails the test on any JavaScript error."""
    tab = browser.new_page(viewport={"width": 1280, "height": 900}, base_url=demo_url)
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto("/")
    yield tab
    tab.close()
    assert not errors


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def rows(page: Any, table: str = "table.events") -> list[str]:
    return page.locator(f"{table} tbody tr").all_inner_texts()


def test_q1_delegations_that_visited_azerbaijan_in_april_2024(page: Any) -> None:
    assert page.title() == "Dateline · Dateline"
    shot(page, "home")
    page.click("header nav >> text=Events")
    page.select_option("form.filters select[name=kind]", "visit")
    page.fill("form.filters input[name=place]", "Azerbaijan")
    page.fill("form.filters input[name=since]", "2024-04")
    page.fill("form.filters input[name=until]", "2024-04")
    page.click("form.filters button")
    page.wait_for_url("**/events?*place=Azerbaijan*")
    found = rows(page)
    expected = april_visitors()
    assert len(found) == len(expected) == 4, found
    for person, country in expected.items():
        (row,) = [r for r in found if person in r]
        assert country in row and "AZE" in row and "2024-04" in row
    assert "Astana" not in page.inner_text("table.events")  # Aliyev's own trip abroad
    shot(page, "events")
    page.click(f"table.events tr:has-text('{next(iter(expected))}') td >> nth=2 >> a")
    page.wait_for_url("**/events/*")
    assert "Baku" in page.inner_text("dl.facts") and "<mark>" in page.content()
    shot(page, "event")
    page.click("section.source h3 a >> nth=0")
    page.wait_for_url("**/articles/*")
    assert page.locator(".article-text .hl.trigger").count() >= 1
    shot(page, "article")
    page.goto("/countries/AZE")
    assert "Partners" in page.inner_text("main")
    shot(page, "country")


def test_q2_when_the_prosecutors_general_last_met(page: Any) -> None:
    page.fill("header form.search input[name=q]", "Asylov")
    page.press("header form.search input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Asylov")
    shot(page, "search")
    page.click("main ul >> a.actor.person >> text=Berik Asylov")
    page.wait_for_url("**/actors/*")
    assert page.inner_text("h1") == "Berik Asylov"
    answer = last_meeting()
    row = page.locator("table.counterparts tr", has_text="Kamran Aliyev")
    assert answer in row.inner_text()
    shot(page, "person")
    row.locator("text=events together").click()
    page.wait_for_url("**/between?*")
    assert answer in page.inner_text("#last-met") and "Baku" in page.inner_text("#last-met")
    dates = [d.split(" – ")[0] for d in
             page.locator("table.events tbody tr td:first-child").all_inner_texts()]
    dated = [d for d in dates if d != "undated"]
    assert dated == sorted(dated, reverse=True)  # newest first (undated ones by report date)
    page.select_option("form.filters select[name=kind]", "meeting")
    page.click("form.filters button")
    page.wait_for_url("**kind=meeting*")
    assert rows(page)[0].startswith(answer)
    shot(page, "between")


def test_q3_scheduled_in_baku_this_autumn_and_who_is_invited(page: Any) -> None:
    page.click("header nav >> text=Calendar")
    page.wait_for_url("**/calendar")
    for name, value in (("since", "2024-09"), ("until", "2024-11"), ("country", "AZE")):
        page.fill(f"form.filters input[name={name}]", value)
    page.click("form.filters button")
    page.wait_for_url("**/calendar?*country=AZE*")
    cop29 = page.locator("table.calendar tr", has_text="Conference of the Parties")
    assert COP29_INVITEE in cop29.inner_text() and "2024-11-11" in cop29.inner_text()
    page.fill("form.filters input[name=country]", "")
    page.fill("form.filters input[name=place]", "Baku")
    page.click("form.filters button")
    page.wait_for_url("**/calendar?*place=Baku*")
    iap = page.locator("table.calendar tr", has_text=IAP_HEADLINE)  # headlines, not names
    assert iap.count() == 1
    assert iap.locator("td a[href^='/events/']").first.get_attribute("title") == IAP_NAME
    invitations = iap.locator("td.invitations").inner_text()
    assert all(person in invitations for person in IAP_INVITEES), invitations
    assert "announced 2024-04-03" in iap.inner_text()
    assert page.locator("table.calendar tr", has_text=ENV_NAME).count() == 1
    cop29 = page.locator("table.calendar tr", has_text="Conference of the Parties")
    assert COP29_INVITEE in cop29.locator("td.invitations").inner_text()
    transport = page.locator("table.calendar tr", has_text=TRANSPORT_GROUP_DATE)
    assert "multilateral" in transport.inner_text() and "planned" in transport.inner_text()
    # "2024": the CIS prosecutors' council's next meeting, "in Baku next year" (d037, dated by its year only)
    assert set(page.locator("main h2").all_inner_texts()) <= {"2024", "2024-09", "2024-10", "2024-11"}
    shot(page, "calendar")


def test_network_page_draws(page: Any) -> None:
    page.click("header nav >> text=Network")
    page.wait_for_selector("svg#network circle", timeout=5000)
    assert "Azerbaijan" in page.locator("svg#network text").all_text_contents()
    shot(page, "network")
