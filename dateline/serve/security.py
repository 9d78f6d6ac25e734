"""Security headers on every response, and no crash that drops the connection.

:class:`SecurityHeaders` adds :data:`HEADERS` to every HTTP response the app sends (pages, JSON,
static files, errors, 413s): a Content Security Policy that lets a page load only this site's own
scripts, styles, images and data (no inline script or style: the templates have none, the
network page's JS is ``/static/network.js``) and be framed by no one; ``nosniff``; and a
referrer policy that sends no URL to other sites.

:class:`CatchAll` turns an exception escaping a route into the one error shape (a 500) *without*
re-raising it: Starlette's outermost handler re-raises after answering, and uvicorn then closes
the connection, so a keep-alive client's next request could meet a reset.
"""

from __future__ import annotations

import logging

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dateline.serve.errors import respond

__all__ = ["CSP", "HEADERS", "CatchAll", "SecurityHeaders"]

log = logging.getLogger(__name__)

CSP = ("default-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'; "
       "frame-ancestors 'none'")
HEADERS: tuple[tuple[str, str], ...] = (
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "same-origin"),
    ("cross-origin-opener-policy", "same-origin"),
)
_RAW = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in HEADERS]
_NAMES = {name for name, _ in _RAW}


class SecurityHeaders:
    """ASGI middleware: :data:`HEADERS` on every HTTP response (replacing any of the same name)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in _NAMES]
                message = {**message, "headers": headers + _RAW}
            await send(message)

        await self.app(scope, receive, send_secured)


class CatchAll:
    """ASGI middleware: an unexpected exception becomes a logged 500 in the error shape, and the
    connection stays usable. After the response has started (a stream failing half-way) the
    response is left incomplete, which tells the client it was cut."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, send_tracked)
        except Exception:
            log.exception("unhandled error on %s", scope.get("path"))
            if started:
                return
            response = respond(Request(scope), 500, "internal server error")
            await response(scope, receive, send)
