"""A tour announced state by state is one visit per state (events/several.py, events/geometry.py):
"a three-nation tour of Ghana, Namibia and Brazil" (the parser may read the list as appositions), "will
visit Vietnam on May 20, then travel to the Philippines on May 22" (the parser's unlabelled second
clause shares the traveller, and keeps its own destination)."""

from __future__ import annotations

PUBLISHED = "2025-05-13"


def _visits(record):
    return sorted((e.countries, e.status) for e in record.events if e.kind == "visit")


def test_a_three_nation_tour_is_a_visit_per_state(extract):
    record = extract("NEW DELHI, May 13 (PTI) -- Prime Minister Narendra Modi will embark on a three-nation tour of "
                     "Ghana, Namibia and Brazil next week, the External Affairs Ministry said.")
    assert _visits(record) == [(["BRA", "IND"], "planned"), (["GHA", "IND"], "planned"),
                               (["IND", "NAM"], "planned")]


def test_a_tour_told_stop_by_stop_with_dates(extract):
    record = extract("TOKYO, May 13 (Kyodo) -- Japanese Prime Minister Shigeru Ishiba will visit Vietnam on May 20, "
                     "then travel to the Philippines on May 22.")
    visits = sorted((e.countries, e.date.start if e.date else None) for e in record.events if e.kind == "visit")
    assert visits == [(["JPN", "PHL"], "2025-05-22"), (["JPN", "VNM"], "2025-05-20")]


def test_a_capital_and_its_state_are_one_stop(extract):
    record = extract("ANKARA, May 13 (AA) -- Turkish Foreign Minister Hakan Fidan will pay a visit to Astana, "
                     "Kazakhstan, next week.")
    assert _visits(record) == [(["KAZ", "TUR"], "planned")]


def test_stops_of_a_traveller_told_by_no_name_are_a_visit_each(extract):
    """'The delegation will visit A, B and C', 'the envoy made trips to A, B and C': the traveller
    unnamed (or of no state the sentence tells) still makes one visit per stop."""
    record = extract("A delegation of business leaders will visit Zambia, Malawi and Mozambique next month "
                     "to look at investment in farming, organisers said.")
    assert [c for c, _ in _visits(record)] == [["MOZ"], ["MWI"], ["ZMB"]]
    assert {s for _, s in _visits(record)} == {"planned"}
    record = extract("During his years in office, the envoy made trips to Peru, Bolivia and Paraguay.")
    assert [c for c, _ in _visits(record)] == [["BOL"], ["PER"], ["PRY"]]


def test_a_list_of_travellers_states_is_not_a_tour(extract):
    record = extract("Delegations from Zambia, Malawi and Mozambique will visit Lisbon next month, organisers said.")
    assert all("PRT" in c for c, _ in _visits(record)) and len(_visits(record)) <= 1
