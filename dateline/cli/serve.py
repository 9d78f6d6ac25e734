"""``dateline serve``: the web UI and JSON API over a knowledge base, with uvicorn.

Several worker processes by default (one per CPU, at least two, at most eight): each opens its
own connection to the store, so a slow request holds one process, not the server. Settings
reach the workers through the environment (``DATELINE_DB``, ``DATELINE_MAX_BODY``, and
``DATELINE_TOKEN``, ``DATELINE_WRITE_WORKERS``, ``DATELINE_WRITE_QUEUE`` as set by the caller);
``dateline.serve.app:create_app`` is the factory each worker runs.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

from dateline.cli.output import note

__all__ = ["default_workers", "register", "run_server", "serve"]

APP_FACTORY = "dateline.serve.app:create_app"
EPILOG = (
    "Examples:\n\n"
    "  dateline serve\n\n"
    "  dateline serve --db events.db --port 8080 --workers 4\n\n"
    "  DATELINE_TOKEN=secret dateline serve --db postgresql://localhost/dateline --host 0.0.0.0\n\n"
    "Every page has a JSON twin (/events -> /events.json); OpenAPI at /api/openapi.json. "
    "Read-only unless DATELINE_TOKEN is set: then POST /api/documents (with "
    "'Authorization: Bearer ...') extracts a document in a worker process "
    "(DATELINE_WRITE_WORKERS, default 1; at most DATELINE_WRITE_QUEUE, default 8, waiting)."
)


def default_workers() -> int:
    """One worker process per CPU, at least 2, at most 8."""
    return min(8, max(2, os.cpu_count() or 1))


def run_server(db: str | None, host: str, port: int, *, workers: int = 1,
               max_body: str | None = None) -> None:
    """Open the store at ``db`` (migrating it once, here) and serve it until interrupted, in
    ``workers`` processes."""
    import uvicorn

    from dateline.serve.limits import parse_size
    from dateline.store import open_store, resolve_url

    url = resolve_url(db)
    body_limit = parse_size(max_body) if max_body else None
    os.environ["DATELINE_DB"] = url
    if body_limit:
        os.environ["DATELINE_MAX_BODY"] = str(body_limit)
    open_store(url).close()  # migrate before any worker opens it
    writes = "read-only" if not os.environ.get("DATELINE_TOKEN") else "writes with the token"
    note(f"serving on http://{host}:{port}/ ({workers} worker process"
         f"{'es' if workers > 1 else ''}, {writes}; Ctrl-C to stop)")
    if workers > 1:
        uvicorn.run(APP_FACTORY, factory=True, workers=workers, host=host, port=port,
                    log_level="warning")
    else:
        from dateline.serve import create_app

        uvicorn.run(create_app(url, max_body=body_limit), host=host, port=port,
                    log_level="warning")


def serve(
    db: Annotated[str | None, typer.Option(
        "--db", help="SQLite file or postgresql:// URL (default: $DATELINE_DB or ./dateline.db).",
        show_default=False)] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, max=64, show_default=False,
        help="Server processes (default: one per CPU, 2 to 8).")] = None,
    max_body: Annotated[str | None, typer.Option(
        "--max-body", show_default=False,
        help="Largest request body, e.g. 4MB (default: $DATELINE_MAX_BODY or 4MB); larger "
             "ones get 413 before they are read.")] = None,
) -> None:
    """Serve the web UI and JSON API over the knowledge base."""
    run_server(db, host, port, workers=workers or default_workers(), max_body=max_body)


def register(app: typer.Typer) -> None:
    app.command("serve", epilog=EPILOG)(serve)
