"""A small knowledge base for the web tests: four wire-style reports written for these tests,
run through the real extractor and the store's ingest, served in-process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.article import Article

REPORTS = {
    "visit": ("2024-03-12", "TASHKENT, Uzbekistan, March 12. President of Kazakhstan Nurlan "
              "Bekov arrived in Tashkent on Tuesday on a state visit at the invitation of Uzbek "
              "President Rustam Aliev.\n\nThe two presidents held talks on trade and water "
              "management and signed an agreement on the demarcation of the border."),
    "call": ("2024-03-20", "BAKU, Azerbaijan, March 20. Azerbaijani Foreign Minister Elnur "
             "Gasimov held a telephone conversation with Georgian Foreign Minister Levan "
             "Tsereteli on Wednesday.\n\nThe ministers discussed regional transport projects."),
    "planned": ("2024-04-02", "ASTANA, Kazakhstan, April 2. Prime Minister of Mongolia Batbayar "
                "Ochir will pay an official visit to Kazakhstan on May 15, the Kazakh "
                "government said on Tuesday.\n\nHe is expected to meet Kazakh Prime Minister "
                "Arman Duisenov."),
    "script": ("2024-04-05", "MINSK, Belarus, April 5. <script>alert('pwned')</script> "
               "Belarusian Foreign Minister Pavel Krutov met with Armenian Foreign Minister "
               "Tigran Hovakimyan in Minsk on Friday.\n\nThey discussed cooperation in education."),
}


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory: pytest.TempPathFactory, extractor) -> Path:  # type: ignore[no-untyped-def]
    """The SQLite file holding the four reports (built once per session)."""
    from dateline.jobs.ingest import ingest_documents
    from dateline.store import open_store

    path = tmp_path_factory.mktemp("serve") / "kb.db"
    articles = [Article(text=text, id=name, url=f"https://wire.example/{name}",
                        published=published, source="Example Wire", title=f"Report: {name}")
                for name, (published, text) in REPORTS.items()]
    with open_store(str(path)) as store:
        stats = ingest_documents(articles, store, extractor)
    assert stats.added == len(REPORTS), stats.to_dict()
    return path


@pytest.fixture
def client(kb_path: Path) -> Iterator:  # type: ignore[type-arg]
    """A TestClient over the knowledge base (writes disabled)."""
    from fastapi.testclient import TestClient

    from dateline.serve import create_app

    with TestClient(create_app(str(kb_path), token="")) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo knowledge base, built as ``dateline demo`` builds it (real extraction + store)."""
    from dateline.cli.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    summary = build_demo(path)
    assert "48 added" in summary and "0 failed" in summary, summary
    return path
