"""``dateline demo --no-serve`` builds a servable knowledge base; ``dateline serve --help``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dateline.cli.demo import DEMO_DIR


@pytest.mark.slow
def test_demo_builds_a_fresh_database(run_cli: Any, tmp_path: Path, extractor: Any) -> None:
    from fastapi.testclient import TestClient

    from dateline.serve import create_app

    db = tmp_path / "demo.db"
    db.write_bytes(b"not a database")  # recreated, not reused
    result = run_cli("demo", "--db", db, "--no-serve")
    assert result.code == 0, result.stderr
    assert "0 failed" in result.stderr
    n_articles = len(list((DEMO_DIR / "articles").glob("*.txt")))
    with TestClient(create_app(str(db))) as client:
        stats = client.get("/index.json").json()
        assert stats["articles"] >= n_articles and stats["events"] > 0
        assert client.get("/events").status_code == 200


def test_serve_help(run_cli: Any) -> None:
    result = run_cli("serve", "--help")
    assert result.code == 0
    assert "--db" in result.stdout and "/api/openapi.json" in result.stdout
