"""One real engagement, one event (issue 14 item 7; events/merge.py, story.py).

Talks told again ("The talks focused on ...", "Mr. Grundberg-Lind and Mr. Alimi have been meeting"), a
visit's later "the visit" and what the guests "also visited during the trip" are the engagement
told first.
"""

from __future__ import annotations

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def kinds(record: Record) -> list[tuple[str, list[str], str]]:
    return sorted((e.kind, e.countries, e.status) for e in record.events)


def test_talks_told_twice_are_one_meeting(extract):
    record = extract("Indian Defence Minister Rajnath Singh held talks with his Chinese counterpart Dong Jun in "
                     "Qingdao on Thursday. The talks focused on border patrols. Singh said the talks were useful.")
    assert [k for k in kinds(record) if k[0] == "meeting"] == [("meeting", ["CHN", "IND"], "occurred")]


def test_talks_retold_by_surnames_are_the_same_talks(extract):
    record = extract("U.N. special envoy Hans Grundberg-Lind has met with Yemeni President Rashad al-Alimi to press "
                     "for a truce. A spokesman for the U.N. envoy said Mr. Grundberg-Lind and Mr. Alimi have been "
                     "meeting Saturday in the southern city of Aden.", published=None)
    (meeting,) = [e for e in record.events if e.kind == "meeting"]
    names = {a.name for i in meeting.participants if (a := record.actor(i)) is not None}
    assert "Hans Grundberg-Lind" in names and "Grundberg-Lind" not in names


def test_a_visit_told_again_is_one_visit(extract):
    record = extract("Vietnamese President Luong Cuong arrived in Vientiane on Monday for a two-day state visit. "
                     "During the trip, he visited the That Luang stupa and the national museum. The visit ends "
                     "on Tuesday.")
    assert [k for k in kinds(record) if k[0] == "visit"] == [("visit", ["LAO", "VNM"], "occurred")]
