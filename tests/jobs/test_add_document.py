"""The write pool: documents extracted and stored in worker processes, a bounded queue."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.article import Article
from dateline.errors import BusyError
from dateline.jobs.add_document import WritePool
from dateline.store import open_store

TEXT = ("RIGA, Latvia, June {day}. Latvian Foreign Minister Janis Ozols met Estonian Foreign "
        "Minister Mart Tamm in Riga on {weekday}.")


def article(n: int) -> Article:
    return Article(text=TEXT.format(day=n, weekday="Monday"), url=f"https://wire.example/{n}",
                   published=f"2024-06-{n:02d}", source="Example Wire")


@pytest.mark.slow
def test_documents_are_written_by_a_bounded_pool_of_processes(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    open_store(str(db)).close()
    pool = WritePool(str(db), workers=1, queue=1)
    assert pool.in_processes and pool.capacity == 2
    try:
        first, second = pool.submit(article(3)), pool.submit(article(4))
        with pytest.raises(BusyError):  # one running (the worker is still starting), one waiting
            pool.submit(article(5))
        added = [f.result(timeout=300) for f in (first, second)]
        assert [a.stats.added for a in added] == [1, 1]
        assert all(a.article is not None and a.article.events for a in added)
        assert pool.pending == 0
        assert pool.submit(article(5)).result(timeout=300).stats.added == 1
    finally:
        pool.close()
    with open_store(str(db)) as store:  # another process wrote them, committed
        assert store.stats().articles == 3
        assert {h.article.url for h in store.search("Ozols", 10).articles} >= {"https://wire.example/3"}


def test_a_memory_store_is_written_from_one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline

    class Stub:
        def extract_many(self, documents):  # type: ignore[no-untyped-def]
            from dateline.record import Record

            for document in documents:
                yield document, Record(id=document.id or "?", url=document.url)

    monkeypatch.setattr(dateline, "get_extractor", Stub)
    with open_store(":memory:") as store:
        pool = WritePool(":memory:", store=store, workers=4, queue=0)
        assert not pool.in_processes and pool.capacity == 1
        added = pool.submit(article(7)).result(timeout=30)
        assert added.stats.added == 1 and pool.pending == 0
        pool.close()


def test_a_pool_needs_somewhere_to_write() -> None:
    with pytest.raises(ValueError):
        WritePool(None)
    with pytest.raises(ValueError):
        WritePool("kb.db", workers=0)
