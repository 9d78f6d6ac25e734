"""A trip to a region is one visit per state its talks are held with (events/tours.py)."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def visits(record: Record) -> list[tuple[list[str], list[str], str | None]]:
    return sorted((e.countries, sorted(e.persons), e.place.name if e.place else None)
                  for e in record.events if e.kind == "visit")


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese Foreign Minister Wang Yi began a tour of Africa on Monday. In Nairobi, Wang met Kenyan President "
     "William Ruto. He later held talks with Tanzanian President Samia Suluhu Hassan in Dodoma.",
     [(["CHN", "KEN"], ["Wang Yi", "William Ruto"], "Nairobi"),
      (["CHN", "TZA"], ["Samia Suluhu Hassan", "Wang Yi"], "Dodoma")]),
    ("Japanese Foreign Minister Takeshi Iwaya set off on Saturday on a trip to Central Asia. He met Kazakh "
     "President Kassym-Jomart Tokayev in Astana on Sunday and held talks with Uzbek Foreign Minister "
     "Bakhtiyor Saidov in Tashkent on Monday.",
     [(["JPN", "KAZ"], ["Kassym-Jomart Tokayev", "Takeshi Iwaya"], "Astana"),
      (["JPN", "UZB"], ["Bakhtiyor Saidov", "Takeshi Iwaya"], "Tashkent")]),
])
def test_a_regional_trip_is_a_visit_to_each_state_of_its_talks(extract, text, expected):
    assert visits(extract(text)) == expected


def test_a_visit_to_one_state_keeps_its_host_when_a_third_states_official_is_met_there(extract):
    record = extract("US Secretary of State Antony Blinken arrived in Cairo on Tuesday for talks with Egyptian "
                     "President Abdel Fattah el-Sisi. In Cairo, Blinken also met Qatari Prime Minister Mohammed "
                     "bin Abdulrahman Al Thani.")
    assert [v[0] for v in visits(record)] == [["EGY", "USA"]]
