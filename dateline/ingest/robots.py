"""Politeness: robots.txt rules per site, and a minimum delay between requests to one host.

robots.txt follows RFC 9309: a 4xx answer means no rules (everything allowed), a 5xx answer
means the site is unavailable (nothing allowed until the rules are fetched again).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from dateline.errors import FetchError

__all__ = ["HostThrottle", "RobotsCache", "origin_of"]

MAX_CRAWL_DELAY = 30.0
UNAVAILABLE_TTL = 300.0


def origin_of(url: str) -> str:
    """``https://host:port`` of a URL (robots.txt applies per origin)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


@dataclass(slots=True)
class _Rules:
    parser: RobotFileParser | None  # None: the verdict is ``allow_all``
    allow_all: bool
    expires: float


class RobotsCache:
    """robots.txt per origin, fetched with ``fetch_text(url) -> (status, text)`` and cached."""

    def __init__(self, fetch_text: Callable[[str], tuple[int, str]], *, agent: str,
                 ttl: float = 3600.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._fetch_text = fetch_text
        self.agent = agent
        self.ttl = ttl
        self._clock = clock
        self._rules: dict[str, _Rules] = {}

    def _get(self, url: str) -> _Rules:
        origin = origin_of(url)
        rules = self._rules.get(origin)
        if rules is not None and rules.expires > self._clock():
            return rules
        status, text = self._fetch_text(origin + "/robots.txt")
        now = self._clock()
        if 200 <= status < 300:
            parser = RobotFileParser()
            parser.parse(text.splitlines())
            rules = _Rules(parser, False, now + self.ttl)
        elif 400 <= status < 500:
            rules = _Rules(None, True, now + self.ttl)
        else:
            rules = _Rules(None, False, now + min(self.ttl, UNAVAILABLE_TTL))
        self._rules[origin] = rules
        return rules

    def allowed(self, url: str) -> bool:
        """May the agent fetch ``url``? (Fetches the site's robots.txt when not cached.)"""
        rules = self._get(url)
        if rules.parser is None:
            return rules.allow_all
        return rules.parser.can_fetch(self.agent, url)

    def crawl_delay(self, url: str) -> float | None:
        """The site's ``Crawl-delay`` for the agent (capped), if it sets one."""
        rules = self._get(url)
        if rules.parser is None:
            return None
        delay = rules.parser.crawl_delay(self.agent)
        return min(float(delay), MAX_CRAWL_DELAY) if delay is not None else None


class HostThrottle:
    """Per-host limits: at most ``connections`` requests in flight to one host, and at least
    ``delay`` seconds between the starts of two requests to it. Safe to share between threads
    (``dateline watch`` fetches feeds concurrently); every wait ends early on ``stop``."""

    def __init__(self, delay: float, *, stop: threading.Event | None = None,
                 clock: Callable[[], float] = time.monotonic, connections: int = 1) -> None:
        self.delay = delay
        self.stop = stop or threading.Event()
        self.connections = connections
        self._clock = clock
        self._last: dict[str, float] = {}
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()

    @staticmethod
    def host_of(url: str) -> str:
        return (urlsplit(url).hostname or "").lower()

    def wait(self, url: str, delay: float | None = None) -> float:
        """Block until ``url``'s host may be requested again; return the seconds waited.

        Raises :class:`FetchError` (reason ``stopped``) when ``stop`` is set meanwhile.
        """
        host = self.host_of(url)
        gap = max(self.delay, delay or 0.0)
        with self._lock:  # reserve the start time, so concurrent callers space out
            now = self._clock()
            last = self._last.get(host)
            start = now if last is None else max(now, last + gap)
            self._last[host] = start
        waited = max(0.0, start - now)
        if waited and self.stop.wait(waited):
            raise FetchError(f"{url}: stopped while waiting for the host", reason="stopped")
        if self.stop.is_set():
            raise FetchError(f"{url}: stopped", reason="stopped")
        return waited

    @contextlib.contextmanager
    def slot(self, url: str, delay: float | None = None) -> Iterator[float]:
        """Hold one of the host's ``connections`` for a request (after :meth:`wait`); yields the
        seconds waited for the delay."""
        host = self.host_of(url)
        with self._lock:
            slots = self._slots.setdefault(host, threading.BoundedSemaphore(self.connections))
        while not slots.acquire(timeout=0.1):
            if self.stop.is_set():
                raise FetchError(f"{url}: stopped while waiting for the host", reason="stopped")
        try:
            yield self.wait(url, delay)
        finally:
            slots.release()
