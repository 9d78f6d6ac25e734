"""One official meeting coordinated counterparts of several states (issue 14, item 4; events/several.py).

"will meet with Saudi Crown Prince X and Emirati President Y" is one meeting per counterpart state;
two officials of one state are one side; "together", "joint", "trilateral" or "three-way" keep one
meeting (or call), and so do coordinated subjects ("A and B were received by C") and a plural head
("the presidents of Uganda and Rwanda").
"""

from __future__ import annotations

import pytest
from event_views import people

from dateline.record import Record

PUBLISHED = "2025-06-10"  # the extract fixture's default (tests/conftest.py)


def kinds(record: Record, kind: str) -> list:
    return [e for e in record.events if e.kind == kind]


@pytest.mark.parametrize(("text", "pairs", "status"), [
    ("US Secretary of State Marco Rubio will meet with Saudi Crown Prince Mohammed bin Salman and Emirati "
     "President Mohamed bin Zayed during the trip.",
     {("SAU", "USA"): {"Marco Rubio", "Mohammed bin Salman"}, ("ARE", "USA"): {"Marco Rubio", "Mohamed bin Zayed"}},
     "planned"),
    ("Kyrgyz President Sadyr Japarov held talks with Kazakh President Kassym-Jomart Tokayev and Uzbek President "
     "Shavkat Mirziyoyev in Bishkek on Monday.",
     {("KAZ", "KGZ"): {"Sadyr Japarov", "Kassym-Jomart Tokayev"},
      ("KGZ", "UZB"): {"Sadyr Japarov", "Shavkat Mirziyoyev"}}, "occurred"),
    ("Indian External Affairs Minister Subrahmanyam Jaishankar met Omani Foreign Minister Badr Albusaidi, "
     "Kuwaiti Foreign Minister Abdullah Al-Yahya and Bahraini Foreign Minister Abdullatif Al Zayani on Tuesday.",
     {("IND", "OMN"): {"Subrahmanyam Jaishankar", "Badr Albusaidi"},
      ("IND", "KWT"): {"Subrahmanyam Jaishankar", "Abdullah Al-Yahya"},
      ("BHR", "IND"): {"Subrahmanyam Jaishankar", "Abdullatif Al Zayani"}}, "occurred"),
])
def test_one_meeting_per_coordinated_counterpart_state(extract, text, pairs, status):
    record = extract(text)
    meetings = kinds(record, "meeting")
    assert {tuple(e.countries): people(record, e) for e in meetings} == pairs
    assert all(e.status == status for e in meetings)
    assert not kinds(record, "multilateral")


def test_one_on_one_meetings_with_a_leader_and_other_states(extract):
    record = extract("The Chinese premier is scheduled to hold one-on-one meetings on Saturday with Brazilian "
                     "President Luiz Inacio Lula da Silva, as well as leaders from Chile, Peru and Mexico. "
                     "Chinese Premier Li Qiang arrived in Lima on Friday.")
    meetings = kinds(record, "meeting")
    assert sorted(tuple(e.countries) for e in meetings) == [
        ("BRA", "CHN"), ("CHL", "CHN"), ("CHN", "MEX"), ("CHN", "PER")]
    assert all(e.status == "planned" for e in meetings)


def test_two_officials_of_one_state_are_one_side(extract):
    record = extract("Turkish Foreign Minister Hakan Fidan met with Egyptian President Abdel Fattah al-Sisi and "
                     "Foreign Minister Badr Abdelatty in Cairo on Sunday.")
    [meeting] = kinds(record, "meeting")
    assert meeting.countries == ["EGY", "TUR"]
    assert people(record, meeting) == {"Hakan Fidan", "Abdel Fattah al-Sisi", "Badr Abdelatty"}


@pytest.mark.parametrize("text", [
    "Azerbaijani President Ilham Aliyev received the Turkish and Georgian defence ministers together on Thursday.",
    "Kenyan President William Ruto held a joint meeting with Ugandan President Yoweri Museveni and Rwandan "
    "President Paul Kagame in Nairobi.",
    "Kenyan President William Ruto held talks with the presidents of Uganda and Rwanda in Nairobi on Friday.",
])
def test_counterparts_met_together_are_one_multilateral_meeting(extract, text):
    record = extract(text)
    assert not kinds(record, "meeting")
    [event] = kinds(record, "multilateral")
    assert len(event.countries) == 3


def test_a_three_way_call_is_one_call(extract):
    record = extract("French President Emmanuel Macron held a three-way phone call with German Chancellor Olaf "
                     "Scholz and Ukrainian President Volodymyr Zelensky on Monday.")
    [call] = kinds(record, "call")
    assert call.countries == ["DEU", "FRA", "UKR"]


def test_coordinated_subjects_received_by_one_host_are_one_meeting(extract):
    record = extract("Azerbaijani Foreign Minister Jeyhun Bayramov and Kazakh Foreign Minister Murat Nurtleu were "
                     "received by Uzbek President Shavkat Mirziyoyev in Tashkent on Monday.")
    assert not kinds(record, "meeting")
    [event] = kinds(record, "multilateral")
    assert event.countries == ["AZE", "KAZ", "UZB"]


def test_colleagues_named_after_a_plural_head_met_as_one(extract):
    record = extract("Kyrgyz Foreign Minister Jeenbek Kulubaev hosted his colleagues Rashid Meredov of Turkmenistan "
                     "and Sirojiddin Muhriddin of Tajikistan in Cholpon-Ata on Friday.")
    assert not kinds(record, "meeting")
    [event] = kinds(record, "multilateral")
    assert event.countries == ["KGZ", "TJK", "TKM"]
