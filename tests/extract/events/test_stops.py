"""A stop of a tour told with the copula (issue 14 item 1; events/stops.py).

"Safadi's next stop is Muscat", "Manila was the last stop of her Asian tour", "the next stop on the
minister's trip will be Nairobi": the traveller visits the place; ahead when told as the next stop
or in the future, occurred when told in the past. A stop with no traveller, or in the traveller's
own state, is no visit.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"


def visits(record: Record) -> list[tuple[list[str], list[str], str, str | None]]:
    names = {a.id: a.name for a in record.actors}
    return sorted((e.countries, [names[p] for p in e.source if p in names], e.status,
                   e.place.name if e.place else None)
                  for e in record.events if e.kind == "visit")


@pytest.mark.parametrize(("text", "expected"), [
    ("Manila was the last stop of Japanese Prime Minister Shigeru Ishiba's Asian tour.",
     [(["JPN", "PHL"], ["Shigeru Ishiba"], "occurred", "Manila")]),
    ("Colombian President Gustavo Petro's next stop is Beijing, his office said on Tuesday.",
     [(["CHN", "COL"], ["Gustavo Petro"], "planned", "Beijing")]),
    ("Egyptian Foreign Minister Badr Abdelatty arrived in Kampala on Sunday. His next stop will be "
     "Nairobi, where he is expected to meet President William Ruto.",
     [(["EGY", "KEN"], ["Badr Abdelatty"], "planned", "Nairobi"),
      (["EGY", "UGA"], ["Badr Abdelatty"], "occurred", "Kampala")]),
])
def test_a_stop_equated_with_a_foreign_place_is_a_visit(extract, text, expected):
    assert visits(extract(text)) == expected


def test_an_agency_report_names_the_tours_next_stop(extract):
    record = extract(
        "KUWAIT, 13 May (KUNA) -- Jordanian Foreign Minister Ayman Safadi held talks with Kuwaiti Foreign "
        "Minister Abdullah Al-Yahya on Tuesday on regional developments and bilateral relations.\n\n"
        "Safadi's next stop is Muscat, the Jordanian foreign ministry said in a statement.")
    assert (["JOR", "OMN"], ["Ayman Safadi"], "planned", "Muscat") in visits(record)


@pytest.mark.parametrize("text", [
    "The last stop of the bus is Cairo's central station.",
    "Egyptian President Abdel Fattah al-Sisi's next stop is Alexandria, where he will open a new port.",
    "The next stop is Nairobi.",
])
def test_a_stop_without_a_foreign_traveller_is_no_visit(extract, text):
    assert visits(extract(text)) == []
