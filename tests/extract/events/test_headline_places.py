"""A place told only in the report's headline (issue 14, "a place in a headline-like lead only"): the
body's talks take the headline's city of another state, not the dateline's agency city; a headline of
an engagement ahead ("to visit") places nothing (events/headline_places.py). And "Djibouti City" is
the capital, not nowhere."""

from __future__ import annotations

from dateline.extract.places import lookup_place


def _places(record):
    return {e.kind: (e.place.country if e.place else None) for e in record.events}


def test_the_headlines_city_over_the_datelines(extract):
    record = extract("Kazakh, Kyrgyz prime ministers meet in Bishkek\n\nASTANA, March 4 /Kazinform/ - Prime "
                     "Minister Olzhas Bektenov held talks with Chairman of the Cabinet of Ministers of Kyrgyzstan "
                     "Adylbek Kasymaliev on Wednesday. The sides discussed water sharing on the Chu and Talas "
                     "rivers.")
    assert _places(record).get("meeting") == "KGZ"


def test_a_headline_of_a_trip_ahead_places_nothing(extract):
    record = extract("Kazakh prime minister to visit Bishkek next week\n\nASTANA, March 4 /Kazinform/ - Prime "
                     "Minister Olzhas Bektenov held talks with the Ambassador of Kyrgyzstan Rysbek Mamatov on "
                     "Wednesday.")
    assert _places(record).get("meeting") == "KAZ"


def test_djibouti_city_is_the_capital():
    place = lookup_place("Djibouti City")
    assert place is not None and place.country == "DJI" and place.name == "Djibouti City"
