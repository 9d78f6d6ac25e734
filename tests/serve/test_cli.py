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


def test_serve_help_names_workers_and_body_limit(run_cli: Any) -> None:
    result = run_cli("serve", "--help")
    assert "--workers" in result.stdout and "--max-body" in result.stdout
    assert "DATELINE_TOKEN" in result.stdout


def test_serve_rejects_a_bad_body_limit(run_cli: Any, tmp_path: Path) -> None:
    result = run_cli("serve", "--db", tmp_path / "kb.db", "--max-body", "lots")
    assert result.code == 2 and "not a size" in result.stderr


def test_serve_runs_several_worker_processes(kb_path: Path, tmp_path: Path) -> None:
    """``dateline serve`` as deployed: default workers (>= 2 processes), read-only, the limits."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time

    import httpx

    from dateline.cli.serve import default_workers

    assert default_workers() >= 2
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "DATELINE_TOKEN"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    server = subprocess.Popen([sys.executable, "-m", "dateline.cli.main", "serve", "--db",
                               str(kb_path), "--port", str(port), "--max-body", "8KB"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              start_new_session=True)
    try:
        deadline, answer = time.monotonic() + 60, None
        while answer is None and time.monotonic() < deadline:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/index.json", timeout=5)
            except httpx.TransportError:
                time.sleep(0.2)
        assert answer is not None and answer.status_code == 200
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        assert len(children) >= 2  # uvicorn's supervisor and its worker processes
        big = httpx.post(f"http://127.0.0.1:{port}/api/documents", content=b"x" * 20_000,
                         headers={"Authorization": "Bearer guess"}, timeout=10)
        assert big.status_code == 403  # read-only by default, whatever the body
        assert answer.headers["x-content-type-options"] == "nosniff"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    assert "worker processes, read-only" in server.stderr.read().decode()
