"""``dateline ingest``: extract, resolve and store; exit codes; re-runs are no-ops."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from gold_replay import DEMO, GoldExtractor  # noqa: E402

from dateline.cli.main import main  # noqa: E402
from dateline.store import open_store  # noqa: E402


def run(args: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "argv", ["dateline", *args])
    try:
        main()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


class FakeExtractor(GoldExtractor):
    """The CLI builds an ``Extractor(...)``: replay the demo gold files instead."""

    def __init__(self, **_: object) -> None:
        super().__init__()


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> type[FakeExtractor]:
    import dateline.extract.pipeline as pipeline

    monkeypatch.setattr(pipeline, "Extractor", FakeExtractor)
    return FakeExtractor


needs_demo = pytest.mark.skipif(not (DEMO / "gold").is_dir(), reason="demo corpus not present")


@needs_demo
def test_ingest_demo_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str],
                           fake_extractor: type[FakeExtractor]) -> None:
    db = tmp_path / "kb.db"
    assert run(["ingest", str(DEMO), "--db", str(db), "--workers", "1", "--no-progress"],
               monkeypatch) == 0
    err = capsys.readouterr().err
    assert "48 documents: 48 added" in err
    assert run(["ingest", str(DEMO / "articles"), "--db", str(db)], monkeypatch) == 0
    assert "40 unchanged" in capsys.readouterr().err
    with open_store(str(db)) as store:
        assert store.db.scalar("SELECT COUNT(*) FROM articles") == 48


@needs_demo
def test_default_database_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           fake_extractor: type[FakeExtractor]) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("DATELINE_DB", str(db))
    assert run(["ingest", str(DEMO / "articles" / "d001.txt")], monkeypatch) == 0
    assert db.exists()


@needs_demo
def test_failed_documents_exit_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str],
                                 fake_extractor: type[FakeExtractor]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    code = run(["ingest", str(DEMO / "articles" / "d001.txt"), str(empty), "--db",
                str(tmp_path / "kb.db")], monkeypatch)
    assert code == 1
    err = capsys.readouterr().err
    assert "not stored: empty" in err and "1 failed" in err


def test_progress_bar_goes_to_stderr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str],
                                     fake_extractor: type[FakeExtractor]) -> None:
    if not (DEMO / "gold").is_dir():
        pytest.skip("demo corpus not present")
    assert run(["ingest", str(DEMO / "articles" / "d002.txt"), "--db", str(tmp_path / "k.db"),
                "--progress"], monkeypatch) == 0
    captured = capsys.readouterr()
    assert "ingest" in captured.err and captured.out == ""


@pytest.mark.parametrize("args", [["ingest"], ["ingest", "/no/such/folder"],
                                  ["ingest", ".", "--workers", "0"]])
def test_usage_errors_exit_2(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(args, monkeypatch) == 2


def _extractor_works() -> bool:
    try:
        from dateline.article import Article
        from dateline.extract.pipeline import Extractor

        record = Extractor().extract(Article(
            text="BAKU, April 3. Kazakh Prosecutor General Berik Asylov arrived in Baku.",
            id="probe"))
    except Exception:  # the extraction stages are being built in parallel
        return False
    return record.error is None


@pytest.mark.slow
@needs_demo
def test_end_to_end_with_the_real_extractor(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    if not _extractor_works():
        pytest.skip("the extractor does not run yet")
    db = tmp_path / "kb.db"
    args = ["ingest", str(DEMO / "articles"), "--db", str(db), "--no-progress"]
    assert run(args, monkeypatch) in (0, 1)
    from kb_stories import snapshot

    with open_store(str(db)) as store:
        stored = store.db.scalar("SELECT COUNT(*) FROM articles")
        assert stored >= 35
        assert store.list_events().total > 0
        assert store.search("Aliyev").people
        before = snapshot(store)
    assert run(args, monkeypatch) in (0, 1)
    with open_store(str(db)) as store:
        assert snapshot(store) == before


def test_hostile_documents_are_stored_or_reported(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15, defects 3 and 5 through the real extractor: a lone surrogate in the text and a
    date at the end of the calendar are stored; nothing aborts the run."""
    visit = ("BAKU, Azerbaijan, May 1. Kazakh Foreign Minister Murat Nurtleu met Azerbaijani "
             "President Ilham Aliyev in Baku on 12/31/9999.\n")
    (tmp_path / "t.txt").write_text(visit, encoding="utf-8")
    (tmp_path / "s.jsonl").write_text(
        '{"id":"\\udc00","text":"Putin met Xi in Moscow on Monday.\\udc00"}\n', encoding="utf-8")
    db = tmp_path / "kb.db"
    assert run(["ingest", str(tmp_path), "--db", str(db), "--no-progress", "--workers", "1"],
               monkeypatch) == 0
    with open_store(str(db)) as store:
        assert store.db.scalar("SELECT COUNT(*) FROM articles") == 2
        assert store.db.scalar("SELECT MAX(date_hi) FROM events") == "9999-12-31"
