"""Dates a clause gives through another engagement or through a visit's length (events/setting_dates.py,
events/dates.py).

A gathering told only as the setting of dated talks ("their meeting in Astana last October, held on
the sidelines of the forum") was held then; one whose own phrase gives days keeps them. "Concluded a
three-day visit on Tuesday" ends on Tuesday and began two days before; "began a three-day visit on
Monday" starts on Monday. Reports written for these tests.
"""

from __future__ import annotations

import pytest
from event_views import dates, first

PUBLISHED = "2025-03-05"  # a Wednesday


def test_a_gathering_set_around_dated_talks_takes_their_date(extract):
    record = extract(
        "DUSHANBE, February 11 (Khovar) -- Tajik Foreign Minister Sirojiddin Muhriddin held a phone call today "
        "with his Kyrgyz counterpart Jeenbek Kulubaev. Muhriddin recalled their meeting in Astana last October, "
        "held on the sidelines of the annual forum of the Conference on Interaction and Confidence Building "
        "Measures in Asia.", published="2025-02-11")
    forum = first(record, "gathering")
    assert forum.status == "occurred"
    assert dates(forum) == ("2024-10", "2024-10")
    assert dates(first(record, "meeting")) == ("2024-10", "2024-10")
    assert dates(first(record, "call")) == ("2025-02-11", "2025-02-11")


def test_a_gathering_with_days_of_its_own_keeps_them(extract):
    record = extract(
        "ANTALYA, 5 March (Anadolu) -- Georgian Foreign Minister Maka Botchorishvili and Turkish Foreign Minister "
        "Hakan Fidan met on Monday on the sidelines of the Antalya Diplomacy Forum, held on 1-3 March.")
    assert dates(first(record, "gathering")) == ("2025-03-01", "2025-03-03")
    assert dates(first(record, "meeting")) == ("2025-03-03", "2025-03-03")


@pytest.mark.parametrize(("text", "span"), [
    ("Turkish Foreign Minister Hakan Fidan wrapped up his two-day visit to Qatar on Tuesday.",
     ("2025-03-03", "2025-03-04")),
    ("Turkish Foreign Minister Hakan Fidan concluded a three-day visit to Qatar on Tuesday.",
     ("2025-03-02", "2025-03-04")),
    ("Lao Prime Minister Sonexay Siphandone began a three-day official visit to Vietnam on Monday.",
     ("2025-03-03", "2025-03-05")),
    ("Lao Prime Minister Sonexay Siphandone will pay a three-day official visit to Vietnam starting Sunday.",
     ("2025-03-09", "2025-03-11")),
])
def test_a_visit_of_so_many_days_runs_back_from_the_day_it_ends(extract, text, span):
    assert dates(first(extract(text), "visit")) == span


def test_a_gathering_that_closed_on_a_day_ran_back_from_it(extract):
    record = extract("The two-day summit of the Organization of Turkic States closed in Budapest on Tuesday.")
    summit = first(record, "gathering")
    assert summit.status == "occurred"
    assert dates(summit) == ("2025-03-03", "2025-03-04")
