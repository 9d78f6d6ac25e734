"""``dateline ingest`` engine options: bad combinations are usage errors (exit 2)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dateline.cli.main import main


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
         *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["dateline", *args])
    with pytest.raises(SystemExit) as exited:
        main()
    return int(exited.value.code or 0), capsys.readouterr().err


@pytest.mark.parametrize("options, message", [
    (["--engine", "spark"], "unknown engine"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "--engine dask"),
    (["--workers", "0"], "--workers"),
])
def test_usage_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str], options: list[str],
                      message: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text("PARIS, May 2 - The ministers met.\n", encoding="utf-8")
    code, err = _run(monkeypatch, capsys, "ingest", str(story), "--db",
                     str(tmp_path / "kb.db"), *options)
    assert code == 2 and message in err


def test_load_needs_partitions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(monkeypatch, capsys, "load", str(tmp_path))
    assert code == 2 and "no Parquet partitions" in err
    code, err = _run(monkeypatch, capsys, "load", str(tmp_path / "missing"))
    assert code == 2 and "no such folder" in err
