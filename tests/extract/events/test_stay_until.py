"""A stay told with the day it lasts until (session 13, dates): "is on a three-day visit until Friday"
ends on Friday and began two days before; "is visiting X through Friday" is under way from the report's
day (or from the day of the clause the guest is received in) to Friday. Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates, first

PUBLISHED = "2025-11-12"  # a Wednesday


@pytest.mark.parametrize(("text", "span"), [
    ("BAKU, Azerbaijan, Nov. 12. Azerbaijani Foreign Minister Jeyhun Bayramov received Slovak Foreign Minister "
     "Juraj Blanar, who is on a three-day official visit to Azerbaijan until Thursday, Trend reports.",
     ("2025-11-11", "2025-11-13")),
    ("TOKYO - Italian Foreign Minister Antonio Tajani, who is on a four-day visit to Japan through Saturday, "
     "held talks with Japanese Foreign Minister Toshimitsu Motegi in Tokyo on Wednesday.",
     ("2025-11-12", "2025-11-15")),
    ("ASTANA, 12 November (Kazinform) - Kazakh Foreign Minister Murat Nurtleu met with Lithuanian Foreign Minister "
     "Kestutis Budrys, who is in Astana on a two-day visit till Thursday.", ("2025-11-12", "2025-11-13")),
])
def test_a_visit_of_n_days_until_a_day_ends_that_day_and_is_under_way(extract, text, span):
    visit = first(extract(text), "visit")
    assert (visit.status, dates(visit)) == ("occurred", span)
    visit = first(extract("BAKU, Azerbaijan, Nov. 12. Slovak Foreign Minister Juraj Blanar will pay a three-day "
                          "visit to Azerbaijan starting on Monday, Trend reports."), "visit")
    assert (visit.status, dates(visit)) == ("planned", ("2025-11-17", "2025-11-19"))  # a length from its first day


@pytest.mark.parametrize(("text", "span"), [
    ("TASHKENT, Nov 12 (UzA) -- Uzbek Foreign Minister Bakhtiyor Saidov held talks with Hungarian Foreign Minister "
     "Peter Szijjarto, who is visiting Uzbekistan through Friday.", ("2025-11-12", "2025-11-14")),
    ("HAVANA, Nov 12 (Prensa Latina) Cuban President Miguel Diaz-Canel received on Monday at the Palace of the "
     "Revolution the Foreign Minister of Namibia, Selma Ashipala-Musavyi, who is on an official visit to the island "
     "until Saturday.", ("2025-11-10", "2025-11-15")),
])
def test_a_stay_until_a_day_runs_from_the_report_or_the_reception(extract, text, span):
    visit = first(extract(text), "visit")
    assert (visit.status, dates(visit)) == ("occurred", span)



@pytest.mark.parametrize("text", [
    "ASTANA, 12 November (Kazinform) - The Astana Finance Days forum, which opened on Monday, will close on Friday, "
    "the organisers said.",
    "ANKARA (AA) - The autumn session of the Parliamentary Assembly of the Black Sea Economic Cooperation, which "
    "opened in Ankara on 10 November, will end on Thursday.",
])
def test_a_gathering_opened_before_the_report_and_closing_after_it_is_under_way(extract, text):
    forum = first(extract(text), "gathering")
    assert forum.status == "occurred"
    assert dates(forum)[0] == "2025-11-10"
