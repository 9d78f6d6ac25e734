"""Two sides told by their capitals after 'between' (people/actors.py): 'the deal between New
Delhi and Washington' is India's and the United States', not the second capital's state alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "kind", "countries"), [
    ("The civilian nuclear agreement reached last year between New Delhi and Washington faces opposition.",
     "agreement", ["IND", "USA"]),
    ("Talks between Moscow and Kyiv resumed on Tuesday in Istanbul.", "meeting", ["RUS", "UKR"]),
    ("The accord signed between Beijing and Manila in March covers fishing rights.", "agreement", ["CHN", "PHL"]),
])
def test_both_capitals_after_between_are_states(extract, text, kind, countries):
    found = [e for e in extract(text).events if e.kind == kind]
    assert [e.countries for e in found] == [countries]


def test_a_capital_as_a_place_stays_a_place(extract):
    record = extract("The Turkish foreign minister met his Iranian counterpart in Moscow on Monday.")
    assert [e.countries for e in record.events if e.kind == "meeting"] == [["IRN", "TUR"]]
