"""One gathering told twice keeps one status (issue 14, item 3: "one planned copy and one occurred copy
is an error"): a summit told first as the goal of a trip, in a clause of the past ("told reporters on
her way to Peru for the APEC summit"), and then by its own words as still to begin ("the summit, which
begins Saturday") is planned. What happens at the gathering ("a report to be released at the end of
the conference") does not date the gathering itself. A state whose authorities prepare for a
gathering hosts it ("preparations for the X" still names a gathering and its host); a leader who
prepares for it is a guest."""

from __future__ import annotations

from dateline.record import Record


def _gatherings(record: Record) -> list:
    return [e for e in record.events if e.kind == "gathering"]


def test_a_summit_gone_to_and_told_later_as_beginning_on_a_weekday_is_planned(extract):
    record = extract(
        "Canadian Foreign Minister Anita Anand told reporters on her way to Peru for the APEC summit that trade "
        "would top the agenda. Officials said Ottawa hopes to use the summit, which begins Saturday, to discuss "
        "tariffs with China and Japan.")
    (summit,) = _gatherings(record)
    assert summit.status == "planned"
    assert set(summit.countries) == {"APEC", "PER"}


def test_a_flight_to_the_summit_and_its_start_in_one_sentence(extract):
    record = extract(
        "Leaders of the Pacific nations flew to Lima for the APEC summit on Thursday, and Chinese Premier Li Qiang "
        "said the summit, which begins Saturday, would focus on trade.")
    (summit,) = _gatherings(record)
    assert summit.status == "planned"


def test_what_happens_at_the_end_of_a_conference_does_not_plan_it(extract):
    record = extract(
        "Delegates attending the climate conference in Bonn this week demanded more funds. Experts are "
        "negotiating a report, which is expected to be released at the end of the conference on Friday.")
    (conference,) = _gatherings(record)
    assert conference.status == "occurred"


def test_a_state_s_authorities_preparing_for_a_summit_host_it(extract):
    record = extract(
        "Ghanaian authorities are preparing for a summit of West African leaders on Monday, the foreign ministry "
        "said. The summit is expected to focus on regional security.")
    (summit,) = _gatherings(record)
    assert "GHA" in summit.countries


def test_a_leader_preparing_for_a_summit_is_a_guest(extract):
    record = extract(
        "Nigerian President Bola Tinubu is preparing for the African Union summit in Addis Ababa, his spokesman said.")
    (summit,) = _gatherings(record)
    assert "NGA" not in summit.countries
