"""Private stays, calls on a detainee and sites at home are no visits between states (issue 14;
events/non_engagements.py, events/domestic.py).

"arrived in Germany for medical treatment" and "is on holiday in Spain" are private stays; "visited
the former president in jail" calls on a person held there; "visited a car factory in Shanghai" by
China's own president is a tour at home. A visit for talks, or to a factory abroad, stays.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize("text", [
    "Nigerian officials say President Bola Tinubu has arrived in France for medical treatment after falling "
    "ill last week.",
    "Algerian President Abdelmadjid Tebboune flew to Germany for surgery on his foot on Sunday.",
    "Last week, Kenya recalled its ambassador to Uganda after a Ugandan consular official in Tanzania visited "
    "Mr. Besigye in jail.",
    "Chinese President Xi Jinping visited a car factory in Shanghai on Monday, a week after talks with Russian "
    "President Vladimir Putin.",
])
def test_private_stays_and_calls_on_detainees_are_no_visits(extract, text):
    assert [e.countries for e in extract(text).events if e.kind == "visit"] == []


@pytest.mark.parametrize(("text", "countries"), [
    ("Uzbek President Shavkat Mirziyoyev arrived in Moscow for talks with Russian President Vladimir Putin.",
     ["RUS", "UZB"]),
    ("Turkish President Recep Tayyip Erdogan visited a car factory in Shanghai on Monday.", ["CHN", "TUR"]),
    ("Azerbaijani President Ilham Aliyev will travel to Germany for the opening of the Berlin energy forum.",
     ["AZE", "DEU"]),
])
def test_visits_abroad_stay(extract, text, countries):
    assert countries in [e.countries for e in extract(text).events if e.kind == "visit"]


def test_agency_report_keeps_the_official_visit_and_drops_the_private_stay(extract):
    text = (
        "TASHKENT, 12 May (UzA) -- President of the Republic of Uzbekistan Shavkat Mirziyoyev arrived in Astana "
        "on Monday on a state visit at the invitation of President of Kazakhstan Kassym-Jomart Tokayev.\n\n"
        "The heads of state held talks in narrow format at the Akorda.\n\n"
        "Earlier this year the former Kyrgyz president arrived in Turkey for medical treatment, the agency "
        "recalled.")
    visits = [e.countries for e in extract(text).events if e.kind == "visit"]
    assert visits == [["KAZ", "UZB"]]


@pytest.mark.parametrize("text", [
    "Separatist leaders from Indian Kashmir are making a rare trip to Islamabad for talks on the region's future.",
    "Belarusian opposition leader Sviatlana Tsikhanouskaya traveled to Vilnius on Monday to meet supporters.",
    "A rebel delegation from Darfur arrived in Doha on Sunday for talks with Qatari mediators.",
])
def test_a_factions_travellers_make_no_visit_between_states(extract, text):
    """A traveller told as a movement's or a faction's ('separatist', 'opposition', 'rebel' before him or
    his post) travels for no state, whatever state his phrase names; his talks are none either."""
    record = extract(text)
    assert [(e.kind, e.countries) for e in record.events if e.kind in {"visit", "meeting"}] == []


@pytest.mark.parametrize(("text", "countries"), [
    ("Pakistani Civil Aviation Minister Khawaja Saad Rafique arrived in Beijing on Monday for talks on new routes.",
     ["CHN", "PAK"]),
    ("Indian Minority Affairs Minister Kiren Rijiju arrived in Dhaka on Tuesday.", ["BGD", "IND"]),
])
def test_a_ministers_post_naming_a_field_is_no_faction(extract, text, countries):
    assert [e.countries for e in extract(text).events if e.kind == "visit"] == [countries]


def test_a_site_named_by_a_city_of_the_visitors_own_state_is_a_tour_at_home(extract):
    """'visited a Tokyo shrine' (the city told before the site, not in an 'in' phrase) by Japan's own
    prime minister is no visit, whatever other state the sentence names."""
    record = extract("Japanese Prime Minister Fumio Kishida visited a Tokyo shrine on Monday, a day after talks with "
                     "South Korean President Yoon Suk Yeol.")
    assert [e.countries for e in record.events if e.kind == "visit"] == []
    assert [e.countries for e in record.events if e.kind == "meeting"] == [["JPN", "KOR"]]


@pytest.mark.parametrize("text", [
    "ABUJA, May 14 (NAN) -- International experts continue to arrive in Nigeria to help contain the bird flu outbreak.",
    "MADRID, May 14 (EFE) -- The rally starts in Barcelona and then heads to Morocco before ending in Senegal.",
])
def test_a_traveller_told_by_no_post_and_no_state_makes_no_visit(extract, text):
    """With no visitor read, a subject that names no post, no officials' group and no state or body
    ('international experts', 'the rally') makes no visit between states."""
    assert [e.countries for e in extract(text).events if e.kind == "visit"] == []


def test_a_team_of_a_body_still_visits(extract):
    record = extract("TEHRAN, May 14 (IRNA) -- A U.N. team arrived in Iran this week to plan future inspections.")
    assert [e.countries for e in record.events if e.kind == "visit"] == [["IRN", "UN"]]
