"""Days told from another day in agency copy (issue 14, start dates): "On the eve", "the day before",
"on the eve of the talks", and a visit of N days "that ends on Wednesday". Reports written for these
tests, with a dateline and a publication date."""

from __future__ import annotations

import pytest
from event_views import dates

from dateline.record import Event, Record


def _persons(record: Record, event: Event) -> set[str]:
    return {record.actor(a).name for a in event.participants if record.actor(a).kind == "person"}


def _with(record: Record, kind: str, name: str) -> Event:
    found = [e for e in record.events if e.kind == kind and name in _persons(record, e)]
    assert found, [(e.kind, e.trigger.text, _persons(record, e)) for e in record.events]
    return found[0]


def test_on_the_eve_is_the_day_before_the_reported_day(extract):
    record = extract(
        "BISHKEK, 14 May (Kabar) -- Foreign Minister of Kyrgyzstan Jeenbek Kulubaev received Secretary General of "
        "the Collective Security Treaty Organization Imangali Tasmagambetov, who is in Bishkek on a working visit, "
        "the ministry's press service reports.\n\n"
        "The sides discussed the agenda of the CSTO Collective Security Council.\n\n"
        "On the eve, Tasmagambetov was received by Chairman of the Jogorku Kenesh Nurlanbek Turgunbek uulu. "
        "The interlocutors discussed inter-parliamentary cooperation.", published="2025-05-14")
    assert dates(_with(record, "meeting", "Jeenbek Kulubaev")) == ("2025-05-14", "2025-05-14")
    eve = _with(record, "meeting", "Nurlanbek Turgunbek uulu")
    assert dates(eve) == ("2025-05-13", "2025-05-13")
    assert eve.status == "occurred"


def test_the_day_before_counts_from_the_day_last_told(extract):
    record = extract(
        "DOHA, October 8 (QNA) -- HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman "
        "bin Jassim Al-Thani met with Foreign Minister of Egypt Badr Abdelatty on Monday.\n\n"
        "Abdelatty had held talks with Jordanian Foreign Minister Ayman Safadi in Amman the day before.",
        published="2025-10-08")
    assert dates(_with(record, "meeting", "Badr Abdelatty")) == ("2025-10-06", "2025-10-06")
    assert dates(_with(record, "meeting", "Ayman Safadi")) == ("2025-10-05", "2025-10-05")


def test_on_the_eve_of_the_talks_is_the_day_before_the_talks(extract):
    record = extract(
        "HANOI, 16 July (VNA) -- Minister of Public Security of Viet Nam Luong Tam Quang held talks on Tuesday with "
        "Minister of Interior of Laos Vilay Lakhamphong, who is in Hanoi on an official visit.\n\n"
        "The ministers signed a plan of cooperation for 2025-2027.\n\n"
        "On the eve of the talks, Lakhamphong met Deputy Prime Minister Nguyen Chi Dung.", published="2025-07-16")
    assert dates(_with(record, "meeting", "Luong Tam Quang")) == ("2025-07-15", "2025-07-15")
    eve = _with(record, "meeting", "Nguyen Chi Dung")
    assert dates(eve) == ("2025-07-14", "2025-07-14")


@pytest.mark.parametrize("sentence", [
    "On the eve of the summit, the two presidents spoke by phone.",
    "The delegation arrived in Baku on the eve of the forum.",
    "The minister met the ambassador the day before his visit.",
])
def test_the_eve_of_something_is_not_counted_from_the_last_day(sentence):
    from datetime import date

    from dateline.extract.time import find_times

    assert not [t for t in find_times(sentence, date(2025, 6, 4)) if "eve" in t.text or "before" in t.text]


def test_a_visit_of_n_days_that_ends_on_a_day_began_n_minus_one_days_before(extract):
    record = extract(
        "BRUSSELS, 19 November (Agenzia Balcanica) -- Albanian Prime Minister Edi Rama, who is on a three-day working "
        "visit to the EU institutions in Brussels that ends on Thursday, met President of the European Council "
        "Antonio Costa on Wednesday.", published="2025-11-19")
    visit = next(e for e in record.events if e.kind == "visit")
    assert dates(visit) == ("2025-11-18", "2025-11-20")
    assert visit.status == "occurred"
