"""Versioned schema migrations.

Migrations are numbered SQL files, one set per backend: ``migrations/<dialect>/NNNN_name.sql``.
The ``schema_version`` table records which have run; :func:`migrate` applies the missing ones in
order, each in its own transaction, and refuses a database newer than this code.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from dateline.errors import SchemaError
from dateline.store.backend import Backend

__all__ = ["DERIVED_SINCE", "Migration", "current_version", "latest_version", "migrate",
           "migrations"]

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")
# The version that added columns and tables derived from stored rows in Python (place keys,
# invitation scores): a database migrated past it from an older version has them filled by
# the store when it opens (:meth:`dateline.store.writer.Writer.derive_all`).
DERIVED_SINCE = 3


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


@cache
def migrations(dialect: str) -> tuple[Migration, ...]:
    """The migrations shipped for ``dialect`` ("sqlite" or "postgresql"), in order."""
    folder = "postgres" if dialect == "postgresql" else dialect
    root = resources.files("dateline.store").joinpath("migrations", folder)
    found = []
    for entry in root.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2),
                                   entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise SchemaError(f"migrations for {dialect} are not numbered 1..n: "
                          f"{[m.version for m in found]}")
    return tuple(found)


def latest_version(dialect: str) -> int:
    return len(migrations(dialect))


def current_version(backend: Backend) -> int:
    """The schema version of the database (0 when empty)."""
    if not backend.table_exists("schema_version"):
        return 0
    return int(backend.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version") or 0)


def migrate(backend: Backend) -> int:
    """Bring the database to the latest schema; return the version it is at."""
    latest = latest_version(backend.dialect)
    version = current_version(backend)
    if version > latest:
        raise SchemaError(
            f"the database schema is version {version}, newer than this Dateline "
            f"(version {latest}); upgrade Dateline")
    for migration in migrations(backend.dialect)[version:]:
        log.info("applying migration %04d_%s", migration.version, migration.name)
        with backend.transaction():
            backend.run_script(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                "name TEXT NOT NULL, applied_at TEXT NOT NULL);")
            if current_version(backend) >= migration.version:
                continue  # another process applied it while we waited for the lock
            backend.run_script(migration.sql)
            backend.execute(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name,
                 dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))
        version = migration.version
    return version
