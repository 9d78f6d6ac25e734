"""What ``dateline watch`` remembers between polls and runs: feed validators and seen URLs.

The store has no table for crawl state, so it lives in a small SQLite file next to the
database (``dateline.db`` -> ``dateline.watch.sqlite``; ``./dateline-watch.sqlite`` for a
PostgreSQL store). Two tables:

* ``feeds``: per feed URL, the ETag / Last-Modified of the last complete poll (for conditional
  GET) and the last error;
* ``seen``: per article URL, the outcome (``fetched``, or the skip reason) and the number of
  attempts; a URL that failed transiently is tried again up to ``max_attempts`` times.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from dateline.errors import StoreError

__all__ = ["RETRY", "WatchState", "state_path_for"]

RETRY = "retry"  # outcome of a transient failure (timeout, 5xx...)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT,
    last_ok TEXT, last_error TEXT, failures INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS seen (
    url TEXT PRIMARY KEY, outcome TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 1,
    first_seen TEXT NOT NULL, last_seen TEXT NOT NULL);
"""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def state_path_for(db_url: str) -> str:
    """Where the watch state of the store at ``db_url`` lives (see the module docstring)."""
    if db_url == ":memory:":
        return ":memory:"
    if db_url.startswith(("postgresql://", "postgres://")):
        return "dateline-watch.sqlite"
    path = Path(db_url.removeprefix("sqlite:///").removeprefix("sqlite://")).expanduser()
    return str(path.with_name(path.stem + ".watch.sqlite"))


class WatchState:
    """Feed validators and seen URLs in one SQLite file (every write is committed at once)."""

    def __init__(self, path: str | Path = ":memory:", *, max_attempts: int = 3) -> None:
        self.path = str(path)
        self.max_attempts = max_attempts
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            self._conn.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the watch state {self.path}: {exc}") from exc

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> WatchState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def validators(self, feed_url: str) -> tuple[str | None, str | None]:
        """``(etag, last_modified)`` saved for the feed, for a conditional GET."""
        row = self._conn.execute("SELECT etag, last_modified FROM feeds WHERE url = ?",
                                 (feed_url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def feed_done(self, feed_url: str, etag: str | None, last_modified: str | None) -> None:
        """Every entry of the feed was dealt with: keep its validators for the next poll."""
        self._conn.execute(
            "INSERT INTO feeds (url, etag, last_modified, last_ok, failures) "
            "VALUES (?, ?, ?, ?, 0) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, "
            "last_modified = excluded.last_modified, last_ok = excluded.last_ok, failures = 0",
            (feed_url, etag, last_modified, _now()))

    def feed_failed(self, feed_url: str, error: str) -> None:
        self._conn.execute(
            "INSERT INTO feeds (url, last_error, failures) VALUES (?, ?, 1) "
            "ON CONFLICT(url) DO UPDATE SET last_error = excluded.last_error, "
            "failures = feeds.failures + 1", (feed_url, error[:500]))

    def done(self, urls: Iterable[str]) -> set[str]:
        """The ``urls`` that need no (further) attempt."""
        wanted = list(dict.fromkeys(urls))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            rows = self._conn.execute(
                f"SELECT url, outcome, attempts FROM seen WHERE url IN ({','.join('?' * len(part))})",
                part).fetchall()
            found.update(url for url, outcome, attempts in rows
                         if outcome != RETRY or attempts >= self.max_attempts)
        return found

    def mark(self, outcomes: Iterable[tuple[str, str]]) -> None:
        """Record ``(url, outcome)`` pairs in one transaction (``RETRY`` counts an attempt)."""
        now = _now()
        with self._conn:
            self._conn.execute("BEGIN")
            self._conn.executemany(
                "INSERT INTO seen (url, outcome, attempts, first_seen, last_seen) "
                "VALUES (?, ?, 1, ?, ?) ON CONFLICT(url) DO UPDATE SET outcome = excluded.outcome,"
                " attempts = seen.attempts + 1, last_seen = excluded.last_seen",
                [(url, outcome, now, now) for url, outcome in outcomes])

    def count_seen(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM seen").fetchone()[0])
