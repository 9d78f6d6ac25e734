"""A document 'we' signed in a quote has the speaker's state as a side (events/quoted_signers.py), and
'the agreement we signed today' is concluded, whatever the clause that cites it (document_clauses)."""

from __future__ import annotations

import pytest

from dateline.record import Record


def _documents(record: Record):
    return [e for e in record.events if e.kind == "agreement"]


@pytest.mark.parametrize(("text", "countries", "status"), [
    ("TASHKENT, May 4 (UzA) - \"Today we signed a roadmap with our Hungarian colleagues that covers "
     "industrial cooperation,\" Uzbek Minister of Investment Laziz Kudratov said.", {"HUN", "UZB"}, "occurred"),
    ("KUWAIT, May 4 (KUNA) -- \"The air services agreement we signed with Kenya today opens new routes "
     "for our carriers,\" Kuwaiti Minister of Transport Noura Al-Mashaan said.", {"KEN", "KWT"}, "occurred"),
])
def test_we_in_a_quote_signs_for_the_speakers_state(extract, text, countries, status):
    record = extract(text, published="2026-05-04")
    found = _documents(record)
    assert len(found) == 1, [(e.kind, e.countries) for e in record.events]
    assert set(found[0].countries) == countries
    assert found[0].status == status

