"""The record's JSON Schema: committed copy up to date, and real outputs valid against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from dateline.cli.schema import schema_text
from dateline.record import Record, json_schema

COMMITTED = Path(__file__).resolve().parents[1] / "schema" / "record.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_committed_schema_is_up_to_date():
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), (
        "schema/record.schema.json is stale: run `.venv/bin/dateline schema -o schema/record.schema.json`")


def test_schema_command_prints_it(run_cli, tmp_path):
    result = run_cli("schema")
    assert result.code == 0
    assert json.loads(result.stdout) == json_schema()
    out = tmp_path / "s.json"
    assert run_cli("schema", "-o", out).code == 0
    assert out.read_text(encoding="utf-8") == schema_text()


def test_real_records_validate(run_cli, extractor, wire_corpus, validator):
    (wire_corpus / "empty.txt").write_text("", encoding="utf-8")
    result = run_cli("extract", wire_corpus)
    lines = result.lines()
    assert len(lines) == 4
    for line in lines:
        data = json.loads(line)
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
        assert not errors, f"{data['id']}: {errors[0].message} at {list(errors[0].path)}"
        assert Record.from_json(line).to_json() == line  # the models round-trip
    events = [e for line in lines for e in json.loads(line)["events"]]
    assert events, "the wire articles should yield events to validate"


def test_schema_rejects_what_the_contract_forbids(validator):
    good = Record(id="x").to_dict()
    assert validator.is_valid(good)
    assert not validator.is_valid({**good, "published_from": "guess"})
    assert not validator.is_valid({**good, "actors": [{"id": "a1", "kind": "robot", "name": "R"}]})
    assert not validator.is_valid({k: v for k, v in good.items() if k != "id"})


def test_aliases_and_lang_appear_only_when_given(validator):
    english = Record.model_validate({
        "id": "en", "actors": [{"id": "a1", "kind": "person", "name": "Kamran Aliyev"}]})
    assert "lang" not in english.to_dict()
    assert "aliases" not in english.to_dict()["actors"][0]
    russian = Record.model_validate({
        "id": "ru", "lang": "ru",
        "actors": [{"id": "a1", "kind": "person", "name": "Kamran Aliyev",
                    "aliases": ["Камран Алиев"]}]})
    data = russian.to_dict()
    assert data["lang"] == "ru"
    assert data["actors"][0]["aliases"] == ["Камран Алиев"]
    assert validator.is_valid(data)
    assert Record.from_json(russian.to_json()) == russian
    assert not validator.is_valid({**data, "actors": [{**data["actors"][0], "aliases": "Алиев"}]})
