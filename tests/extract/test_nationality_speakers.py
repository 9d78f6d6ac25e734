"""A speaker does not travel by the trip he reports (nationality.py ``_is_traveller``, ``_reported``).

"CAIRO ... - President X received Kenyan Prime Minister Y, who arrived on a visit, Presidential Spokesman Z
said": the spokesman is the subject of a saying verb whose own phrase holds no trip, so he is no guest and
serves the dateline's state. A speaker who speaks during his own trip still travels.
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def _countries(extractor, text: str) -> dict[str, str | None]:
    record = extractor.extract(Article(text=text, id="t", published="2026-05-05"))
    return {a.name: a.country for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("CAIRO, May 5 (MENA) - President Abdel Fattah El-Sisi received on Monday Kenyan Prime Minister Musalia "
     "Mudavadi, who arrived in Cairo on Sunday on an official visit, Presidential Spokesman Ahmed Fahmy said.",
     "Ahmed Fahmy", "EGY"),
    ("HANOI, May 5 (VNA) - The visit of the Mongolian delegation will deepen trust between the two "
     "legislatures, Chairman of the National Assembly Tran Thanh Man said on Tuesday.",
     "Tran Thanh Man", "VNM"),
])
def test_a_speaker_reporting_a_trip_serves_the_dateline_state(extractor, text, name, country):
    assert _countries(extractor, text)[name] == country


def test_a_speaker_on_his_own_trip_is_still_a_guest(extractor):
    text = ("NAIROBI, May 5 (KNA) - Speaking to reporters during his visit to Nairobi, Minister of Trade "
            "Jorge Blanco said the two countries would sign a trade accord.")
    assert _countries(extractor, text)["Jorge Blanco"] != "KEN"
