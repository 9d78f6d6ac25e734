"""Counters and the report of an evaluation run (``Report.to_dict`` is its JSON form)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any

__all__ = ["KIND_ORDER", "Accuracy", "DocErrors", "PRF", "Report"]

KIND_ORDER = ("visit", "meeting", "multilateral", "call", "agreement", "gathering",
              "invitation", "other")


@dataclass(slots=True)
class PRF:
    """True positives, false positives, false negatives; precision/recall/F1 (0.0 when undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: PRF) -> PRF:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "predicted": self.predicted, "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += ok

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total,
                "accuracy": round(self.accuracy, 4)}


@dataclass(slots=True)
class DocErrors:
    """What went wrong in one document: for ``--verbose`` and the JSON report."""

    id: str
    problem: str | None = None  # no prediction, or the error record's message
    missed_events: list[Any] = field(default_factory=list)
    spurious_events: list[Any] = field(default_factory=list)
    wrong_dates: list[tuple[Any, Any]] = field(default_factory=list)
    wrong_status: list[tuple[Any, Any]] = field(default_factory=list)
    wrong_event_countries: list[tuple[Any, Any]] = field(default_factory=list)
    wrong_event_persons: list[tuple[Any, Any]] = field(default_factory=list)
    wrong_places: list[tuple[Any, Any]] = field(default_factory=list)
    missed_officials: list[Any] = field(default_factory=list)
    spurious_officials: list[Any] = field(default_factory=list)
    wrong_titles: list[tuple[Any, Any]] = field(default_factory=list)
    wrong_countries: list[tuple[Any, Any]] = field(default_factory=list)
    published: tuple[str | None, str | None] | None = None  # (gold, predicted) when they differ
    dateline: tuple[Any, Any] | None = None

    @property
    def clean(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self) if f.name != "id")

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(slots=True)
class Report:
    events: dict[str, PRF] = field(default_factory=dict)
    date: Accuracy = field(default_factory=Accuracy)
    status: Accuracy = field(default_factory=Accuracy)
    start_date: Accuracy = field(default_factory=Accuracy)  # gold events with a start date
    event_countries: Accuracy = field(default_factory=Accuracy)
    event_persons: Accuracy = field(default_factory=Accuracy)
    event_place: Accuracy = field(default_factory=Accuracy)  # place country, where gold has one
    officials: PRF = field(default_factory=PRF)
    title: Accuracy = field(default_factory=Accuracy)
    official_country: Accuracy = field(default_factory=Accuracy)
    published: Accuracy = field(default_factory=Accuracy)
    dateline: Accuracy = field(default_factory=Accuracy)
    documents: list[DocErrors] = field(default_factory=list)
    extra_predictions: list[str] = field(default_factory=list)

    def event_counts(self, kind: str) -> PRF:
        return self.events.setdefault(kind, PRF())

    def kinds(self) -> list[str]:
        """Event kinds present in gold or predictions, in the contract's order."""
        known = [k for k in KIND_ORDER if k in self.events]
        return known + sorted(set(self.events) - set(KIND_ORDER))

    @property
    def events_overall(self) -> PRF:
        total = PRF()
        for counts in self.events.values():
            total += counts
        return total

    def to_dict(self, *, details: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "documents": {
                "gold": len(self.documents),
                "without_prediction": [d.id for d in self.documents if d.problem == "no prediction"],
                "failed": [d.id for d in self.documents
                           if d.problem and d.problem != "no prediction"],
                "ignored_predictions": self.extra_predictions,
            },
            "events": {"overall": self.events_overall.to_dict(),
                       "by_kind": {k: self.events[k].to_dict() for k in self.kinds()},
                       "date": self.date.to_dict(), "status": self.status.to_dict(),
                       "start_date": self.start_date.to_dict(),
                       "countries": self.event_countries.to_dict(),
                       "persons": self.event_persons.to_dict(),
                       "place_country": self.event_place.to_dict()},
            "officials": {**self.officials.to_dict(), "title": self.title.to_dict(),
                          "country": self.official_country.to_dict()},
            "published": self.published.to_dict(),
            "dateline": self.dateline.to_dict(),
        }
        if details:
            data["errors"] = [d.to_dict() for d in self.documents if not d.clean]
        return data


def _plain(value: Any) -> Any:
    """Dataclasses, tuples and lists as JSON-ready dicts and lists."""
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
