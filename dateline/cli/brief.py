"""``dateline brief A B``: the brief before a meeting, as HTML, Markdown or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.output import note, open_output
from dateline.errors import UsageError

__all__ = ["FORMATS", "brief", "register"]

FORMATS = ("html", "md", "json")
EPILOG = (
    "Examples:\n\n"
    "  dateline brief AZE KAZ\n\n"
    "  dateline brief \"Kamran Aliyev\" Kazakhstan --format md\n\n"
    "  dateline brief Azerbaijan IAP --db demo.db -o brief.html\n\n"
    "  dateline brief \"Ilham Aliyev\" Putin --as-of 2024-08-16 --format json\n\n"
    "A and B are each a person, a country (ISO3 code or name) or an organisation. "
    "Exit codes: 0 done, 2 usage error (no such database, nothing matches a party)."
)


def brief(
    a: Annotated[str, typer.Argument(help="One side: a person, a country (KAZ or Kazakhstan) "
                                          "or an organisation.", show_default=False)] = "",
    b: Annotated[str, typer.Argument(help="The other side.", show_default=False)] = "",
    fmt: Annotated[str, typer.Option("--format", "-f", help="html | md | json.")] = "html",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file instead of stdout.", show_default=False)] = None,
    db: Annotated[str | None, typer.Option(
        "--db", help="SQLite file or postgresql:// URL (default: $DATELINE_DB, else "
        "./dateline.db).", show_default=False)] = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="Read the brief as of this date (default: the newest report).",
        show_default=False)] = None,
    base_url: Annotated[str, typer.Option(
        "--base-url", help="Where the links of html and md point: a running 'dateline serve'.")
    ] = "http://127.0.0.1:8000",
    schema: Annotated[bool, typer.Option(
        "--schema", help="Print the JSON Schema of the brief's JSON instead.")] = False,
) -> None:
    """The brief before a meeting of A and B: last meeting, agreements, invitations and whether
    a visit followed, what is announced, who holds which office - every line linked to its event
    and evidence."""
    from dateline.store.brief_models import brief_schema

    if schema:
        with open_output(output) as stream:
            stream.write(json.dumps(brief_schema(), indent=2, ensure_ascii=False, sort_keys=True)
                         + "\n")
        return
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if not a.strip() or not b.strip():
        raise UsageError("name both sides: dateline brief A B (e.g. dateline brief AZE KAZ)")
    from dateline.store import open_store, resolve_url

    target = resolve_url(db)
    if not target.startswith(("postgres://", "postgresql://")) and target != ":memory:" \
            and not Path(target).exists():
        raise UsageError(f"no such database: {target}")
    with open_store(target) as store:
        result = store.brief(a, b, as_of=as_of)
    if fmt == "json":
        text = result.model_dump_json(indent=2) + "\n"
    elif fmt == "md":
        from dateline.serve.brief_text import brief_markdown

        text = brief_markdown(result, base_url)
    else:
        from dateline.serve.brief import brief_document

        text = brief_document(result, base_url)
    with open_output(output) as stream:
        stream.write(text)
    if output is not None:
        note(f"brief {result.a.name} – {result.b.name} written to {output}")


def register(app: typer.Typer) -> None:
    app.command("brief", epilog=EPILOG)(brief)
