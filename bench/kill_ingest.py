"""SIGKILL during `dateline ingest`, then resume: the knowledge base ends as an uninterrupted run's.

    .venv/bin/python bench/kill_ingest.py                       # 10,000 documents, 5 kills, SQLite
    .venv/bin/python bench/kill_ingest.py --pg postgresql://... # and on PostgreSQL
    .venv/bin/python bench/kill_ingest.py --docs 400 --kills 3  # what the slow test runs
    .venv/bin/python bench/kill_ingest.py --backends postgresql --docs 2000 --pg postgresql://...

The corpus is written by this script (seeded): short wire-style reports of engagements between
invented officials of real states, each engagement told by one to four outlets in different
words, the reports shuffled so that the articles of one engagement land in different batches.
Each backend gets two databases: one ingested in one go, one ingested by `dateline ingest`
processes killed with SIGKILL at random points (the article count passing a random threshold,
then a random fraction of a second, so kills land inside transactions and extraction) and
started again until one finishes. The two exports (`dateline export --format jsonl`, database
ids left out) must be identical. Prints a table; writes each backend's row (with its time and
load average) into ``bench/results/kill_ingest.json`` as soon as it is done.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

RESULTS = REPO / "bench" / "results"
STATES = [("Kazakhstan", "Astana"), ("Azerbaijan", "Baku"), ("Uzbekistan", "Tashkent"),
          ("Kyrgyzstan", "Bishkek"), ("Tajikistan", "Dushanbe"), ("Turkmenistan", "Ashgabat"),
          ("Georgia", "Tbilisi"), ("Armenia", "Yerevan"), ("Mongolia", "Ulaanbaatar"),
          ("Turkey", "Ankara"), ("Hungary", "Budapest"), ("Egypt", "Cairo"),
          ("Indonesia", "Jakarta"), ("Kenya", "Nairobi"), ("Chile", "Santiago"),
          ("Norway", "Oslo")]
TITLES = ["Foreign Minister", "Prime Minister", "Minister of Defence", "Minister of Economy",
          "Prosecutor General"]
SYLLABLES = ["ka", "ro", "ven", "da", "mir", "tal", "bek", "sul", "na", "zor", "li", "tem",
             "gar", "os", "ur", "pel", "vin", "dor", "ash", "min"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["Steppe Wire", "Caspian Dispatch", "Meridian News", "Silk Road Herald"]
TOPICS = ["energy cooperation", "transport corridors", "water management", "trade",
          "border delimitation", "education exchanges"]
TEMPLATES = {
    "meeting": [
        "{CITY}, {month} {day} ({outlet}) - {g_title} of {G} {g} met {h_title} of {H} {h} in "
        "{city} on {weekday}. The two discussed {topic}.",
        "{g}, the {g_title} of {G}, held talks with {h_title} {h} of {H} in {city} on "
        "{month} {day}, {outlet} reported. The sides focused on {topic}.",
    ],
    "visit": [
        "{CITY}, {month} {day} ({outlet}) - {g_title} of {G} {g} arrived in {city} on "
        "{weekday} on an official visit at the invitation of {h_title} of {H} {h}.",
        "{H}'s {h_title} {h} received {g_title} of {G} {g}, who is in {city} on an official "
        "visit, on {month} {day}. They discussed {topic}.",
    ],
    "call": [
        "{CITY}, {month} {day} ({outlet}) - {g_title} of {G} {g} held a telephone "
        "conversation with {h_title} of {H} {h} on {weekday}. They discussed {topic}.",
    ],
    "agreement": [
        "{CITY}, {month} {day} ({outlet}) - {g_title} of {G} {g} and {h_title} of {H} {h} "
        "signed a memorandum on {topic} in {city} on {weekday}.",
    ],
}


def _name(rng: random.Random, seen: set[str]) -> str:
    while True:
        given = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        surname = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() + "ov"
        if surname not in seen:
            seen.add(surname)
            return f"{given} {surname}"


def corpus(n_docs: int, seed: int = 15) -> list[dict[str, Any]]:
    """``n_docs`` JSON objects (``id``, ``url``, ``published``, ``text``), seeded, shuffled."""
    rng = random.Random(seed)
    seen: set[str] = set()
    officials = {state: [(_name(rng, seen), title) for title in TITLES] for state, _ in STATES}
    first = dt.date(2024, 1, 1)
    docs: list[dict[str, Any]] = []
    engagement = 0
    while len(docs) < n_docs:
        (guest, _), (host, capital) = rng.sample(STATES, 2)
        (g, g_title), (h, h_title) = rng.choice(officials[guest]), rng.choice(officials[host])
        day = first + dt.timedelta(days=rng.randrange(700))
        kind = rng.choice(list(TEMPLATES))
        topic = rng.choice(TOPICS)
        for report in range(min(rng.choice([1, 1, 2, 3, 4]), n_docs - len(docs))):
            outlet = OUTLETS[(engagement + report) % len(OUTLETS)]
            published = day + dt.timedelta(days=rng.choice([0, 0, 1]))
            text = rng.choice(TEMPLATES[kind]).format(
                CITY=capital.upper(), city=capital, month=MONTHS[day.month - 1], day=day.day,
                weekday=WEEKDAYS[day.weekday()], outlet=outlet, G=guest, H=host, g=g, h=h,
                g_title=g_title, h_title=h_title, topic=topic)
            docs.append({"id": f"k{engagement}-{report}", "published": published.isoformat(),
                         "url": f"https://{outlet.lower().replace(' ', '-')}.test/{engagement}",
                         "source": outlet, "text": text})
        engagement += 1
    rng.shuffle(docs)
    return docs


def write_corpus(path: Path, n_docs: int, seed: int = 15) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for doc in corpus(n_docs, seed):
            out.write(json.dumps(doc) + "\n")
    return path


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "dateline.cli.main", *args]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def articles(db: str) -> int:
    """Articles committed so far (read while an ingest writes)."""
    from dateline.store import open_store

    try:
        with open_store(db, migrate=False) as store:
            return int(store.db.scalar("SELECT COUNT(*) FROM articles") or 0)
    except Exception:  # noqa: BLE001 - not created yet, or locked for a moment
        return 0


def ingest(corpus_path: Path, db: str, *, kill_at: int | None = None,
           rng: random.Random | None = None, timeout: float = 3600.0) -> dict[str, Any]:
    """One `dateline ingest` process; with ``kill_at``, SIGKILL once ``kill_at`` articles are
    committed (plus a random fraction of a second). Returns what happened."""
    started = time.monotonic()
    child = subprocess.Popen(
        _command("ingest", str(corpus_path), "--db", db, "--workers", "1", "--no-progress",
                 "--batch-size", "16"),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_env())
    killed = False
    try:
        if kill_at is not None:
            while child.poll() is None and time.monotonic() - started < timeout:
                if articles(db) >= kill_at:
                    time.sleep((rng or random.Random()).uniform(0.0, 0.6))
                    if child.poll() is None:
                        child.send_signal(signal.SIGKILL)
                        killed = True
                    break
                time.sleep(0.05)
        _, err = child.communicate(timeout=timeout)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return {"code": child.returncode, "killed": killed, "seconds": time.monotonic() - started,
            "articles": articles(db), "stderr": (err or "")[-2000:]}


def _strip_ids(value: Any) -> Any:
    """An export object without database ids (PostgreSQL does not reuse a rolled-back id)."""
    if isinstance(value, dict):
        return {k: _strip_ids(v) for k, v in value.items()
                if k not in ("id", "article_id") and not k.endswith("_ids")}
    if isinstance(value, list):
        return [_strip_ids(v) for v in value]
    return value


def export(db: str) -> list[str]:
    """The database's events (`dateline export --format jsonl`), ids left out, sorted."""
    done = subprocess.run(_command("export", "--db", db, "--format", "jsonl"),
                          capture_output=True, text=True, env=_env(), check=True)
    return sorted(json.dumps(_strip_ids(json.loads(line)), sort_keys=True)
                  for line in done.stdout.splitlines() if line.strip())


