"""A gathering told again by its city is the one told before, held there or by a part of it (events/gatherings_again.py)."""

from __future__ import annotations

PUBLISHED = "2025-05-02"


def test_a_gathering_told_again_by_its_city_is_held_there(extract):
    record = extract("Delegates to an international conference on Afghanistan met on Tuesday. On the second day of "
                     "the London conference, Afghan President Hamid Karzai told delegates that security was improving.")
    (event,) = [e for e in record.events if e.kind == "gathering"]
    assert event.place is not None and event.place.country == "GBR"
    assert "GBR" in event.countries


def test_a_gathering_placed_elsewhere_keeps_its_own_place(extract):
    record = extract("Leaders met at a summit in Sochi on Tuesday. Ministers will prepare the Brussels summit in June.")
    places = sorted(e.place.country for e in record.events if e.kind == "gathering" and e.place is not None)
    assert places == ["BEL", "RUS"]


def test_a_session_of_a_described_gathering_is_part_of_the_one_told_before(extract):
    record = extract("SINGAPORE, May 30 (PTI) Defence Minister Rajnath Singh on Saturday held talks with his "
                     "Japanese counterpart on the sidelines of the 23rd IISS Shangri-La Dialogue here. Singh also "
                     "addressed a plenary session of Asia's premier defence summit.")
    (event,) = [e for e in record.events if e.kind == "gathering"]
    assert event.name is not None and "Shangri-La Dialogue" in event.name


def test_the_meeting_right_after_a_planned_gathering_is_that_gathering(extract):
    record = extract("Jordan says it will host a regional conference next week on help for Iraqi refugees. The Petra "
                     "news agency said Thursday Jordan has invited officials from Syria, Egypt, Iraq and the Arab "
                     "League to attend the meeting in Amman on July 26.")
    sittings = [e for e in record.events if e.kind in {"gathering", "multilateral"}]
    assert [e.kind for e in sittings] == ["gathering"]
    assert sittings[0].place is not None and sittings[0].place.country == "JOR"
