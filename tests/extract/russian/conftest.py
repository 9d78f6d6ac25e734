"""One Russian extraction per text for the tests of this folder."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.article import Article
from dateline.extract.russian import extract_russian
from dateline.record import Record


@pytest.fixture(scope="session")
def ru() -> Callable[..., Record]:
    cache: dict[tuple[str, str | None], Record] = {}

    def run(text: str, published: str | None = "2025-04-03") -> Record:
        key = (text, published)
        if key not in cache:
            cache[key] = extract_russian(Article(text=text, id="ru", published=published))
        return cache[key]

    return run

