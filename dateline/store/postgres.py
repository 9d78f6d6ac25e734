"""The PostgreSQL backend (psycopg 3): the same schema, for a team sharing one database."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

from dateline.errors import StoreError
from dateline.store.backend import Row, chunks, fts_terms, json_rows_parameter

__all__ = ["FTS_WINDOW", "PostgresBackend", "to_pyformat"]

FTS_WINDOW = 1000  # full-text search ranks the newest this many matching articles

# Serialises writers from several `dateline ingest` processes on one database (resolution reads
# what earlier batches wrote, so two batches must not resolve against each other's half-work).
_WRITE_LOCK_KEY = 4_607_231


# the next id of each table named in the parameter (an array), and its sequence
_NEXT_IDS = (
    "SELECT t.name, t.seq, pg_sequence_last_value(t.seq::regclass) AS last_value, p.seqstart "
    "FROM (SELECT name, pg_get_serial_sequence(name, 'id') AS seq FROM unnest(?::text[]) AS "
    "name) t JOIN pg_sequence p ON p.seqrelid = t.seq::regclass")


# long texts :meth:`PostgresBackend.insert_rows` sends as parameters of their own, not inside its
# JSON parameter: no JSON escaping on the client, no JSON parsing on the server (an article's
# text and record are 5 KB together, most of what the rows' JSON parameters carried; jsonb_in
# was 4 % of the server's time in an ingest)
_OWN_PARAMETERS = {"articles": ("text", "record")}
_OWN_ROWS = 1000  # rows per statement then


def to_pyformat(sql: str) -> str:
    """``?`` placeholders to psycopg's ``%s`` (literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresBackend:
    """A connection to a PostgreSQL database given by a ``postgresql://`` URL."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg
        from psycopg.rows import dict_row

        self.url = url
        self._psycopg = psycopg
        try:
            self._conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL: {exc}") from exc
        try:  # long values (an article's text and record) compressed by lz4, not pglz: a
            # fifth of the CPU time pglz takes, read back the same (a server without lz4: pglz)
            self._conn.execute("SET default_toast_compression = 'lz4'")
        except psycopg.Error:
            pass
        self._lock = threading.RLock()
        self._in_transaction = False
        self._sequences: dict[str, str] = {}  # table -> its id sequence
        self._types: dict[str, dict[str, str]] = {}  # table -> column -> SQL type
        self._next_ids: dict[str, int] | None = None  # in a pipelined transaction: ids to give
        self._id_tables: set[str] = set()  # the tables insert_row gave ids for
        self._read_ids: dict[str, int] = {}  # their next ids, read in this transaction
        self._ids_later: Callable[[], list[Row]] | None = None  # those ids, asked not read
        # in a pipelined transaction: rows given ids by insert_row and not sent yet, by (table,
        # columns) in the order first held; sent as one statement each, in that order, before
        # anything else goes out
        self._held: dict[tuple[str, str], list[tuple[Any, ...]]] = {}

    @contextmanager
    def _guard(self, *, sending: bool = True) -> Iterator[Any]:
        """The connection, for a statement to send (the rows insert_row holds go out first)
        or, ``sending`` False, to read the answer of one sent before."""
        with self._lock:
            try:
                if self._held and sending:
                    self._send_held()
                yield self._conn
            except self._psycopg.Error as exc:
                raise StoreError(f"PostgreSQL: {exc}".splitlines()[0]) from exc

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._guard() as conn:
            return list(conn.execute(to_pyformat(sql), tuple(params)).fetchall())

    def query_later(self, sql: str, params: Sequence[Any] = ()) -> Callable[[], list[Row]]:
        """In pipeline mode the query is queued; the first read of any result sends what is
        queued with one Sync and receives every answer before it."""
        with self._guard() as conn:
            cursor = conn.execute(to_pyformat(sql), tuple(params))

        def rows() -> list[Row]:
            with self._guard(sending=False):
                return list(cursor.fetchall())
        return rows

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        with self._guard() as conn:
            row: Row | None = conn.execute(to_pyformat(sql), tuple(params)).fetchone()
            return row

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.query_one(sql, params)
        return next(iter(row.values())) if row else None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        with self._guard() as conn:
            return int(conn.execute(to_pyformat(sql), tuple(params)).rowcount)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self._guard() as conn, conn.cursor() as cur:
            cur.executemany(to_pyformat(sql), [tuple(r) for r in rows])

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        with self._guard() as conn:
            row = conn.execute(to_pyformat(sql), tuple(params)).fetchone()
            return int(next(iter(row.values())))

    def insert_row(self, table: str, columns: str, values: Sequence[Any]) -> int:
        """In a pipelined transaction the id is taken here, from the table's sequence as read
        once per transaction (writers hold the advisory lock, so no one else draws from it),
        and the INSERT goes out with the next read; the sequence is set past the ids given
        before the commit (so ``insert`` must not add to the same table in that transaction).
        The rows are held until another statement goes out, then sent as one statement per
        table, the tables in the order their first row came (so the rows go out before any
        statement that may refer to them; a table given rows here must not refer to another
        such table's rows of the same transaction: articles, actors and events do not).
        Otherwise ``INSERT ... RETURNING id``."""
        marks = ",".join("?" * len(values))
        if self._next_ids is None:
            return self.insert(f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id",
                               values)
        if table not in self._next_ids:
            if self._ids_later is not None:  # asked at the start of the transaction
                self._read_ids, self._ids_later = self._next_of(self._ids_later()), None
            if table not in self._read_ids:
                self._id_tables.add(table)
                self._read_ids = self._next_of(self.query(_NEXT_IDS, (sorted(self._id_tables),)))
            self._next_ids[table] = self._read_ids[table]
        new = self._next_ids[table]
        self._next_ids[table] = new + 1
        self._held.setdefault((table, columns), []).append((new, *values))
        return new

    def _send_held(self) -> None:
        """Send the rows :meth:`insert_row` holds back, one statement per table (in order)."""
        held, self._held = self._held, {}
        for (table, columns), rows in held.items():
            if len(rows) == 1:
                self.execute(f"INSERT INTO {table} (id, {columns}) VALUES "
                             f"({','.join('?' * len(rows[0]))})", rows[0])
            else:
                self.insert_rows(table, f"id, {columns}", rows)

    def send(self) -> None:
        with self._guard():
            pass  # the held rows go out

    def insert_rows(self, table: str, columns: str, rows: Sequence[Sequence[Any]], *,
                    conflict: str = "") -> None:
        """One statement for all ``rows``, sent as one JSON parameter (:meth:`json_rows`) and
        inserted in order (executemany costs a statement per row; the SQL stays the same, so
        it is prepared). JSON, not an array parameter per column: psycopg writes arrays
        element by element in Python (a fifth of the ingest's client time), the json module in
        C; and jsonb, parsed once per row, costs the server what the arrays did. With
        ``conflict``, rows that conflict with earlier rows of the same statement are skipped
        (DO NOTHING) as one at a time would skip them; a DO UPDATE must not meet a key twice."""
        if not rows:
            return
        types = self._column_types(table)
        names = [c.strip() for c in columns.split(",")]
        own = [i for i, name in enumerate(names) if name in _OWN_PARAMETERS.get(table, ())]
        if not own:
            source = self.json_rows([(name, types[name]) for name in names])
            self.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {source} AS u "
                         f"ORDER BY row_order {conflict}", [json_rows_parameter(rows)])
            return
        if len(rows) > _OWN_ROWS:  # under the protocol's 65,535 parameters
            for part in chunks(rows, _OWN_ROWS):
                self.insert_rows(table, columns, part, conflict=conflict)
            return
        # the long texts as parameters of their own, joined to their rows by place
        rest = [i for i in range(len(names)) if i not in own]
        source = self.json_rows([(names[i], types[names[i]]) for i in rest])
        values = ", ".join(f"({n}, {', '.join(f'?::{types[names[i]]}' for i in own)})"
                           for n in range(1, len(rows) + 1))
        picked = ", ".join(f"t.{name}" if i in own else f"u.{name}"
                           for i, name in enumerate(names))
        self.execute(
            f"INSERT INTO {table} ({columns}) SELECT {picked} FROM {source} AS u JOIN "
            f"(VALUES {values}) AS t (n, {', '.join(names[i] for i in own)}) ON "
            f"t.n = u.row_order ORDER BY u.row_order {conflict}",
            [json_rows_parameter([row[i] for i in rest] for row in rows),
             *(row[i] for row in rows for i in own)])

    def json_rows(self, columns: Sequence[tuple[str, str]]) -> str:
        values = ", ".join(f"(r->>{i})::{kind} AS {name}"
                           for i, (name, kind) in enumerate(columns))
        return (f"(SELECT {values}, row_order FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY "
                "AS j (r, row_order))")

    def json_member(self, column: str, position: int, kind: str) -> str:
        return (f"{column} = ANY(ARRAY(SELECT (r->>{position})::{kind} FROM "
                "jsonb_array_elements(?::jsonb) AS j (r)))")

    def any_of(self, column: str, subquery: str) -> str:
        return f"{column} = ANY(ARRAY({subquery}))"

    def _column_types(self, table: str) -> dict[str, str]:
        if table not in self._types:
            self._types[table] = {r["attname"]: r["type"] for r in self.query(
                "SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute "
                "WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped", (table,))}
        return self._types[table]

    def _next_of(self, rows: list[Row]) -> dict[str, int]:
        """The id ``nextval`` would give each table now (without drawing it), from the rows of
        ``_NEXT_IDS`` (asked for the tables insert_row has seen on this connection, with the
        batch's first reads: no round trip of its own)."""
        found = {}
        for row in rows:
            self._sequences[row["name"]] = row["seq"]
            last = row["last_value"]
            found[row["name"]] = int(last) + 1 if last is not None else int(row["seqstart"])
        return found

    def _sync_sequences(self) -> None:
        """Set each sequence past the ids :meth:`insert_row` gave in this transaction (on a
        rollback they were never drawn: the next transaction gives them again)."""
        for table, following in (self._next_ids or {}).items():
            self.execute("SELECT setval(?, ?, true)", (self._sequences[table], following - 1))

    @contextmanager
    def transaction(self, *, pipeline: bool = False) -> Iterator[None]:
        """One transaction holding the writers' advisory lock (one ingest batch at a time).

        ``pipeline``: psycopg's pipeline mode - statements whose results are not read (UPDATE,
        INSERT without RETURNING) go out without waiting for the server, and a read sends what
        is queued with it: one round trip per read instead of one per statement. An error in a
        queued statement is raised at the next read or at commit (the batch rolls back).
        Scripts (:meth:`run_script`) cannot run in this mode.
        """
        with self._lock:
            if self._in_transaction:
                raise StoreError("nested transactions are not supported")
            self._in_transaction = True
            try:
                with self._guard() as conn, ExitStack() as stack:
                    if pipeline:
                        stack.enter_context(conn.pipeline())
                    stack.enter_context(conn.transaction())
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK_KEY,))
                    if pipeline:
                        self._next_ids = {}
                        self._read_ids = {}
                        if self._id_tables:
                            self._ids_later = self.query_later(_NEXT_IDS,
                                                               (sorted(self._id_tables),))
                    yield
                    self._sync_sequences()
                    with self._guard():
                        pass  # rows still held go out before the commit
            finally:
                self._in_transaction = False
                self._next_ids = None
                self._held = {}
                self._ids_later = None

    def run_script(self, script: str) -> None:
        with self._guard() as conn:
            conn.execute(script.encode("utf-8"))

    def fts_match_sql(self, limit: int | None = None) -> str:
        sql = "SELECT id FROM articles WHERE tsv @@ plainto_tsquery('english', ?)"
        return sql if limit is None else f"{sql} ORDER BY id DESC LIMIT {int(limit)}"

    def fts_query(self, query: str) -> str:
        """The words of the query (plainto_tsquery ANDs them)."""
        return " ".join(fts_terms(query))

    def fts_search(self, query: str, limit: int) -> list[Row]:
        """The best of the newest ``FTS_WINDOW`` matching articles; headlines for the page only."""
        sql = ("SELECT a.id, ts_headline('english', left(a.text, 20000), q, "
               "'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet "
               "FROM (SELECT m.id, m.rank FROM (SELECT id, ts_rank(tsv, q) AS rank "
               "FROM articles, plainto_tsquery('english', ?) AS q WHERE tsv @@ q "
               "ORDER BY id DESC LIMIT ?) m ORDER BY m.rank DESC, m.id LIMIT ?) t "
               "JOIN articles a ON a.id = t.id, plainto_tsquery('english', ?) AS q "
               "ORDER BY t.rank DESC, t.id")
        words = self.fts_query(query)
        return self.query(sql, (words, FTS_WINDOW, limit, words))

    def table_exists(self, name: str) -> bool:
        return self.scalar("SELECT to_regclass(?) IS NOT NULL", (name,)) is True

    def close(self) -> None:
        with self._lock:
            self._conn.close()
