"""The API against its own OpenAPI document: schemathesis with every check (``--checks all``
of its CLI: server errors, undocumented statuses and content types, schema-valid requests
rejected, invalid ones accepted, response schemas, missing auth, ...), positive and negative
data, bounded and seeded (derandomised Hypothesis), in process over the test knowledge base
with writes enabled. ``bench/api_fuzz.py`` runs the CLI with more examples on a live server."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis.checks import CHECKS, load_all_checks  # noqa: E402

from dateline.serve import create_app  # noqa: E402

TOKEN = "fuzz-token"
EXAMPLES = 8


@pytest.fixture
def api_schema(kb_path: Path, tmp_path: Path) -> Any:
    """A new app per test: schemathesis' plugin ends the app's lifespan with each test."""
    db = tmp_path / "kb.db"  # writes land in a copy
    shutil.copy(kb_path, db)
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(str(db), token=TOKEN))


def every_check() -> list[Any]:
    load_all_checks()
    return list(CHECKS.get_all())


def _contract_test(operation: Any, mode: Any, headers: dict[str, str] | None,
                   checks: list[Any]) -> Any:
    """One operation's property test (hypothesis takes no defaults on a @given function)."""

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def keeps_contract(case: Any) -> None:
        # the first write waits for its worker process to load spaCy: allow for a loaded machine
        case.call_and_validate(headers=headers, checks=checks, timeout=120)

    return keeps_contract


@pytest.mark.parametrize("mode", list(schemathesis.GenerationMode), ids=lambda m: m.value)
def test_api_keeps_its_contract(api_schema: Any, mode: Any) -> None:
    checks = every_check()
    assert len(checks) >= 14  # all of the CLI's --checks all
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 13
    tested = 0
    for operation in operations:
        headers = {"Authorization": f"Bearer {TOKEN}"} if operation.method == "post" else None
        try:
            _contract_test(operation, mode, headers, checks)()
        except Unsatisfiable:  # negative data for an operation without parameters: none
            assert mode is schemathesis.GenerationMode.NEGATIVE
            continue
        tested += 1
    assert tested >= (13 if mode is schemathesis.GenerationMode.POSITIVE else 10), tested
