"""The polite HTTP client against the misbehaving local site: every fault is a FetchError
with a reason, retries and waits are bounded, robots.txt and validators are honoured."""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Callable

import pytest
from site_server import CAP, ROBOTS, Site, fast_policy

from dateline.errors import FetchError
from dateline.ingest.body import media_type, read_capped, sniff
from dateline.ingest.fetch import Fetcher
from dateline.ingest.robots import HostThrottle

HTML = "text/html; charset=utf-8"


def fails(fetcher: Fetcher, url: str, **kwargs: object) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.get(url, **kwargs)  # type: ignore[arg-type]
    return caught.value


def test_fetches_a_page(site: Site, fetcher: Fetcher) -> None:
    result = fetcher.get(site.url("/steppewire/mongolia-visit.html"), accept={"html"})
    assert (result.status, result.kind, result.media_type, result.charset) == (
        200, "html", "text/html", "utf-8")
    assert "Batbayar Otgonjargal" in result.text_or_bytes()


@pytest.mark.parametrize(("path", "reason", "attempts"), [
    ("/missing.html", "http_404", 1),
    ("/error.html", "http_500", 2),           # retried once, then given up
    ("/loop/a", "redirect_loop", 1),
    ("/report.pdf", "content_type", 1),
    ("/bomb.html", "too_large", 1),
])
def test_faults(site: Site, fetcher: Fetcher, path: str, reason: str, attempts: int) -> None:
    error = fails(fetcher, site.url(path), accept={"html"})
    assert error.reason == reason
    assert site.count(path) == attempts


def test_slow_server_times_out_quickly(site: Site, fetcher: Fetcher) -> None:
    started = time.monotonic()
    assert fails(fetcher, site.url("/slow.html"), accept={"html"}).reason == "timeout"
    assert time.monotonic() - started < 2.5  # two attempts of 0.5 s, not two of 1.5 s
    assert site.count("/slow.html") == 2


def test_html_served_as_a_feed(site: Site, fetcher: Fetcher) -> None:
    error = fails(fetcher, site.url("/feeds/page-as-feed"), accept={"feed"})
    assert error.reason == "content_type" and "text/html" in str(error)


def test_sniffing_beats_a_wrong_header(site: Site, fetcher: Fetcher) -> None:
    rss = site.render("feeds/wire.rss")
    site.routes["/feed-as-html"] = lambda _: (200, {"Content-Type": HTML}, rss)
    site.routes["/pdf-as-html"] = lambda _: (200, {"Content-Type": HTML}, b"%PDF-1.7\n" * 50)
    site.routes["/untyped"] = lambda _: (200, {}, site.render("caspian/baku-talks.html"))
    assert fetcher.get(site.url("/feed-as-html"), accept={"feed"}).kind == "feed"
    assert fails(fetcher, site.url("/pdf-as-html"), accept={"html"}).reason == "content_type"
    assert fetcher.get(site.url("/untyped"), accept={"html"}).kind == "html"


def test_declared_length_over_the_cap(site: Site, fetcher: Fetcher) -> None:
    site.routes["/huge"] = lambda _: (200, {"Content-Type": HTML}, b"<html>" + b"x" * CAP)
    assert fails(fetcher, site.url("/huge"), accept={"html"}).reason == "too_large"


def test_redirects_are_followed_and_limited(site: Site) -> None:
    def hop(target: str) -> Callable[[dict[str, str]], tuple[int, dict[str, str], bytes]]:
        return lambda _: (301, {"Location": target}, b"")

    for n in range(4):
        site.routes[f"/hop/{n}"] = hop(f"/hop/{n + 1}")
    site.routes["/hop/4"] = site.routes["/caspian/baku-talks.html"]
    with Fetcher(fast_policy(max_redirects=4)) as fetcher:
        result = fetcher.get(site.url("/hop/0"), accept={"html"})
        assert result.url == site.url("/hop/4") and len(result.redirects) == 4
    with Fetcher(fast_policy(max_redirects=3)) as fetcher:
        assert fails(fetcher, site.url("/hop/0")).reason == "too_many_redirects"


def test_robots_txt_is_obeyed_and_cached(site: Site, fetcher: Fetcher) -> None:
    assert fails(fetcher, site.url("/private/leaked.html")).reason == "robots"
    fetcher.get(site.url("/caspian/baku-talks.html"))
    fetcher.get(site.url("/meridian/tashkent-agreement.html"))
    assert site.count("/private/leaked.html") == 0
    assert site.count("/robots.txt") == 1


def test_a_redirect_into_a_disallowed_path_is_not_followed(site: Site, fetcher: Fetcher) -> None:
    site.routes["/sneaky"] = lambda _: (302, {"Location": "/private/leaked.html"}, b"")
    assert fails(fetcher, site.url("/sneaky")).reason == "robots"
    assert site.count("/private/leaked.html") == 0


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (403, True), (503, False)])
def test_robots_status_codes(site: Site, status: int, allowed: bool) -> None:
    site.routes["/robots.txt"] = lambda _: (status, {"Content-Type": "text/plain"}, b"")
    with Fetcher(fast_policy(retries=0)) as fetcher:
        url = site.url("/caspian/baku-talks.html")
        if allowed:
            assert fetcher.get(url).status == 200
        else:
            assert fails(fetcher, url).reason == "robots"


