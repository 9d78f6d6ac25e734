"""An organisation's official away from its seat visits the state he holds talks in (events/abroad.py).

"The OSCE Secretary General met President X in Bishkek" is the OSCE's visit to Kyrgyzstan, told
only by its talks, as a state's minister's would be; an official posted in that state ("UN
Resident Coordinator in Kazakhstan"), talks at the organisation's own seat, and a call on a
minister told only from his side ("X received the EU's Y") tell no trip.
"""

from __future__ import annotations

import pytest
from event_views import people

from dateline.record import Event, Record

PUBLISHED = "2025-05-14"


def visits(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "visit"]


@pytest.mark.parametrize(("text", "countries", "guest", "host"), [
    ("OSCE Secretary General Feridun Sinirlioglu met with Kyrgyz President Sadyr Japarov in Bishkek on "
     "Tuesday to discuss regional security.", ["KGZ", "OSCE"], "Feridun Sinirlioglu", "Sadyr Japarov"),
    ("UN Secretary-General Antonio Guterres held talks with Egyptian President Abdel Fattah el-Sisi in Cairo "
     "on Monday.", ["EGY", "UN"], "Antonio Guterres", "Abdel Fattah el-Sisi"),
    ("EU foreign policy chief Kaja Kallas and Turkish Foreign Minister Hakan Fidan met in Ankara on "
     "Wednesday.", ["EU", "TUR"], "Kaja Kallas", "Hakan Fidan"),
    # the city of his talks named before a pronoun of his is no post of his
    ("NATO Secretary General Mark Rutte spoke in Helsinki after what he called frank talks with Finnish President "
     "Alexander Stubb.", ["FIN", "NATO"], "Mark Rutte", "Alexander Stubb"),
])
def test_an_organisations_official_meeting_a_host_abroad_visits_it(extract, text, countries, guest, host):
    record = extract(text)
    (visit,) = visits(record)
    assert visit.countries == countries
    assert {guest, host} <= people(record, visit)
    assert visit.status == "occurred"
    assert [e.kind for e in record.events].count("meeting") == 1


@pytest.mark.parametrize("text", [
    # posted in the host state: he lives there
    "UN Resident Coordinator in Kazakhstan Michaela Friberg-Storey met with Kazakh Foreign Minister Murat "
    "Nurtleu in Astana on Tuesday.",
    # at the organisation's own seat: the state's minister is the visitor, the organisation at home
    "UN Secretary-General Antonio Guterres met with U.S. Secretary of State Marco Rubio in New York on "
    "Tuesday.",
    # only the host is told as doing it: a call on him, told from his side
    "Turkish Foreign Minister Hakan Fidan received EU foreign policy chief Kaja Kallas in Ankara on Wednesday.",
])
def test_an_organisations_official_at_home_makes_no_visit(extract, text):
    record = extract(text)
    assert not [v for v in visits(record) if "UN" in v.countries], \
        [(e.kind, e.countries) for e in record.events]
