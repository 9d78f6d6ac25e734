"""The SQLite backend: an embedded database file (the default), WAL mode, foreign keys on."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dateline.errors import StoreError
from dateline.store.backend import Row, fts_terms

__all__ = ["FTS_WINDOW", "SQLiteBackend"]

FTS_WINDOW = 1000  # full-text search ranks the newest this many matching articles


class _DictRow:
    """Row factory: rows as dicts, the column names read once per statement (not per row)."""

    def __init__(self) -> None:
        self._description: Any = None
        self._names: tuple[str, ...] = ()

    def __call__(self, cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> Row:
        description = cursor.description
        if description is not self._description:
            self._description = description
            self._names = tuple(col[0] for col in description)
        return dict(zip(self._names, row, strict=True))


class SQLiteBackend:
    """A connection to one SQLite database file (or ``:memory:``).

    The connection is in autocommit mode; :meth:`transaction` opens ``BEGIN IMMEDIATE`` so a
    batch holds the write lock from its start. Calls are serialised by a lock, so one backend can
    serve a threaded web server.
    """

    dialect = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.url = str(path)
        if self.url != ":memory:":
            Path(self.url).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(self.url, isolation_level=None, check_same_thread=False,
                                         timeout=30.0)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite database {self.url}: {exc}") from exc
        self._conn.row_factory = _DictRow()
        self._lock = threading.RLock()
        self._in_transaction = False
        for pragma in ("journal_mode = WAL", "foreign_keys = ON", "synchronous = NORMAL",
                       "temp_store = MEMORY", "cache_size = -65536"):
            self._conn.execute(f"PRAGMA {pragma}")

    @contextmanager
    def _guard(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise StoreError(f"SQLite: {exc}") from exc

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._guard() as conn:
            return conn.execute(sql, tuple(params)).fetchall()

    def query_later(self, sql: str, params: Sequence[Any] = ()) -> Callable[[], list[Row]]:
        rows = self.query(sql, params)
        return lambda: rows

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        with self._guard() as conn:
            row: Row | None = conn.execute(sql, tuple(params)).fetchone()
            return row

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.query_one(sql, params)
        return next(iter(row.values())) if row else None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        with self._guard() as conn:
            return conn.execute(sql, tuple(params)).rowcount

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self._guard() as conn:
            conn.executemany(sql, rows)

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        with self._guard() as conn:
            row = conn.execute(sql, tuple(params)).fetchone()
            return int(next(iter(row.values())))

    def insert_row(self, table: str, columns: str, values: Sequence[Any]) -> int:
        marks = ",".join("?" * len(values))
        return self.insert(f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id",
                           values)

    def insert_rows(self, table: str, columns: str, rows: Sequence[Sequence[Any]], *,
                    conflict: str = "") -> None:
        if rows:
            self.executemany(f"INSERT INTO {table} ({columns}) VALUES "
                             f"({','.join('?' * len(rows[0]))}) {conflict}", rows)

    def send(self) -> None:
        pass  # nothing held: every statement ran when it was given

    def json_rows(self, columns: Sequence[tuple[str, str]]) -> str:
        values = ", ".join(f"json_extract(value, '$[{i}]') AS {name}"
                           for i, (name, _) in enumerate(columns))
        return f"(SELECT {values}, key AS row_order FROM json_each(?))"

    def json_member(self, column: str, position: int, kind: str) -> str:
        return f"{column} IN (SELECT json_extract(value, '$[{position}]') FROM json_each(?))"

    def any_of(self, column: str, subquery: str) -> str:
        return f"{column} IN ({subquery})"

    @contextmanager
    def transaction(self, *, pipeline: bool = False) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; ``ROLLBACK`` on any error (``pipeline`` changes
        nothing here: every statement is a function call in this process)."""
        with self._lock:
            if self._in_transaction:
                raise StoreError("nested transactions are not supported")
            with self._guard() as conn:
                conn.execute("BEGIN IMMEDIATE")
            self._in_transaction = True
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                with self._guard() as conn:
                    conn.execute("COMMIT")
            finally:
                self._in_transaction = False

    def run_script(self, script: str) -> None:
        # executescript() would commit the open transaction: run statement by statement.
        with self._guard() as conn:
            for statement in _split_statements(script):
                conn.execute(statement)

    def fts_match_sql(self, limit: int | None = None) -> str:
        sql = "SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?"
        return sql if limit is None else f"{sql} ORDER BY rowid DESC LIMIT {int(limit)}"

    def fts_query(self, query: str) -> str:
        """A safe FTS5 query: every word must appear (quoted, so no operators)."""
        return " ".join(f'"{term}"' for term in fts_terms(query)) or '""'

    def fts_search(self, query: str, limit: int) -> list[Row]:
        """The best of the newest ``FTS_WINDOW`` matching articles (ranking every match of a
        common word costs seconds on a big store); snippets for the page only."""
        match = self.fts_query(query)
        ranked = self.query(
            "SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= "
            "(SELECT COALESCE(MIN(id), 0) FROM (SELECT rowid AS id FROM articles_fts WHERE "
            "articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?) m) "
            "ORDER BY bm25(articles_fts) LIMIT ?", (match, match, FTS_WINDOW, limit))
        if not ranked:
            return []
        ids = [r["id"] for r in ranked]
        snippets = {r["id"]: r["snippet"] for r in self.query(
            "SELECT a.id AS id, snippet(articles_fts, 1, '[', ']', ' ... ', 12) AS snippet "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            f"WHERE articles_fts MATCH ? AND articles_fts.rowid IN ({','.join('?' * len(ids))})",
            (match, *ids))}
        return [{"id": i, "snippet": snippets[i]} for i in ids if i in snippets]

    def table_exists(self, name: str) -> bool:
        return self.query_one("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
                              (name,)) is not None

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _split_statements(script: str) -> Iterator[str]:
    """Split a script on top-level semicolons, keeping trigger bodies (BEGIN ... END;) whole."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()
