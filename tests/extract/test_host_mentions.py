"""'his host' is the guest's host: the person who invited the guest, else who received the guest
(extract/host_mentions.py); the talks told with it are between the guest and that host."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2025-04-10"


def people(record: Record, event: Event) -> set[str]:
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


def test_his_host_is_the_inviter_not_the_head_of_state_who_received_him(extract):
    record = extract(
        "BAKU, April 10 (APA) -- Moldovan Prime Minister Dorin Recean has arrived in Baku on an official visit "
        "at the invitation of Azerbaijani Prime Minister Ali Asadov.\n\n"
        "Later, the Moldovan premier was received by President Ilham Aliyev. Recean and his host then held "
        "talks in an expanded format.")
    talks = [e for e in record.events if e.kind == "meeting"]
    assert {frozenset(people(record, e)) for e in talks} == {
        frozenset({"Dorin Recean", "Ilham Aliyev"}), frozenset({"Dorin Recean", "Ali Asadov"})}
    assert all(e.countries == ["AZE", "MDA"] for e in talks)


def test_her_host_is_who_received_her_when_no_one_invited(extract):
    record = extract(
        "HANOI, June 2 (VNA) - Philippine Foreign Secretary Theresa Lazaro was received on Monday by Vietnamese "
        "Deputy Prime Minister Bui Thanh Son. Lazaro thanked her host for the warm welcome.")
    actor = next(a for a in record.actors if a.name == "Bui Thanh Son")
    assert actor.country == "VNM"
    received = [e for e in record.events if e.kind == "meeting"]
    assert len(received) == 1 and people(record, received[0]) == {"Theresa Lazaro", "Bui Thanh Son"}


def test_the_host_country_is_no_person(extract):
    record = extract(
        "Peruvian Foreign Minister Elmer Schialer met Chilean Foreign Minister Alberto van Klaveren in Santiago "
        "on Monday. Schialer praised the host country for its organisation of the forum.")
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1 and people(record, talks[0]) == {"Elmer Schialer", "Alberto van Klaveren"}
