"""Datelines signed in more shapes of agency copy (extract/header.py): the outlet before the city
('Kazinform - Astana, March 5.', 'AZERTAC: Baku'), after the dash ('BISHKEK, March 5 -- Kabar.'),
after a printed clock ('5 March 2026, 14:20 (Kazinform)'), a country with accents ('ANKARA,
Türkiye'), the date after a dash ('Astana, Kazakhstan -- March 5, 2026 --') and two cities
('ISTANBUL/ANKARA'): the first city is the dateline's, and the lead starts after the signature."""

from __future__ import annotations

import pytest

from dateline.extract.header import find_dateline


@pytest.mark.parametrize(("text", "place", "country", "month", "day", "outlet", "body"), [
    ("Kazinform - Astana, March 5. Kazakh President Kassym-Jomart Tokayev received the Emir of Qatar.",
     "Astana", "KAZ", 3, 5, "Kazinform", "Kazakh President"),
    ("AZERTAC: Baku, March 5 - President Ilham Aliyev received the Foreign Minister of Malta.",
     "Baku", "AZE", 3, 5, "AZERTAC", "President Ilham"),
    ("BISHKEK, March 5 \u2014 Kabar. The Kyrgyz president met the Ambassador of Oman.",
     "Bishkek", "KGZ", 3, 5, "Kabar", "The Kyrgyz"),
    ("Nur-Sultan, 5 March 2026 \u2013 Kazinform President Tokayev held talks with the Emir of Kuwait.",
     "Nur-Sultan", "KAZ", 3, 5, "Kazinform", "President Tokayev"),
    ("Astana, 5 March 2026, 14:20 (Kazinform) - The Kazakh foreign minister met his Slovak counterpart.",
     "Astana", "KAZ", 3, 5, "Kazinform", "The Kazakh"),
    ("ANKARA, T\u00fcrkiye (AA) - Turkish Foreign Minister Hakan Fidan met his Somali counterpart.",
     "Ankara", "TUR", None, None, "AA", "Turkish Foreign"),
    ("Astana, Kazakhstan \u2014 March 5, 2026 \u2014 The Kazakh prime minister received the Omani envoy.",
     "Astana", "KAZ", 3, 5, None, "The Kazakh"),
    ("ISTANBUL/ANKARA (Reuters) - Turkey and Egypt signed a memorandum on trade.",
     "Istanbul", "TUR", None, None, "Reuters", "Turkey and"),
])
def test_signed_datelines_are_read_to_the_start_of_the_story(text, place, country, month, day, outlet, body):
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.country, found.month, found.day, found.outlet) == (place, country, month, day, outlet)
    assert text[found.span[1]:].lstrip().startswith(body)


@pytest.mark.parametrize("text", [
    "ASTANA \u2013 Kazakh President Kassym-Jomart Tokayev received the Emir of Qatar.",  # no outlet after the dash
    "Tbilisi/Trend/ - The Georgian prime minister met his Armenian counterpart.",  # an outlet between slashes
])
def test_a_word_after_the_dash_that_is_no_outlet_stays_in_the_story(text):
    found = find_dateline(text)
    assert found is not None
    rest = text[found.span[1]:].lstrip()
    assert rest.startswith(("Kazakh President", "The Georgian"))
    assert found.place in {"Astana", "Tbilisi"}


def test_a_signed_dateline_leaves_the_signature_out_of_the_lead(extract):
    record = extract("Nur-Sultan, 5 March 2026 \u2013 Kazinform President of Kazakhstan Kassym-Jomart Tokayev received "
                     "the Minister of Foreign Affairs of Slovakia Juraj Blanar in the Akorda.", "2026-03-05")
    assert record.dateline is not None and record.dateline.place == "Nur-Sultan"
    meeting = next(e for e in record.events if e.kind == "meeting")
    names = {a.name for i in meeting.participants if (a := record.actor(i)) is not None and a.kind == "person"}
    assert names == {"Kassym-Jomart Tokayev", "Juraj Blanar"}
    assert not any("Kazinform" in a.name for a in record.actors)


def test_an_outlet_between_slashes_is_no_second_city():
    found = find_dateline("Yerevan/Ararat Wire/ Armenian Minister of Internal Affairs met her Georgian counterpart.")
    assert found is not None and (found.place, found.outlet) == ("Yerevan", "Ararat Wire")
