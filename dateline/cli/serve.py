"""``dateline serve``: the web UI and JSON API over a knowledge base, with uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from dateline.cli.output import note

__all__ = ["register", "run_server", "serve"]

EPILOG = (
    "Examples:\n\n"
    "  dateline serve\n\n"
    "  dateline serve --db events.db --port 8080\n\n"
    "  DATELINE_TOKEN=secret dateline serve --db postgresql://localhost/dateline --host 0.0.0.0\n\n"
    "Every page has a JSON twin (/events -> /events.json); OpenAPI at /api/openapi.json. "
    "POST /api/documents is enabled only when DATELINE_TOKEN is set."
)


def run_server(db: str | None, host: str, port: int) -> None:
    """Open the store at ``db`` and serve it until interrupted."""
    import uvicorn

    from dateline.serve import create_app

    app = create_app(db)
    note(f"serving on http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def serve(
    db: Annotated[str | None, typer.Option(
        "--db", help="SQLite file or postgresql:// URL (default: $DATELINE_DB or ./dateline.db).",
        show_default=False)] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
) -> None:
    """Serve the web UI and JSON API over the knowledge base."""
    run_server(db, host, port)


def register(app: typer.Typer) -> None:
    app.command("serve", epilog=EPILOG)(serve)
