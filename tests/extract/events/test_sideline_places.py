"""Talks on the sidelines of a body's sitting named with its city ('met on the sidelines of the European
Council in Brussels') are held in that city, though the parser hangs the city on the body's name (session 18,
places). Reports written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "published", "names", "city"), [
    ("BAKU, Azerbaijan, May 14. President Ilham Aliyev received Georgian Prime Minister Irakli Kobakhidze in Baku on "
     "Thursday. Earlier, Aliyev and Kobakhidze met on the sidelines of the European Council in Brussels on March 19, "
     "where they discussed transit.", "2026-05-14", ("Aliyev", "Kobakhidze"), "Brussels"),
])
def test_talks_on_the_sidelines_of_a_sitting_are_in_its_city(extract, text, published, names, city):
    record = extract(text, published=published)
    met = [e for e in record.events if e.kind == "meeting" and all(any(n in p for p in e.persons) for n in names)]
    assert any(e.place is not None and e.place.name == city for e in met), [
        (e.date.start if e.date else None, e.place) for e in met]