def fresh_pg(server: str) -> str:
    """A new, empty database on the PostgreSQL server at ``server``; its URL."""
    import psycopg

    name = f"dateline_kill_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    head, _, tail = server.partition("?")
    base = head.rsplit("/", 1)[0]
    return f"{base}/{name}" + (f"?{tail}" if tail else "")


def drop_pg(server: str, url: str) -> None:
    import psycopg

    name = url.partition("?")[0].rsplit("/", 1)[1]
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def compare(corpus_path: Path, whole: str, killed: str, *, n_docs: int, kills: int,
            seed: int) -> dict[str, Any]:
    """Ingest ``corpus_path`` into ``whole`` in one go and into ``killed`` with ``kills``
    SIGKILLs at random points; compare the exports."""
    rng = random.Random(seed)
    reference = ingest(corpus_path, whole)
    if reference["code"] != 0:
        raise RuntimeError(f"the uninterrupted ingest failed: {reference['stderr']}")
    thresholds = sorted(rng.sample(range(1, max(2, reference["articles"])),
                                   min(kills, max(1, reference["articles"] - 1))))
    runs = [ingest(corpus_path, killed, kill_at=t, rng=rng) for t in thresholds]
    final = ingest(corpus_path, killed)
    runs.append(final)
    if final["code"] != 0:
        raise RuntimeError(f"the resumed ingest failed: {final['stderr']}")
    ours, theirs = export(killed), export(whole)
    differing = len(set(ours) ^ set(theirs))
    return {"documents": n_docs, "kills": sum(r["killed"] for r in runs),
            "kill_thresholds": thresholds,
            "articles_at_kill": [r["articles"] for r in runs[:-1]],
            "articles": final["articles"], "reference_articles": reference["articles"],
            "events": len(theirs), "events_resumed": len(ours), "differing_events": differing,
            "identical": ours == theirs, "reference_seconds": round(reference["seconds"], 1),
            "killed_seconds": round(sum(r["seconds"] for r in runs), 1)}


