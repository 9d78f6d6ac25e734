"""Talks that are no engagement between states (issue 14; events/filter.py, merge.py, participants.py).

A meeting with reporters or journalists, a Cabinet meeting, an opposition
party's talks with the president, talks of a former hostage or a pro-democracy leader, and a
call between a president and his own prime minister are not told as engagements; the same words
between two states are.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def talks(record: Record) -> list[tuple[str, list[str]]]:
    return [(e.kind, e.countries) for e in record.events if e.kind in {"meeting", "call", "multilateral"}]


@pytest.mark.parametrize("text", [
    "Organisers said the Australian prime minister met privately with football journalists in his hotel in Doha.",
    "The Kremlin said President Vladimir Putin will hold the meeting with reporters in the Kremlin on Thursday.",
    "Later on Sunday, Kenyan President William Ruto will chair a Cabinet meeting in Mombasa.",
    "Georgia's opposition party has agreed to hold talks with President Mikheil Kavelashvili on the crisis.",
    "The rebels said they would hold talks with the Sudanese government in Jeddah next week.",
    "Former Colombian hostage Clara Rojas met with Venezuelan President Nicolas Maduro in Caracas on Monday.",
    "Belarusian pro-democracy leader Sviatlana Tsikhanouskaya met with U.N. envoy Nada Al-Nashif in Vilnius.",
    "Lebanese President Joseph Aoun spoke by phone with Lebanese Prime Minister Nawaf Salam on Sunday.",
])
def test_no_engagement_between_states(extract, text):
    record = extract(text)
    assert talks(record) == []


@pytest.mark.parametrize(("text", "kind", "countries", "status"), [
    ("The presidents agreed that the next binational cabinet meeting of Chile and Argentina will be held in "
     "Santiago in March.", "meeting", ["ARG", "CHL"], "planned"),
    ("Australian Prime Minister Anthony Albanese met with Indonesian President Prabowo Subianto in Jakarta "
     "on Thursday.", "meeting", ["AUS", "IDN"], "occurred"),
    ("Kazakh Foreign Minister Murat Nurtleu met with members of the Azerbaijani parliament in Baku on Tuesday.",
     "meeting", ["AZE", "KAZ"], "occurred"),
    ("The Azerbaijan-Kazakhstan joint working group will meet in Baku on Thursday to review transit tariffs.",
     "meeting", ["AZE", "KAZ"], "planned"),
    ("Turkish President Recep Tayyip Erdogan spoke by phone with Azerbaijani President Ilham Aliyev on Sunday.",
     "call", ["AZE", "TUR"], "occurred"),
])
def test_the_same_words_between_two_states_are_engagements(extract, text, kind, countries, status):
    record = extract(text)
    found = [e for e in record.events if e.kind == kind]
    assert [(e.countries, e.status) for e in found] == [(countries, status)]
