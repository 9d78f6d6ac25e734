"""Records survive the trip through Parquet; failed documents come back as failures."""

from __future__ import annotations

from pathlib import Path

from dateline.article import Article, FailedDocument
from dateline.engine.parquet import list_parts, read_pairs, write_part
from dateline.errors import MalformedInputError
from dateline.record import Actor, Record


def test_round_trip(tmp_path: Path) -> None:
    article = Article(text="ANKARA, July 4 - The presidents met.", id="s1",
                      url="https://example.test/s1", published="2024-07-04", source="Wire",
                      title="Presidents meet", meta={"lang_score": 0.9})
    record = Record(id="s1", url=article.url, actors=[
        Actor(id="a1", kind="country", name="Turkey", country="TUR", mentions=[(0, 6)])])
    failed = FailedDocument("feed:3", MalformedInputError("feed:3: not valid JSON"))
    error = Record.failed(failed.id, failed.error)
    assert write_part([(article, record), (failed, error)], tmp_path / "p" / "part-1.parquet") \
        == (2, 1)
    assert [p.name for p in list_parts(tmp_path)] == ["part-1.parquet"]
    (back, back_record), (lost, lost_record) = list(read_pairs(tmp_path))
    assert back == article
    assert back_record.to_json() == record.to_json()
    assert lost.id == "feed:3" and lost.text == ""
    assert lost_record.error is not None and lost_record.error.type == "MalformedInputError"


def test_unfinished_files_are_ignored(tmp_path: Path) -> None:
    (tmp_path / ".part-2.parquet.123.tmp").write_bytes(b"partial")
    assert list_parts(tmp_path) == []
