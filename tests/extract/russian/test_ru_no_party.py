"""An engagement between states whose report names no party at all, even through the story, is
not recorded; one with a party named is."""

from __future__ import annotations

from ru_record import events


def test_talks_with_no_party_named_anywhere_are_not_recorded(ru):
    text = (" date 2025-04-10\nМИНСК, 10 апреля (БелТА) – \"Мы провели очень откровенные "
            "переговоры, многое уже реализуется\", - сказал он, обращаясь к гостю.")
    record = ru(text, published=None)
    assert events(record, "meeting") == []


def test_talks_with_a_party_named_are_recorded(ru):
    text = (" date 2025-04-10\nМИНСК, 10 апреля (БелТА) – Премьер-министр Беларуси Александр Турчин "
            "провел переговоры с Премьер-министром Армении Николом Пашиняном.")
    record = ru(text, published=None)
    [meeting] = events(record, "meeting")
    assert sorted(meeting.countries) == ["ARM", "BLR"]
