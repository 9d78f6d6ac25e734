"""The API against its own OpenAPI document: schemathesis, bounded and seeded (derandomised
Hypothesis), every check (``--checks all`` of the CLI: server errors, undocumented statuses and
content types, schema-valid requests rejected, invalid ones accepted, response schemas, ...),
in process over the test knowledge base. ``bench/api_fuzz.py`` runs the same with more examples
against a live server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from dateline.serve import create_app  # noqa: E402

TOKEN = "fuzz-token"


@pytest.fixture(scope="module")
def api_schema(kb_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    import shutil

    db = tmp_path_factory.mktemp("fuzz") / "kb.db"  # writes land in a copy
    shutil.copy(kb_path, db)
    app = create_app(str(db), token=TOKEN)
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=12, derandomize=True, deadline=None,
          suppress_health_check=list(HealthCheck))
def test_api_keeps_its_contract(case: Any) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"} if case.method == "POST" else None
    case.call_and_validate(headers=headers)
