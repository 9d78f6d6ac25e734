"""Where the talks of a visit are when the report also tells a later trip within the host state
(issue 14, item 1): "On June 10 the Prime Minister will travel to Samarkand, where he is to meet the
governor and visit the old city" is a planned side trip; it does not move the talks held in the
dateline's city on the first day, and the verbs sharing its "is to" are planned with it. The trip is a
leg of the one visit (session 15, events/legs.py; agency_dev a16's gold has no visit to Shanghai)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-10"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "city", "later", "country"), [
    ("TASHKENT, June 9 (Oxus Wire) - On June 9, President Shavkat Mirziyoyev met with the Prime Minister of "
     "Pakistan Shehbaz Sharif, who is on a state visit to Uzbekistan.\n\nThe meeting took place at the Kuksaroy "
     "residence. The leaders discussed trade, energy and transport.\n\nOn June 10, the Prime Minister will travel "
     "to Samarkand, where he is to meet with the region's governor and visit historical sites.",
     "Tashkent", "Samarkand", "UZB"),
    ("HANOI, June 9 (Red River Post) - Vietnamese President Luong Cuong held talks with Lao President Thongloun "
     "Sisoulith, who is on a state visit to Vietnam, on Monday.\n\nThe two leaders discussed transport links. "
     "On Tuesday, the Lao President will fly to Da Nang, where he will tour the port and meet local officials.",
     "Hanoi", "Da Nang", "VNM"),
])
def test_a_later_side_trip_does_not_move_the_first_days_talks(extract, text, city, later, country):
    record = extract(text)
    (visit,) = [e for e in record.events if e.kind == "visit" and e.status == "occurred"]
    assert visit.place is not None and (visit.place.name, visit.place.country) == (city, country)
    talks = [e for e in record.events if e.kind == "meeting" and e.status == "occurred"]
    assert talks and all(t.place is not None and t.place.name == city for t in talks)
    trips = [e for e in record.events if e.place is not None and e.place.name == later]
    assert all(e.status == "planned" for e in trips)  # what is done there is still to come
    # the trip to a city of the host state is a leg of the one visit (events/legs.py), no visit of its own
    assert [e.kind for e in record.events].count("visit") == 1


@pytest.mark.parametrize("text", [
    "SOFIA, June 9 (Balkan Desk) - Greek Foreign Minister Giorgos Gerapetritis is to meet Bulgarian Prime "
    "Minister Rosen Zhelyazkov and visit Plovdiv on Thursday.",
    "ZAGREB, June 9 (Adriatic Wire) - Slovenian Prime Minister Robert Golob will meet Croatian Prime Minister "
    "Andrej Plenkovic and visit Rijeka next week.",
])
def test_verbs_sharing_a_future_auxiliary_are_planned(extract, text):
    record = extract(text)
    assert record.events and all(e.status == "planned" for e in record.events)


def test_meeting_students_at_an_academy_is_no_meeting(extract):
    record = extract("BAKU, June 9 (Caspian Desk) - Turkish Justice Minister Yilmaz Tunc arrived in Baku on Monday. "
                     "On Tuesday the Turkish minister is scheduled to tour the Baku Court of Appeal and meet "
                     "students at the Justice Academy before flying back to Ankara.")
    assert not [e for e in record.events if e.kind == "meeting"]


@pytest.mark.parametrize(("text", "month"), [
    ("ASTANA, June 9 (Steppe Wire) - Kazakh President Kassym-Jomart Tokayev is slated to visit Tokyo in August.",
     "2025-08"),
    ("LIMA, June 9 (Andes Desk) - Peruvian President Dina Boluarte is slated to travel to Brasilia in September.",
     "2025-09"),
])
def test_a_visit_slated_for_a_month_is_in_the_coming_one(extract, text, month):
    (visit,) = [e for e in extract(text).events if e.kind == "visit"]
    assert visit.status == "planned" and visit.date is not None and visit.date.start == month
