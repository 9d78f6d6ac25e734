"""Score extraction records against the hand-made gold files of the demo corpus.

Gold: a folder of ``*.json`` files, one per document (``examples/demo/GUIDE.md``): ``id``,
``published``, ``dateline {place, country}``, ``officials [{name, title, country}]`` and
``events [{kind, countries, persons, date {start, end}, status, name, trigger}]``.
Predictions: the JSON Lines records of ``dateline extract``, matched to gold by ``id``.

Events match one-to-one within a document: same ``kind`` (a multilateral meeting and a
gathering count as one kind, as in the issue-14 scorer) and countries overlapping by
Jaccard >= 0.5 or a shared person; best Jaccard first, then a shared person, then the very same
kind, then a trigger
sharing a word with the gold one, then the same status (ties only; never the date). Officials (person actors with a
title, not honorific) match by name. See :mod:`dateline.evaluate.matching`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from dateline.errors import MalformedInputError, UsageError
from dateline.evaluate.matching import (
    Surnames,
    jaccard,
    normalize_name,
    normalize_title,
    same_person,
)
from dateline.evaluate.scores import Accuracy, DocErrors, Report
from dateline.record import Record

__all__ = [
    "DocView",
    "EventView",
    "OfficialView",
    "evaluate",
    "evaluate_paths",
    "load_gold",
    "load_predictions",
]

MIN_JACCARD = 0.5


@dataclass(frozen=True, slots=True)
class EventView:
    """An event as the scorer sees it, gold or predicted."""

    kind: str
    countries: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    status: str | None = None
    trigger: str | None = None
    name: str | None = None
    # (place name, country) where the engagement happened; ``None`` when the gold file does not
    # annotate places (the demo format), and ``(None, None)`` when it says nowhere is known.
    place: tuple[str | None, str | None] | None = None


@dataclass(frozen=True, slots=True)
class OfficialView:
    name: str
    title: str | None = None
    country: str | None = None


@dataclass(slots=True)
class DocView:
    id: str
    published: str | None = None
    dateline: tuple[str, str | None] | None = None  # (place, country)
    officials: list[OfficialView] = field(default_factory=list)
    events: list[EventView] = field(default_factory=list)
    error: str | None = None


# -- loading ---------------------------------------------------------------------------------

def load_gold(folder: Path) -> dict[str, DocView]:
    """Read every ``*.json`` gold file of ``folder`` (id defaults to the file stem)."""
    if not folder.is_dir():
        raise UsageError(f"gold folder not found: {folder}")
    docs: dict[str, DocView] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            doc = _gold_doc(data, default_id=path.stem)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError,
                AttributeError) as exc:
            raise MalformedInputError(f"{path}: not a gold file ({type(exc).__name__}: {exc})") from exc
        docs[doc.id] = doc
    if not docs:
        raise UsageError(f"no gold files (*.json) in {folder}")
    return docs


def _gold_doc(data: dict, *, default_id: str) -> DocView:
    dateline = data.get("dateline")
    return DocView(
        id=str(data.get("id") or default_id),
        published=data.get("published"),
        dateline=(dateline["place"], dateline.get("country")) if dateline else None,
        officials=[OfficialView(o["name"], o.get("title"), o.get("country"))
                   for o in data.get("officials") or []],
        events=[_gold_event(e) for e in data.get("events") or []],
    )


def _gold_event(e: dict) -> EventView:
    """One gold event, in the demo format (``persons``, ``date {start, end}``, ``trigger``) or the
    held-out format of the seed and the VOA sets (``people``, ``start``/``end``, ``place``,
    ``evidence``)."""
    date = e.get("date") or {}
    place = e.get("place", ...)
    return EventView(
        kind=e["kind"],
        countries=tuple(e.get("countries") or ()),
        persons=tuple(e.get("persons") or e.get("people") or ()),
        start=date.get("start", e.get("start")),
        end=date.get("end", e.get("end")),
        status=e.get("status"),
        trigger=e.get("trigger") or e.get("evidence"),
        name=e.get("name"),
        place=None if place is ... else (
            (place.get("place"), place.get("country")) if place else (None, None)),
    )


def load_predictions(path: Path) -> dict[str, DocView]:
    """Read ``dateline extract`` output (JSON Lines records) keyed by document id."""
    if not path.is_file():
        raise UsageError(f"predictions file not found: {path}")
    docs: dict[str, DocView] = {}
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                record = Record.from_json(line)
            except ValidationError as exc:
                raise MalformedInputError(
                    f"{path}:{number}: not a Dateline record ({exc.errors()[0]['msg']})") from exc
            docs[record.id] = predicted_view(record)
    return docs


def predicted_view(record: Record) -> DocView:
    """What the scorer reads from one extraction record."""
    if record.error is not None:
        return DocView(id=record.id, error=f"{record.error.type}: {record.error.message}")
    officials = [OfficialView(a.name, a.title, a.country) for a in record.actors
                 if a.kind == "person" and a.title and a.role != "honorific"]
    events = []
    for event in record.events:
        persons: list[str] = []
        for actor_id in [*event.participants, *event.source, *event.recipient]:
            actor = record.actor(actor_id)
            if actor is not None and actor.kind == "person" and actor.name not in persons:
                persons.append(actor.name)
        persons += [p for p in event.persons if p not in persons]
        events.append(EventView(
            kind=event.kind, countries=tuple(event.countries), persons=tuple(persons),
            start=event.date.start if event.date else None,
            end=event.date.end if event.date else None,
            status=event.status, trigger=event.trigger.text, name=event.name,
            place=(event.place.name, event.place.country) if event.place else (None, None)))
    dateline = (record.dateline.place, record.dateline.country) if record.dateline else None
    return DocView(id=record.id, published=record.published, dateline=dateline,
                   officials=officials, events=events)


# -- scoring ---------------------------------------------------------------------------------

def evaluate_paths(gold: Path, predictions: Path) -> Report:
    """Load a gold folder and a predictions file and score them."""
    return evaluate(load_gold(gold), load_predictions(predictions))


def evaluate(gold: Mapping[str, DocView], predicted: Mapping[str, DocView]) -> Report:
    """Score predictions against gold documents (predictions without gold are ignored)."""
    report = Report(extra_predictions=sorted(set(predicted) - set(gold)))
    for doc_id in sorted(gold):
        ref = gold[doc_id]
        pred = predicted.get(doc_id)
        errors = DocErrors(id=doc_id)
        if pred is None:
            errors.problem = "no prediction"
            pred = DocView(id=doc_id)
        elif pred.error:
            errors.problem = pred.error
        surnames = Surnames.of([o.name for o in ref.officials]
                               + [p for e in ref.events for p in e.persons])
        _score_events(report, errors, ref.events, pred.events, surnames,
                      dates_stated_only=ref.published is None)
        _score_officials(report, errors, ref.officials, pred.officials, surnames)
        _score_document(report, errors, ref, pred)
        report.documents.append(errors)
    return report


def _score_events(report: Report, errors: DocErrors, gold: list[EventView],
                  pred: list[EventView], surnames: Surnames, *,
                  dates_stated_only: bool = False) -> None:
    """Counts per kind; on matched events the date, status, countries, named people and place.

    With ``dates_stated_only`` (a document without a publication date, such as a VOA passage)
    only the gold events whose text states a date are scored on their start date.
    """
    pairs = match_events(gold, pred, surnames)
    for g_index, p_index in pairs:
        g, p = gold[g_index], pred[p_index]
        report.event_counts(g.kind).tp += 1
        if dates_stated_only:
            if g.start is not None:
                _check(report.date, p.start == g.start, errors.wrong_dates, g, p)
        else:
            _check(report.date, (p.start, p.end) == (g.start, g.end), errors.wrong_dates, g, p)
        if g.start is not None:
            _check(report.start_date, p.start == g.start, [], g, p)
        _check(report.status, p.status == g.status, errors.wrong_status, g, p)
        _check(report.event_countries, set(p.countries) == set(g.countries),
               errors.wrong_event_countries, g, p)
        _check(report.event_persons, _same_people(g.persons, p.persons, surnames),
               errors.wrong_event_persons, g, p)
        if g.place is not None:
            place_country = p.place[1] if p.place else None
            _check(report.event_place, place_country == g.place[1], errors.wrong_places, g, p)
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    for index, event in enumerate(gold):
        if index not in matched_gold:
            report.event_counts(event.kind).fn += 1
            errors.missed_events.append(event)
    for index, event in enumerate(pred):
        if index not in matched_pred:
            report.event_counts(event.kind).fp += 1
            errors.spurious_events.append(event)


#: Kinds the scorer does not tell apart: a meeting of three or more states and a named gathering.
_ONE_KIND = frozenset({"multilateral", "gathering"})


def same_kind(gold: str, pred: str) -> bool:
    """Whether two event kinds match: equal, or both a multilateral meeting or gathering."""
    return gold == pred or (gold in _ONE_KIND and pred in _ONE_KIND)


def match_events(gold: list[EventView], pred: list[EventView],
                 surnames: Surnames) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, best country overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if not same_kind(g.kind, p.kind):
                continue
            overlap = jaccard(p.countries, g.countries)
            shared = any(same_person(pn, gn, surnames) for pn in p.persons for gn in g.persons)
            if overlap >= MIN_JACCARD or shared:
                candidates.append((-overlap, not shared, g.kind != p.kind,
                                   not _same_words(g.trigger, p.trigger),
                                   g.status != p.status, gi, pi))
    return _greedy((gi, pi) for *_, gi, pi in sorted(candidates))


_STOP = frozenset({"a", "an", "the", "of", "in", "on", "to", "by", "with", "and", "for", "was", "were", "is",
                   "has", "had", "have", "be", "been", "will", "last", "later", "also"})


def _same_people(gold: tuple[str, ...], pred: tuple[str, ...], surnames: Surnames) -> bool:
    """Whether the named people of two matched events are the same set (name variants allowed)."""
    return (all(any(same_person(p, g, surnames) for p in pred) for g in gold)
            and all(any(same_person(p, g, surnames) for g in gold) for p in pred))


def _same_words(gold: str | None, pred: str | None) -> bool:
    """Whether two triggers share a content word: breaks ties between equally good pairs only."""
    words = [{w for w in (t or "").lower().split() if w not in _STOP} for t in (gold, pred)]
    return bool(words[0] & words[1])


def _score_officials(report: Report, errors: DocErrors, gold: list[OfficialView],
                     pred: list[OfficialView], surnames: Surnames) -> None:
    candidates = sorted(
        (not _exact(p.name, g.name), gi, pi)
        for gi, g in enumerate(gold) for pi, p in enumerate(pred)
        if same_person(p.name, g.name, surnames))
    pairs = _greedy((gi, pi) for _, gi, pi in candidates)
    report.officials.tp += len(pairs)
    report.officials.fn += len(gold) - len(pairs)
    report.officials.fp += len(pred) - len(pairs)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        _check(report.title, normalize_title(p.title) == normalize_title(g.title),
               errors.wrong_titles, g, p)
        _check(report.official_country, p.country == g.country, errors.wrong_countries, g, p)
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    errors.missed_officials += [o for i, o in enumerate(gold) if i not in matched_gold]
    errors.spurious_officials += [o for i, o in enumerate(pred) if i not in matched_pred]


def _score_document(report: Report, errors: DocErrors, gold: DocView, pred: DocView) -> None:
    report.published.add(pred.published == gold.published)
    if pred.published != gold.published:
        errors.published = (gold.published, pred.published)
    ok = _same_dateline(gold.dateline, pred.dateline)
    report.dateline.add(ok)
    if not ok:
        errors.dateline = (gold.dateline, pred.dateline)


def _same_dateline(gold: tuple[str, str | None] | None,
                   pred: tuple[str, str | None] | None) -> bool:
    if gold is None or pred is None:
        return gold is pred
    return gold[0].casefold() == pred[0].casefold() and gold[1] == pred[1]


def _exact(a: str, b: str) -> bool:
    return normalize_name(a) == normalize_name(b)


def _greedy(ranked: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for gi, pi in ranked:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


def _check(counter: Accuracy, ok: bool, wrong: list, gold: object, pred: object) -> None:
    counter.add(ok)
    if not ok:
        wrong.append((gold, pred))
