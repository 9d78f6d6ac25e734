"""Small charts drawn on the server as inline SVG (no script, no CDN, no style attributes: the
bars take their colours from CSS classes ``k-<kind>``).

:func:`timeline_chart` lays out engagements per month (stacked by kind) for the actor, country,
between and brief pages; :func:`year_chart` counts by year and kind for the brief.
``_charts.html`` draws a :class:`Chart`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from dateline.serve.params import KINDS

__all__ = ["Bar", "Chart", "Tick", "month_counts", "timeline_chart", "year_chart"]

MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
               "Dec")
LEFT, BOTTOM, TOP = 28, 18, 6  # room for the count axis, the period labels, the top
MAX_BAR = 56.0  # widest bar (a year or two)


@dataclass(frozen=True, slots=True)
class Bar:
    """One kind's part of one period's column."""

    x: float
    y: float
    width: float
    height: float
    kind: str
    title: str


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    y: float
    label: str


@dataclass(slots=True)
class Chart:
    """What ``_charts.html`` draws: bars, period labels (``ticks``), count labels (``levels``),
    the kinds shown (legend) and the summary line read by screen readers."""

    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    levels: list[Tick] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    total: int = 0
    summary: str = ""

    @property
    def base(self) -> int:
        return self.height - BOTTOM


def _index(period: str) -> int:
    return int(period[:4]) * 12 + int(period[5:7]) - 1


def _period(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_counts(events: Iterable[object]) -> dict[tuple[str, str], int]:
    """(YYYY-MM, kind) -> number of ``events`` (summaries) starting that month."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for event in events:
        start = getattr(getattr(event, "date", None), "start", None)
        if start and len(start) >= 7:
            counts[(start[:7], str(getattr(event, "kind", "other")))] += 1
    return dict(counts)


def _layout(columns: list[tuple[str, dict[str, int]]], width: int, height: int,
            labels: list[tuple[int, str]], unit: str) -> Chart:
    kinds = [k for k in KINDS if any(k in counts for _, counts in columns)]
    kinds += sorted({k for _, c in columns for k in c} - set(kinds))
    peak = max((sum(c.values()) for _, c in columns), default=0)
    chart = Chart(width=width, height=height, kinds=kinds,
                  total=sum(sum(c.values()) for _, c in columns))
    if not columns or peak == 0:
        chart.summary = f"No engagements by {unit}."
        return chart
    span = (width - LEFT - 4) / len(columns)
    gap = max(min(2.0, span * 0.2), span - MAX_BAR)  # few columns: slim bars, centred
    scale = (height - BOTTOM - TOP) / peak
    for i, (period, counts) in enumerate(columns):
        y = float(height - BOTTOM)
        for kind in kinds:
            n = counts.get(kind, 0)
            if not n:
                continue
            h = n * scale
            y -= h
            chart.bars.append(Bar(round(LEFT + i * span + gap / 2, 2), round(y, 2),
                                  round(max(span - gap, 1.0), 2), round(h, 2), kind,
                                  f"{period}: {n} {kind}"))
    chart.ticks = [Tick(round(LEFT + i * span + span / 2, 2), height - 4, label)
                   for i, label in labels]
    chart.levels = [Tick(LEFT - 4, round(height - BOTTOM - peak * scale + 4, 2), str(peak)),
                    Tick(LEFT - 4, height - BOTTOM, "0")]
    busiest = max(columns, key=lambda c: sum(c[1].values()))
    chart.summary = (f"{chart.total} engagements from {columns[0][0]} to {columns[-1][0]}; "
                     f"most in {busiest[0]} ({sum(busiest[1].values())}).")
    return chart


def timeline_chart(counts: Iterable[object] | Mapping[tuple[str, str], int], *,
                   width: int = 720, height: int = 120) -> Chart:
    """Engagements per month, stacked by kind, every month from the first to the last shown.

    ``counts`` is a mapping ``(YYYY-MM, kind) -> n`` or :class:`KindCount`-like objects with
    ``period``, ``kind`` and ``count``."""
    table: dict[str, dict[str, int]] = defaultdict(dict)
    items = counts.items() if isinstance(counts, Mapping) else (
        ((c.period, c.kind), c.count) for c in counts)  # type: ignore[attr-defined]
    for (period, kind), n in items:
        if len(period) >= 7 and period[:4].isdigit() and period[5:7].isdigit():
            table[period[:7]][kind] = table[period[:7]].get(kind, 0) + int(n)
    if not table:
        return _layout([], width, height, [], "month")
    first, last = _index(min(table)), _index(max(table))
    columns = [(_period(i), table.get(_period(i), {})) for i in range(first, last + 1)]
    many = len(columns) > 18
    labels = [(i, p[:4] if many or p.endswith("-01") or i == 0 else MONTH_NAMES[int(p[5:7]) - 1])
              for i, (p, _) in enumerate(columns)
              if not many or p.endswith("-01") or i == 0]
    if many and len(labels) > 12:  # one label every few years
        step = -(-len(labels) // 12)
        labels = labels[::step]
    return _layout(columns, width, height, labels, "month")


def year_chart(counts: Mapping[tuple[str, str], int], *, width: int = 360,
               height: int = 110) -> Chart:
    """Engagements per year (``(YYYY, kind) -> n``), stacked by kind, every year in between."""
    table: dict[int, dict[str, int]] = defaultdict(dict)
    for (year, kind), n in counts.items():
        if year[:4].isdigit():
            table[int(year[:4])][kind] = table[int(year[:4])].get(kind, 0) + int(n)
    if not table:
        return _layout([], width, height, [], "year")
    columns = [(str(y), table.get(y, {})) for y in range(min(table), max(table) + 1)]
    return _layout(columns, width, height, [(i, p) for i, (p, _) in enumerate(columns)], "year")
