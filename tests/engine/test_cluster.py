"""The Dask path gives the records the local engine gives, on a local cluster of 2 workers."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.engine.local import LocalEngine
from dateline.engine.parquet import read_pairs
from dateline.ingest import iter_documents
from dateline.jobs.ingest import ingest_documents
from dateline.store import open_store

pytestmark = [pytest.mark.cluster, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "demo"
WIRE = REPO / "tests" / "fixtures" / "wire"


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as running:
        yield running


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Wire fixtures, a dozen demo articles and the demo's JSON Lines file."""
    folder = tmp_path / "corpus"
    shutil.copytree(WIRE, folder)
    articles = sorted((DEMO / "articles").glob("*.txt"))[:12]
    if not articles:
        pytest.skip("the demo corpus is not present")
    for path in articles:
        shutil.copy(path, folder / path.name)
    if (DEMO / "wire.jsonl").exists():
        lines = (DEMO / "wire.jsonl").read_text(encoding="utf-8").splitlines()[:6]
        (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _records(pairs: Iterator[tuple[object, object]]) -> dict[str, str]:
    return {document.id: record.to_json() for document, record in pairs}  # type: ignore[attr-defined]


def test_dask_records_equal_local_records(cluster: object, corpus: Path, extractor: object,
                                          tmp_path: Path) -> None:
    from dateline.engine.dask import DaskEngine
    from dateline.extract.pipeline import Extractor

    local = _records(LocalEngine(extractor, workers=1).extract_many(
        iter_documents([str(corpus)])))
    assert len(local) >= 9 and all('"error"' not in r for r in local.values())
    address = cluster.scheduler_address  # type: ignore[attr-defined]
    with DaskEngine(address, extractor=Extractor(), chunk_size=3,
                    docs_per_partition=4) as engine:
        shipped = _records(engine.extract_many(iter_documents([str(corpus)])))
        stats = engine.to_parquet([str(corpus)], tmp_path / "parts")
        assert stats.documents == len(local) and stats.failed == 0
        assert len(engine.stats.peak_rss) == 2  # both workers took part
        again = engine.to_parquet([str(corpus)], tmp_path / "parts")
        assert again.written == 0 and again.skipped == stats.partitions
    assert shipped == local
    assert _records(read_pairs(tmp_path / "parts")) == local


def test_dask_ingest_resumes(cluster: object, corpus: Path, tmp_path: Path) -> None:
    from dateline.engine.dask import DaskEngine

    address = cluster.scheduler_address  # type: ignore[attr-defined]
    with open_store(str(tmp_path / "kb.db")) as store, DaskEngine(address) as engine:
        first = ingest_documents(iter_documents([str(corpus)]), store, engine)
        assert first.added >= 9 and first.failed == 0
        chunks = sum(engine.stats.chunks.values())
        again = ingest_documents(iter_documents([str(corpus)]), store, engine)
        assert (again.added, again.unchanged) == (0, first.added)
        assert sum(engine.stats.chunks.values()) == chunks  # nothing sent to the cluster


def _worker_facts() -> dict[str, object]:
    import gc
    import os

    import dask

    from dateline.engine import dask as engine_module

    extractor = engine_module._EXTRACTOR
    return {"parent": os.getppid(), "extractor": id(extractor),
            "loaded": extractor is not None and extractor._nlp is not None,
            "frozen": gc.get_freeze_count(),
            "tick": dask.config.get("distributed.admin.tick.interval")}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork on Linux")
def test_local_cluster_workers_are_forked_with_the_model(corpus: Path, extractor: object
                                                         ) -> None:
    """Without an address the engine's own cluster forks its workers from this process after
    it loaded the model once: each worker holds this very extractor (same address in a forked
    copy), model loaded and frozen out of the collector, before any task, and its event loop is
    checked once a second, not 50 times; the records are the local engine's."""
    import os

    from dateline.engine.dask import DaskEngine
    from dateline.extract.pipeline import Extractor

    local = _records(LocalEngine(extractor, workers=1).extract_many(
        iter_documents([str(corpus)])))
    template = Extractor()
    with DaskEngine(workers=2, extractor=template, chunk_size=3) as engine:
        facts = list(engine.client.run(_worker_facts).values())
        assert len(facts) == 2
        for fact in facts:
            assert fact["parent"] == os.getpid()
            assert fact["extractor"] == id(template) and fact["loaded"]
            assert isinstance(fact["frozen"], int) and fact["frozen"] > 100_000
            assert fact["tick"] == "1s"
        shipped = _records(engine.extract_many(iter_documents([str(corpus)])))
        assert len(engine.stats.peak_rss) == 2  # both workers took part
    assert shipped == local
