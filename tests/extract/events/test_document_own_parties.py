"""A document whose own words name two or more parties has those parties only (issue 14, item 5;
events/signers.py between_parties): "Under an agreement signed by Spain and Morocco in 1991, Ceuta ..."
is Spain's and Morocco's, not the state the main clause tells of; "the accord reached by A and B" or
"the treaty between A and B" cited by a third state's official is still A's and B's only."""

from __future__ import annotations

import pytest
from event_views import agreements, people


@pytest.mark.parametrize(("text", "countries"), [
    ("Under an agreement signed by Portugal and China on 13 April 1987, Macau became a Special Administrative "
     "Region of China in December 1999.", ["CHN", "PRT"]),
    ("Under a deal reached by Egypt and Sudan in 2015, Ethiopia will share data on the dam's filling.",
     ["EGY", "SDN"]),
])
def test_the_parties_a_document_names_are_all_of_them(extract, text, countries):
    found = agreements(extract(text))
    assert len(found) == 1, [(e.name, e.countries) for e in found]
    assert found[0].countries == countries


def test_signers_of_the_states_a_document_names_stay(extract):
    record = extract(
        "VIENTIANE, July 7 (KPL) - Following the talks, the Plan of Cooperation between the Ministry of Justice "
        "of Laos and the Ministry of Justice of Cambodia was signed by Lao Deputy Minister of Justice Khamkhong "
        "Phommaly and Cambodian Deputy Minister of Justice Chan Sotheavy.")
    found = agreements(record)
    assert len(found) == 1, [(e.name, e.countries) for e in found]
    assert found[0].countries == ["KHM", "LAO"]
    assert {"Khamkhong Phommaly", "Chan Sotheavy"} <= people(record, found[0])
