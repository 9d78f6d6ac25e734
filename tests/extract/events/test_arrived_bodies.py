"""The body or remains of a person brought home make no visit: no one travels for a state."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The body of a young Brazilian man has arrived in Brazil six days after he was shot by London police.",
    "The remains of former Chilean President Sebastian Pinera arrived in Santiago from Argentina on Wednesday.",
])
def test_a_body_arriving_is_no_visit(extract, text):
    assert [e for e in extract(text).events if e.kind == "visit"] == []


def test_a_leader_arriving_with_a_body_still_visits(extract):
    record = extract("Argentine President Javier Milei arrived in Santiago on Wednesday for the funeral of former "
                     "Chilean President Sebastian Pinera.")
    assert [e.countries for e in record.events if e.kind == "visit"] == [["ARG", "CHL"]]
