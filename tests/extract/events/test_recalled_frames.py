"""Background paragraphs keep their own time (session 14, dates): an engagement told in a 'during which'
or 'at which' clause of a recalled visit or summit is in that visit's month and city, not on the report's
day; a programme "for the years 2025-2027" is dated by the clause, not by its period; a year in a
gathering's name is the year it sits, and "the conference" told later with a day of this week is the
conference of this week, not that one. Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates

from dateline.record import Event, Record

PUBLISHED = "2026-10-28"


def _of_kind(record: Record, kind: str, trigger: str) -> Event:
    found = [e for e in record.events if e.kind == kind and e.trigger.text == trigger]
    assert found, [(e.kind, e.trigger.text) for e in record.events]
    return found[0]


@pytest.mark.parametrize(("text", "kind", "trigger", "start", "country"), [
    ("MINSK, 27 October (BelTA) - Belarusian President Aleksandr Lukashenko met with President of Mongolia "
     "Ukhnaagiin Khurelsukh on 27 October. Lukashenko paid an official visit to Ulaanbaatar in July 2024, during "
     "which he held talks with Prime Minister Luvsannamsrain Oyun-Erdene.", "meeting", "talks", "2024-07", "MNG"),
    ("ANKARA (AA) - Turkish Foreign Minister Hakan Fidan met his Omani counterpart Badr Albusaidi in Ankara on "
     "Tuesday. Fidan visited Muscat in March 2025, during which the two countries signed a memorandum of "
     "understanding on political consultations.", "agreement", "memorandum", "2025-03", "OMN"),
    ("ASTANA, 27 October. President Kassym-Jomart Tokayev received Prime Minister of Pakistan Shehbaz Sharif in "
     "the Akorda on October 27. The two leaders last met at the summit in Tianjin in September 2025, at which "
     "they signed a roadmap on transport corridors.", "agreement", "roadmap", "2025-09", "CHN"),
])
def test_an_engagement_inside_a_recalled_one_takes_its_month_and_place(extract, text, kind, trigger, start, country):
    event = _of_kind(extract(text), kind, trigger)
    assert dates(event)[0] == start
    assert event.place is not None and event.place.country == country


def test_a_programme_for_a_span_of_years_is_dated_by_its_clause(extract):
    record = extract("TASHKENT, Oct 27 (KUNA) -- Kuwait's Foreign Minister Abdullah Al-Yahya held talks with his "
                     "Uzbek counterpart Bakhtiyor Saidov on Tuesday. Saidov last visited Kuwait City in November "
                     "2024, when the two sides signed an executive programme for cultural cooperation for the "
                     "years 2025-2027.")
    assert dates(_of_kind(record, "agreement", "programme"))[0] == "2024-11"


def test_a_period_told_as_for_the_years_period_dates_no_signing(extract):
    record = extract("HANOI, Nov 3 (VNA) - Prime Minister Pham Minh Chinh held talks with Cuban Prime Minister "
                     "Manuel Marrero Cruz in Hanoi on Monday. At the end of the talks, the two prime ministers "
                     "witnessed the signing of an agreement on rice production for the 2026-2030 period.",
                     published="2026-11-03")
    assert dates(_of_kind(record, "agreement", "agreement"))[0] == "2026-11-02"


def test_a_year_in_a_gatherings_name_dates_it_and_the_conference_told_later_is_this_weeks(extract):
    record = extract(
        "DUSHANBE, 27.10.2026 /NIAT Khovar/. The International Conference on Glacier Preservation opened in "
        "Dushanbe on Monday. President Emomali Rahmon met with Prime Minister of Nepal Sushila Karki on its "
        "sidelines.\n\nThe sides discussed preparations for the UN 2028 Water Conference, which Tajikistan will "
        "co-host with the Netherlands.\n\nThe conference will close on 29 October.")
    water = next(e for e in record.events if e.kind == "gathering" and "2028" in (e.name or ""))
    assert (water.status, dates(water)) == ("planned", ("2028", "2028"))
    glaciers = next(e for e in record.events if e.kind == "gathering" and "Glacier" in (e.name or ""))
    assert dates(glaciers) == ("2026-10-26", "2026-10-29")
    assert _of_kind(extract("BAKU, October 27. The Vision 2030 Forum was held in Baku on Tuesday."), "gathering",
                    "Forum").date.start == "2026-10-27"  # a plan's horizon is no sitting's year
