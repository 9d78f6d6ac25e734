"""Engines fail with EngineError (one line for the CLI, exit code 1), not foreign exceptions."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.engine.local import LocalEngine
from dateline.engine.parquet import read_pairs
from dateline.engine.partitions import Partition, read_partition
from dateline.errors import EngineError


class _Parsing:
    n_process = 2


def test_the_local_engine_wants_a_one_process_extractor() -> None:
    with pytest.raises(EngineError, match="n_process=1"):
        LocalEngine(_Parsing())


def test_an_unknown_partition_kind() -> None:
    with pytest.raises(EngineError, match="unknown partition kind"):
        list(read_partition(Partition(0, "tape")))


def test_a_damaged_parquet_partition(tmp_path: Path) -> None:
    (tmp_path / "part-000000-x.parquet").write_bytes(b"not parquet")
    with pytest.raises(EngineError, match="part-000000-x.parquet"):
        list(read_pairs(tmp_path))


@pytest.mark.cluster
def test_an_unreachable_scheduler() -> None:
    import dask

    from dateline.engine.dask import DaskEngine

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), \
            pytest.raises(EngineError, match="cannot reach the Dask scheduler"):
        DaskEngine("tcp://127.0.0.1:9").client  # noqa: B018 - connecting is the test
