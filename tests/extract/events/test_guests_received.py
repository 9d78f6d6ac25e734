"""'The Amir received at Bayan Palace on Monday visiting Jordanian Foreign Minister X, who conveyed a
message from King Y': X is the guest and visitor (the day told between 'received' and 'visiting' does
not hide the guest: hosts.visiting_guests), and Y, who only sends the message, is no party (the
guest's phrase ends before its relative clause: syntax.phrase_span; asides.greeted reads 'conveyed a
message from Y')."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2025-01-20"


REPORT = (
    "KUWAIT, Jan 20 (KUNA) -- His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received at Bayan "
    "Palace on Monday visiting Omani Foreign Minister Badr Albusaidi, who conveyed a message from Sultan "
    "Haitham bin Tarik.")


def test_the_guest_visits_and_the_sultan_is_not_there(extract):
    record = extract(REPORT)
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1
    visit = visits[0]
    assert {record.actor(a).name for a in visit.source} == {"Badr Albusaidi"}
    assert people(record, visit) == {"Badr Albusaidi", "Mishal Al-Ahmad Al-Jaber Al-Sabah"}
    assert visit.countries == ["KWT", "OMN"]


def test_the_reception_is_the_amir_and_the_guest(extract):
    record = extract(REPORT)
    received = [e for e in record.events if e.kind == "meeting"]
    assert len(received) == 1
    assert people(record, received[0]) == {"Badr Albusaidi", "Mishal Al-Ahmad Al-Jaber Al-Sabah"}
