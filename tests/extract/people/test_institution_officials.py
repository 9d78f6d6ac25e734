"""Officials named by a national institution that stands for its state (people/actors.py):
"State Department officials", "Kremlin aides", "White House officials" are the officials of the
United States or Russia (titles.yaml ``implied_country``), so their talks with another state's
officials have two sides. The institution named alone ("the State Department said") stays an
organisation and is no party."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


def _meetings(record):
    return [e for e in record.events if e.kind in {"meeting", "multilateral"}]


@pytest.mark.parametrize(("text", "countries"), [
    ("State Department officials met with Venezuelan diplomats in Geneva on Monday.", ["USA", "VEN"]),
    ("WASHINGTON, March 11 (Reuters) -- White House officials held talks with a Qatari delegation on the "
     "hostage negotiations on Tuesday. The Qatari side briefed them on its contacts in Doha, a spokesman said.",
     ["QAT", "USA"]),
    ("Kremlin officials met with Hungarian diplomats in Moscow on Monday to discuss gas transit.",
     ["HUN", "RUS"]),
])
def test_officials_of_a_national_institution_are_their_states_side(extract, text, countries):
    found = _meetings(extract(text))
    assert [e.countries for e in found] == [countries]


def test_the_institution_alone_is_no_side(extract):
    record = extract("The State Department said on Monday that talks with Venezuelan diplomats would resume.")
    assert not any("USA" in e.countries and "VEN" in e.countries for e in _meetings(record))
