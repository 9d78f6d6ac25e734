"""An event's running tally gives what the full re-aggregation of its reports gives, report by
report, through its JSON form too (the store keeps it in events.tally and folds each new report in
instead of reading every report again)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.resolve.event_tally import EventTally
from dateline.resolve.events import EventReport, aggregate

DATES = [None, "2024", "2024-04", "2024-04-03", "2024-04-04", "2024-09", "2024-09-19",
         "2025-01-15", "soon"]
PLACES = [(None, None, None, None), ("Baku", "AZE", 40.4093, 49.8671), ("Baku", "AZE", None, None),
          ("Astana", "KAZ", 51.1694, 71.4491), (None, "KAZ", None, None),
          ("Azerbaijan", "AZE", None, None)]


@st.composite
def reports(draw: st.DrawFn) -> list[EventReport]:
    """Reports of one event as the store reads them back, in report (id) order: few distinct
    values, so counts tie and ranks compete."""
    n = draw(st.integers(1, 12))
    statuses = draw(st.sampled_from([["planned"], ["occurred"], ["occurred", "planned"]]))
    out = []
    for order in range(n):
        place = draw(st.sampled_from(PLACES))
        out.append(EventReport(
            kind=draw(st.sampled_from(["visit", "visit", "meeting"])),
            type=draw(st.sampled_from(["CONSULT", "CONSULT", "COOPERATE"])),
            mode=draw(st.sampled_from([None, "visit", "phone"])),
            status=draw(st.sampled_from(statuses)),
            date_start=draw(st.sampled_from(DATES)), date_end=draw(st.sampled_from(DATES)),
            published=draw(st.sampled_from([None, "", "2024-03-30", "2024-04-03",
                                            "2024-04-04", "2024-09-19"])),
            countries=draw(st.lists(st.sampled_from(["AZE", "KAZ", "TUR"]), unique=True)),
            place_name=place[0], place_country=place[1], lat=place[2], lon=place[3],
            name=draw(st.sampled_from([None, None, "Caspian Summit", "Caspian summit", ""])),
            confidence=draw(st.floats(0.0, 1.0, allow_nan=False)),
            order=order + 1, article=draw(st.integers(1, 4))))
    return out


@settings(max_examples=600, deadline=None, derandomize=True)
@given(reports())
def test_folding_reports_one_by_one_gives_the_full_aggregate(sequence: list[EventReport]) -> None:
    tally: EventTally | None = None
    articles: set[int] = set()
    for count, report in enumerate(sequence, start=1):
        if tally is None:
            tally = EventTally(kind=report.kind)
        tally.add(report, new_article=report.article not in articles)
        articles.add(report.article)
        tally = EventTally.from_json(tally.to_json())  # what the store keeps between reports
        assert tally.canonical() == aggregate(sequence[:count])
    assert tally is not None
    assert EventTally.of(sequence).to_json() == tally.to_json()


def _report(status: str, start: str | None, published: str, *, order: int, article: int,
            place: tuple[str | None, str | None] = (None, None), name: str | None = None,
            confidence: float = 0.8) -> EventReport:
    return EventReport(kind="gathering", type="CONSULT", mode="multilateral", status=status,
                       date_start=start, date_end=start, published=published,
                       countries=["AZE", "KAZ"], place_name=place[0], place_country=place[1],
                       name=name, confidence=confidence, order=order, article=article)


def test_a_plan_then_its_holding_then_more_coverage() -> None:
    """A summit announced for September, moved, held on the 19th and reported again."""
    sequence = [
        _report("planned", "2024-09", "2024-06-10", order=1, article=1, place=("Astana", "KAZ"),
                name="Caspian Summit"),
        _report("planned", "2024-10", "2024-07-01", order=2, article=2, name="Caspian Summit"),
        _report("occurred", "2024-09-19", "2024-09-19", order=3, article=3, confidence=0.9),
        _report("occurred", "2024-09-19", "2024-09-20", order=4, article=3,
                place=("Astana", "KAZ")),
        _report("occurred", "2024-09", "2024-09-21", order=5, article=4, name="Caspian summit"),
    ]
    tally = EventTally(kind="gathering")
    seen: set[int] = set()
    states = []
    for report in sequence:
        tally.add(report, new_article=report.article not in seen)
        seen.add(report.article)
        states.append(tally.canonical())
    assert [(s.status, s.date_start) for s in states] == [
        ("planned", "2024-09"), ("planned", "2024-10"), ("occurred", "2024-09-19"),
        ("occurred", "2024-09-19"), ("occurred", "2024-09-19")]
    final = states[-1]
    assert final == aggregate(sequence)
    assert (final.n_sources, final.place_name, final.name) == (4, "Astana", "Caspian Summit")
    assert (final.first_reported, final.last_reported) == ("2024-06-10", "2024-09-21")
