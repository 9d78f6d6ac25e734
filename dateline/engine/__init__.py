"""Engines: run the extraction stages over many documents, on one machine or a cluster.

* :class:`~dateline.engine.local.LocalEngine`: a pool of worker processes on this machine
  (``dateline ingest --workers N``; default one per CPU).
* :class:`~dateline.engine.dask.DaskEngine`: the same stages on Dask ``distributed`` workers
  (``dateline ingest --engine dask [--scheduler tcp://host:8786]``).

Both stream (document, record) pairs in input order with bounded memory, so either can be
handed to :func:`dateline.jobs.ingest.ingest_documents`; both can also write Parquet
partitions (:mod:`dateline.engine.parquet`) that ``dateline load`` imports. The stages stay
pure functions of (document, data files): an engine only moves documents and records.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ENGINES", "make_engine"]

ENGINES = ("local", "dask")


def make_engine(name: str = "local", *, workers: int | None = None,
                scheduler: str | None = None, extractor: Any = None) -> Any:
    """The engine called ``name``: ``local`` (``workers`` processes) or ``dask`` (the cluster at
    ``scheduler``, else a local cluster of ``workers`` processes)."""
    from dateline.errors import UsageError

    if name == "local":
        if scheduler:
            raise UsageError("--scheduler needs --engine dask")
        from dateline.engine.local import LocalEngine

        return LocalEngine(extractor, workers=workers)
    if name == "dask":
        from dateline.engine.dask import DaskEngine

        return DaskEngine(scheduler, workers=workers, extractor=extractor)
    raise UsageError(f"unknown engine {name!r} (use one of: {', '.join(ENGINES)})")
