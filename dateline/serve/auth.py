"""Bearer-token guard for writes: disabled (403) without a configured token."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request

__all__ = ["require_token"]


def require_token(request: Request) -> None:
    token: str | None = request.app.state.token
    if not token:
        raise HTTPException(403, "writes are disabled: start the server with DATELINE_TOKEN set")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                             token.encode()):
        raise HTTPException(401, "missing or wrong bearer token",
                            headers={"WWW-Authenticate": "Bearer"})
