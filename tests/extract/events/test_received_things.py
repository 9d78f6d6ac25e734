"""A thing received is no guest received (events/filter.py, ``received_things``).

"X received Y" is talks when Y is a guest; "Tehran has received the Russian offer" or "the
airport received threats" tells of a thing sent, and no meeting, whatever state its adjective names.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2026-11-20"


def meetings(record: Record) -> list[list[str]]:
    return [e.countries for e in record.events if e.kind == "meeting"]


@pytest.mark.parametrize("text", [
    "Iran's foreign ministry spokesman said on Sunday that Tehran has received the Russian offer and will "
    "study it carefully.",
    "Officials said Cairo had received the Ethiopian proposal on the dam late on Thursday.",
])
def test_a_thing_received_is_no_meeting(extract, text):
    assert meetings(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Egyptian President Abdel Fattah el-Sisi received the Russian delegation in Cairo on Monday.",
    "Kazakh President Kassym-Jomart Tokayev received the Chinese visitors at the Akorda on Monday.",
])
def test_a_guest_received_is_a_meeting(extract, text):
    assert meetings(extract(text)) != []


@pytest.mark.parametrize("text", [
    "A Gaza hospital said it had received the bodies of two Palestinian men shot by Israeli troops near the crossing.",
    "The kidnappers apparently received instructions from a former Taliban commander, the Afghan government said.",
])
def test_bodies_and_instructions_are_things_received_whatever_their_of_phrase(extract, text):
    assert meetings(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Egyptian President Abdel Fattah el-Sisi received a group of Japanese lawmakers in Cairo on Monday.",
    "Uzbek President Shavkat Mirziyoyev received the head of the Iranian parliament's foreign policy committee.",
])
def test_people_told_through_their_group_are_guests(extract, text):
    assert meetings(extract(text)) != []
