"""SIGKILL at random points of `dateline ingest` (the real command, spaCy and all), resumed: the
exports equal an uninterrupted run's, on SQLite and on PostgreSQL (issue 15). The 10,000-document
run is ``bench/kill_ingest.py``; this is its seeded, smaller version."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import kill_ingest  # noqa: E402

DOCS, KILLS, SEED = 240, 3, 15


def _check(row: dict) -> None:
    assert row["kills"] >= 2  # killed mid-run, not after the end
    assert row["articles"] == row["reference_articles"] > 0.9 * DOCS
    assert row["events"] > DOCS / 3
    assert row["differing_events"] == 0 and row["identical"]


def test_the_corpus_is_seeded_and_retells_engagements() -> None:
    docs = kill_ingest.corpus(DOCS, SEED)
    assert docs == kill_ingest.corpus(DOCS, SEED) and len(docs) == DOCS
    engagements = {d["id"].split("-")[0] for d in docs}
    assert len(engagements) < 0.8 * DOCS  # several outlets report the same engagement


@pytest.mark.slow
def test_killed_sqlite_ingest_resumes_to_the_same_export(tmp_path: Path) -> None:
    _check(kill_ingest.run_backend("sqlite", DOCS, KILLS, SEED, tmp_path))


@pytest.mark.slow
@pytest.mark.postgres
def test_killed_postgresql_ingest_resumes_to_the_same_export(tmp_path: Path, pg_url: str) -> None:
    _check(kill_ingest.run_backend("postgresql", DOCS, KILLS, SEED, tmp_path, pg_url))
