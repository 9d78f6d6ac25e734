"""Talks placed nowhere by their own clause, held on a visit the text tells: where the visit is.

- A visit told with its destination in a later sentence ("... is on a three-day visit to Cuba")
  gives that place over the one its host's state gave the first mention ("the visiting speaker"),
  so its talks are there (events/place.py merged_place).
- A visit told by its visitor's state only ("A senior Chinese diplomat is in Kenya"), whose visitor
  the next sentence's talks name, lends them its place, and so does a visit told in the talks' own
  sentence whose visitor is never named ("met a senior Australian official who is visiting Japan")
  (events/visitors_named.py).
"""

from __future__ import annotations

from event_views import first


def _country(event) -> str | None:
    return event.place.country if event.place is not None else None


def test_talks_with_a_visitor_whose_destination_is_told_after(extract):
    record = extract(
        "Cuban parliament speaker Esteban Lazo held talks on Thursday with the visiting speaker of Vietnam's "
        "National Assembly, Tran Thanh Man.\n\nTran Thanh Man is on a three-day visit to Cuba after spending "
        "two days in Venezuela, the parliament said.")
    assert _country(first(record, "meeting")) == "CUB"


def test_talks_naming_the_visitor_of_a_visit_told_by_its_state(extract):
    record = extract(
        "A senior Chinese diplomat is in Kenya for talks on regional security. Vice Foreign Minister Sun "
        "Weidong was scheduled to meet Kenyan Foreign Minister Musalia Mudavadi as well as top lawmakers.")
    (talks,) = [e for e in record.events if e.kind == "meeting"]  # the talks the trip is for, told again
    assert _country(talks) == "KEN"


def test_talks_with_an_unnamed_visitor_in_the_visit_sentence(extract):
    record = extract(
        "Japanese Agriculture Minister Taku Eto raised the issue on Sunday during a meeting with a senior "
        "Australian official who is visiting Japan.")
    assert _country(first(record, "meeting")) == "JPN"
