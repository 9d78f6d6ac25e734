"""'X received A and B': named guests of two states received in one sentence are one meeting each,
as 'X met with A and B' is (events/several.py)."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-05-20"

RECEIVED = [
    pytest.param(
        "TASHKENT, May 20 (UzA). President of the Republic of Uzbekistan Shavkat Mirziyoyev on Wednesday received "
        "the Prime Minister of Slovakia Robert Fico and the President of Montenegro Jakov Milatovic.",
        "Shavkat Mirziyoyev", ["Jakov Milatovic", "Robert Fico"], id="received-pm-and-president"),
    pytest.param(
        "ASTANA, 20 May. Prime Minister of Kazakhstan Olzhas Bektenov on Wednesday received Vice President of "
        "Turkiye Cevdet Yilmaz and Deputy Prime Minister of Azerbaijan Shahin Mustafayev in the Government House.",
        "Olzhas Bektenov", ["Cevdet Yilmaz", "Shahin Mustafayev"], id="received-two-deputies"),
]


@pytest.mark.parametrize(("text", "host", "guests"), RECEIVED)
def test_each_guest_received_is_a_meeting(extract, text, host, guests):
    talks = [e for e in extract(text).events if e.kind in {"meeting", "multilateral"}]
    assert sorted(sorted(e.persons) for e in talks) == sorted(sorted([host, g]) for g in guests)
    assert all(e.kind == "meeting" for e in talks)

