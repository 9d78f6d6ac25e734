"""The story frame and what it does not take in (issue 14, items 1 and 6): an engagement the noun
itself puts before the report ("since our meeting in Tashkent", "their previous meeting in Rabat")
is another, earlier engagement, not the talks the report tells, so its city does not become theirs;
and the talks of a visit told with its days ("on June 7-8") that the text does not date were held
within those days, not on the day of the report."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-10"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "city", "earlier"), [
    ("BISHKEK, June 10 (Ala-Too Wire) - President of Kazakhstan Kassym-Jomart Tokayev arrived in Kyrgyzstan on "
     "a state visit on Tuesday.\n\nAfter the official welcoming ceremony, the two presidents held a meeting in a "
     "narrow format at the Ala-Archa residence.\n\n\"Since our meeting in Astana, trade between our countries "
     "has grown by a third,\" President Sadyr Japarov said.", "Bishkek", "Astana"),
    ("DOHA, June 10 (Gulf Desk) - Moroccan Foreign Minister Nasser Bourita arrived in Qatar on an official "
     "visit on Tuesday.\n\nThe minister held talks with his Qatari counterpart Mohammed bin Abdulaziz Al-Khulaifi "
     "at the ministry.\n\nThe two ministers reviewed the decisions taken since their previous meeting in Rabat.",
     "Doha", "Rabat"),
])
def test_an_engagement_recalled_by_its_noun_does_not_place_the_talks(extract, text, city, earlier):
    record = extract(text)
    today = [e for e in record.events if e.kind == "meeting" and e.date is not None
             and e.date.start == PUBLISHED]
    assert today and all(e.place is not None and e.place.name == city for e in today)
    assert not [e for e in record.events if e.place is not None and e.place.name == earlier
                and e.date is not None and e.date.start == PUBLISHED]  # the recalled one is not today's


@pytest.mark.parametrize("text", [
    "TASHKENT, June 10 (Oxus Wire) - Foreign Minister of Uzbekistan Bakhtiyor Saidov paid an official visit "
    "to Rome on June 7-8.\n\nIn Rome, Saidov held talks with Italian Foreign Minister Antonio Tajani.\n\n"
    "The two ministers signed a memorandum on political consultations.",
    "ANKARA (Anatolia Desk) - Turkish Trade Minister Omer Bolat was on a working visit to Kuala Lumpur on "
    "June 6-8.\n\nBolat held talks with Malaysian Trade Minister Tengku Zafrul Aziz on the free trade "
    "agreement.",
])
def test_undated_talks_of_a_visit_told_with_its_days_are_within_them(extract, text):
    record = extract(text)
    (visit,) = [e for e in record.events if e.kind == "visit"]
    assert visit.date is not None and visit.date.start < PUBLISHED
    told = [e for e in record.events if e.kind in {"meeting", "agreement"}]
    assert told and all(e.date is not None and visit.date.start <= e.date.start <= (visit.date.end or "")
                        for e in told)
