"""One occasion, one event (issue 14, item 3; the guide: a named summit is a gathering only): a
meeting of every member state of a summit's organisation, on the summit's day, is the summit told
again; a meeting of some of its members at the summit is an engagement of its own; a summit told
after "the meeting of the Council of Heads of State" is that meeting."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-11-07"  # the extract fixture's default (tests/conftest.py)


def kinds(record: Record) -> list[str]:
    return sorted(e.kind for e in record.events if e.kind in {"gathering", "multilateral", "meeting"})


@pytest.mark.parametrize("text", [
    "BISHKEK, Nov 7 (Ala-Too Wire) - The informal summit of the Organization of Turkic States was held in Bishkek on "
    "Thursday. The heads of state of Azerbaijan, Kazakhstan, Kyrgyzstan, Turkiye and Uzbekistan met at the summit.",
    "ASTANA, Nov 7 (Steppe News) - The SCO summit opened in Astana on Thursday. The leaders of the SCO member states "
    "held a meeting in narrow format.",
])
def test_all_the_members_meeting_at_their_summit_is_the_summit(extract, text):
    record = extract(text)
    assert kinds(record) == ["gathering"]


def test_some_members_meeting_at_the_summit_meet_on_their_own(extract):
    record = extract("LUANDA, Nov 7 (Atlantic Wire) - The 9th Summit of the Community of Portuguese Language "
                     "Countries opened in Luanda on Thursday. During the summit, the leaders of Angola, Brazil and "
                     "Portugal held a trilateral meeting.")
    assert kinds(record) == ["gathering", "multilateral"]
    (meeting,) = [e for e in record.events if e.kind == "multilateral"]
    assert set(meeting.countries) == {"AGO", "BRA", "PRT"}


def test_all_the_members_meeting_another_day_is_another_engagement(extract):
    record = extract("BISHKEK, Nov 7 (Ala-Too Wire) - The informal summit of the Organization of Turkic States will "
                     "be held in Bishkek on November 20. The foreign ministers of Azerbaijan, Kazakhstan, Kyrgyzstan, "
                     "Turkiye and Uzbekistan met in Baku on Thursday to prepare it.")
    assert kinds(record) == ["gathering", "multilateral"]


def test_the_summit_told_after_the_council_meeting_is_that_meeting(extract):
    record = extract("DUSHANBE, Nov 7 (Pamir Herald) - The meeting of the CIS Council of Heads of State was held in "
                     "Dushanbe on Thursday. The summit was attended by the presidents of Russia, Kazakhstan and "
                     "Belarus.")
    assert kinds(record) == ["multilateral"]
    (event,) = record.events
    assert "CIS" in event.countries
    assert event.place is not None and event.place.name == "Dushanbe"
