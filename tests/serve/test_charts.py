"""Server-drawn charts: every month (or year) between the first and the last is a column, kinds
stack in a fixed order, labels stay readable, an empty history draws nothing."""

from __future__ import annotations

from dateline.serve.charts import BOTTOM, month_counts, timeline_chart, year_chart
from dateline.store.models import DateValue, EventSummary, KindCount


def test_timeline_fills_every_month_and_stacks_kinds() -> None:
    counts = [KindCount(period="2024-01", kind="visit", count=2),
              KindCount(period="2024-01", kind="meeting", count=1),
              KindCount(period="2024-04", kind="agreement", count=4)]
    chart = timeline_chart(counts, width=400, height=100)
    assert chart.total == 7 and chart.kinds == ["visit", "meeting", "agreement"]
    assert [t.label for t in chart.ticks] == ["2024", "Feb", "Mar", "Apr"]
    january = [b for b in chart.bars if b.title.startswith("2024-01")]
    assert [b.kind for b in january] == ["visit", "meeting"]  # stacked, visit at the bottom
    visit, meeting = january
    assert visit.y + visit.height == chart.base and meeting.y + meeting.height == visit.y
    april = [b for b in chart.bars if b.title.startswith("2024-04")][0]
    assert april.y == 6 and april.height == chart.height - BOTTOM - 6  # the tallest column
    assert not [b for b in chart.bars if b.title.startswith(("2024-02", "2024-03"))]
    assert "most in 2024-04 (4)" in chart.summary


def test_long_histories_label_years_only() -> None:
    chart = timeline_chart({("2014-01", "visit"): 1, ("2026-06", "call"): 4})
    labels = [t.label for t in chart.ticks]
    assert all(len(x) == 4 and x.isdigit() for x in labels) and len(labels) <= 13
    assert labels[0] == "2014"


def test_empty_and_undated() -> None:
    assert timeline_chart([]).bars == [] and "No engagements" in timeline_chart([]).summary
    undated = EventSummary(id=1, kind="visit", type="CONSULT", status="planned",
                           date=DateValue(start="2025"), confidence=1, n_sources=1)
    assert month_counts([undated]) == {}


def test_year_chart_has_every_year_and_slim_bars() -> None:
    chart = year_chart({("2023", "visit"): 1, ("2025", "meeting"): 2})
    assert [t.label for t in chart.ticks] == ["2023", "2024", "2025"]
    assert all(b.width <= 56 for b in chart.bars)
