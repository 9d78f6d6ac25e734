"""``dateline watch``: poll RSS/Atom feeds and store the new articles' engagements."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.output import note

__all__ = ["register", "watch"]

EPILOG = (
    "Examples:\n\n"
    "  dateline watch feeds.txt\n\n"
    "  dateline watch feeds.txt --interval 30m --db events.db\n\n"
    "  dateline watch feeds.txt --once --db postgresql://dateline@db.internal/dateline\n\n"
    "FEEDS_FILE has one feed URL a line; '#' starts a comment. Each poll uses conditional GET "
    "(ETag, Last-Modified), fetches only new article URLs, obeys robots.txt and waits between "
    "requests to one host. What the watcher has seen is kept next to the database "
    "(events.db -> events.watch.sqlite) or in --state. Ctrl-C or SIGTERM stops it after the "
    "current document; what was fetched is stored. One log line per poll on stderr.\n\n"
    "Exit codes: 0 stopped cleanly, 1 the store failed, 2 usage error."
)


class _Prefixed(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"dateline: {super().format(record)}"


@contextlib.contextmanager
def _logging_to_stderr(verbose: bool) -> Iterator[None]:
    """Dateline's INFO lines (polls, skips) on stderr while the command runs; chatty
    libraries kept to errors."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Prefixed("%(message)s"))
    logger = logging.getLogger("dateline")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("httpx", "httpcore", "trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def watch(
    feeds_file: Annotated[Path, typer.Argument(
        help="Text file of feed URLs, one a line ('#' comments).", show_default=False)],
    interval: Annotated[str, typer.Option(
        "--interval", help="Time between polls: seconds, or with a unit (90s, 15m, 1h).")] = "15m",
    db: Annotated[str | None, typer.Option(
        "--db", help="SQLite file or postgresql:// URL (default: $DATELINE_DB, else "
        "./dateline.db).", show_default=False)] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit.")] = False,
    max_polls: Annotated[int | None, typer.Option(
        "--max-polls", min=1, help="Stop after N polls.", show_default=False)] = None,
    state: Annotated[str | None, typer.Option(
        "--state", help="Watch state file (default: next to the database).",
        show_default=False)] = None,
    timeout: Annotated[float, typer.Option(
        "--timeout", min=0.1, help="Seconds to wait for a server (per operation).")] = 20.0,
    host_delay: Annotated[float, typer.Option(
        "--host-delay", min=0.0, help="Minimum seconds between requests to one host.")] = 1.0,
    max_bytes: Annotated[int, typer.Option(
        "--max-bytes", min=1024, help="Largest response accepted (decompressed).")] = 10_000_000,
    retries: Annotated[int, typer.Option(
        "--retries", min=0, help="Extra attempts after a timeout, connection error or 5xx.")] = 2,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Debug logging.")] = False,
) -> None:
    """Poll RSS/Atom feeds; fetch, extract and store the new articles."""
    from dateline.ingest.fetch import FetchPolicy
    from dateline.ingest.watch import parse_interval, read_feeds_file
    from dateline.jobs.watch import watch_feeds

    seconds = parse_interval(interval)
    feeds = read_feeds_file(feeds_file)
    policy = FetchPolicy(timeout=timeout, deadline=max(60.0, 3 * timeout), retries=retries,
                         host_delay=host_delay, max_bytes=max_bytes)
    with _logging_to_stderr(verbose):
        polls = watch_feeds(feeds, db=db, state_path=state, interval=seconds,
                            max_polls=1 if once else max_polls, policy=policy)
    stored = sum(p.stored for p in polls)
    note(f"stopped after {len(polls)} poll{'s' if len(polls) != 1 else ''}: {stored} articles "
         "stored")


def register(app: typer.Typer) -> None:
    app.command("watch", epilog=EPILOG, no_args_is_help=True)(watch)
