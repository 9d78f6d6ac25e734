"""Talks whose clause names one side, held in another state's capital (events/host_side.py).

"X held talks in Riyadh", "X, who is in Lima for talks, said ...": the host state is the other
side. A city that is no capital, talks whose counterpart is told, and talks only spoken of by a
spokesman are left alone.
"""

from __future__ import annotations

import pytest
from event_views import one, people

PUBLISHED = "2025-05-14"


@pytest.mark.parametrize(("text", "countries", "official", "city"), [
    ("Kazakh Foreign Minister Murat Nurtleu held talks in Riyadh on Sunday on expanding trade with "
     "Saudi Arabia.", ["KAZ", "SAU"], "Murat Nurtleu", "Riyadh"),
    ("Chilean Foreign Minister Alberto van Klaveren, who is in Lima for talks on the border, said Peru had "
     "agreed to reopen two crossings.", ["CHL", "PER"], "Alberto van Klaveren", "Lima"),
])
def test_talks_in_a_foreign_capital_have_the_host_state_as_counterpart(extract, text, countries, official, city):
    record = extract(text)
    talks = one(record, "meeting")
    assert talks.countries == countries
    assert people(record, talks) == {official}
    assert talks.place is not None and talks.place.name == city


def test_an_agency_report_of_talks_in_the_host_capital(extract):
    record = extract(
        "ASTANA, 3 March (Kazinform) -- Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov, who is in "
        "Astana for talks on water sharing, said on Monday that Kazakhstan and Uzbekistan would build two "
        "new reservoirs on the Syr Darya.\n\nThe Uzbek minister also laid flowers at the Defender of the "
        "Fatherland monument.", published="2025-03-03")
    talks = one(record, "meeting")
    assert talks.countries == ["KAZ", "UZB"]
    assert "Bakhtiyor Saidov" in people(record, talks)


@pytest.mark.parametrize("text", [
    # a spokesman tells of talks he takes no part in
    "Kazakh Foreign Ministry spokesman Aibek Smadiyarov said a meeting on Uzbek water quotas was scheduled in "
    "Tashkent on Thursday.",
    # a city that is no capital: a neutral venue
    "Chilean Foreign Minister Alberto van Klaveren held talks in Geneva on Sunday on trade with Peru.",
])
def test_no_host_counterpart_outside_the_talks_clause_or_a_capital(extract, text):
    record = extract(text)
    assert not [e for e in record.events if e.kind == "meeting" and len(e.countries) == 2
                and e.place is not None and e.place.country in e.countries
                and e.place.country not in {"KAZ", "CHL"}], [(e.kind, e.countries) for e in record.events]


def test_talks_between_two_named_sides_keep_their_sides(extract):
    record = extract("The foreign ministers of Chile and Peru held talks in Lima on Sunday.")
    assert one(record, "meeting").countries == ["CHL", "PER"]
