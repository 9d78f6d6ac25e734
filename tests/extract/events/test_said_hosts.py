"""A state that says 'it' will host a gathering hosts it: "Jordan says it will host a regional conference",
"Kenya said on Thursday it would host an international conference on Somalia"."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-02"


@pytest.mark.parametrize(("text", "host"), [
    ("Jordan says it will host a regional conference next week to discuss help for Iraqi refugees.", "JOR"),
    ("Kenya said on Thursday it would host an international conference on Somalia in June.", "KEN"),
])
def test_the_state_that_says_it_will_host_a_gathering_hosts_it(extract, text, host):
    (event,) = [e for e in extract(text).events if e.kind == "gathering"]
    assert event.countries == [host]
    assert event.status == "planned"


