"""Re-runs skip what is done: stored articles are not extracted again, written partitions are
not rewritten, and loading Parquet twice stores nothing new."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from engine_fakes import EchoExtractor

from dateline.engine.local import LocalEngine
from dateline.engine.parquet import list_parts, parts_to_parquet
from dateline.ingest import iter_documents
from dateline.jobs.ingest import ingest_documents
from dateline.store import open_store


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(12):
        (folder / f"s{number:02d}.txt").write_text(
            f"VIENNA, May {number + 1} - The foreign ministers of two states met ({number}).\n",
            encoding="utf-8")
    return folder


def test_a_second_ingest_extracts_nothing(corpus: Path, tmp_path: Path) -> None:
    with open_store(str(tmp_path / "kb.db")) as store:
        first = LocalEngine(EchoExtractor(), workers=2, chunk_size=2)
        stats = ingest_documents(iter_documents([str(corpus)]), store, first)
        assert (stats.added, stats.unchanged) == (12, 0)
        assert sum(first.stats.chunks.values()) == 6
        (corpus / "s99.txt").write_text("ROME, May 30 - A new visit.\n", encoding="utf-8")
        again = LocalEngine(EchoExtractor(), workers=2, chunk_size=2)
        stats = ingest_documents(iter_documents([str(corpus)]), store, again)
        assert (stats.added, stats.unchanged) == (1, 12)
        assert sum(again.stats.timings.values()) == 1  # only the new article was extracted


def test_written_partitions_are_skipped(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "parts"
    stats = parts_to_parquet(LocalEngine(EchoExtractor(), workers=1), [str(corpus)], out,
                             docs_per_partition=5)
    assert (stats.partitions, stats.written, stats.documents) == (3, 3, 12)
    parts = list_parts(out)
    parts[1].unlink()
    extractor = EchoExtractor()
    stats = parts_to_parquet(LocalEngine(extractor, workers=1), [str(corpus)], out,
                             docs_per_partition=5)
    assert (stats.written, stats.skipped, stats.documents) == (1, 2, 5)
    assert extractor.seen == 5
    assert list_parts(out) == parts


def test_cli_parquet_then_load_twice(corpus: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    import dateline.extract.pipeline as pipeline
    from dateline.cli.main import main

    monkeypatch.setattr(pipeline, "Extractor", lambda **_: EchoExtractor())

    def run(*args: str) -> tuple[int, str]:
        monkeypatch.setattr(sys, "argv", ["dateline", *args])
        with pytest.raises(SystemExit) as exited:
            main()
        return int(exited.value.code or 0), capsys.readouterr().err

    out, db = tmp_path / "records", tmp_path / "kb.db"
    code, err = run("ingest", str(corpus), "--parquet-out", str(out), "--workers", "1",
                    "--no-progress")
    assert code == 0 and "1 written (12 documents, 0 failed)" in err
    code, err = run("ingest", str(corpus), "--parquet-out", str(out), "--workers", "1")
    assert code == 0 and "1 already done" in err
    code, err = run("load", str(out), "--db", str(db), "--no-progress")
    assert code == 0 and "12 documents: 12 added" in err
    code, err = run("load", str(out), "--db", str(db))
    assert code == 0 and "12 documents: 0 added, 0 replaced, 12 unchanged" in err
    code, err = run("ingest", str(corpus), "--parquet-out", str(out), "--db", str(db))
    assert code == 2 and "--parquet-out" in err
