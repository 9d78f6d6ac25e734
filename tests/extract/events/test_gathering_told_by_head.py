"""A named gathering told again by 'the' and its head word alone ('on the sidelines of the Forum', 'The
Assembly opened in Geneva', 'to address the Assembly') is that gathering, one event
(events/occasions.py): its attendees, and its days when the name came without any."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2026-11-25"


def _gatherings(record: Record) -> list:
    return [e for e in record.events if e.kind in {"multilateral", "gathering"}]


def test_the_forum_told_again_is_the_named_forum(extract):
    record = extract(
        "LISBON, Nov 25 (Trend) -- Azerbaijani Minister of Culture Adil Karimli is in Lisbon to attend the 11th Global "
        "Forum of the UN Alliance of Civilizations. On the sidelines of the Forum, he met with Minister of Culture "
        "of Portugal Dalila Rodrigues. The Forum opened on Monday.")
    (forum,) = _gatherings(record)
    assert forum.name == "11th Global Forum of the UN Alliance of Civilizations"
    assert set(forum.countries) == {"PRT", "UN"}
    assert forum.date is not None and forum.date.start == "2026-11-23"


@pytest.mark.parametrize("text", [
    "ANKARA, Nov 25 (AA) - Parliament Speaker Numan Kurtulmus will attend the 152nd Assembly of the "
    "Inter-Parliamentary Union in Tashkent next week. Kurtulmus is expected to address the Assembly on its "
    "opening day.",
    "GENEVA, November 25, AZERTAC. Chair of the Milli Majlis Sahiba Gafarova, who is in Switzerland to take part "
    "in the 152nd Assembly of the Inter-Parliamentary Union, met with IPU Secretary General Martin Chungong on the "
    "margins of the Assembly on Tuesday.",
])
def test_the_assembly_told_again_is_one_gathering(extract, text):
    (assembly,) = _gatherings(extract(text))
    assert assembly.name is not None and assembly.name.startswith("152nd Assembly of the Inter-Parliamentary Union")
    assert "IPU" in assembly.countries


def test_an_indefinite_forum_is_another(extract):
    record = extract(
        "ASTANA, 25 November. Deputy Prime Minister Serik Zhumangarin attended the Astana Mining and Metallurgy "
        "Congress on Tuesday. A congress on green hydrogen will be held in Atyrau in March, he said.")
    assert len(_gatherings(record)) == 2


def test_the_head_word_of_the_body_a_session_is_of(extract):
    record = extract(
        "NEW YORK, Nov 25 (KUNA) -- Kuwait's Foreign Minister Abdullah Al-Yahya is leading his country's delegation "
        "to the 81st session of the United Nations General Assembly. Addressing the Assembly on Tuesday, he called "
        "for a ceasefire in Gaza.")
    (session,) = _gatherings(record)
    assert session.name == "81st session of the United Nations General Assembly"
