"""``dateline demo``: ingest the bundled demo corpus into a fresh SQLite file and serve it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.output import note
from dateline.errors import UsageError

__all__ = ["DEMO_DIR", "build_demo", "demo", "register"]

DEMO_DIR = Path(__file__).resolve().parents[2] / "examples" / "demo"

EPILOG = (
    "Examples:\n\n"
    "  dateline demo\n\n"
    "  dateline demo --db /tmp/demo.db --port 8080\n\n"
    "  dateline demo --no-serve   # only build demo.db"
)


def demo_inputs(folder: Path = DEMO_DIR) -> list[str]:
    """The demo corpus: ``articles/`` (text files) and ``wire.jsonl`` when present."""
    inputs = [p for p in (folder / "articles", folder / "wire.jsonl") if p.exists()]
    if not inputs:
        raise UsageError(f"the demo corpus is missing: {folder}")
    return [str(p) for p in inputs]


def build_demo(db: Path, *, progress: bool = False) -> str:
    """Recreate ``db`` from the demo corpus; return the ingest summary line."""
    from dateline.jobs.ingest import ingest
    from dateline.store import open_store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with open_store(str(db)) as store:
        return ingest(demo_inputs(), store, progress=progress).summary()


def demo(
    db: Annotated[Path, typer.Option("--db", help="SQLite file to (re)create.")] = Path("demo.db"),
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    serve: Annotated[bool, typer.Option("--serve/--no-serve",
                                        help="Serve the UI after building.")] = True,
) -> None:
    """Build a demo knowledge base from the bundled articles, then serve it."""
    note(f"building {db} from {DEMO_DIR} ...")
    note(build_demo(db))
    if serve:
        from dateline.cli.serve import run_server

        typer.echo(f"Dateline demo: http://127.0.0.1:{port}/")
        run_server(str(db), "127.0.0.1", port)


def register(app: typer.Typer) -> None:
    app.command("demo", epilog=EPILOG)(demo)
