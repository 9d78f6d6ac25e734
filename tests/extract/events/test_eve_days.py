"""An engagement told 'on the eve of' another is dated the day before that one's first day
(events/eve_days.py)."""

from __future__ import annotations

PUBLISHED = "2026-05-18"  # a Monday


def _days(record, kind):
    return [(e.date.start, e.status) for e in record.events if e.kind == kind and e.date is not None]


def test_talks_on_the_eve_of_a_summit_told_after(extract):
    record = extract(
        "TASHKENT (Dunyo) - On the eve of the SCO summit, President Shavkat Mirziyoyev held talks with Chinese "
        "President Xi Jinping in Tianjin. The SCO summit opened in Tianjin on Sunday.")
    assert _days(record, "meeting") == [("2026-05-16", "occurred")]


def test_talks_planned_on_the_eve_of_a_visit(extract):
    record = extract(
        "BAKU (Trend) - Azerbaijani President Ilham Aliyev will pay a state visit to China on May 22-23. On the eve "
        "of the visit, Chinese Foreign Minister Wang Yi will hold talks with Azerbaijani Foreign Minister Jeyhun "
        "Bayramov.")
    assert _days(record, "meeting") == [("2026-05-21", "planned")]


def test_an_occurred_engagement_is_not_moved_past_the_report(extract):
    record = extract(
        "ANKARA (AA) - Turkish President Recep Tayyip Erdogan received Hungarian Prime Minister Viktor Orban on "
        "the eve of the NATO summit in The Hague, which opens on Wednesday.")
    assert ("2026-05-18", "occurred") in _days(record, "meeting")
