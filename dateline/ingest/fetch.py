"""A polite, bounded HTTP client for feeds and pages (httpx); one Fetcher may serve several
threads (its per-host limits hold across them).

Every request has a timeout; transient failures (timeouts, connection errors, 429 and 5xx) are
retried with exponential backoff (``Retry-After`` honoured, capped); redirects are followed by
hand so each hop is checked against robots.txt, the per-host delay, a hop limit and loops;
bodies are capped *after* decompression; the declared content type must fit what the caller
expects (ambiguous types are sniffed). Conditional GET: pass the ETag / Last-Modified of the
previous answer and a 304 comes back as ``result.not_modified``::

    with Fetcher(FetchPolicy(timeout=10)) as fetcher:
        result = fetcher.get("https://outlet.example/rss", accept={"feed"})

Failures raise :class:`~dateline.errors.FetchError` whose ``reason`` says why (``http_404``,
``timeout``, ``connect``, ``robots``, ``content_type``, ``too_large``, ``redirect_loop``...).
"""

from __future__ import annotations

import email.utils
import logging
import threading
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from dateline.errors import FetchError
from dateline.ingest.body import kind_of_media_type, media_type, read_capped, sniff
from dateline.ingest.robots import HostThrottle, RobotsCache

__all__ = ["FetchPolicy", "FetchResult", "Fetcher"]

log = logging.getLogger(__name__)

REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_REASONS = frozenset({"timeout", "connect", "network"})
ROBOTS_MAX_BYTES = 512_000


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits and manners of a :class:`Fetcher` (seconds and bytes)."""

    timeout: float = 20.0           # connect / read / write, per operation
    deadline: float = 60.0          # a whole response, body included
    retries: int = 2                # extra attempts after a transient failure
    backoff: float = 1.0            # first retry delay, doubled each time
    max_retry_after: float = 60.0   # cap on a server's Retry-After
    max_bytes: int = 10_000_000     # decompressed body size cap
    max_redirects: int = 5
    host_delay: float = 1.0         # minimum gap between requests to one host
    host_connections: int = 1       # requests in flight to one host at a time
    obey_robots: bool = True
    robots_ttl: float = 3600.0
    user_agent: str = "Dateline/0.1 (news engagement extraction; robots.txt obeyed)"
    robots_agent: str = "Dateline"
    trust_env: bool = True          # honour HTTP(S)_PROXY / NO_PROXY from the environment


@dataclass(slots=True)
class FetchResult:
    """One answer: the final URL, status, body and the validators for the next conditional GET."""

    url: str
    status: int
    content: bytes = b""
    media_type: str = ""
    charset: str | None = None
    kind: str = "generic"  # "html", "feed", "generic" (sniffed as text)
    etag: str | None = None
    last_modified: str | None = None
    retry_after: str | None = None
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text_or_bytes(self) -> str | bytes:
        """The body decoded with the declared charset when that works, else the raw bytes."""
        if self.charset:
            try:
                return self.content.decode(self.charset)
            except (LookupError, UnicodeDecodeError):
                pass
        return self.content


class Fetcher:
    """HTTP GET with the :class:`FetchPolicy`'s limits; one per crawl (it keeps robots rules
    and per-host timings). ``stop`` (a threading.Event) interrupts waits and retries."""

    def __init__(self, policy: FetchPolicy | None = None, *, stop: threading.Event | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.stop = stop or threading.Event()
        self.throttle = HostThrottle(self.policy.host_delay, stop=self.stop,
                                     connections=self.policy.host_connections)
        self.robots = RobotsCache(self._robots_text, agent=self.policy.robots_agent,
                                  ttl=self.policy.robots_ttl)
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.policy.timeout), follow_redirects=False,
            transport=transport, trust_env=self.policy.trust_env,
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, *, accept: Collection[str] | None = None, etag: str | None = None,
            last_modified: str | None = None) -> FetchResult:
        """GET ``url``, following redirects and retrying transient failures.

        ``accept``: the kinds wanted (``{"html"}``, ``{"feed"}``, both); None takes anything.
        Returns a 2xx or 304 result; raises :class:`FetchError` otherwise.
        """
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            raise FetchError(f"{url}: not an http(s) URL", reason="bad_url")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            try:
                result = self._follow(url, accept, headers, robots=self.policy.obey_robots)
            except FetchError as exc:
                if exc.reason not in RETRY_REASONS or attempt >= self.policy.retries:
                    raise
                delay = self.policy.backoff * 2 ** attempt
            else:
                if result.status not in RETRY_STATUSES or attempt >= self.policy.retries:
                    if result.status >= 400:
                        raise FetchError(f"{url}: HTTP {result.status}",
                                         reason=f"http_{result.status}")
                    return result
                delay = self._retry_after(result)
                if delay is None:
                    delay = self.policy.backoff * 2 ** attempt
            attempt += 1
            log.debug("retrying %s in %.2fs (attempt %d)", url, delay, attempt + 1)
            if self.stop.wait(delay):
                raise FetchError(f"{url}: stopped before retrying", reason="stopped")

    def _retry_after(self, result: FetchResult) -> float | None:
        raw = (result.retry_after or "").strip()
        if not raw:
            return None
        if raw.isdigit():
            seconds = float(raw)
        else:
            try:
                seconds = email.utils.parsedate_to_datetime(raw).timestamp() - time.time()
            except (TypeError, ValueError):
                return None
        return max(0.0, min(seconds, self.policy.max_retry_after))

    def _follow(self, url: str, accept: Collection[str] | None, headers: dict[str, str], *,
                robots: bool, max_bytes: int | None = None) -> FetchResult:
        chain = [url]
        current = url
        while True:
            delay = None
            if robots:
                if not self._allowed(current):
                    raise FetchError(f"{current}: disallowed by robots.txt", reason="robots")
                delay = self.robots.crawl_delay(current)
            with self.throttle.slot(current, delay):
                result, location = self._once(current, accept, headers, max_bytes)
            if location is None:
                result.redirects = chain[1:]
                return result
            target = urljoin(current, location)
            if urlsplit(target).scheme not in ("http", "https"):
                raise FetchError(f"{url}: redirect to a non-http URL {target}", reason="bad_url")
            if target in chain:
                raise FetchError(f"{url}: redirect loop ({' -> '.join([*chain, target])})",
                                 reason="redirect_loop")
            chain.append(target)
            if len(chain) > self.policy.max_redirects + 1:
                raise FetchError(f"{url}: more than {self.policy.max_redirects} redirects",
                                 reason="too_many_redirects")
            current = target

    def _once(self, url: str, accept: Collection[str] | None, headers: dict[str, str],
              max_bytes: int | None) -> tuple[FetchResult, str | None]:
        """One request: the result, and the redirect target when it is a redirect."""
        deadline = time.monotonic() + self.policy.deadline
        cap = max_bytes or self.policy.max_bytes
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                result = FetchResult(url=url, status=status,
                                     etag=response.headers.get("ETag"),
                                     last_modified=response.headers.get("Last-Modified"),
                                     retry_after=response.headers.get("Retry-After"))
                if status in REDIRECTS and response.headers.get("Location"):
                    return result, response.headers["Location"]
                if status == 304 or status >= 400:
                    return result, None
                result.media_type, result.charset = media_type(response.headers.get("Content-Type"))
                declared = kind_of_media_type(result.media_type)
                if accept is not None and declared == "other":
                    raise FetchError(f"{url}: content type {result.media_type or 'none'} is not "
                                     f"{' or '.join(sorted(accept))}", reason="content_type")
                length = response.headers.get("Content-Length", "")
                if length.isdigit() and int(length) > cap:
                    raise FetchError(f"{url}: response of {length} bytes exceeds the cap of "
                                     f"{cap}", reason="too_large")
                result.content = read_capped(response.iter_raw(), cap=cap, name=url,
                                             encoding=response.headers.get("Content-Encoding"),
                                             deadline=deadline)
        except httpx.TimeoutException as exc:
            raise FetchError(f"{url}: timed out ({exc.__class__.__name__})",
                             reason="timeout") from exc
        except httpx.ConnectError as exc:
            raise FetchError(f"{url}: cannot connect ({exc})", reason="connect") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: network error ({exc})", reason="network") from exc
        result.kind = self._kind(result, declared, accept)
        return result, None

    @staticmethod
    def _kind(result: FetchResult, declared: str, accept: Collection[str] | None) -> str:
        """The body's kind; FetchError when it is not one of ``accept``."""
        sniffed = sniff(result.content)
        if sniffed != "text":
            kind = sniffed  # recognisable bytes win over the declared type
        else:
            kind = declared if declared in ("html", "feed") else "generic"
        if accept is not None and kind not in accept:
            shown = result.media_type or "no content type"
            found = sniffed if sniffed in ("pdf", "binary", "html", "feed") else shown
            raise FetchError(f"{result.url}: {shown} ({found}) where "
                             f"{' or '.join(sorted(accept))} was expected", reason="content_type")
        return kind

    def _allowed(self, url: str) -> bool:
        try:
            return self.robots.allowed(url)
        except FetchError as exc:
            if exc.reason == "stopped":
                raise
            raise FetchError(f"{url}: cannot read robots.txt ({exc})", reason=exc.reason) from exc

    def _robots_text(self, robots_url: str) -> tuple[int, str]:
        """``(status, text)`` of a robots.txt (redirects followed, no robots check)."""
        attempt = 0
        while True:
            try:
                result = self._follow(robots_url, None, {}, robots=False,
                                      max_bytes=ROBOTS_MAX_BYTES)
            except FetchError as exc:
                if exc.reason == "too_large":
                    return 200, ""
                if exc.reason not in RETRY_REASONS or attempt >= self.policy.retries:
                    raise
            else:
                if result.status not in RETRY_STATUSES or attempt >= self.policy.retries:
                    return result.status, result.content.decode("utf-8", "replace")
            attempt += 1
            if self.stop.wait(self.policy.backoff * 2 ** (attempt - 1)):
                raise FetchError(f"{robots_url}: stopped", reason="stopped")
