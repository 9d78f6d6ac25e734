"""The serve process freezes its start-up heap (``gc.freeze``) and thaws it when it stops."""

from __future__ import annotations

import gc
from pathlib import Path

from fastapi.testclient import TestClient

from dateline.serve import create_app
from dateline.store import open_store


def test_start_up_heap_frozen_while_serving_and_thawed_after(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    open_store(str(db)).close()
    before = gc.get_freeze_count()
    first, second = create_app(str(db), token=""), create_app(str(db), token="")
    with TestClient(first) as client:
        assert gc.get_freeze_count() > before + 10_000  # modules, templates, the store...
        assert client.get("/index.json").status_code == 200
        with TestClient(second):
            assert gc.get_freeze_count() > 10_000
        assert gc.get_freeze_count() > 10_000  # the first app still serves: still frozen
    assert gc.get_freeze_count() == 0  # the last app stopped: collectable again
