"""Talks told by officials of two states as one plural subject (events/sides_talked.py): "Indian and
Pakistani diplomats discussed ...", "officials from Ghana and Togo agreed ..." are talks between the
two states, without a meeting word. One state's officials, or officials of no state named, are not."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


def _meetings(record):
    return [e for e in record.events if e.kind in {"meeting", "multilateral"}]


@pytest.mark.parametrize(("text", "countries", "place"), [
    ("Indian and Pakistani diplomats discussed the sharing of the Indus waters on Tuesday.",
     ["IND", "PAK"], None),
    ("Meanwhile, in Lome, Ghanaian and Togolese officials are discussing the reopening of the Aflao border "
     "post.", ["GHA", "TGO"], "TGO"),
    ("ACCRA, March 11 (GNA) -- Officials from Ghana and Togo agreed on Tuesday to reopen the Aflao border post "
     "to lorries from next month. The Ghana Revenue Authority said customs checks would be shared.",
     ["GHA", "TGO"], None),
    ("BAKU, 11 March (AZERTAC) -- Azerbaijani and Uzbek officials discussed transit tariffs on the "
     "Trans-Caspian route in Baku on Monday, the Ministry of Digital Development and Transport said.",
     ["AZE", "UZB"], "AZE"),
])
def test_officials_of_two_states_as_one_subject_talk(extract, text, countries, place):
    found = _meetings(extract(text))
    assert [e.countries for e in found] == [countries]
    if place is not None:
        assert found[0].place is not None and found[0].place.country == place


@pytest.mark.parametrize("text", [
    "Indian officials discussed the monsoon forecast in New Delhi on Tuesday.",
    "Senior officials discussed the budget on Tuesday, the finance ministry said.",
])
def test_one_states_officials_are_no_talks(extract, text):
    assert _meetings(extract(text)) == []


def test_the_demonym_of_the_delegation_met_is_its_side(extract):
    """'met with a Chinese delegation that delivered a message from Chinese President X': the delegation's
    demonym is the other side, though a Chinese official named in its relative clause takes no part."""
    record = extract("North Korean leader Kim Jong Un has met with a high-ranking Chinese delegation that delivered "
                     "a message of congratulations from Chinese President Xi Jinping.")
    assert [e.countries for e in record.events if e.kind == "meeting"] == [["CHN", "PRK"]]
