"""Place filters: what a typed place asks for, and the store's SQL giving what the rule gives."""

from __future__ import annotations

import pytest

from dateline.resolve.places import PlaceQuery, parse_place


def test_parse_place() -> None:
    assert parse_place("AZE").country == "AZE"  # type: ignore[union-attr]
    assert parse_place("Azerbaijani").country == "AZE"  # type: ignore[union-attr]
    baku = parse_place("Baku")
    assert baku is not None and baku.city == "baku" and baku.country is None
    assert baku.in_country == "AZE"
    assert baku.matches("Baku", "AZE")
    assert not baku.matches("Azerbaijan", "AZE") and not baku.matches(None, None)
    assert parse_place("  ") is None


@pytest.mark.parametrize("query, name, country, expected", [
    (PlaceQuery("AZE", country="AZE"), "Baku", "AZE", True),
    (PlaceQuery("AZE", country="AZE"), None, "aze", True),
    (PlaceQuery("AZE", country="AZE"), "Baku", None, False),
    (PlaceQuery("Astana", city="astana"), "Astana", "KAZ", True),
    (PlaceQuery("Nur-Sultan", city="nur sultan"), "Nur-Sultan", "KAZ", True),
    (PlaceQuery("York", city="york"), "New York", "USA", True),
    (PlaceQuery("York", city="york"), "Yorkshire", "GBR", False),
    (PlaceQuery("---", city=""), "Baku", "AZE", False),
])
def test_matches(query: PlaceQuery, name: str | None, country: str | None,
                 expected: bool) -> None:
    assert query.matches(name, country) is expected
