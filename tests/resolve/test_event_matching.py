"""Event matching and aggregation."""

from __future__ import annotations

import pytest

from dateline.resolve.dates import date_range
from dateline.resolve.events import (
    EventCandidate,
    EventReport,
    aggregate,
    dates_compatible,
    effective_range,
    match_event,
)


def ev(kind: str = "visit", start: str | None = "2024-04-03", status: str = "occurred",
       countries: tuple[str, ...] = ("AZE", "KAZ"), persons: tuple[int, ...] = (),
       place: tuple[str | None, str | None] = (None, None), name: str | None = None,
       id: int | None = None) -> EventCandidate:
    return EventCandidate(kind=kind, status=status, dates=date_range(start),
                          persons=frozenset(persons), countries=frozenset(countries),
                          place_name=place[0], place_country=place[1], name=name, id=id)


@pytest.mark.parametrize(("a", "a_status", "b", "b_status", "same"), [
    ("2024-04-03", "occurred", "2024-04-03", "occurred", True),
    ("2024-04-03", "occurred", "2024-04-04", "occurred", True),   # within a day
    ("2024-04-03", "occurred", "2024-04-06", "occurred", False),
    ("2024-04", "planned", "2024-04-19", "occurred", True),
    ("2024-04", "planned", "2024-06-19", "occurred", True),        # month-precise plan, held later
    ("2024-04-10", "planned", "2024-06-19", "occurred", False),    # a dated plan must overlap
    ("2024", "planned", "2026-03-01", "occurred", False),          # more than a year on
])
def test_dates_compatible(a: str, a_status: str, b: str, b_status: str, same: bool) -> None:
    assert dates_compatible(date_range(a), a_status, date_range(b), b_status) is same
    assert dates_compatible(date_range(b), b_status, date_range(a), a_status) is same


def test_participants_shared_person_or_country_jaccard() -> None:
    known = ev(countries=("AZE", "KAZ"), persons=(7,), id=1)
    assert match_event(ev(countries=("KAZ", "UZB"), persons=(7,)), [known]) is known
    assert match_event(ev(countries=("AZE", "KAZ", "UZB")), [known]) is known  # 2/3
    assert match_event(ev(countries=("AZE", "TUR", "UZB")), [known]) is None   # 1/4


def test_talks_with_two_different_counterparts_are_two_meetings() -> None:
    """Aliyev meets Yuldashev on Monday and Asylov on Tuesday in Baku: one shared official."""
    known = ev(kind="meeting", start="2024-09-30", countries=("AZE", "UZB"), persons=(1, 2), id=1)
    assert match_event(ev(kind="meeting", start="2024-10-01", countries=("AZE", "KAZ"), persons=(1, 3)),
                       [known]) is None
    assert match_event(ev(kind="meeting", start="2024-10-01", countries=("AZE", "UZB"), persons=(1,)),
                       [known]) is known  # a report naming one of the two
    assert match_event(ev(kind="meeting", start="2024-09-30", countries=("AZE", "UZB"), persons=(1, 2)),
                       [known]) is known


def test_kind_and_place_must_agree() -> None:
    known = ev(place=("Baku", "AZE"), id=1)
    assert match_event(ev(kind="meeting", place=("Baku", "AZE")), [known]) is None
    assert match_event(ev(place=("Astana", "KAZ")), [known]) is None
    assert match_event(ev(place=("Azerbaijan", "AZE")), [known]) is known


def test_gatherings_match_by_name() -> None:
    known = ev("gathering", "2024-09-19", countries=("AZE", "IRN", "KAZ", "RUS", "TKM"),
               name="Caspian Economic Forum", id=1)
    report = ev("gathering", "2024-09", "planned", countries=("KAZ",),
                name="the Caspian Economic Forum")
    assert match_event(report, [known]) is known
    other = ev("gathering", "2024-09-19", countries=("AZE", "IRN", "KAZ", "RUS", "TKM"),
               name="Caspian Media Forum")
    assert match_event(other, [known]) is None


def test_best_candidate_wins() -> None:
    far = ev(start="2024-04-04", id=1)
    near = ev(start="2024-04-03", id=2)
    assert match_event(ev(), [far, near]) is near


def test_effective_range_without_date() -> None:
    assert effective_range(None, None, "occurred", "2024-04-03") == date_range("2024-04-03")
    planned = effective_range(None, None, "planned", "2024-04-03")
    assert planned is not None and planned.coarse and planned.lo.isoformat() == "2024-04-03"
    assert effective_range(None, None, "occurred", None) is None


def test_aggregate_prefers_occurred_and_precise_dates() -> None:
    reports = [
        EventReport("gathering", "AGREE", None, "planned", "2024-09", "2024-09", "2024-06-10",
                    ["KAZ"], "Astana", "KAZ", name="Forum", confidence=0.6, order=1, article=1),
        EventReport("gathering", "CONSULT", "multilateral", "occurred", "2024-09-19",
                    "2024-09-20", "2024-09-19", ["AZE", "KAZ"], "Astana", "KAZ", name="Forum",
                    confidence=0.8, order=2, article=2),
        EventReport("gathering", "CONSULT", "multilateral", "occurred", "2024-09", None,
                    "2024-09-21", ["KAZ", "RUS"], None, None, name=None, confidence=0.5,
                    order=3, article=3),
    ]
    canon = aggregate(reports)
    assert canon.status == "occurred" and canon.type == "CONSULT"
    assert (canon.date_start, canon.date_end, canon.precision) == ("2024-09-19", "2024-09-20",
                                                                  "day")
    assert canon.countries == ["AZE", "KAZ", "RUS"] and canon.place_name == "Astana"
    assert canon.n_sources == 3 and canon.name == "Forum"
    assert 0.95 < canon.confidence <= 0.99
    assert (canon.first_reported, canon.last_reported) == ("2024-06-10", "2024-09-21")


def test_aggregate_planned_follows_the_latest_report() -> None:
    reports = [
        EventReport("visit", "AGREE", None, "planned", "2024-05", None, "2024-03-01", ["AZE"],
                    order=1, article=1),
        EventReport("visit", "AGREE", None, "planned", "2024-06", None, "2024-04-20", ["AZE"],
                    order=2, article=2),
    ]
    assert aggregate(reports).date_start == "2024-06"
