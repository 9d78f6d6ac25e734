"""Status of talks and calls by their grammar (events/clause.py is_planned).

Present progressive and present-tense frames are under way ("are meeting", "is holding talks", "is in
talks with"); futures and schedules are planned ("will meet", "is to meet", "is set to", "is due to",
"is expected to"); agreeing to talks puts them ahead ("agreed to talks", "agreed to a meeting").
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def talks(record: Record) -> list[tuple[str, list[str], str]]:
    return [(e.kind, e.countries, e.status) for e in record.events if e.kind in {"meeting", "call"}]


@pytest.mark.parametrize(("text", "countries"), [
    ("Brazilian President Luiz Inacio Lula da Silva is meeting Colombian President Gustavo Petro in Bogota today.",
     ["BRA", "COL"]),
    ("Indian Prime Minister Narendra Modi is holding talks with Japanese Prime Minister Shigeru Ishiba in Tokyo.",
     ["IND", "JPN"]),
    ("Georgian Prime Minister Irakli Kobakhidze is in talks with Azerbaijani President Ilham Aliyev on a new "
     "pipeline.", ["AZE", "GEO"]),
])
def test_talks_under_way_occurred(extract, text, countries):
    assert talks(extract(text)) == [("meeting", countries, "occurred")]


@pytest.mark.parametrize(("text", "countries"), [
    ("Indonesian President Prabowo Subianto will meet Malaysian Prime Minister Anwar Ibrahim in Kuala Lumpur.",
     ["IDN", "MYS"]),
    ("Pakistani Prime Minister Shehbaz Sharif is to meet Chinese Premier Li Qiang in Beijing on Thursday.",
     ["CHN", "PAK"]),
    ("Egyptian President Abdel Fattah al-Sisi is set to meet Qatari Emir Tamim bin Hamad Al Thani in Doha.",
     ["EGY", "QAT"]),
    ("French President Emmanuel Macron is due to hold talks with German Chancellor Friedrich Merz in Berlin.",
     ["DEU", "FRA"]),
    ("Uzbek President Shavkat Mirziyoyev is expected to meet Tajik President Emomali Rahmon in Dushanbe.",
     ["TJK", "UZB"]),
    ("India and China agreed to talks on the disputed border, the foreign ministry in New Delhi said.",
     ["CHN", "IND"]),
    ("Armenia and Azerbaijan have agreed to new talks on the peace treaty in Abu Dhabi.", ["ARM", "AZE"]),
    ("Ecuadorian President Daniel Noboa agreed to a meeting with Peruvian President Dina Boluarte in Quito.",
     ["ECU", "PER"]),
])
def test_talks_ahead_are_planned(extract, text, countries):
    assert talks(extract(text)) == [("meeting", countries, "planned")]


def test_agreed_after_talks_keeps_the_talks_occurred(extract):
    record = extract("After talks in Baku on Tuesday, Azerbaijani Foreign Minister Jeyhun Bayramov and Kazakh "
                     "Foreign Minister Murat Nurtleu agreed to expand ferry traffic across the Caspian.")
    assert talks(record) == [("meeting", ["AZE", "KAZ"], "occurred")]
