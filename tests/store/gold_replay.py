"""An extractor stand-in that replays the demo corpus's gold files as records.

Storage tests use it to run whole ingests (re-ingest, kill and resume) independently of the
extraction stages, which are being improved in parallel. Offsets are found in the text.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.article import Article, FailedDocument
from dateline.record import Actor, Event, EventDate, Record, Trigger

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "demo"

_TYPES = {"agreement": "SUPPORT", "invitation": "AGREE", "other": "COOPERATE"}
_MODES = {"visit": "visit", "call": "phone", "multilateral": "multilateral"}


def _span(text: str, needle: str | None) -> tuple[int, int] | None:
    if not needle:
        return None
    start = text.find(needle)
    return (start, start + len(needle)) if start >= 0 else None


def _sentence(text: str, start: int) -> tuple[int, int]:
    bounds = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n+", text)] + [len(text)]
    lo = max(b for b in bounds if b <= start)
    hi = min(b for b in bounds if b > start)
    return lo, len(text[:hi].rstrip())


def gold_record(article: Article, gold: dict) -> Record:
    """A contract record built from a gold file, with offsets located in ``article.text``."""
    text = article.text
    actors: list[Actor] = []
    by_name: dict[str, str] = {}
    for official in gold.get("officials", []):
        local = f"a{len(actors) + 1}"
        span = _span(text, official["name"])
        actors.append(Actor(id=local, kind="person", name=official["name"],
                            title=official.get("title"), country=official.get("country"),
                            mentions=[span] if span else []))
        by_name[official["name"]] = local
    countries: dict[str, str] = {}
    for event in gold.get("events", []):
        for code in event.get("countries", []):
            if code not in countries and len(code) == 3:
                countries[code] = f"a{len(actors) + 1}"
                actors.append(Actor(id=countries[code], kind="country", name=code, country=code))
    events = []
    for number, event in enumerate(gold.get("events", []), start=1):
        span = _span(text, event.get("trigger")) or (0, 1)
        date = event.get("date")
        kind = event["kind"]
        planned = event.get("status") == "planned"
        persons = [by_name[p] for p in event.get("persons", []) if p in by_name]
        events.append(Event(
            id=f"e{number}", kind=kind,
            type="AGREE" if planned and kind != "agreement" else _TYPES.get(kind, "CONSULT"),
            mode=None if planned else _MODES.get(kind), source=persons[:1],
            recipient=persons[1:2], countries=event.get("countries", []),
            date=EventDate(start=date.get("start"), end=date.get("end")) if date else None,
            status=event.get("status", "occurred"), name=event.get("name"),
            trigger=Trigger(text=text[span[0]:span[1]], start=span[0], end=span[1]),
            sentence=_sentence(text, span[0]), confidence=0.8, participants=persons))
    return Record(id=article.id or gold["id"], url=article.url, source=article.source,
                  published=gold.get("published") or article.published,
                  published_from="metadata" if article.published else "header",
                  actors=actors, events=events)


class GoldExtractor:
    """``extract_many`` like the real Extractor, answering from ``gold/<id>.json``.

    ``announce`` prints "extracted <id>" per document (flushed) and ``delay`` sleeps after each,
    so a test can kill an ingest in the middle of a batch.
    """

    def __init__(self, gold_dir: Path = DEMO / "gold", *, announce: bool = False,
                 delay: float = 0.0) -> None:
        self.gold_dir = gold_dir
        self.announce = announce
        self.delay = delay
        self.calls = 0

    def extract_many(self, documents: Iterable[Article | FailedDocument]
                     ) -> Iterator[tuple[Article | FailedDocument, Record]]:
        for document in documents:
            self.calls += 1
            if isinstance(document, FailedDocument):
                yield document, Record.failed(document.id, document.error)
                continue
            path = self.gold_dir / f"{document.id}.json"
            if not path.exists():
                yield document, Record.failed(document.id or "?", KeyError("no gold file"))
                continue
            yield document, gold_record(document, json.loads(path.read_text(encoding="utf-8")))
            if self.announce:
                print(f"extracted {document.id}", flush=True)
            if self.delay:
                time.sleep(self.delay)
