"""Run the watch loop in a child process, for the signal tests.

    python watch_runner.py FEEDS_FILE DB

Uses the tests' fast fetch policy and the stub extractor; logs to stderr; polls every 60 s
until SIGINT/SIGTERM.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from site_server import StubExtractor, fast_policy

from dateline.ingest.watch import read_feeds_file
from dateline.jobs.watch import watch_feeds


def main() -> int:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
    for noisy in ("httpx", "httpcore", "trafilatura", "htmldate"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    feeds = read_feeds_file(Path(sys.argv[1]))
    watch_feeds(feeds, db=sys.argv[2], interval=60.0, policy=fast_policy(),
                extractor=StubExtractor())
    return 0


if __name__ == "__main__":
    sys.exit(main())
