"""The knowledge base: canonical people, roles, organisations, countries and events.

``open_store()`` opens the default SQLite file (``./dateline.db``, or ``$DATELINE_DB``);
``open_store("postgresql://...")`` a PostgreSQL database with the same schema::

    from dateline.jobs import ingest
    from dateline.store import open_store

    store = open_store("dateline.db")
    ingest(["examples/demo"], store)
    for event in store.list_events(country="KAZ", kind="visit").items:
        print(event.date.start, event.name, [a.name for a in event.source])

The store only stores and queries: reading sources and extracting is the jobs' part
(:mod:`dateline.jobs`), which hand it (document, record) pairs through :meth:`Store.add`.
"""

from __future__ import annotations

import os
from pathlib import Path

from dateline.store.core import Store
from dateline.store.writer import AddStats, Failure

__all__ = ["AddStats", "DEFAULT_DB", "Failure", "Store", "open_store", "resolve_url"]

DEFAULT_DB = "dateline.db"


def resolve_url(url: str | None = None) -> str:
    """The database to use: ``url``, else ``$DATELINE_DB``, else ``./dateline.db``."""
    return url or os.environ.get("DATELINE_DB") or DEFAULT_DB


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and migrate) the store at ``url``.

    ``postgresql://`` / ``postgres://`` URLs use PostgreSQL (psycopg 3); ``sqlite:///path``,
    a file path or ``:memory:`` use SQLite.
    """
    target = resolve_url(url)
    if target.startswith(("postgresql://", "postgres://")):
        from dateline.store.postgres import PostgresBackend

        return Store(PostgresBackend(target), migrate_schema=migrate)
    from dateline.store.sqlite import SQLiteBackend

    path = target.removeprefix("sqlite:///").removeprefix("sqlite://")
    return Store(SQLiteBackend(path if path == ":memory:" else Path(path).expanduser()),
                 migrate_schema=migrate)
