"""Those who prepare a planned sitting are not told to take part in it (events/ahead_dates.py,
``preparers_aside``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "ASHGABAT, May 21 (TDH) -- Turkmen President Serdar Berdimuhamedov held talks with Uzbek President Shavkat "
    "Mirziyoyev in Ashgabat on Wednesday. The leaders discussed preparations for the 8th Consultative Meeting of "
    "the Heads of State of Central Asia, which will be held in Tashkent in August.",
    "ASTANA, May 21 (Kazinform) -- Kazakh Foreign Minister Murat Nurtleu and his Kyrgyz counterpart Jeenbek "
    "Kulubaev on Wednesday reviewed the preparations for the CIS summit, which will be held in Dushanbe in "
    "October.",
])
def test_those_preparing_a_planned_sitting_do_not_attend_it(extract, text):
    record = extract(text)
    planned = [e for e in record.events if e.kind in {"gathering", "multilateral"} and e.status == "planned"]
    assert len(planned) == 1, [(e.kind, e.status, e.countries) for e in record.events]
    assert planned[0].persons == [], planned[0].persons


def test_a_person_the_sittings_own_phrase_names_stays(extract):
    record = extract(
        "ANKARA, June 3 (AA) -- The foreign ministers discussed preparations for the NATO summit, which NATO "
        "Secretary General Mark Rutte will chair in Ankara on July 7.")
    planned = [e for e in record.events if e.kind == "gathering" and e.status == "planned"]
    assert len(planned) == 1 and planned[0].persons, [(e.kind, e.name, e.persons) for e in record.events]
