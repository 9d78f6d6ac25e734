"""Store fixtures: every store test runs on SQLite and on PostgreSQL.

PostgreSQL comes from ``$DATELINE_TEST_PG`` (a postgresql:// URL); when unset, a throwaway
cluster is started with ``.ci/postgres.sh`` for the session. The PostgreSQL variants are skipped
only when neither works. Each test gets its own schema (``search_path``), dropped afterwards.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from dateline.store import Store, open_store

REPO = Path(__file__).resolve().parents[2]


def _start_cluster() -> tuple[str, str] | None:
    script = REPO / ".ci" / "postgres.sh"
    if not script.exists():
        return None
    try:
        done = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"stop with: (.*)$", done.stderr, re.MULTILINE)
    if done.returncode != 0 or not done.stdout.strip() or not match:
        return None
    return done.stdout.strip(), match.group(1)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A PostgreSQL server URL, or skip."""
    url = os.environ.get("DATELINE_TEST_PG")
    if url:
        yield url
        return
    started = _start_cluster()
    if started is None:
        pytest.skip("no PostgreSQL: set DATELINE_TEST_PG or install postgresql")
    url, stop = started
    yield url
    subprocess.run(stop.split(), capture_output=True, check=False)
    data_dir = Path(stop.split(" -D ")[1].split()[0])
    shutil.rmtree(data_dir.parent, ignore_errors=True)


def pg_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[Store]:
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    store = open_store(pg_schema_url(pg_url, schema))
    try:
        yield store
    finally:
        store.close()
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, migrated store on each backend."""
    if request.param == "sqlite":
        opened = open_store(str(tmp_path / "kb.db"))
        yield opened
        opened.close()
    else:
        yield request.getfixturevalue("pg_store")
