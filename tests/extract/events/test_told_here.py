"""'here' in a datelined report names the dateline's city whoever signs it (events/told_here.py,
events/place.py): an international agency's "X arrived here on Monday" is a visit to the dateline's
state, as a national agency's is; a report with no 'here' from a capital bureau lends it no place."""

from __future__ import annotations

from event_views import one


def test_arrived_here_in_an_international_agency_report_visits_the_dateline(extract):
    record = extract("HARARE, Oct 14 (AFP) - Kenyan Foreign Minister Musalia Mudavadi arrived here on Monday.")
    visit = one(record, "visit")
    assert visit.countries == ["KEN", "ZWE"]
    assert visit.place is not None and visit.place.name == "Harare"


def test_here_in_the_clause_a_simultaneous_clause_hangs_from(extract):
    record = extract("LUSAKA, Zambia (AP) - Hundreds of students demonstrated at the airport here Saturday as "
                     "Malawian President Lazarus Chakwera arrived for a regional summit.")
    visit = one(record, "visit")
    assert visit.countries == ["MWI", "ZMB"]


def test_no_here_no_dateline_place_for_a_foreign_visit(extract):
    record = extract("HARARE, Oct 14 (AFP) - Kenyan Foreign Minister Musalia Mudavadi arrived in Addis Ababa "
                     "on Monday.")
    visit = one(record, "visit")
    assert visit.countries == ["ETH", "KEN"]
