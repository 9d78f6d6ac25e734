"""A meeting's roster (session 18): the states its own words list as sitting at it ('the meeting of
the defence ministers of A, B and C', 'the Meeting of the Heads of State of Central Asia', 'held ...
with the participation of the ministers of A, B, C and D') are its states, whoever the clause around
it names as talking about it; and a group's name inside a longer name ('the Arab Quartet Committee')
is no group."""

from __future__ import annotations

import pytest


def _multilaterals(record):
    return [e for e in record.events if e.kind == "multilateral"]


@pytest.mark.parametrize("text, states", [
    ("DUSHANBE, 14 May (Khovar). President Emomali Rahmon held talks with President of Kyrgyzstan Sadyr "
     "Japarov. The leaders discussed preparations for the Consultative Meeting of the Heads of State of "
     "Central Asia, which will be held in Dushanbe in September.",
     ["KAZ", "KGZ", "TJK", "TKM", "UZB"]),
    ("YEREVAN, March 4 (Armenpress). Foreign Minister Ararat Mirzoyan held talks with Georgian Foreign "
     "Minister Maka Botchorishvili. The ministers discussed preparations for the meeting of the deputy foreign "
     "ministers of Armenia, Georgia and Greece, set for June in Athens.",
     ["ARM", "GEO", "GRC"]),
])
def test_a_meeting_of_officials_of_listed_states_sits_those_states(extract, text, states):
    found = _multilaterals(extract(text, published="2026-05-14"))
    assert len(found) == 1
    assert found[0].countries == states and found[0].status == "planned"


def test_states_told_as_taking_part_join_the_meeting(extract):
    found = _multilaterals(extract(
        "MANAMA, Oct 7 (BNA) -- Bahrain took part in the ministerial meeting of the Arab Follow-up Committee, "
        "held in Amman on Monday with the participation of the foreign ministers of Bahrain, Jordan, Kuwait "
        "and Morocco.", published="2026-10-07"))
    assert len(found) == 1
    assert found[0].countries == ["BHR", "JOR", "KWT", "MAR"]


def test_a_group_name_inside_a_longer_name_is_no_group(extract):
    record = extract(
        "ABU DHABI, 3rd March, 2026 (WAM) -- The UAE participated in the meeting of the Arab Quartet Committee "
        "held in Riyadh on Monday with the participation of the foreign ministers of the UAE, Saudi Arabia, "
        "Egypt and Jordan.", published="2026-03-03")
    found = _multilaterals(record)
    assert len(found) == 1
    assert found[0].countries == ["ARE", "EGY", "JOR", "SAU"]  # not the Middle East Quartet's RUS and USA
