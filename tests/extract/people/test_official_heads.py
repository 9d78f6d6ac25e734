"""'Official' as a title head (titles.yaml, ``noun_only``; ruler.py): a named person written as
"a Foreign Ministry official", "an official of the Ministry of X" holds a post of that state; the
adjective of "the official news agency", "the Official Journal" names no person, and a movement's
official stays no official (people_titles.yaml ``generic_heads``).

Sentences written for these tests in the style of state agencies.
"""

from __future__ import annotations

import pytest
from people_views import officials


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("ASTANA, Nov 4. Chinese Foreign Ministry official Zhou Ming said the consultations were productive.",
     "Zhou Ming", "Foreign Ministry official", "CHN"),
    ("TASHKENT, Nov 4. A U.S. State Department official, Mark Ellison, told reporters the talks went well.",
     "Mark Ellison", "State Department official", "USA"),
    ("BAKU, Nov 4. Kamal Rzayev, an official of the Azerbaijani Ministry of Economy, attended the forum.",
     "Kamal Rzayev", "official of the Ministry of Economy", "AZE"),
])
def test_a_named_official(extract, text, name, title, country):
    assert officials(extract(text))[name] == (title, country)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("AMMAN, Nov 5. The official Petra news agency said Foreign Ministry official Zaid Odeh met the "
     "Iraqi delegation.", "Zaid Odeh", "Foreign Ministry official", "JOR"),
    ("BRUSSELS, Nov 5. The Official Journal of the European Union published the regulation, EU official "
     "Marta Kowalska said.", "Marta Kowalska", "Official", "EU"),
])
def test_the_adjective_names_no_person(extract, text, name, title, country):
    assert officials(extract(text)) == {name: (title, country)}


def test_a_movements_official_is_no_official(extract):
    found = officials(extract("DOHA, Nov 6. A Hamas official, Osama Hamdan, and a Qatari Foreign Ministry "
                              "official, Majid Al-Sulaiti, attended the talks."))
    assert found.get("Osama Hamdan", (None, None))[0] is None
    assert found["Majid Al-Sulaiti"] == ("Foreign Ministry official", "QAT")
