"""An organisation told by its wire description is that organisation (organizations.yaml names):
'the U.N. nuclear watchdog', 'the UN atomic agency' are the IAEA, a party of its own (not the UN)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Iranian officials met with the U.N. nuclear watchdog on Monday.",
    "Iran's top negotiator held talks with the UN atomic agency in Vienna on Tuesday.",
])
def test_the_nuclear_watchdog_told_by_its_description_is_the_iaea(extract, text):
    meetings = [e for e in extract(text).events if e.kind == "meeting"]
    assert [e.countries for e in meetings] == [["IAEA", "IRN"]]
