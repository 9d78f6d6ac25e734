"""Whose trip a visit is (events/travellers.py, events/hosts.py): "Visiting Prime Minister X ..."
presents X as the guest where the clause is; X's visit does not take the traveller or the hosts of
a trip told before it. An elliptic "Y will also visit" still goes where the last visit went."""

from __future__ import annotations

from event_views import people

from dateline.record import Record

PUBLISHED = "2025-06-10"


def _visits_of(record: Record, name: str):
    return [e for e in record.events if e.kind == "visit" and name in people(record, e)]


def test_a_visiting_guest_opens_a_trip_of_his_own(extract):
    record = extract(
        "Brazilian President Luiz Inacio Lula da Silva visits Angola and Mozambique this week. "
        "Floods have closed several roads in the south of Mozambique. "
        "Visiting Spanish Prime Minister Pedro Sanchez is to sign a defence agreement with Morocco "
        "on Wednesday.")
    visits = _visits_of(record, "Pedro Sanchez")
    assert visits, [(e.kind, e.countries) for e in record.events]
    for visit in visits:
        assert "BRA" not in visit.countries and "MOZ" not in visit.countries
        assert "Luiz Inacio Lula da Silva" not in people(record, visit)
    assert any(e.kind == "visit" and "BRA" in e.countries for e in record.events)  # Lula's own trip stays


def test_a_visiting_guest_with_a_host_in_the_clause(extract):
    record = extract("Visiting Japanese Prime Minister Shigeru Ishiba met Indonesian President Prabowo Subianto "
                     "in Jakarta on Tuesday.")
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and all(e.countries == ["IDN", "JPN"] for e in visits)
    assert any(people(record, e) == {"Shigeru Ishiba", "Prabowo Subianto"} for e in visits)


def test_an_agency_report_opening_on_a_visiting_guest(extract):
    record = extract(
        "ANKARA, 9 June (Anadolu) -- Turkish President Recep Tayyip Erdogan paid an official visit to Baku on "
        "Monday, where he was received by Azerbaijani President Ilham Aliyev.\n\n"
        "The two leaders discussed energy transit and the Middle Corridor.\n\n"
        "Visiting Hungarian Prime Minister Viktor Orban is to sign a gas supply deal in Ankara on Wednesday, "
        "the Turkish Foreign Ministry said.")
    for visit in _visits_of(record, "Viktor Orban"):
        assert "AZE" not in visit.countries
        assert people(record, visit) & {"Recep Tayyip Erdogan", "Ilham Aliyev"} == set() or \
            people(record, visit) == {"Viktor Orban", "Recep Tayyip Erdogan"}
    assert any(e.kind == "visit" and e.countries == ["AZE", "TUR"] for e in record.events)


def test_an_elliptic_also_visit_goes_where_the_last_visit_went(extract):
    record = extract("OSCE Secretary General Feridun Sinirlioglu will visit Moldova on Friday. "
                     "Romanian President Nicusor Dan will also visit.")
    visits = _visits_of(record, "Nicusor Dan")
    assert visits and "MDA" in visits[0].countries
