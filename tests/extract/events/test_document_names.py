"""A named plural the tagger leaves as it is ("the Camp David Accords", "the Minsk Agreements") is a
document (lexicons/event_cues.yaml); a document named by two states with "U.S." among them ("the
U.S.-Iraqi agreement was signed") is theirs (events/bilateral_bodies.py)."""

from __future__ import annotations

from event_views import agreements

PUBLISHED = "2026-05-20"


def test_named_accords_are_a_document(extract):
    found = agreements(extract(
        "CAIRO, May 20 - Egyptian Foreign Minister Badr Abdelatty said on Tuesday that Cairo remained "
        "committed to the Camp David Accords signed by Egypt and Israel in 1978.", published=PUBLISHED))
    assert [(e.name, e.countries, e.date.start if e.date else None) for e in found] == [
        ("Camp David Accords", ["EGY", "ISR"], "1978")]


def test_a_pair_named_with_the_us_abbreviation(extract):
    found = agreements(extract(
        "BAGHDAD, May 20 (AP) - The U.S.-Iraqi security agreement was signed in Baghdad on Tuesday, a "
        "government spokesman said.", published=PUBLISHED))
    assert [(e.countries, e.status) for e in found] == [(["IRQ", "USA"], "occurred")]
