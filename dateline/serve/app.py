"""The app factory: opens the store, wires the JSON API, the pages, static files and errors."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from dateline import __version__
from dateline.serve.api import router as api_router
from dateline.serve.brief import router as brief_router
from dateline.serve.errors import install_error_handlers
from dateline.serve.pages import router as pages_router
from dateline.serve.render import make_templates
from dateline.store import Store, open_store

__all__ = ["create_app"]

HERE = Path(__file__).resolve().parent


def create_app(store_url: str | None = None, *, token: str | None = None,
               store: Store | None = None) -> FastAPI:
    """The Dateline web app over the store at ``store_url`` (default ``$DATELINE_DB`` or
    ``./dateline.db``), or over an already open ``store``.

    Writes (``POST /api/documents``) are enabled only when ``token`` (or ``$DATELINE_TOKEN``)
    is set, and then need ``Authorization: Bearer <token>``.
    """
    owned = store is None
    the_store = store if store is not None else open_store(store_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            the_store.close()

    app = FastAPI(title="Dateline", version=__version__, lifespan=lifespan,
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
                  description="Official engagements between states, extracted from news. "
                              "Every HTML page has a JSON twin at the same path + '.json'.")
    app.state.store = the_store
    app.state.token = token if token is not None else (os.environ.get("DATELINE_TOKEN") or None)
    app.state.templates = make_templates(HERE / "templates")
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api_router)  # JSON routes first: "/countries/{code}" must not eat ".json"
    app.include_router(brief_router)
    app.include_router(pages_router)
    return app
