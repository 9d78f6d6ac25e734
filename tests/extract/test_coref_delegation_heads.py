"""'A delegation of the Ministry of Defence of Turkmenistan led by Deputy Minister X ... The guests held
talks with Y': the head of a delegation whose own state is told only by the delegation's phrase heads
it all the same (coref._delegations), so 'the guests' and 'the delegation' are X."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2025-05-12"


def people(record: Record, event: Event) -> set[str]:
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


REPORT = (
    "TASHKENT, 12 May (UzA) -- A delegation of the Ministry of Emergency Situations of Tajikistan led by "
    "Deputy Minister Rustam Nazarzoda arrived in Tashkent on Monday.\n\n"
    "The guests held talks with Deputy Minister of Emergency Situations of Uzbekistan Abdulla Kuldashev. "
    "The sides discussed joint rescue exercises in the Fergana Valley.")


def test_the_guests_are_the_delegation_head(extract):
    record = extract(REPORT)
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1
    assert people(record, talks[0]) == {"Rustam Nazarzoda", "Abdulla Kuldashev"}
    assert talks[0].countries == ["TJK", "UZB"]


def test_the_head_heads_his_states_delegation(extract):
    record = extract(REPORT)
    head = next(a for a in record.actors if a.name == "Rustam Nazarzoda")
    assert head.head_of == "TJK" and head.country == "TJK"
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1 and people(record, visits[0]) == {"Rustam Nazarzoda", "Abdulla Kuldashev"}