def test_robots_group_for_our_agent_and_crawl_delay(site: Site) -> None:
    rules = ROBOTS + "\nUser-agent: Dateline\nDisallow: /meridian/\nCrawl-delay: 7\n"
    site.routes["/robots.txt"] = lambda _: (200, {"Content-Type": "text/plain"}, rules.encode())
    with Fetcher(fast_policy()) as fetcher:
        assert fails(fetcher, site.url("/meridian/tashkent-agreement.html")).reason == "robots"
        assert fetcher.robots.crawl_delay(site.url("/caspian/baku-talks.html")) == 7.0


def test_host_throttle_waits_per_host() -> None:
    now = [100.0]
    waits: list[float] = []

    class Stop(threading.Event):
        def wait(self, timeout: float | None = None) -> bool:
            waits.append(timeout or 0.0)
            now[0] += timeout or 0.0
            return False

    throttle = HostThrottle(1.0, stop=Stop(), clock=lambda: now[0])
    assert throttle.wait("http://a.test/1") == 0.0
    assert throttle.wait("http://b.test/1") == 0.0  # another host: no wait
    now[0] += 0.25
    assert throttle.wait("http://a.test/2") == pytest.approx(0.75)
    assert throttle.wait("http://a.test/3", delay=7.0) == pytest.approx(7.0)  # Crawl-delay
    assert waits == [pytest.approx(0.75), pytest.approx(7.0)]


def test_conditional_get(site: Site, fetcher: Fetcher) -> None:
    first = fetcher.get(site.url("/feeds/wire.rss"), accept={"feed"})
    assert first.etag and first.last_modified and first.kind == "feed"
    again = fetcher.get(site.url("/feeds/wire.rss"), accept={"feed"}, etag=first.etag)
    assert again.not_modified and again.content == b""
    since = fetcher.get(site.url("/feeds/wire.rss"), last_modified=first.last_modified)
    assert since.not_modified
    _, headers = site.requests[-1]
    assert headers["if-modified-since"] == first.last_modified


def test_per_host_delay_and_stop(site: Site) -> None:
    with Fetcher(fast_policy(host_delay=0.3)) as fetcher:
        url = site.url("/caspian/baku-talks.html")
        fetcher.get(url)
        started = time.monotonic()
        fetcher.get(url)
        assert time.monotonic() - started >= 0.25
        threading.Timer(0.05, fetcher.stop.set).start()
        started = time.monotonic()
        assert fails(fetcher, url).reason == "stopped"
        assert time.monotonic() - started < 0.25


def test_retry_after_is_honoured(site: Site) -> None:
    answers = iter([(503, {"Retry-After": "0"}, b"busy"),
                    (200, {"Content-Type": HTML}, site.render("caspian/baku-talks.html"))])
    site.routes["/busy"] = lambda _: next(answers)
    with Fetcher(fast_policy(backoff=5.0)) as fetcher:  # the header's 0 s, not the 5 s backoff
        started = time.monotonic()
        assert fetcher.get(site.url("/busy")).status == 200
        assert time.monotonic() - started < 1.0


def test_unreachable_host_and_bad_urls(fetcher: Fetcher) -> None:
    error = fails(fetcher, "http://127.0.0.1:9/feed.rss")
    assert error.reason == "connect" and "robots.txt" in str(error)
    assert fails(fetcher, "ftp://127.0.0.1/feed.rss").reason == "bad_url"
    assert fails(fetcher, "file:///etc/passwd").reason == "bad_url"


@pytest.mark.parametrize(("data", "kind"), [
    (b"\xef\xbb\xbf<?xml version='1.0'?><rss version='2.0'>", "feed"),
    (b"<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
    (b"  <!DOCTYPE html><html><body>", "html"),
    (b"<?xml version='1.0'?><!DOCTYPE html PUBLIC '-//W3C//DTD XHTML'><html>", "html"),
    (b"%PDF-1.5 ...", "pdf"),
    (b"GIF89a\x00\x00", "binary"),
    (b"User-agent: *", "text"),
])
def test_sniff(data: bytes, kind: str) -> None:
    assert sniff(data) == kind


def test_media_type() -> None:
    assert media_type('text/HTML; Charset="ISO-8859-1"') == ("text/html", "iso-8859-1")
    assert media_type(None) == ("", None)


def chunks(data: bytes, size: int = 1000) -> list[bytes]:
    return [data[i:i + size] for i in range(0, len(data), size)]


def test_read_capped_decodes_gzip_members_and_deflate() -> None:
    body = b"<html>" + b"talks " * 500 + b"</html>"
    two_members = gzip.compress(body[:1000]) + gzip.compress(body[1000:])
    assert read_capped(chunks(two_members), encoding="gzip", cap=10_000, name="x") == body
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    deflated = raw.compress(body) + raw.flush()
    assert read_capped(chunks(deflated), encoding="deflate", cap=10_000, name="x") == body
    assert read_capped(chunks(zlib.compress(body)), encoding="deflate", cap=10_000,
                       name="x") == body


@pytest.mark.parametrize(("encoding", "data", "reason"), [
    ("gzip", gzip.compress(b" " * 1_000_000), "too_large"),
    (None, b"x" * 5000, "too_large"),
    ("gzip", b"not gzip at all", "decoding"),
    ("br", b"...", "decoding"),
])
def test_read_capped_refuses(encoding: str | None, data: bytes, reason: str) -> None:
    with pytest.raises(FetchError) as caught:
        read_capped(chunks(data), encoding=encoding, cap=4096, name="x")
    assert caught.value.reason == reason


def test_fetch_errors_survive_pickling() -> None:
    """Engines send FailedDocuments between processes: the reason must come along."""
    import pickle

    error = pickle.loads(pickle.dumps(FetchError("x: timed out", reason="timeout")))
    assert (type(error), str(error), error.reason) == (FetchError, "x: timed out", "timeout")
