"""A visit paid to an intergovernmental body (events/hosts.igo_hosts): "X is in Brussels, holding
talks with EU and NATO leaders" has the IGOs as its host, not Belgium (guide: Bayramov in Brussels
meeting the EU's High Representative gives AZE and EU); talks with the seat state's own officials
keep that state."""

from __future__ import annotations

from event_views import one

PUBLISHED = "2025-03-04"  # the extract fixture's default (tests/conftest.py)


def test_a_stay_for_talks_with_igo_leaders_is_a_visit_to_the_igos(extract):
    record = extract("Moldovan Prime Minister Alexandru Munteanu is in Brussels, holding talks with European "
                     "Union and NATO leaders on energy security.")
    visit = one(record, "visit")
    assert visit.countries == ["EU", "MDA", "NATO"]
    assert visit.place is not None and visit.place.name == "Brussels"


def test_talks_with_an_igo_official_make_the_igo_the_host(extract):
    record = extract("Armenian Foreign Minister Ararat Mirzoyan arrived in Brussels on Monday for talks with EU "
                     "foreign policy chief Kaja Kallas.")
    assert one(record, "visit").countries == ["ARM", "EU"]


def test_talks_with_the_seat_states_minister_keep_that_state(extract):
    record = extract("Armenian Foreign Minister Ararat Mirzoyan arrived in Brussels on Monday for talks with "
                     "Belgian Foreign Minister Maxime Prevot.")
    assert one(record, "visit").countries == ["ARM", "BEL"]


def test_an_igo_officials_own_trip_keeps_the_state_visited(extract):
    record = extract("On Monday, Chadian Foreign Minister Abderaman Koulamallah met UN High Commissioner for "
                     "Refugees Filippo Grandi in Geneva. Grandi visited camps in eastern Chad last December, and the "
                     "two had last spoken by telephone on March 3.")
    visits = [e for e in record.events if e.kind == "visit" and "TCD" in e.countries]
    assert visits and all("UN" in e.countries for e in visits)
