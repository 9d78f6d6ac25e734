"""Talks abroad frame what follows also when their city is told by another mention of them (events/
story.py): "X has met King Y. The two met in the Moroccan city of Fez on Sunday. ... Foreign Minister
Z, who also met with X, ..." places Z's talks with X in Fez."""

from __future__ import annotations

from dateline.record import Record

PUBLISHED = "2026-04-13"


def _talks_with(record: Record, name: str):
    for event in record.events:
        names = {a.name for i in event.participants if (a := record.actor(i)) is not None}
        if event.kind == "meeting" and name in names:
            return event
    raise AssertionError([(e.kind, e.trigger.text) for e in record.events])


def test_a_later_meeting_of_the_visitor_takes_the_city_told_for_the_first(extract):
    record = extract(
        "Indian External Affairs Minister Subrahmanyam Jaishankar has met with Moroccan King Mohammed VI for "
        "talks on trade and regional security. The two met in the Moroccan city of Fez on Sunday. Following "
        "their talks, Jaishankar praised the growth of bilateral trade. Moroccan Foreign Minister Nasser "
        "Bourita, who also met with Jaishankar, said the two countries would open new consulates.")
    later = _talks_with(record, "Nasser Bourita")
    assert later.place is not None and later.place.country == "MAR" and later.place.name in {"Fez", "Fes"}
    assert set(later.countries) == {"IND", "MAR"}


def test_a_meeting_of_other_people_elsewhere_does_not_take_the_city(extract):
    record = extract(
        "Indian External Affairs Minister Subrahmanyam Jaishankar has met with Moroccan King Mohammed VI. "
        "The two met in the Moroccan city of Fez on Sunday. Separately, Algerian Foreign Minister Ahmed Attaf "
        "met with his Tunisian counterpart Mohamed Ali Nafti in Algiers.")
    other = _talks_with(record, "Ahmed Attaf")
    assert other.place is not None and other.place.name == "Algiers"
