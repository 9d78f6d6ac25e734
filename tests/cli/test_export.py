"""``dateline export``: formats, filters, output files and usage errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from kb_stories import all_stories  # noqa: E402

from dateline.cli.main import main  # noqa: E402
from dateline.store import open_store  # noqa: E402


def run(args: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "argv", ["dateline", *args])
    try:
        main()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "kb.db"
    with open_store(str(path)) as store:
        store.add(all_stories())
    return path


def test_jsonl_to_stdout(db: Path, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export", "--db", str(db), "--format", "jsonl"], monkeypatch) == 0
    captured = capsys.readouterr()
    events = [json.loads(line) for line in captured.out.splitlines()]
    assert len(events) == 7 and all("sources" in e for e in events)
    assert "exported 7 events" in captured.err


def test_filters(db: Path, monkeypatch: pytest.MonkeyPatch,
                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export", "--db", str(db), "--country", "TUR", "--kind", "meeting",
                "--since", "2024-04"], monkeypatch) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [e["date"]["start"] for e in events] == ["2024-05-20"]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "plover", "jsonl"])
def test_formats_to_file(fmt: str, db: Path, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / f"events.{fmt}"
    assert run(["export", "--db", str(db), "--format", fmt, "-o", str(out)], monkeypatch) == 0
    assert out.stat().st_size > 0
    if fmt == "plover":
        first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
        assert {"actor", "recipient", "event", "event_loc", "cite_info"} <= set(first)


@pytest.mark.parametrize("args", [
    ["export", "--format", "xml"],
    ["export", "--format", "parquet"],
    ["export", "--db", "/no/such/kb.db"],
    ["export", "--since", "last week"],
])
def test_usage_errors_exit_2(args: list[str], db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if "--db" not in args:
        args = [*args, "--db", str(db)]
    assert run(args, monkeypatch) == 2
