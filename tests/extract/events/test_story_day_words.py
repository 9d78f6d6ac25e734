"""Agency copy tells a day's engagements in order from the day it named (session 17, dates): "Earlier
the same day" counts from that day, not from the publication date; "the same day"
counts from the main clause's day, not from a guest's arrival told in a relative clause. A national
agency signing from abroad ("RIYADH, Nov. 3 (Saba) -") places its state's talks at the dateline.
Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates

from dateline.article import Article

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


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Kampala, June 3 (UNA) - Uganda's Foreign Minister Jeje Odongo on Tuesday held bilateral talks with "
     "Rwanda's Foreign Minister Olivier Nduhungirehe in Entebbe.\n\n"
     "Later in the day, the Rwandan minister was received by President Yoweri Museveni.",
     "2026-06-04", "2026-06-02"),
    ("Tashkent, 12 March (UzA). President Shavkat Mirziyoyev on Wednesday received the Foreign Minister of "
     "Hungary Peter Szijjarto, who is on an official visit to Uzbekistan.\n\n"
     "Later in the day, Peter Szijjarto held talks with Foreign Minister Bakhtiyor Saidov.",
     "2026-03-12", "2026-03-11"),
])
def test_later_in_the_day_is_the_opening_engagements_day(extractor, text, published, day):
    record = extractor.extract(Article(text=text, id="t", published=published))
    last = max((e for e in record.events if e.kind == "meeting"), key=lambda e: e.trigger.start)
    assert last.date is not None and last.date.start == day


def test_later_in_the_day_after_a_lead_told_today_stays_today(extractor):
    text = ("Manama, Sept 9 (BNA) - Foreign Minister Abdullatif Al Zayani today received Egyptian Foreign Minister "
            "Badr Abdelatty.\n\nLater in the day, the Crown Prince received the Egyptian minister at Gudaibiya Palace.")
    record = extractor.extract(Article(text=text, id="t", published="2026-09-09"))
    assert {e.date.start for e in record.events if e.date} == {"2026-09-09"}
