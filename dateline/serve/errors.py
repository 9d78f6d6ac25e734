"""One error shape for every failure: ``{"ok": false, "error": {"type": ..., "message": ...}}``.

JSON clients (``*.json``, ``*.csv``, ``*.jsonl``, ``/api/...`` or ``Accept: application/json``)
get that object; browsers get the same message on an HTML page.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.errors import DatelineError, UsageError

__all__ = ["ErrorBody", "ErrorInfo", "error_body", "install_error_handlers", "respond",
           "wants_json"]

log = logging.getLogger(__name__)

_TYPES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 413: "too_large", 422: "invalid", 500: "internal_error",
          503: "busy", 504: "timeout"}
_MACHINE_SUFFIXES = (".json", ".csv", ".jsonl")


class ErrorInfo(BaseModel):
    type: str = Field(description="not_found, invalid, unauthorized, too_large, busy, ...")
    message: str


class ErrorBody(BaseModel):
    """Every error response's JSON."""

    ok: Literal[False] = False
    error: ErrorInfo


def error_body(status: int, message: str, type_: str | None = None) -> dict[str, Any]:
    return {"ok": False, "error": {"type": type_ or _TYPES.get(status, "error"),
                                   "message": message}}


def wants_json(request: Request) -> bool:
    path = request.url.path
    return (path.startswith("/api/") or path.endswith(_MACHINE_SUFFIXES)
            or "application/json" in request.headers.get("accept", ""))


def respond(request: Request, status: int, message: str, type_: str | None = None,
            headers: Mapping[str, str] | None = None) -> Response:
    """The error as JSON (for machines) or as an HTML page (for browsers)."""
    body = error_body(status, message, type_)
    if wants_json(request):
        return JSONResponse(body, status_code=status, headers=headers)
    templates = request.app.state.templates
    html = templates.get_template("error.html").render(
        request=request, status=status, error=body["error"], title=f"Error {status}")
    return HTMLResponse(html, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg")))
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    """Map HTTP errors, validation errors and Dateline errors to the error shape (crashes:
    :class:`dateline.serve.security.CatchAll`)."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return respond(request, exc.status_code, str(exc.detail), headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return respond(request, 422, _validation_message(exc))

    @app.exception_handler(UsageError)
    async def usage(request: Request, exc: UsageError) -> Response:
        return respond(request, 422, str(exc))

    @app.exception_handler(DatelineError)
    async def dateline_error(request: Request, exc: DatelineError) -> Response:
        log.exception("request failed: %s", request.url.path)
        return respond(request, 500, str(exc), type(exc).__name__)
