"""An engagement told by the place its party leaves after it (events/departures.py): "left New Delhi
following three days of talks" was held in New Delhi; the destination of the departure never is."""

from __future__ import annotations

import pytest

from dateline.article import Article


def _talks_places(extractor, text: str) -> list[str | None]:
    record = extractor.extract(Article(text=text, id="t"))
    return [e.place.country if e.place else None for e in record.events if e.kind == "meeting"]


@pytest.mark.parametrize("text, country", [
    ("The U.S. negotiator left New Delhi following three days of talks with Indian officials.", "IND"),
    ("The Japanese foreign minister left Tashkent on Friday after two days of talks with his Uzbek "
     "counterpart.", "UZB"),
    ("Before departing from Baku, the Georgian foreign minister held talks with President Ilham Aliyev.", "AZE"),
])
def test_talks_are_where_their_party_leaves_after_them(extractor, text, country):
    assert _talks_places(extractor, text) == [country]


def test_the_destination_of_the_departure_is_not_the_place_of_the_talks(extractor):
    text = "Russian Foreign Minister Sergei Lavrov left for Ankara after talks with his Iranian counterpart."
    assert "TUR" not in _talks_places(extractor, text)
