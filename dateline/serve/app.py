"""The app factory: opens the store, wires the JSON API, the pages, static files and errors,
and the guards every request passes (outermost first): security headers, the write token
checked before any body is read, the body size limit, and the catch-all for crashes."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from dateline import __version__
from dateline.jobs.add_document import WritePool
from dateline.serve.api import router as api_router
from dateline.serve.auth import GuardWrites
from dateline.serve.brief import router as brief_router
from dateline.serve.errors import install_error_handlers
from dateline.serve.limits import BodyLimit, max_body_from_env
from dateline.serve.pages import router as pages_router
from dateline.serve.render import make_templates
from dateline.serve.security import CatchAll, SecurityHeaders
from dateline.store import Store, open_store, resolve_url

__all__ = ["create_app"]

HERE = Path(__file__).resolve().parent


_frozen = 0  # running apps that froze the heap (unfrozen when the last one stops)
_frozen_lock = threading.Lock()


def _freeze_heap() -> None:
    """Move what start-up allocated (modules, templates, lexicons, the store) out of the
    collector's reach: a full collection during a request then walks only what requests made,
    not the whole start-up heap (issue 18: actor pages' p95 was full collections)."""
    global _frozen
    with _frozen_lock:
        if _frozen == 0:
            gc.collect()
            gc.freeze()
        _frozen += 1


def _unfreeze_heap() -> None:
    global _frozen
    with _frozen_lock:
        _frozen -= 1
        if _frozen == 0:
            gc.unfreeze()  # tests create many apps: what they froze becomes collectable again


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw.isascii() and raw.isdigit() else default


def create_app(store_url: str | None = None, *, token: str | None = None,
               store: Store | None = None, max_body: int | None = None,
               write_workers: int | None = None, write_queue: int | None = None) -> FastAPI:
    """The Dateline web app over the store at ``store_url`` (default ``$DATELINE_DB`` or
    ``./dateline.db``), or over an already open ``store``.

    Writes (``POST /api/documents``) are enabled only when ``token`` (or ``$DATELINE_TOKEN``)
    is set, and then need ``Authorization: Bearer <token>``; they run in ``write_workers``
    processes (``$DATELINE_WRITE_WORKERS``, default 1) with at most ``write_queue``
    (``$DATELINE_WRITE_QUEUE``, default 8) waiting. Request bodies are limited to ``max_body``
    bytes (``$DATELINE_MAX_BODY``, default 4 MiB). With no arguments every setting comes from
    the environment: ``dateline serve --workers N`` runs this factory in each worker process.
    """
    owned = store is None
    the_store = store if store is not None else open_store(store_url)
    url = getattr(the_store.db, "url", None) if store is not None else resolve_url(store_url)
    writes = WritePool(url, store=the_store,
                       workers=write_workers or _env_int("DATELINE_WRITE_WORKERS", 1),
                       queue=write_queue if write_queue is not None
                       else _env_int("DATELINE_WRITE_QUEUE", 8))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.token:
            writes.start()  # the write workers load the pipeline while the first reads come
        _freeze_heap()
        try:
            yield
        finally:
            _unfreeze_heap()
            writes.close()
            if owned:
                the_store.close()

    app = FastAPI(title="Dateline", version=__version__, lifespan=lifespan,
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
                  description="Official engagements between states, extracted from news. "
                              "Every HTML page has a JSON twin at the same path + '.json'.")
    app.state.store = the_store
    app.state.token = token if token is not None else (os.environ.get("DATELINE_TOKEN") or None)
    app.state.writes = writes
    app.state.templates = make_templates(HERE / "templates")
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api_router)  # JSON routes first: "/countries/{code}" must not eat ".json"
    app.include_router(brief_router)
    app.include_router(pages_router)
    app.add_middleware(CatchAll)  # innermost of the four
    app.add_middleware(BodyLimit, max_body=max_body or max_body_from_env())
    app.add_middleware(GuardWrites)
    app.add_middleware(SecurityHeaders)  # outermost: on every response, 401s and 413s too
    return app
