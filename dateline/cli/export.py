"""``dateline export``: canonical events out of the knowledge base, in a file format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.output import note, open_output
from dateline.errors import UsageError

__all__ = ["export", "register"]

EPILOG = (
    "Examples:\n\n"
    "  dateline export --format jsonl -o events.jsonl\n\n"
    "  dateline export --db team.db --format csv --country KAZ --since 2024-01 > kaz.csv\n\n"
    "  dateline export --format parquet -o events.parquet --kind visit\n\n"
    "  dateline export --format plover --until 2024-06-30\n\n"
    "Exit codes: 0 done, 2 usage error."
)


def export(
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="jsonl | csv | parquet | plover.")] = "jsonl",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file instead of stdout (required for parquet).",
        show_default=False)] = None,
    db: Annotated[str | None, typer.Option(
        "--db", help="SQLite file or postgresql:// URL (default: $DATELINE_DB, else "
        "./dateline.db).", show_default=False)] = None,
    since: Annotated[str | None, typer.Option(
        "--since", help="Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).",
        show_default=False)] = None,
    until: Annotated[str | None, typer.Option(
        "--until", help="Events on or before this date.", show_default=False)] = None,
    country: Annotated[str | None, typer.Option(
        "--country", help="Only events with this participant (ISO alpha-3, e.g. KAZ).",
        show_default=False)] = None,
    kind: Annotated[str | None, typer.Option(
        "--kind", help="Only this kind: visit, meeting, multilateral, call, agreement, "
        "gathering, invitation, other.", show_default=False)] = None,
) -> None:
    """Export canonical events (one per engagement, with all their sources)."""
    from dateline.store import open_store, resolve_url
    from dateline.store.export import FORMATS, export_events

    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet" and (output is None or str(output) == "-"):
        raise UsageError("parquet export needs an output file: -o FILE")
    target = resolve_url(db)
    if target and not target.startswith(("postgres://", "postgresql://")) \
            and target != ":memory:" and not Path(target).exists():
        raise UsageError(f"no such database: {target}")
    with open_store(target) as store:
        filters = {"since": since, "until": until, "country": country, "kind": kind}
        if fmt == "parquet":
            assert output is not None
            count = export_events(store, fmt, output, **filters)
        else:
            with open_output(output) as stream:
                count = export_events(store, fmt, stream, **filters)
    note(f"exported {count} events")


def register(app: typer.Typer) -> None:
    app.command("export", epilog=EPILOG)(export)
