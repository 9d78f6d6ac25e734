"""Jinja2 environment (autoescaped) and the helpers templates use: dates, countries, links,
and splitting text into highlighted segments (escaping stays with Jinja)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from dateline.serve.charts import timeline_chart
from dateline.store import Store
from dateline.store.models import DateValue

__all__ = ["Segment", "highlight", "make_templates", "format_date", "parties", "query_url",
           "web_url"]

_URL_BLANKS = "".join(chr(c) for c in range(0x21))  # what browsers strip from a URL's ends
_URL_DROPPED = str.maketrans("", "", "\t\n\r")  # what they drop anywhere in it


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text; ``cls`` set when highlighted, ``href`` when it links somewhere."""

    text: str
    cls: str | None = None
    href: str | None = None
    title: str | None = None


def highlight(text: str, spans: list[tuple[int, int, str, str | None, str | None]]
              ) -> list[Segment]:
    """Cut ``text`` at ``(start, end, cls, href, title)`` spans; overlapping spans lose to the
    earlier (then longer) one; out-of-range spans are dropped."""
    segments: list[Segment] = []
    pos = 0
    for start, end, cls, href, title in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if start < pos or end <= start or end > len(text):
            continue
        if start > pos:
            segments.append(Segment(text[pos:start]))
        segments.append(Segment(text[start:end], cls, href, title))
        pos = end
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    return segments


def format_date(value: DateValue | dict[str, Any] | None) -> str:
    """``2024-04-03``, ``2024-09-29 – 2024-10-02`` or ``undated``."""
    if value is None:
        return "undated"
    start = value.get("start") if isinstance(value, dict) else value.start
    end = value.get("end") if isinstance(value, dict) else value.end
    if not start:
        return "undated"
    return f"{start} – {end}" if end and end != start else str(start)


def parties(event: Any) -> list[Any]:
    """An event's actors once each (an actor can be reported on both sides), sources first."""
    seen: dict[int, Any] = {}
    for actor in [*event.source, *event.recipient, *event.participants]:
        seen.setdefault(actor.id, actor)
    return list(seen.values())


def query_url(request: Request, path: str | None = None, **changes: Any) -> str:
    """The current URL's query with ``changes`` applied (None removes a key), on ``path``."""
    params = {k: v for k, v in request.query_params.items() if v != ""}
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    target = path if path is not None else request.url.path
    return f"{target}?{urlencode(params)}" if params else target


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address with a host - cleaned as a browser cleans an href,
    so the scheme checked is the scheme followed - else None (``javascript:``, ``data:``,
    relative or broken URLs are shown as text, never as links)."""
    if not url:
        return None
    cleaned = url.translate(_URL_DROPPED).strip(_URL_BLANKS)
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    return cleaned if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def make_templates(directory: Path) -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(directory)),
                      autoescape=select_autoescape(["html"], default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["date"] = format_date
    env.filters["country"] = lambda code: Store.country_name(code) if code else ""
    env.filters["web_url"] = web_url
    env.globals["query_url"] = query_url
    env.globals["parties"] = parties
    env.globals["timeline_chart"] = timeline_chart
    return Jinja2Templates(env=env)
