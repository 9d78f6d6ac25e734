"""A full agency report of one state visit (issue 14, items 1, 2 and 7): one visit however often it
is retold; the talks of "the heads of state" are the visitor's with the inviter; the guest's further
meeting with another host ("also met with Chairman of the Senate X") is a meeting of its own, in the
visit's city (events/story.py inviters, events/retold.py also_met)."""

from __future__ import annotations

PUBLISHED = "2025-03-04"

REPORT = """ASTANA, 3 March (Kazinform) -- President of the Republic of Uzbekistan Shavkat Mirziyoyev arrived in Astana on Monday on a two-day state visit at the invitation of President of Kazakhstan Kassym-Jomart Tokayev, the Akorda press service reports.

At the airport, the Uzbek leader was welcomed by Prime Minister Olzhas Bektenov.

The official welcoming ceremony took place at the Akorda Presidential Palace on Tuesday. The heads of state then held talks in a narrow format, followed by expanded talks with the participation of the delegations.

The sides discussed trade, transport and water management. Kassym-Jomart Tokayev noted that trade between the two countries reached 4 billion dollars last year.

During the visit, Shavkat Mirziyoyev also met with Chairman of the Senate Maulen Ashimbayev and laid a wreath at the Otan Korgaushylar monument.

The Uzbek President's visit will conclude on Tuesday evening."""


def test_one_visit_with_the_inviter_as_its_host(extract):
    record = extract(REPORT)
    (visit,) = [e for e in record.events if e.kind == "visit"]
    assert visit.persons[0] == "Shavkat Mirziyoyev" and "Kassym-Jomart Tokayev" in visit.persons
    assert visit.place is not None and visit.place.name == "Astana"


def test_the_talks_and_the_further_meeting_are_two(extract):
    record = extract(REPORT)
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert sorted(sorted(m.persons) for m in meetings) == [
        ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], ["Maulen Ashimbayev", "Shavkat Mirziyoyev"]]
    for meeting in meetings:
        assert sorted(meeting.countries) == ["KAZ", "UZB"]
        assert meeting.place is not None and meeting.place.name == "Astana"


def test_also_with_the_same_counterpart_is_the_same_talks(extract):
    record = extract(
        "BAKU, March 3 (AZERTAC) -- Azerbaijani Foreign Minister Jeyhun Bayramov held talks with his Slovak "
        "counterpart Juraj Blanar in Baku on Monday. Bayramov also discussed energy transit with Blanar.")
    assert len([e for e in record.events if e.kind == "meeting"]) == 1
