"""'the talks of the two leaders': the plural after the talks' noun names the officials of that
title told before (events/plural_officials.py), as a plural subject does."""

from __future__ import annotations

PUBLISHED = "2026-05-12"


def test_the_talks_of_the_two_leaders_recalled(extract):
    record = extract(
        "ASTANA. KAZINFORM - President Kassym-Jomart Tokayev received the Ambassador of Qatar Sheikh Khalid bin "
        "Jassim Al Thani, who conveyed greetings from Emir of Qatar Sheikh Tamim bin Hamad Al Thani. The sides "
        "recalled the agreements reached during the talks of the two leaders in Astana in November 2025.")
    past = next(e for e in record.events if e.kind == "meeting" and e.trigger.text == "talks")
    assert sorted(past.persons) == ["Kassym-Jomart Tokayev", "Tamim bin Hamad Al Thani"]


def test_a_meeting_between_the_two_presidents_last_year(extract):
    record = extract(
        "MINSK, 12 May (BelTA). Belarusian Prime Minister Aleksandr Turchin met with Vice President of Zimbabwe "
        "Constantino Chiwenga, who passed on greetings from President Emmerson Mnangagwa to President Aleksandr "
        "Lukashenko. The sides discussed the implementation of the agreements of the meeting between the two "
        "presidents in Harare in January.")
    past = next(e for e in record.events if e.kind == "meeting" and e.trigger.text == "meeting"
                and e.date is not None and e.date.start.startswith("2026-01"))
    assert sorted(past.persons) == ["Aleksandr Lukashenko", "Emmerson Mnangagwa"]
