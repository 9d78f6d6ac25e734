"""The conductor: jobs wire the reader, an extractor and the store (a stub extractor here:
what is read, skipped and stored, not what is extracted)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from dateline.article import Article, FailedDocument
from dateline.engine.parquet import write_part
from dateline.errors import EngineError, UsageError
from dateline.jobs import ingest
from dateline.jobs.add_document import add_document
from dateline.jobs.extract import extract_to
from dateline.jobs.load import Replay, load_parquet
from dateline.jobs.progress import Bar
from dateline.record import Record
from dateline.store import open_store

Document = Article | FailedDocument


class Stub:
    """Records without events; counts the documents it was asked to extract."""

    def __init__(self, **_: object) -> None:
        self.calls = 0

    def extract_many(self, documents: Iterable[Document]) -> Iterator[tuple[Document, Record]]:
        for document in documents:
            self.calls += 1
            if isinstance(document, FailedDocument):
                yield document, Record.failed(document.id, document.error)
            else:
                yield document, Record(id=document.id or "?", url=document.url)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(f"Text of {name}.", encoding="utf-8")
    (folder / "empty.txt").write_text("  ", encoding="utf-8")
    lines = [json.dumps({"id": f"j{i}", "text": f"Line {i}.", "url": f"https://x.example/{i}"})
             for i in range(3)]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_ingest_reads_skips_and_stores(corpus: Path) -> None:
    with open_store(":memory:") as store:
        stub = Stub()
        first = ingest([str(corpus)], store, stub)
        assert (first.documents, first.added, first.failed) == (6, 5, 1)
        again = Stub()
        second = ingest([str(corpus)], store, again)
        assert (second.unchanged, second.added) == (5, 0)
        assert again.calls == 1  # only the unreadable file: the stored ones are not extracted


def test_extract_writes_one_record_per_document(corpus: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.extract.pipeline as pipeline

    monkeypatch.setattr(pipeline, "Extractor", Stub)
    out = io.StringIO()
    stats = extract_to([str(corpus)], out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "empty", "j0", "j1", "j2"]
    assert (stats.documents, stats.failed) == (6, 1) and "error" in records[2]


def test_load_replays_parquet_records(corpus: Path, tmp_path: Path) -> None:
    parts = tmp_path / "parts"
    documents = list(Stub().extract_many(
        [Article(text="One.", id="one"), Article(text="Two.", id="two")]))
    write_part(documents, parts / "part-000000-x.parquet")
    db = str(tmp_path / "kb.db")
    loaded = load_parquet(parts, db=db)
    assert loaded.partitions == 1 and loaded.stats.added == 2
    assert load_parquet(parts, db=db).stats.unchanged == 2
    with pytest.raises(UsageError):
        load_parquet(tmp_path / "nowhere", db=db)


def test_replay_refuses_a_document_it_did_not_read() -> None:
    replay = Replay([])
    with pytest.raises(EngineError):
        list(replay.extract_many([Article(text="Stray.", id="stray")]))


def test_add_document_stores_one_article() -> None:
    with open_store(":memory:") as store:
        added = add_document(store, Article(text="BAKU, May 1. Text.", url="https://x.example/1"),
                             Stub())
        assert added.stats.added == 1
        assert added.article is not None and added.article.article.url == "https://x.example/1"


def test_a_bar_follows_a_growing_total() -> None:
    estimates = [None, 4, 5, 2]
    with Bar(enabled=True, total=lambda: estimates[0]) as bar:
        assert bar.tqdm.total is None
        estimates.pop(0)
        bar.update()
        assert bar.tqdm.total == 4
        estimates.pop(0)
        bar.update()
        assert bar.tqdm.total == 5
        estimates.pop(0)
    assert bar.tqdm.total == 2  # the exact count, once everything is read
