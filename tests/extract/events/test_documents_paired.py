"""Agreements cited by a name the documents of two states carry (events/cited_documents.py): a definite
document whose own words pair two states ("the Jordanian-Israeli peace treaty", "the U.S.-Iraqi security
agreement") is an agreement they concluded before, cited in passing (occurred, no day of its own); a
named plural the tagger leaves as it is ("the Camp David Accords") is a document too. Not one talked
about, nor a document of one state's."""

from __future__ import annotations

import pytest
from event_views import agreements

PUBLISHED = "2026-05-20"


@pytest.mark.parametrize(("text", "countries"), [
    ("AMMAN, May 20 - Jordan said on Tuesday it would keep to the Jordanian-Israeli peace treaty despite "
     "the crisis in the region.", ["ISR", "JOR"]),
    ("BAGHDAD, May 20 - A government spokesman said on Monday that Iraq was committed to the withdrawal "
     "timeline in the U.S.-Iraqi security agreement.", ["IRQ", "USA"]),
])
def test_a_document_named_by_a_pair_of_states_is_theirs(extract, text, countries):
    found = agreements(extract(text, published=PUBLISHED))
    assert [(e.countries, e.status, e.date) for e in found] == [(countries, "occurred", None)]


def test_named_accords_are_a_document(extract):
    found = agreements(extract(
        "CAIRO, May 20 - Egyptian Foreign Minister Badr Abdelatty said on Tuesday that Cairo remained "
        "committed to the Camp David Accords signed by Egypt and Israel in 1978.", published=PUBLISHED))
    assert [(e.name, e.countries, e.date.start if e.date else None) for e in found] == [
        ("Camp David Accords", ["EGY", "ISR"], "1978")]


def test_a_paired_document_talked_about_is_none(extract):
    record = extract("KYIV, May 20 - Officials said talks on the Russian-Ukrainian gas deal would resume "
                     "next week.", published=PUBLISHED)
    assert agreements(record) == []