def run_backend(name: str, n_docs: int, kills: int, seed: int, folder: Path,
                pg_server: str | None = None) -> dict[str, Any]:
    corpus_path = write_corpus(folder / f"corpus-{n_docs}.jsonl", n_docs, seed)
    if name == "sqlite":
        return compare(corpus_path, str(folder / "whole.db"), str(folder / "killed.db"),
                       n_docs=n_docs, kills=kills, seed=seed)
    assert pg_server is not None
    whole, killed = fresh_pg(pg_server), fresh_pg(pg_server)
    try:
        return compare(corpus_path, whole, killed, n_docs=n_docs, kills=kills, seed=seed)
    finally:
        drop_pg(pg_server, whole)
        drop_pg(pg_server, killed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--pg", default=os.environ.get("DATELINE_TEST_PG"),
                        help="PostgreSQL server URL (default: $DATELINE_TEST_PG); none: SQLite only")
    parser.add_argument("--backends", nargs="*", choices=["sqlite", "postgresql"],
                        help="default: sqlite, and postgresql with --pg")
    args = parser.parse_args(argv)
    backends = args.backends or ["sqlite"] + (["postgresql"] if args.pg else [])
    if "postgresql" in backends and not args.pg:
        parser.error("postgresql needs --pg or $DATELINE_TEST_PG")
    out = RESULTS / "kill_ingest.json"
    identical = True
    for backend in backends:
        started_load = os.getloadavg()
        with tempfile.TemporaryDirectory(prefix="dateline-kill-") as tmp:
            row = run_backend(backend, args.docs, args.kills, args.seed, Path(tmp), args.pg)
        row.update(measured=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                   load_average_before=[round(x, 2) for x in started_load],
                   load_average_after=[round(x, 2) for x in os.getloadavg()], seed=args.seed)
        identical = identical and row["identical"]
        print(f"{backend:<10} {row['documents']:>6} docs  {row['kills']} kills at "
              f"{row['articles_at_kill']} articles  events {row['events']} / resumed "
              f"{row['events_resumed']}  differing {row['differing_events']}  "
              f"identical {row['identical']}  ({row['reference_seconds']} s whole, "
              f"{row['killed_seconds']} s killed+resumed)", flush=True)
        # each backend's row is written when it is done (a run of the other backend keeps its own)
        RESULTS.mkdir(parents=True, exist_ok=True)
        previous = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
        rows = previous.get("backends", {}) if "measured" not in previous else {}
        rows[backend] = row
        out.write_text(json.dumps({"backends": rows}, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(REPO)}", flush=True)
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
