"""A continent is no place of an engagement (events/named_cities.py, events/place.py): 'Africa' is not
Mahdia in Tunisia (once called Africa), 'Asia' no town of the Philippines; a visit to a continent and
a state in it is in the state."""

from __future__ import annotations

from dateline.article import Article
from dateline.extract.events.named_cities import continent


def test_continents_are_named_as_such():
    assert all(continent(n) for n in ("Africa", "Asia", "Europe", "the Americas"))
    assert not any(continent(n) for n in ("Abuja", "Australia", "South Africa", "Central African Republic"))


def test_a_visit_to_a_continent_and_a_state_is_in_the_state(extractor):
    text = ("BEIJING, 4 March (Xinhua) -- Chinese Foreign Minister Wang Yi has made one visit to Africa this year, "
            "to Namibia in January.")
    record = extractor.extract(Article(text=text, id="t", published="2025-03-04"))
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and all(v.place is not None and v.place.country == "NAM" for v in visits), \
        [(v.countries, v.place) for v in visits]

