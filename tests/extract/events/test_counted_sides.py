"""Talks whose sides are told by a count ("The three nations have met", "The three countries held
talks") take as many states as they count, told just before (not a state named only by its
adjective on a thing: "the Syrian ceasefire"); and a meeting's counterparts are not those of the
subject's other talks told in a time phrase ("will meet X before heading to Y for talks with Z");
"North and South Korea" is both states."""

from __future__ import annotations

from dateline.record import Event, Record


def talks(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind in {"multilateral", "meeting"}]


def test_the_three_nations_are_the_three_states_told_before(extract):
    record = extract(
        "TOKYO, Sept 17 (Kanto Wire) - China ruled out a meeting with senior leaders from Japan and South Korea "
        "during the regional summit. The three nations have met on the sidelines of the summit for the past "
        "six years.")
    assert any(e.kind == "multilateral" and set(e.countries) == {"CHN", "JPN", "KOR"} for e in talks(record)), \
        [(e.kind, e.countries) for e in record.events]


def test_a_state_named_by_its_adjective_on_a_thing_is_not_counted(extract):
    record = extract(
        "MOSCOW, Sept 17 (Volga Wire) - Russia, Iran and Turkey back the Syrian ceasefire. The three countries "
        "held talks in Astana on Monday.")
    found = talks(record)
    assert [(e.kind, sorted(e.countries)) for e in found] == [("multilateral", ["IRN", "RUS", "TUR"])], \
        [(e.kind, e.countries) for e in record.events]


def test_the_two_countries_still_take_two(extract):
    record = extract("BEIJING, Sept 17 (Bohai Wire) - China and Russia signed a gas deal on Monday. The two "
                     "countries also held talks on the Korean peninsula.")
    assert [(e.kind, sorted(e.countries)) for e in talks(record)] == [("meeting", ["CHN", "RUS"])]


def test_talks_told_in_a_time_phrase_are_their_own(extract):
    record = extract(
        "LONDON, Sept 17 (Thames Wire) - British Prime Minister Tony Blair is expected to meet with his Israeli "
        "counterpart, Ariel Sharon, before heading to the West Bank for talks with Palestinian leaders.")
    found = talks(record)
    assert sorted(tuple(sorted(e.countries)) for e in found) == [("GBR", "ISR"), ("GBR", "PSE")], \
        [(e.kind, e.countries) for e in record.events]
    assert all(e.kind == "meeting" for e in found)


def test_north_and_south_korea_are_both_states(extract):
    record = extract("SEOUL, Sept 17 (Han Wire) - The United States, North and South Korea, China, Japan and Russia "
                     "began a new round of negotiations in Beijing on Thursday.")
    [event] = talks(record)
    assert event.kind == "multilateral" and set(event.countries) == {"CHN", "JPN", "KOR", "PRK", "RUS", "USA"}
