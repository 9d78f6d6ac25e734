"""A gathering or talks placed by their host (issue 14, the brief's "gatherings whose place is told by
their host"): the subject of "host" also through "prepares to" / "plans to", a participle "hosted by X",
the noun "host of X", a host that is a state's official (his state), and "the city" as the host."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record


def sittings(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind in {"gathering", "multilateral", "meeting"}]


@pytest.mark.parametrize(("text", "country"), [
    ("Officials said on Monday that Senegal is preparing to host a regional summit on fisheries with the "
     "leaders of Mauritania, Gambia and Guinea-Bissau next month.", "SEN"),
    ("Indonesian diplomats say Jakarta plans to host a meeting with Thai, Cambodian and Lao officials in "
     "June to discuss the Mekong water dispute.", "IDN"),
    ("The foreign ministers of Bahrain, Jordan and Egypt met on Sunday at a ministerial meeting on Yemen "
     "hosted by Oman.", "OMN"),
    ("Ghanaian President John Mahama is hosting a two-day meeting of West African trade ministers aimed at "
     "easing border checks.", "GHA"),
    ("The agreement was praised by a diplomat from Peru, this year's host of the APEC summit meetings.", "PER"),
    ("Farmers rallied in the streets of Nairobi on Friday as the city prepared to host the COMESA summit.", "KEN"),
])
def test_the_host_places_the_sitting(extract, text, country):
    events = sittings(extract(text))
    assert events
    for event in events:
        assert event.place is not None and event.place.country == country, (event.kind, event.place)


def test_a_host_of_another_clause_places_nothing(extract):
    # Kenya hosts the fair, not the talks the ministers held elsewhere
    record = extract("The foreign ministers of Uganda and Rwanda held talks in Kigali on Monday, days before "
                     "Kenya hosts a trade fair.")
    for event in sittings(record):
        assert event.place is None or event.place.country != "KEN"


@pytest.mark.parametrize(("text", "country"), [
    ("MUSCAT, June 3 (ONA) -- The ministers also reviewed the preparations for the 46th GCC Summit, to be hosted by "
     "Bahrain in December.", "BHR"),
    ("ACCRA (GNA) - The two ministers discussed the preparations for the ECOWAS summit to be hosted by Nigeria "
     "next month.", "NGA"),
])
def test_a_passive_infinitive_after_the_sitting_names_its_host(extract, text, country):
    events = sittings(extract(text))
    assert events and any(e.place is not None and e.place.country == country for e in events), \
        [(e.kind, e.place) for e in events]
