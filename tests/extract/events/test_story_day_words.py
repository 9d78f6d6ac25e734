"""Agency copy tells a day's engagements in order from the day it named (session 17, dates): "Earlier
the same day" counts from that day, not from the publication date; "the same day"
counts from the main clause's day, not from a guest's arrival told in a relative clause. A national
agency signing from abroad ("RIYADH, Nov. 3 (Saba) -") places its state's talks at the dateline.
Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates

PUBLISHED = "2026-09-17"  # a Thursday


def _meetings_with(record, name):
    return [e for e in record.events if e.kind == "meeting" and any(name in p for p in e.persons)]


@pytest.mark.parametrize("later", [
    "Earlier the same day, Ruttsalu was received by Prime Minister Kristrun Frostadottir.",
    "Later that same day, Ruttsalu was received by Prime Minister Kristrun Frostadottir.",
])
def test_a_day_word_counts_from_the_day_the_report_named(extract, later):
    record = extract("REYKJAVIK, Sept 17 (ERR) - Estonian Foreign Minister Margus Tsahkna and his Icelandic "
                     "counterpart Thorgerdur Katrin Gunnarsdottir signed a memorandum on cyber defence in Reykjavik "
                     "on Tuesday. " + later.replace("Ruttsalu", "Tsahkna"))
    met = _meetings_with(record, "Frostadottir")
    assert met and dates(met[0]) == ("2026-09-15", "2026-09-15")


def test_a_day_word_with_no_day_named_is_the_reports_day(extract):
    record = extract("REYKJAVIK, Sept 17 (ERR) - Estonian Foreign Minister Margus Tsahkna arrived in Iceland for a "
                     "working visit. Later in the day, Tsahkna was received by Prime Minister Kristrun Frostadottir.")
    met = _meetings_with(record, "Frostadottir")
    assert met and dates(met[0]) == ("2026-09-17", "2026-09-17")


def test_the_same_day_is_the_main_clauses_not_the_arrivals(extract):
    record = extract("YEREVAN, September 17 (Armenpress). Prime Minister Nikol Pashinyan on Wednesday received "
                     "Greek Foreign Minister Giorgos Gerapetritis, who arrived in Yerevan on Tuesday evening. "
                     "On the same day, Gerapetritis held talks with Armenian Foreign Minister Ararat Mirzoyan.")
    met = _meetings_with(record, "Mirzoyan")
    assert met and dates(met[0]) == ("2026-09-16", "2026-09-16")


def test_a_national_agency_abroad_places_its_states_talks_at_the_dateline(extract):
    record = extract("RIYADH, Sept. 16 (Saba) - Chairman of the Presidential Leadership Council Rashad Al-Alimi met on Wednesday with Djiboutian Foreign "
                     "Minister Abdoulkader Houssein Omar. The meeting discussed the economic situation and support for "
                     "the Central Bank.")
    met = [e for e in record.events if e.kind == "meeting"]
    assert met and set(met[0].countries) == {"DJI", "YEM"}
    assert met[0].place is not None and met[0].place.country == "SAU"



@pytest.mark.parametrize("talks", [
    "Later, Sihasak and Lao Foreign Minister Thongsavanh Phomvihane held official talks at the Ministry of Foreign "
    "Affairs' headquarters, during which they reviewed the preparations for the fifth session of the Lao-Thai Joint "
    "Commission, due to convene in Bangkok next March.",
])
def test_a_schedule_after_a_relative_clause_is_not_the_talks(extract, talks):
    record = extract("VIENTIANE, Sept 17 (KPL) - Lao Prime Minister Sonexay Siphandone on Tuesday received Thai "
                     "Foreign Minister Sihasak Phuangketkeow. " + talks)
    held = [e for e in record.events if e.kind == "meeting" and e.status == "occurred"
            and "Thongsavanh Phomvihane" in e.persons]
    assert held and dates(held[0]) == ("2026-09-15", "2026-09-15")
    assert held[0].place is not None and held[0].place.country == "LAO"
