"""The read models made without pydantic's per-field loop are the models ``model_construct``
(and, for the calendar, a dump and a validation) made: the pages show the same."""

from __future__ import annotations

from dateline.serve.schedule import ScheduledEvent, _scheduled
from dateline.store.models import ActorRef, DateValue, EventDetail, EventSummary, PlaceValue
from dateline.store.queries.common import built


def _summary(status: str, first: str | None, start: str | None) -> EventSummary:
    return EventSummary(
        id=7, kind="gathering", type="CONSULT", status=status, name="Caspian Economic Forum",
        date=DateValue(start=start, end=start, precision="day" if start else None),
        place=PlaceValue(name="Baku", country="AZE", lat=40.4, lon=49.9),
        countries=["AZE", "KAZ"], confidence=0.8, n_sources=2,
        source=[ActorRef(id=3, kind="person", name="Murat Nurtleu", title="Foreign Minister",
                         country="KAZ")],
        recipient=[ActorRef(id=4, kind="country", name="Azerbaijan", country="AZE")],
        first_reported=first, last_reported="2026-03-14T09:00:00")


def test_built_is_model_construct() -> None:
    values = {"id": 3, "kind": "person", "name": "Murat Nurtleu", "title": "Foreign Minister",
              "country": "KAZ"}
    made, constructed = built(ActorRef, **values), ActorRef.model_construct(**values)
    assert made == constructed
    assert made.model_fields_set == constructed.model_fields_set
    assert made.model_dump_json() == constructed.model_dump_json()
    assert made.model_copy(update={"title": None}).title is None


def test_built_with_a_field_missing_fills_the_defaults() -> None:
    summary = _summary("planned", "2026-03-01T08:00:00", "2026-03-20")
    values = {name: getattr(summary, name) for name in EventSummary.model_fields}
    detail = built(EventDetail, **values)
    assert detail == EventDetail.model_construct(**values)
    assert detail.sources == [] and detail.history == []


def test_a_scheduled_event_is_the_summary_dumped_and_validated() -> None:
    for summary in (_summary("planned", "2026-03-01T08:00:00", "2026-03-20"),  # planned
                    _summary("occurred", "2026-03-01T08:00:00", "2026-03-20"),  # announced
                    _summary("occurred", "2026-03-20T08:00:00", "2026-03-20"),  # told after
                    _summary("planned", None, None)):
        old = ScheduledEvent.model_validate(summary.model_dump())
        if summary.status == "planned" or (summary.first_reported and summary.date.start
                                           and summary.first_reported[:10] < summary.date.start):
            old.announced = summary.first_reported
        row = _scheduled(summary)
        assert row.model_dump_json() == old.model_dump_json()
        assert row == old  # (its fields set names every field: nothing dumps with exclude_unset)
