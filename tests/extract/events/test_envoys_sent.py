"""Envoys sent abroad are visits of the sending state (events/envoys_sent.py).

"X dispatched his intelligence chief to Tripoli", "the prosecutor general said he is sending a team
of investigators to Kyrgyzstan", "Turkey sent Deputy Foreign Minister Y to Beirut": the sending verb,
an envoy object and a destination abroad tell the trip; troops, letters and aid sent are no visit.
"""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-05-14"


def visits(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "visit"]


def names(record: Record, ids: list[str]) -> list[str]:
    by_id = {a.id: a for a in record.actors}
    return [by_id[i].name for i in ids]


@pytest.mark.parametrize(("text", "countries", "city", "status"), [
    ("CAIRO, March 4 (Reuters) - Egyptian President Abdel Fattah el-Sisi dispatched his intelligence chief to "
     "Tripoli on Wednesday to ease tensions between rival Libyan factions.", ["EGY", "LBY"], "Tripoli", "occurred"),
    ("Kazakhstan's prosecutor general said he is sending a team of investigators to Kyrgyzstan to look into the "
     "border killings.", ["KAZ", "KGZ"], "Kyrgyzstan", "planned"),
    ("Chile will send a delegation to Lima next month, the foreign ministry said.", ["CHL", "PER"], "Lima",
     "planned"),
])
def test_an_envoy_sent_abroad_is_the_sending_states_visit(extract, text, countries, city, status):
    record = extract(text)
    (visit,) = visits(record)
    assert visit.countries == countries
    assert visit.place is not None and visit.place.name == city
    assert visit.status == status


def test_the_named_envoy_is_the_traveller(extract):
    record = extract("ANKARA, May 14 (AA) - The Turkish government sent Deputy Foreign Minister Berris Ekinci to "
                     "Beirut on Monday for talks with Lebanese officials.")
    (visit,) = visits(record)
    assert visit.countries == ["LBN", "TUR"]
    assert names(record, visit.source) == ["Berris Ekinci"]


@pytest.mark.parametrize("text", [
    "Japan sent troops to Djibouti in 2011 to fight piracy.",
    "Norway sent a letter to Sweden last week protesting the fishing quotas.",
    "Germany sent humanitarian aid to Sudan on Tuesday.",
    "Brazil did not send a delegation to Caracas, officials said.",
    # within the sender's own state
    "Indian Prime Minister Narendra Modi sent a team of ministers to Manipur on Monday.",
])
def test_what_is_sent_makes_no_visit(extract, text):
    assert visits(extract(text)) == []
