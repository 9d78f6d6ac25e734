"""Calls in the shapes agency copy tells them (events/cues.py; lexicons/event_cues.yaml call cues):
"spoke by telephone with", "in a phone call", "telephoned", "held phone talks", "X called Y",
"in a call with Y", "received a call from Y". "called for talks", "called on Y to ...", "called Y a
threat" and "welcomed a call from Y to hold elections" are no call."""

from __future__ import annotations

import pytest
from event_views import people

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "countries", "persons", "date"), [
    ("Russian President Vladimir Putin spoke by telephone with Turkish President Recep Tayyip Erdogan on Tuesday.",
     ["RUS", "TUR"], {"Vladimir Putin", "Recep Tayyip Erdogan"}, "2025-05-13"),
    ("In a phone call on Monday, Azerbaijani President Ilham Aliyev and Kazakh President Kassym-Jomart Tokayev "
     "discussed energy projects.", ["AZE", "KAZ"], {"Ilham Aliyev", "Kassym-Jomart Tokayev"}, "2025-05-12"),
    ("Japanese Prime Minister Shigeru Ishiba telephoned South Korean President Lee Jae-myung on Wednesday.",
     ["JPN", "KOR"], {"Shigeru Ishiba", "Lee Jae-myung"}, "2025-05-14"),
    ("Turkish President Recep Tayyip Erdogan called Russian President Vladimir Putin on Tuesday to discuss the "
     "grain corridor.", ["RUS", "TUR"], {"Recep Tayyip Erdogan", "Vladimir Putin"}, "2025-05-13"),
    ("In a call with Ukrainian President Volodymyr Zelensky on Friday, Polish President Andrzej Duda pledged more "
     "air defence.", ["POL", "UKR"], {"Volodymyr Zelensky", "Andrzej Duda"}, "2025-05-09"),
    ("Qatari Emir Tamim bin Hamad Al Thani received a call from Iranian President Masoud Pezeshkian on Monday.",
     ["IRN", "QAT"], {"Tamim bin Hamad Al Thani", "Masoud Pezeshkian"}, "2025-05-12"),
])
def test_calls_told_in_agency_shapes(extract, text, countries, persons, date):
    record = extract(text)
    [call] = [e for e in record.events if e.kind == "call"]
    assert call.countries == countries
    assert people(record, call) == persons
    assert call.status == "occurred"
    assert call.date is not None and call.date.start == date
    assert not [e for e in record.events if e.kind == "meeting"]


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto called for talks with Somalia on the maritime border.",
    "Hungarian Prime Minister Viktor Orban called on Ukrainian President Volodymyr Zelensky to accept a ceasefire.",
    "Brazilian President Luiz Inacio Lula da Silva called Argentine President Javier Milei a threat to democracy.",
    "The British prime minister welcomed a call from Palestinian President Mahmoud Abbas to hold new elections.",
])
def test_appeals_and_names_are_no_call(extract, text):
    assert not [e for e in extract(text).events if e.kind == "call"]


def test_what_was_said_in_a_call_is_the_call(extract):
    record = extract("Uzbek President Shavkat Mirziyoyev held a telephone conversation with Kazakh President "
                     "Kassym-Jomart Tokayev on Monday. Mirziyoyev discussed water sharing and transit with Tokayev, "
                     "the press service said.")
    assert [(e.kind, e.countries) for e in record.events] == [("call", ["KAZ", "UZB"])]


def test_talks_said_with_another_state_after_a_call_are_their_own(extract):
    record = extract("Uzbek President Shavkat Mirziyoyev held a telephone conversation with Kazakh President "
                     "Kassym-Jomart Tokayev on Monday. On Tuesday, Mirziyoyev discussed transit with Turkmen "
                     "President Serdar Berdimuhamedov in Tashkent.")
    assert sorted((e.kind, tuple(e.countries)) for e in record.events if e.kind in {"call", "meeting"}) == [
        ("call", ("KAZ", "UZB")), ("meeting", ("TKM", "UZB"))]


def test_talks_recalled_in_a_call_report_stay_a_meeting(extract):
    record = extract("Kazakh President Kassym-Jomart Tokayev held a telephone conversation with Azerbaijani President "
                     "Ilham Aliyev on Thursday. The two leaders recalled their talks in Astana last October, where "
                     "they discussed the Middle Corridor.", published="2025-02-14")
    assert sorted(e.kind for e in record.events if e.kind in {"call", "meeting"}) == ["call", "meeting"]
