"""Who an agreement is between (issue 14, item 5; events/documents.py): the other side told in the
document's own relative clause ("a deal his government has reached with Mexico", "the accord that
Ecuador signed with Peru"), and "a number of agreements" signed by the leaders of a visit told
before, whose parties they are ("the presidents of the two countries signed a number of cooperation
agreements")."""

from __future__ import annotations

import pytest
from event_views import agreements, people

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "countries"), [
    ("OTTAWA, March 11 (CP) -- Canadian Prime Minister Mark Carney defended on Tuesday a deal his government "
     "has reached with Mexico that opens the way to a wider trade pact.", ["CAN", "MEX"]),
    ("Officials in Quito said the accord that Ecuador signed with Peru in 2019 on river navigation remains in "
     "force.", ["ECU", "PER"]),
    ("DAKAR, March 10 (APS) - Senegalese Prime Minister Ousmane Sonko defended the deal his government reached "
     "with Mauritania on the offshore gas field, the government said.", ["MRT", "SEN"]),
])
def test_the_other_side_told_in_the_documents_own_clause(extract, text, countries):
    found = agreements(extract(text))
    assert [e.countries for e in found] == [countries]


@pytest.mark.parametrize(("text", "countries", "persons", "place"), [
    ("VIENTIANE, March 7 (KPL) -- Vietnamese President Luong Cuong and Lao President Thongloun Sisoulith held "
     "talks on Friday in Vientiane during a state visit by the Vietnamese leader. In a speech to the Lao "
     "National Assembly, Mr. Cuong praised the friendship of the two nations. On other issues, the presidents "
     "of the two neighbouring countries signed a number of cooperation agreements on power, roads and trade.",
     ["LAO", "VNM"], {"Luong Cuong", "Thongloun Sisoulith"}, "LAO"),
    ("Moroccan King Mohammed VI received Senegalese President Bassirou Diomaye Faye in Rabat on Monday. The two "
     "heads of state signed a range of agreements on fisheries, fertilizers and air transport.",
     ["MAR", "SEN"], {"Bassirou Diomaye Faye"}, "MAR"),
])
def test_a_number_of_agreements_signed_in_a_visit_story(extract, text, countries, persons, place):
    record = extract(text)
    found = agreements(record)
    assert len(found) == 1, [(e.name, e.countries) for e in record.events]
    event = found[0]
    assert event.countries == countries
    assert persons <= people(record, event)
    assert event.status == "occurred"
    assert event.place is not None and event.place.country == place


@pytest.mark.parametrize(("text", "countries", "persons", "place"), [
    ("BRASILIA, March 11 (Lusa) - Portuguese Prime Minister Antonio Costa said in Brazil on Tuesday that any "
     "misunderstandings between Lisbon and Brasilia were a thing of the past. Mr. Costa told students in Brasilia "
     "the countries now want closer ties. Costa travelled to Brasilia to smooth trade ties. He oversaw the "
     "signing of nine deals covering energy, ports and culture.",
     ["BRA", "PRT"], {"Antonio Costa"}, "BRA"),
    ("DOHA, March 10 (QNA) -- Indonesian President Prabowo Subianto arrived in Doha on Monday on a two-day state "
     "visit to Qatar. He was received at the Amiri Diwan by Emir Sheikh Tamim bin Hamad Al Thani. Prabowo told "
     "the Indonesian community in Doha that investment would grow. He witnessed the signing of six memoranda on "
     "energy, food security and health.",
     ["IDN", "QAT"], {"Prabowo Subianto"}, "QAT"),
])
def test_a_signing_told_with_one_side_is_signed_in_the_visit_before_it(extract, text, countries, persons, place):
    record = extract(text)
    found = agreements(record)
    assert len(found) == 1, [(e.name, e.countries) for e in record.events]
    event = found[0]
    assert event.countries == countries
    assert persons <= people(record, event)
    assert event.status == "occurred"
    assert event.place is not None and event.place.country == place
