"""'X met again with Y on Saturday': talks told as one more than those told before are another
meeting (events/retold.py met_again; issue 14, item 7: one real-world engagement, one event, and
two engagements, two events)."""

from __future__ import annotations

PUBLISHED = "2025-03-09"


def _meetings(record):
    return [e for e in record.events if e.kind == "meeting"]


def test_met_again_is_a_second_meeting(extract):
    record = extract(
        "HAVANA, March 9 (Prensa Latina) -- Bolivian President Luis Arce arrived in Havana on Friday on a "
        "two-day working visit. Cuban state media said he met Cuban President Miguel Diaz-Canel on Friday "
        "evening. The Bolivian leader met again with Diaz-Canel and Prime Minister Manuel Marrero on "
        "Saturday before his departure.")
    meetings = _meetings(record)
    assert len(meetings) == 2
    assert any({"Luis Arce", "Manuel Marrero"} <= set(m.persons) for m in meetings)
    assert any(set(m.persons) == {"Luis Arce", "Miguel Diaz-Canel"} for m in meetings)
    for meeting in meetings:
        assert sorted(meeting.countries) == ["BOL", "CUB"]
        assert meeting.place is not None and meeting.place.name == "Havana"


def test_another_round_of_talks_is_not_the_first(extract):
    record = extract(
        "Armenian Foreign Minister Ararat Mirzoyan held talks with Azerbaijani Foreign Minister Jeyhun "
        "Bayramov in Almaty on Monday. Another meeting between the two ministers took place in Almaty "
        "on Tuesday.")
    assert len(_meetings(record)) == 2


def test_the_talks_told_again_are_one_meeting(extract):
    record = extract(
        "Armenian Foreign Minister Ararat Mirzoyan held talks with Azerbaijani Foreign Minister Jeyhun "
        "Bayramov in Almaty on Monday. The meeting lasted three hours, Mirzoyan said.")
    assert len(_meetings(record)) == 1
