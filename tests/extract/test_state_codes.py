"""An event's country code names a state, or an organisation (places.is_state_code)."""

from __future__ import annotations

import pytest

from dateline.extract.places import is_state_code


@pytest.mark.parametrize(("code", "state"), [
    ("KAZ", True), ("AZE", True), ("VNM", True),
    ("CIS", False), ("OAS", False), ("EU", False), ("NATO", False),  # organisations, three letters or not
    ("kaz", False), ("", False), (None, False),
])
def test_a_state_code_is_three_capitals_that_no_organisation_uses(code, state):
    assert is_state_code(code) is state
