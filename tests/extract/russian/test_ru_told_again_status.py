"""Talks told again by a noun after talks agreed on for later are the talks held told before, not
new ones: the last meeting of the same status is the one they tell again."""

from __future__ import annotations

from ru_record import events


def test_talks_told_again_after_talks_agreed_on_are_the_talks_held(ru):
    record = ru(" date 2026-04-08\nАСТАНА. КАЗИНФОРМ – Министр иностранных дел Казахстана Ермек Кошербаев "
                "провел переговоры с Министром иностранных дел Азербайджана Джейхуном Байрамовым. "
                "Министры условились встретиться в мае в Баку. Переговоры прошли в дружественной "
                "атмосфере.", published=None)
    meetings = events(record, "meeting")
    assert sorted(m.status for m in meetings) == ["occurred", "planned"]
