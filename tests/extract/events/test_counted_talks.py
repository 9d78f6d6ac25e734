"""Talks counted by the states around the table are multilateral (lexicons/event_cues.yaml
multilateral modifiers): "during six-nation talks in Beijing", "will hold three-way talks"; a
"three-nation tour" stays a visit."""

from __future__ import annotations

PUBLISHED = "2025-05-14"


def test_six_nation_talks_are_the_six_party_format(extract):
    record = extract("SEOUL, 14 May (Yonhap) -- Pyongyang agreed last month during six-nation talks in Beijing to "
                     "dismantle its reactor.")
    [talks] = [e for e in record.events if e.kind in {"meeting", "multilateral"}]
    assert talks.kind == "multilateral"
    assert talks.countries == ["CHN", "JPN", "KOR", "PRK", "RUS", "USA"]
    assert talks.place is not None and talks.place.name == "Beijing"


def test_three_way_talks_of_three_states(extract):
    record = extract("ADDIS ABABA, 14 May (ENA) -- Ethiopia, Egypt and Sudan will hold three-way talks on the dam in "
                     "Khartoum next week.")
    [talks] = [e for e in record.events if e.kind in {"meeting", "multilateral"}]
    assert talks.kind == "multilateral"
    assert talks.countries == ["EGY", "ETH", "SDN"]
    assert talks.status == "planned"


def test_a_three_nation_tour_is_a_visit(extract):
    record = extract("HANOI, 14 May (VNA) -- President Luong Cuong left Hanoi on Monday for a three-nation tour of "
                     "Africa.")
    assert [e.kind for e in record.events] == ["visit"]
