"""The web layer: a FastAPI app serving HTML pages, their JSON twins and the write API.

``create_app(store_url, token=...)`` builds the app; ``dateline serve`` runs it with uvicorn.
"""

from dateline.serve.app import create_app

__all__ = ["create_app"]
