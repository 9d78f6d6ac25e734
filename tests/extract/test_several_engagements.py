"""One sentence, several engagements (issue 14, item 4): one meeting per counterpart when the text
says they were separate or bilateral, one visit per state on a tour, one multilateral meeting when
several states' officials sit together."""

from __future__ import annotations

from dateline.record import Record

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


def kinds(record: Record, kind: str) -> list:
    return [e for e in record.events if e.kind == kind]


def names(record: Record, ids: list[str]) -> set[str]:
    return {record.actor(i).name for i in ids if record.actor(i) is not None and record.actor(i).kind == "person"}


def test_bilateral_meetings_with_several_counterparts_are_one_each(extract):
    record = extract("On the sidelines of the summit, Brazilian Foreign Minister Mauro Vieira held bilateral "
                     "meetings with his Chilean, Peruvian and Ecuadorian counterparts.")
    meetings = kinds(record, "meeting")
    assert sorted(tuple(e.countries) for e in meetings) == [("BRA", "CHL"), ("BRA", "ECU"), ("BRA", "PER")]
    assert all(names(record, e.participants) == {"Mauro Vieira"} for e in meetings)
    assert not kinds(record, "multilateral")


def test_met_separately_with_two_named_ministers(extract):
    record = extract("Indian External Affairs Minister Subrahmanyam Jaishankar met separately on Tuesday with "
                     "Kenyan Foreign Minister Musalia Mudavadi and Tanzanian Foreign Minister Mahmoud Thabit Kombo.")
    meetings = kinds(record, "meeting")
    assert len(meetings) == 2
    assert {frozenset(names(record, e.participants)) for e in meetings} == {
        frozenset({"Subrahmanyam Jaishankar", "Musalia Mudavadi"}),
        frozenset({"Subrahmanyam Jaishankar", "Mahmoud Thabit Kombo"})}
    assert all(e.date.start == "2025-03-11" for e in meetings)


def test_separate_talks_with_two_states_leaders(extract):
    record = extract("Egyptian President Abdel Fattah al-Sisi held separate talks in Cairo on Sunday with "
                     "Sudanese and Libyan leaders.")
    meetings = kinds(record, "meeting")
    assert sorted(tuple(e.countries) for e in meetings) == [("EGY", "LBY"), ("EGY", "SDN")]
    assert all(e.status == "occurred" for e in meetings)


def test_a_tour_of_several_states_is_one_visit_each(extract):
    record = extract("US Secretary of State Antony Blinken will visit Angola, Nigeria and Liberia next week.")
    visits = kinds(record, "visit")
    assert sorted(e.place.country for e in visits) == ["AGO", "LBR", "NGA"]
    assert all(set(e.countries) == {"USA", e.place.country} for e in visits)
    assert all(e.status == "planned" for e in visits)
    assert all(names(record, e.participants) == {"Antony Blinken"} for e in visits)


def test_a_trip_to_two_states(extract):
    record = extract("Japanese Prime Minister Shigeru Ishiba left Tokyo on Monday for a visit to Vietnam and "
                     "Indonesia.")
    visits = kinds(record, "visit")
    assert sorted(e.place.country for e in visits) == ["IDN", "VNM"]


def test_two_cities_of_one_state_are_one_visit(extract):
    record = extract("Kazakh President Kassym-Jomart Tokayev will visit Moscow and Kazan next month.")
    visits = kinds(record, "visit")
    assert len(visits) == 1
    assert set(visits[0].countries) == {"KAZ", "RUS"}


def test_ministers_of_three_states_together_are_one_multilateral_meeting(extract):
    record = extract("The interior ministers of Chile, Peru and Bolivia met in La Paz on Monday to coordinate "
                     "border controls.")
    assert not kinds(record, "meeting")
    [event] = kinds(record, "multilateral")
    assert event.countries == ["BOL", "CHL", "PER"]
    assert event.place is not None and event.place.name == "La Paz"


def test_talks_with_two_presidents_without_separately_are_one_meeting(extract):
    record = extract("Kenyan President William Ruto held talks with the presidents of Uganda and Rwanda in "
                     "Nairobi on Friday.")
    assert not kinds(record, "meeting")
    [event] = kinds(record, "multilateral")
    assert event.countries == ["KEN", "RWA", "UGA"]


def test_visited_one_state_and_will_visit_another(extract):
    record = extract("US Deputy Secretary of State Christopher Landau visited Iraq on Saturday, and will also visit "
                     "Jordan before returning home later this week.")
    visits = {e.place.country: e for e in kinds(record, "visit")}
    assert set(visits) == {"IRQ", "JOR"}
    assert visits["IRQ"].status == "occurred" and visits["JOR"].status == "planned"
    assert visits["JOR"].countries == ["JOR", "USA"]
    assert names(record, visits["JOR"].participants) == {"Christopher Landau"}
