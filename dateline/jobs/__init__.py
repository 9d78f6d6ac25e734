"""The conductor: the one layer that wires reader -> engine -> resolve -> store.

Nothing below it conducts: :mod:`dateline.ingest` only reads sources, :mod:`dateline.engine`
only runs the extraction stages over documents, :mod:`dateline.store` only stores (resolving
each record against the knowledge base as it writes it) and queries. A job takes paths, URLs,
folders of Parquet partitions or one document and sees them through:

* :mod:`~dateline.jobs.extract`: inputs -> Extractor -> JSON Lines records (``dateline extract``);
* :mod:`~dateline.jobs.ingest`: inputs -> known documents dropped -> engine -> store
  (``dateline ingest``, ``dateline demo``), or inputs -> engine -> Parquet (``--parquet-out``);
* :mod:`~dateline.jobs.load`: Parquet records -> store (``dateline load``);
* :mod:`~dateline.jobs.watch`: feeds -> pages -> Extractor -> store, polled (``dateline watch``);
* :mod:`~dateline.jobs.add_document`: one document -> store (the web's ``POST /api/documents``).

``docs/architecture.md`` draws the layers.
"""

from __future__ import annotations

from dateline.jobs.ingest import IngestStats, ingest, ingest_documents

__all__ = ["IngestStats", "ingest", "ingest_documents"]
