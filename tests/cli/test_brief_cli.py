"""``dateline brief A B``: the brief as HTML (standalone, printable), Markdown or JSON; the JSON
Schema; exit codes. On a knowledge base of five reports (``tests/store/kb_relationship.py``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from kb_relationship import reports  # noqa: E402

from dateline.store import open_store  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("brief") / "kb.db"
    with open_store(str(path)) as store:
        assert store.add(reports()).added == 5
    return path


def test_json_is_the_brief_and_valid(run_cli: Any, kb: Path) -> None:
    result = run_cli("brief", "Azerbaijan", "KAZ", "--db", kb, "--format", "json")
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    schema = json.loads((REPO / "schema" / "brief.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert (data["a"]["key"], data["b"]["key"], data["as_of"]) == ("AZE", "KAZ", "2025-01-15")
    assert [i["state"] for i in data["invitations"]] == ["open", "planned", "honoured"]


def test_markdown_links_every_line_to_the_server(run_cli: Any, kb: Path) -> None:
    result = run_cli("brief", "Kamran Aliyev", "Kazakhstan", "--db", kb, "-f", "md",
                     "--base-url", "http://dateline.example:8000/")
    assert result.code == 0, result.stderr
    text = result.stdout
    assert text.startswith("# Brief: Kamran Aliyev – Kazakhstan\n")
    assert "[Azerbaijan and Kazakhstan sign Memorandum of Understanding on asset recovery]" \
        "(http://dateline.example:8000/events/" in text
    assert "evidence: [Caspian Wire, 2024-06-20](http://dateline.example:8000/articles/" in text
    assert "| Kazakhstan | Prosecutor General, Prosecutor General's Office (KAZ) | " \
        "[Nurlan Zhaksylykov]" in text


def test_html_is_a_standalone_printable_document(run_cli: Any, kb: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    result = run_cli("brief", "AZE", "KAZ", "--db", kb, "-o", out, "--as-of", "2024-09-01")
    assert result.code == 0 and "written to" in result.stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "<title>Brief: Azerbaijan – Kazakhstan" in html
    assert "@media print" in html and "size: A4" in html  # the styles travel with it
    assert 'href="http://127.0.0.1:8000/events/' in html and "<script" not in html
    assert 'id="ahead"' in html and "to pay a visit" not in html
    assert "as of <b>2024-09-01</b>" in html


def test_schema_option_prints_the_committed_schema(run_cli: Any) -> None:
    result = run_cli("brief", "--schema")
    assert result.code == 0
    assert result.stdout == (REPO / "schema" / "brief.schema.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "message"), [
    (["Nobody Known", "KAZ"], "no person, country or organisation matches 'Nobody Known'"),
    (["AZE", "Azerbaijan"], "the same party"),
    (["AZE", "KAZ", "--format", "pdf"], "unknown format 'pdf'"),
    (["AZE"], "name both sides"),
])
def test_usage_errors_exit_2(run_cli: Any, kb: Path, args: list[str], message: str) -> None:
    result = run_cli("brief", *args, "--db", kb)
    assert result.code == 2 and message in result.stderr, result.stderr


def test_missing_database_exits_2(run_cli: Any, tmp_path: Path) -> None:
    result = run_cli("brief", "AZE", "KAZ", "--db", tmp_path / "none.db")
    assert result.code == 2 and "no such database" in result.stderr
