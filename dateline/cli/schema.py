"""``dateline schema``: the JSON Schema of the extraction record."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.output import open_output
from dateline.record import json_schema

__all__ = ["register", "schema", "schema_text"]

EPILOG = (
    "Examples:\n\n"
    "  dateline schema\n\n"
    "  dateline schema -o schema/record.schema.json"
)


def schema_text() -> str:
    """The record's JSON Schema as committed in ``schema/record.schema.json``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def schema(
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the schema to this file instead of stdout.")] = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of the records 'dateline extract' writes."""
    with open_output(output) as out:
        out.write(schema_text())


def register(app: typer.Typer) -> None:
    app.command("schema", epilog=EPILOG)(schema)
