"""A state named inside a stance ("the pro-Russian rebels", "anti-American groups") is what someone
favours or opposes, never a side of the talks (issue 14; events/participants.py, nationality.stance).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "state"), [
    ("Arab League chief Amr Moussa met in Beirut on Monday with Lebanese Prime Minister Najib Mikati and "
     "the pro-Syrian opposition to try to end the deadlock.", "SYR"),
    ("The African Union envoy held talks in Kinshasa with Congolese President Felix Tshisekedi and leaders of "
     "the pro-Rwandan militias on Tuesday.", "RWA"),
])
def test_a_stance_names_no_side(extract, text, state):
    sides = [e.countries for e in extract(text).events if e.kind in {"meeting", "visit"}]
    assert sides and all(state not in countries for countries in sides), sides


def test_a_state_told_plainly_stays_a_side(extract):
    text = ("Arab League chief Amr Moussa met in Beirut on Monday with Lebanese Prime Minister Najib Mikati "
            "and Syrian Foreign Minister Faisal Mekdad.")
    sides = [e.countries for e in extract(text).events if e.kind == "meeting"]
    assert any("SYR" in countries for countries in sides), sides
