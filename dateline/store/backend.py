"""What a database backend provides to the store: parameterised SQL, transactions, full-text search.

SQL is written once, with ``?`` placeholders; a backend translates it to its driver's style.
Rows come back as dicts. Foreign exceptions are wrapped in :class:`~dateline.errors.StoreError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

__all__ = ["Backend", "Row", "chunks", "fts_terms", "json_rows_parameter"]

Row = dict[str, Any]


class Backend(Protocol):
    """The database connection the store works through (SQLite or PostgreSQL)."""

    dialect: str
    url: str

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run a SELECT (or ... RETURNING) and return every row as a dict."""

    def query_later(self, sql: str, params: Sequence[Any] = ()) -> Callable[[], list[Row]]:
        """Send a SELECT now and read its rows when the returned function is called: in a
        pipelined transaction a client/server backend reads the answers of several such
        queries in one round trip (call them after sending all)."""

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        """The first row, or None."""

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row, or None."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return the number of rows affected."""

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for many parameter rows."""

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT ... RETURNING id and return the new id."""

    def insert_row(self, table: str, columns: str, values: Sequence[Any]) -> int:
        """Insert one row (``columns`` comma-separated, without ``id``) and return its new id.

        In a pipelined transaction a backend may assign the id itself, so the insert need not
        wait for the server; the ids are those the table's own numbering would have given.
        """

    def insert_rows(self, table: str, columns: str, rows: Sequence[Sequence[Any]], *,
                    conflict: str = "") -> None:
        """Insert ``rows`` (in order, ids in that order): one statement where the backend can.
        ``conflict``: an ``ON CONFLICT`` clause, applied as if the rows went one at a time."""

    def send(self) -> None:
        """In a pipelined transaction: send what the backend holds back (the rows of
        :meth:`insert_row`) now, so the server works on it while the caller goes on; returns at
        once."""

    def json_rows(self, columns: Sequence[tuple[str, str]]) -> str:
        """A subquery (to alias in a FROM clause) over the rows of one JSON parameter, ``?``:
        a JSON array of rows, each an array of values in the order of ``columns`` ((name, SQL
        type) pairs); its columns are those names and ``row_order``, the row's place in the
        array (pass :func:`json_rows_parameter`). One statement then writes a batch's rows,
        whatever it joins them with."""

    def json_member(self, column: str, position: int, kind: str) -> str:
        """A condition: ``column`` is one of the values at ``position`` of the rows of one
        JSON parameter (as :meth:`json_rows`), written so that an index on ``column`` finds
        them (a join would let the planner scan the whole table)."""

    def any_of(self, column: str, subquery: str) -> str:
        """A condition: ``column`` is one of the values ``subquery`` selects, written so that
        an index on ``column`` finds them, however the planner counts the subquery's rows."""

    def transaction(self, *, pipeline: bool = False) -> AbstractContextManager[None]:
        """One transaction: commit on success, roll back on error (nesting is not supported).

        ``pipeline``: the caller reads no statement's result but those of queries and
        INSERT ... RETURNING, so a client/server backend may queue the other statements and
        send them with the next read (PostgreSQL pipeline mode); no :meth:`run_script` inside.
        """

    def run_script(self, script: str) -> None:
        """Run a multi-statement SQL script (migrations) inside the current transaction."""

    def fts_match_sql(self, limit: int | None = None) -> str:
        """A subquery selecting the ids (column ``id``) of articles whose text matches the ``?``
        parameter; with ``limit``, only the newest (highest ids) that many.

        Pass the parameter through :meth:`fts_query` first.
        """

    def fts_query(self, query: str) -> str:
        """A user's words as a safe query for :meth:`fts_match_sql` (every word must match)."""

    def fts_search(self, query: str, limit: int) -> list[Row]:
        """Articles matching ``query``: rows with id and snippet, best first."""

    def table_exists(self, name: str) -> bool:
        """True when ``name`` is a table of the database."""

    def close(self) -> None:
        """Close the connection."""


def json_rows_parameter(rows: Iterable[Sequence[Any]]) -> str:
    """The parameter of :meth:`Backend.json_rows`: the rows as a JSON array of arrays (numbers,
    strings and nulls only; a float written as the shortest text that reads back the same)."""
    import json

    return json.dumps([list(row) for row in rows], ensure_ascii=False, allow_nan=False)


def fts_terms(query: str) -> list[str]:
    """The words of a user query, without operators (safe for either backend)."""
    import re

    return [w for w in re.findall(r"\w+", query, flags=re.UNICODE) if w][:16]


def chunks(values: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    """Split ``values`` for IN (...) lists that stay under the drivers' parameter limits."""
    for index in range(0, len(values), size):
        yield values[index:index + size]
