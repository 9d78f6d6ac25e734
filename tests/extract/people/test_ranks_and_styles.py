"""Abbreviated ranks ("Lt. Gen.", "Gen.", "Maj. Gen.") are one token each, matched as titles and never
the end of a sentence; long ranks ("General of the Army", "Colonel General", "Senior Lieutenant
General") give way to the position told with them; styles before a name ("Samdech Moha Borvor
Thipadei", "Malam") are no part of it; "Ma." opens a Philippine name; "of the Presidency" ends a
title's complement."""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("VIENTIANE, Nov 12 (KPL) -- Deputy Minister of Public Security Lt. Gen. Khamkhong Phommaly held talks "
     "in Vientiane on Friday with a police delegation.", "Khamkhong Phommaly", "Deputy Minister of Public Security", "LAO"),
    ("HANOI, Nov 12 (VNA) -- The Lao police chief met with Vietnamese Deputy Minister of Public Security "
     "Lt. Gen. Nguyen Van Long on Friday.", "Nguyen Van Long", "Deputy Minister of Public Security", "VNM"),
    ("ABUJA, Oct 12 (NAN) - The Minister of Defence of the Republic of Chad, Gen. Issakha Malloua Djamouss, "
     "held talks with Nigerian officials in Abuja.", "Issakha Malloua Djamouss", "Minister of Defence", "TCD"),
    ("MOSCOW, March 12 (TASS) - Chief of the General Staff General of the Army Valery Gerasimov held talks "
     "with a Belarusian military delegation on Thursday.", "Valery Gerasimov", "Chief of the General Staff", "RUS"),
    ("HANOI, June 12 (VNA) - Vietnam's Deputy Minister of National Defence Senior Lieutenant General Hoang "
     "Xuan Chien received the visiting Lao military delegation.", "Hoang Xuan Chien",
     "Deputy Minister of National Defence", "VNM"),
    ("PHNOM PENH, Sept 12 (AKP) -- Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of "
     "Cambodia, received the visiting Thai Foreign Minister.", "Hun Manet", "Prime Minister", "KHM"),
    ("ABUJA, March 2 (NAN) - Nigeria's National Security Adviser, Malam Nuhu Ribadu, on Monday received the "
     "Chadian Minister of Defence in Abuja.", "Nuhu Ribadu", "National Security Adviser", "NGA"),
    ("MANILA, March 2 (PNA) - Philippine Foreign Affairs Secretary Ma. Theresa Lazaro met with the visiting "
     "Japanese Foreign Minister on Monday.", "Ma. Theresa Lazaro", "Foreign Affairs Secretary", "PHL"),
    ("ADEN, Dec 12 (Saba) - Yemen's Director of the Office of the Presidency Dr. Yahya Al-Shuaibi received "
     "the Saudi Ambassador on Sunday.", "Yahya Al-Shuaibi", "Director of the Office of the Presidency", "YEM"),
])
def test_ranks_and_styles_before_the_name(extractor, text, name, title, country):
    record = extractor.extract(Article(text=text, id="t", published="2026-06-03"))
    persons = {a.name: a for a in record.actors if a.kind == "person"}
    assert name in persons, sorted(persons)
    assert (persons[name].title, persons[name].country) == (title, country)
