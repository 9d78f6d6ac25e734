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


def test_the_headlines_city_of_a_third_state_for_the_talks_it_names(extract):
    record = extract("Rahmon, Japarov meet in Ashgabat\n\nTASHKENT, March 4 /UzA/ - Tajik "
                     "President Emomali Rahmon and Kyrgyz President Sadyr Japarov held a meeting on Wednesday, the "
                     "two presidents' press services said.")
    assert _places(record).get("meeting") == "TKM"


def test_the_headlines_third_state_city_needs_the_talks_people_in_it(extract):
    record = extract("Rahmon, Japarov meet in Ashgabat\n\nTASHKENT, March 4 /UzA/ - Uzbek Foreign Minister "
                     "Bakhtiyor Saidov received the Ambassador of Kyrgyzstan Kubanychbek Omuraliev on Wednesday.")
    assert _places(record).get("meeting") == "UZB"
