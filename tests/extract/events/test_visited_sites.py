"""A visit to a site is no visit between states (issue 14 item 7; events/domestic.py, the
``stateless_destinations`` lexicon).

"visits the shrine", "visited the museum", "laid flowers at the memorial": a leader at a site of his
own country, named in a sentence that names no other state, makes no visit; the same site named in a
foreign city ("the temple in Kathmandu") is a visit to that state.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"


def visits(record: Record) -> list[tuple[list[str], str | None]]:
    return [(e.countries, e.place.name if e.place else None) for e in record.events if e.kind == "visit"]


@pytest.mark.parametrize("text", [
    "Japanese Prime Minister Shigeru Ishiba says he visits the shrine every August to pray for peace.",
    "Turkish President Recep Tayyip Erdogan visited the museum on Friday, his office said.",
    "Polish President Andrzej Duda visited the cemetery on Sunday to mark the anniversary.",
])
def test_a_leader_visiting_a_site_at_home_makes_no_visit(extract, text):
    assert visits(extract(text)) == []


def test_a_site_in_a_foreign_city_is_a_visit_there(extract):
    record = extract("Indian Prime Minister Narendra Modi visited the Buddhist temple in Kathmandu on Sunday.")
    assert visits(record) == [(["IND", "NPL"], "Kathmandu")]
