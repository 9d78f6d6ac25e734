"""A limit on request bodies: ``413`` before a larger body is read.

A request announcing a ``Content-Length`` over the limit is answered at once; a body sent
without one (chunked) is counted as it is read, and the request fails with ``413`` as soon as it
passes the limit, so the server never holds more than the limit of any request. The limit is
``create_app(max_body=...)``, ``$DATELINE_MAX_BODY`` or ``dateline serve --max-body``.
"""

from __future__ import annotations

import os

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dateline.errors import UsageError
from dateline.serve.errors import respond

__all__ = ["BodyLimit", "DEFAULT_MAX_BODY", "max_body_from_env", "parse_size"]

DEFAULT_MAX_BODY = 4 * 1024 * 1024  # a 1,000,000-character document, JSON-escaped, fits
_UNITS = {"": 1, "B": 1, "K": 1024, "KB": 1024, "KIB": 1024, "M": 1024 ** 2, "MB": 1024 ** 2,
          "MIB": 1024 ** 2, "G": 1024 ** 3, "GB": 1024 ** 3, "GIB": 1024 ** 3}


def parse_size(text: str) -> int:
    """``"4MB"`` -> 4194304; ``"65536"`` -> 65536 (binary units; at least 1 KB)."""
    value = text.strip().upper().replace(" ", "")
    number = value.rstrip("KMGIB")
    unit = value[len(number):]
    if not (number.isascii() and number.isdigit()) or unit not in _UNITS:
        raise UsageError(f"not a size: {text!r} (e.g. 4MB, 512KB, 1048576)")
    size = int(number) * _UNITS[unit]
    if size < 1024:
        raise UsageError(f"body limit {text!r} is below 1 KB")
    return size


def max_body_from_env() -> int:
    """``$DATELINE_MAX_BODY`` (a size, see :func:`parse_size`) or :data:`DEFAULT_MAX_BODY`."""
    raw = os.environ.get("DATELINE_MAX_BODY", "").strip()
    return parse_size(raw) if raw else DEFAULT_MAX_BODY


class BodyLimit:
    """ASGI middleware: request bodies of at most ``max_body`` bytes."""

    def __init__(self, app: ASGIApp, *, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    def _too_large(self) -> str:
        return f"request body over the limit of {self.max_body:,} bytes"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        length = request.headers.get("content-length", "").strip()
        if length:
            valid = length.isascii() and length.isdigit()
            if not valid or int(length) > self.max_body:
                status, message = ((413, self._too_large()) if valid
                                   else (400, "bad Content-Length header"))
                response = respond(request, status, message, headers={"Connection": "close"})
                await response(scope, receive, send)
                return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise HTTPException(413, self._too_large())
            return message

        await self.app(scope, counted, send)
