"""Talks named as a process someone promotes, lacks or draws a state into are no round held
(events/filter.py _process_mention; process_words and needing_verbs in lexicons/event_words.yaml)."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def talks(record: Record) -> list[tuple[str, list[str]]]:
    return [(e.kind, e.countries) for e in record.events if e.kind in {"meeting", "multilateral", "call"}]


@pytest.mark.parametrize("text", [
    "German Chancellor Friedrich Merz said he hopes to bring China back into climate talks.",
    "Indian Foreign Secretary Vikram Misri said India and Bangladesh had agreed to reopen the rail link, but more "
    "talks are needed on the tariffs.",
    "The Qatari envoy travelled to Cairo in an effort to kick-start indirect Israeli-Palestinian talks.",
    "Norway will do all it can to encourage negotiations between Sudan and South Sudan, the Norwegian foreign "
    "minister said.",
])
def test_talks_as_a_process_are_no_meeting(extract, text):
    assert talks(extract(text)) == []


@pytest.mark.parametrize(("text", "countries"), [
    ("Sudan and South Sudan held talks in Juba on Monday on oil transit fees.", ["SDN", "SSD"]),
    ("Vietnamese Foreign Minister Bui Thanh Son held talks in Hanoi on Tuesday with Cambodian Foreign Minister "
     "Prak Sokhonn.", ["KHM", "VNM"]),
])
def test_talks_held_stay_a_meeting(extract, text, countries):
    assert talks(extract(text)) == [("meeting", countries)]
