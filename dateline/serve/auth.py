"""Bearer-token guard for writes: 401 without the right ``Authorization: Bearer`` header, 403
when the server has no token (writes disabled).

:class:`GuardWrites` checks the token from the request's headers *before* anything reads its
body (a client without the token cannot make the server hold a large body), for every request
that is not a read (``GET``, ``HEAD``, ``OPTIONS``) under ``/api/``; :func:`require_token` is the
same check as a route dependency, which also puts the bearer scheme in the OpenAPI document.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Receive, Scope, Send

from dateline.serve.errors import respond

__all__ = ["GuardWrites", "READS", "WRITE_PREFIX", "require_token", "token_problem"]

READS = frozenset({"GET", "HEAD", "OPTIONS"})
WRITE_PREFIX = "/api/"
_bearer = HTTPBearer(auto_error=False, description="The server's DATELINE_TOKEN")


def token_problem(authorization: str | None, token: str | None) -> tuple[int, str] | None:
    """None when ``authorization`` carries ``token``; else the status and message to answer:
    401 without credentials or with wrong ones, 403 when the server takes no writes."""
    if not authorization:
        disabled = "" if token else " (and writes are disabled on this server)"
        return 401, f"missing bearer token{disabled}"
    if not token:
        return 403, "writes are disabled: start the server with DATELINE_TOKEN set"
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                             token.encode()):
        return 401, "wrong bearer token"
    return None


def _challenge(status: int) -> dict[str, str] | None:
    return {"WWW-Authenticate": "Bearer"} if status == 401 else None


async def require_token(
        request: Request,
        _: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    problem = token_problem(request.headers.get("authorization"), request.app.state.token)
    if problem is not None:
        raise HTTPException(problem[0], problem[1], headers=_challenge(problem[0]))


class GuardWrites:
    """ASGI middleware: a write under ``/api/`` without the token is answered (401/403) from its
    headers alone; its body is never read."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] == "http" and scope["method"] not in READS
                and scope["path"].startswith(WRITE_PREFIX)):
            request = Request(scope)
            problem = token_problem(request.headers.get("authorization"),
                                    scope["app"].state.token)
            if problem is not None:
                status, message = problem
                headers = {**(_challenge(status) or {}), "Connection": "close"}  # drop the body
                response = respond(request, status, message, headers=headers)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
