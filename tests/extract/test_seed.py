"""The seed report itself (``../shared/seed``, read at run time): exactly its seven events.

The report Dateline was started from is third-party text: the test reads it and its gold from
``../shared/seed`` and never copies them. Each gold event must be found once, with its kind,
countries, named people (source, recipient and participants, as the scorer reads them), place
country, start date and status; nothing else may be emitted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.article import Article
from dateline.record import Event, Record

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed"
STEM = "000_185040cb2143dbe9"


@pytest.fixture(scope="module")
def seed(extractor) -> tuple[Record, list[dict[str, Any]]]:
    text_path, gold_path = SEED / f"{STEM}.txt", SEED / f"{STEM}.gold.json"
    if not text_path.is_file() or not gold_path.is_file():
        pytest.skip("../shared/seed is not available")
    text = text_path.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return extractor.extract(Article(text=text, id=STEM)), gold["events"]


def _people(record: Record, event: Event) -> set[str]:
    ids = [*event.source, *event.recipient, *event.participants]
    return {a.name for i in ids if (a := record.actor(i)) is not None and a.kind == "person"}


def _facts(record: Record, event: Event) -> tuple[object, ...]:
    return (event.kind, tuple(sorted(event.countries)), tuple(sorted(_people(record, event))),
            event.place.country if event.place else None,
            event.date.start if event.date else None, event.status)


def _gold_facts(gold: dict[str, Any]) -> tuple[object, ...]:
    place = gold.get("place") or {}
    return (gold["kind"], tuple(sorted(gold["countries"])), tuple(sorted(gold["people"])), place.get("country"),
            gold["start"], gold["status"])


def _is_cop29(gold: dict[str, Any]) -> bool:
    return gold["kind"] == "gathering" and "UN" in gold["countries"]


def test_seed_has_seven_gold_events(seed):
    _, gold = seed
    assert len(gold) == 7


def test_seed_events_but_cop29_are_found_exactly(seed):
    record, gold = seed
    predicted = [_facts(record, e) for e in record.events]
    for wanted in (_gold_facts(g) for g in gold if not _is_cop29(g)):
        assert predicted.count(wanted) == 1, f"{wanted} not found once in {predicted}"
    others = [p for p in predicted if p not in {_gold_facts(g) for g in gold}]
    assert others == [], "events the seed does not have"


def test_seed_engagements_one_by_one(seed):
    """The facts the story frame and the places give: hosts, no place and no date for
    invitations, the planned five-sided meeting's one named participant, told once."""
    record, _ = seed
    by_kind: dict[str, list[Event]] = {}
    for event in record.events:
        by_kind.setdefault(event.kind, []).append(event)
    (visit,) = by_kind["visit"]
    assert _people(record, visit) == {"Zhandos Umiraliyev", "Kamran Aliyev"}
    assert visit.place is not None and visit.place.country == "AZE"
    (five,) = by_kind["multilateral"]
    assert (_people(record, five), five.status) == ({"Zhandos Umiraliyev"}, "planned")
    assert five.place is not None and five.place.name == "Baku"
    for invitation in by_kind["invitation"]:
        assert invitation.place is None and invitation.date is None
    (meeting,) = by_kind["meeting"]
    assert meeting.date is not None and meeting.date.start == "2024-04-03"
    assert meeting.place is not None and meeting.place.country == "AZE"


def test_seed_cop29_gathering(seed):
    record, gold = seed
    predicted = [_facts(record, e) for e in record.events]
    (cop29,) = [g for g in gold if _is_cop29(g)]
    assert predicted.count(_gold_facts(cop29)) == 1


def test_seed_has_exactly_its_seven_events(seed):
    """The whole record: the seven gold engagements, each once, and nothing else."""
    record, gold = seed
    predicted = sorted(map(repr, (_facts(record, e) for e in record.events)))
    assert predicted == sorted(map(repr, (_gold_facts(g) for g in gold)))
