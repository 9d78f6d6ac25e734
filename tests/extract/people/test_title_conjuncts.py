"""Only the conjunct that is a title is the person's title (people/title_info.py, people/chains.py).

"Rahman of the Awami League and Prime Minister X": the party is no part of X's title; "the new
Kenyan government and President X": the government is no title either, its state is still X's.
A left conjunct that holds a title, a ministry's field or a modifier stays ("Deputy Prime Minister
and Minister of Foreign Affairs"). A role in the event ("summit host") is no part of the post, and a
state's name written with "and" ("Bosnia and Herzegovina", "Trinidad and Tobago") does not end
the title phrase.
"""

from __future__ import annotations

import pytest
from people_views import named

PUBLISHED = "2025-06-02"


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("DHAKA, June 2 (BSS) -- Karim of the Awami League and Prime Minister Farhana Chowdhury of Bangladesh "
     "are expected to attend the talks in Colombo.", "Farhana Chowdhury", "Prime Minister", "BGD"),
    ("WASHINGTON, June 2 -- The United States looks forward to working with a new Kenyan government and "
     "President Daniel Kiprono, the State Department said.", "Daniel Kiprono", "President", "KEN"),
    ("ISLAMABAD, June 2 (APP) -- Deputy Prime Minister and Minister of Foreign Affairs Tariq Mahmood "
     "left for Beijing on Monday.", "Tariq Mahmood", "Deputy Prime Minister and Minister of Foreign Affairs",
     "PAK"),
    ("TASHKENT, June 2 (UzA) -- The Minister of Roads and Urban Development of Uzbekistan Alisher Nazarov "
     "met the Korean delegation.", "Alisher Nazarov", "Minister of Roads and Urban Development", "UZB"),
    # the ministry's fields joined by "and" end before a name, and a second title after "and" is not one
    ("BAKU, June 2 (Trend) -- The talks were attended by Minister of Economy Farid Mammadli and Energy "
     "Minister Orkhan Huseynli.", "Farid Mammadli", "Minister of Economy", "AZE"),
    ("BAKU, June 2 (Trend) -- The talks were attended by Minister of Economy Farid Mammadli and Energy "
     "Minister Orkhan Huseynli.", "Orkhan Huseynli", "Energy Minister", "AZE"),
])
def test_the_title_is_the_conjunct_that_names_a_post(extract, text, name, title, country):
    person = named(extract(text), name)
    assert (person.title, person.country) == (title, country)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("CAIRO, June 2 (MENA) -- Egyptian host President Omar Fathi and Jordan's Foreign Minister Sami Haddad "
     "opened the summit in Sharm el-Sheikh on Monday.", "Omar Fathi", "EGY"),
    ("BAKU, June 2 (Trend) -- Summit host President Rauf Karimli welcomed the leaders of the Turkic states "
     "at the Baku Congress Centre.", "Rauf Karimli", None),
])
def test_a_host_is_a_role_not_a_post(extract, text, name, country):
    person = named(extract(text), name)
    assert person.title == "President"
    if country is not None:
        assert person.country == country


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("ANKARA, June 2 (AA) -- The Chairman of the Presidium of Bosnia and Herzegovina Dragan Kovac met with "
     "Turkish President Emre Kaya in Ankara on Monday.", "Dragan Kovac", "Chairman of the Presidium", "BIH"),
    ("PORT OF SPAIN, June 2 -- The President of Trinidad and Tobago Lisa Ramdial received the Foreign "
     "Minister of Antigua and Barbuda Paul Greene on Monday.", "Lisa Ramdial", "President", "TTO"),
    ("PORT OF SPAIN, June 2 -- The President of Trinidad and Tobago Lisa Ramdial received the Foreign "
     "Minister of Antigua and Barbuda Paul Greene on Monday.", "Paul Greene", "Foreign Minister", "ATG"),
])
def test_a_states_name_with_and_stays_in_the_title_phrase(extract, text, name, title, country):
    person = named(extract(text), name)
    assert (person.title, person.country) == (title, country)
