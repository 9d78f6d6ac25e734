"""Fixtures for ingestion tests: the local news site, a fast fetcher, a stub extractor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from site_server import Site, StubExtractor, fast_policy, serve_site

from dateline.ingest.fetch import Fetcher


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests go to 127.0.0.1 directly, whatever proxy the environment names."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def site() -> Iterator[Site]:
    """The misbehaving news site (see ``site_server``), on a free port for one test."""
    with serve_site() as running:
        yield running


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    """A Fetcher with the tests' short timeouts and small size cap."""
    with Fetcher(fast_policy()) as client:
        yield client


@pytest.fixture
def stub_extractor() -> StubExtractor:
    return StubExtractor()
