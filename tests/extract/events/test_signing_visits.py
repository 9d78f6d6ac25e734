"""A signing by the guest and the host in the host's city tells the guest's stay (events/abroad.py).

"X signed a treaty with Y in Tashkent" puts both signers in Tashkent: the one away from home is on
a visit, as when the two "met" there. A signing in a third country tells none.
"""

from __future__ import annotations

import pytest
from event_views import people

from dateline.record import Event, Record

PUBLISHED = "2025-05-14"


def visits(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "visit"]


@pytest.mark.parametrize(("text", "countries", "guest", "host"), [
    ("Kazakh Foreign Minister Murat Nurtleu signed a visa waiver agreement with his Omani counterpart Badr "
     "Albusaidi in Muscat on Monday.", ["KAZ", "OMN"], "Murat Nurtleu", "Badr Albusaidi"),
    ("The protocol was signed in Baku on Friday by Azerbaijani Economy Minister Mikayil Jabbarov and Georgian "
     "Economy Minister Levan Davitashvili.", ["AZE", "GEO"], "Levan Davitashvili", "Mikayil Jabbarov"),
])
def test_a_signing_in_the_hosts_city_tells_a_visit(extract, text, countries, guest, host):
    record = extract(text)
    (visit,) = visits(record)
    assert visit.countries == countries
    assert {guest, host} <= people(record, visit)
    assert visit.place is not None and visit.place.country in countries
    assert [e.kind for e in record.events].count("agreement") == 1


def test_a_signing_in_a_third_country_tells_no_visit(extract):
    record = extract("Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov "
                     "initialled the peace treaty in Washington on Friday.")
    assert visits(record) == [], [(e.kind, e.countries) for e in record.events]
