"""Those who report a further round of talks take no part in it (events/rounds.py: round_reporter).

"AU officials say the next round of talks will begin on July 10": the round is the subject of the
reported clause, so its sides are the series' own, told before; the speakers' state or body is not
one of them (it left the round with one side and no engagement at all).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2026-06-16"

LEAD = "Envoys of Eritrea and Djibouti met in Doha on Monday to discuss their border dispute. "


def _planned(record):
    return [sorted(e.countries) for e in record.events if e.kind in {"meeting", "multilateral"} and e.status == "planned"]


@pytest.mark.parametrize("said", [
    "Qatari officials say the next round of talks will begin on July 10.",
    "Officials in Qatar say the next round of talks will open in July.",
    "AU mediators say the next round of talks will be held in Addis Ababa in July.",
])
def test_the_speakers_of_a_next_round_are_not_its_sides(extract, said):
    assert _planned(extract(LEAD + said)) == [["DJI", "ERI"]]

