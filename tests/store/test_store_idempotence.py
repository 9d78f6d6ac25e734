"""A URL repeated with different texts: the newest text wins, and re-reading the same input
changes nothing (issue 15, defect 12). Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from kb_records import E, build, country, person
from kb_stories import snapshot, visit_reports

from dateline.article import Article, FailedDocument
from dateline.jobs.ingest import LOOKAHEAD, ingest_documents
from dateline.record import Record
from dateline.store import Store

Document = Article | FailedDocument
URL = "https://wire.example/kz-az-1"


class ByText:
    """Hands back the record built for each text (what an extractor would give)."""

    def __init__(self, pairs: list[tuple[Article, Record]]) -> None:
        self.records = {article.text: record for article, record in pairs}
        self.calls = 0

    def extract_many(self, documents: Iterable[Document]) -> Iterator[tuple[Document, Record]]:
        for document in documents:
            assert isinstance(document, Article)
            self.calls += 1
            yield document, self.records[document.text]


def _revision(number: int) -> tuple[Article, Record]:
    text = (f"BAKU, April 3. Revision {number}: Kazakhstan's Prosecutor General Berik Asylov met "
            f"Azerbaijani Prosecutor General Kamran Aliyev in Baku.")
    return build(text, id=f"rev{number}", published="2024-04-03", url=URL, source="Wire One",
                 actors={"a1": person("Berik Asylov", title="Prosecutor General", country="KAZ"),
                         "a2": person("Kamran Aliyev", title="Prosecutor General",
                                      country="AZE"),
                         "a3": country("AZE", "Azerbaijan", "Azerbaijani")},
                 events=[E("meeting", "met", ["a1"], ["a2"], ["AZE", "KAZ"], "2024-04-03",
                           place=("Baku", "AZE"))])


def _run(store: Store, pairs: list[tuple[Article, Record]], order: list[int], *,
         batch_size: int = 32):
    extractor = ByText(pairs)
    documents = [Article(text=pairs[i][0].text, id=pairs[i][0].id, url=pairs[i][0].url,
                         published=pairs[i][0].published, source=pairs[i][0].source)
                 for i in order]
    return ingest_documents(documents, store, extractor, batch_size=batch_size), extractor


@pytest.mark.parametrize("gap", [0, LOOKAHEAD + 5])  # same look-up chunk, or far apart
@pytest.mark.parametrize(("order", "wins"), [([0, 1], 1), ([0, 1, 0], 1), ([1, 0, 1, 0], 0)])
def test_the_newest_text_wins_and_a_second_run_changes_nothing(store: Store, gap: int,
                                                               order: list[int],
                                                               wins: int) -> None:
    others = visit_reports()[1:]
    filler = [build(f"Filler report {i} on the weather in Baku.", id=f"f{i}",
                    published="2024-04-03", url=f"https://filler.example/{i}") for i in range(gap)]
    pairs = [_revision(1), _revision(2), *others, *filler]
    fill = list(range(2 + len(others), len(pairs)))
    sequence = [order[0], *fill, *order[1:], 2, 3]
    first, _ = _run(store, pairs, sequence, batch_size=4)
    stored = store.db.scalar("SELECT text FROM articles WHERE key = ?", (URL,))
    assert stored == pairs[wins][0].text  # the last text not seen before at the URL
    assert first.added == 3 + gap and first.replaced == 1
    before = snapshot(store)
    again, extractor = _run(store, pairs, sequence, batch_size=4)
    assert (again.added, again.replaced, again.failed) == (0, 0, 0)
    assert again.unchanged + again.skipped == len(sequence)
    assert extractor.calls == 0  # every document known before extraction
    assert snapshot(store) == before


def test_a_genuinely_new_text_still_replaces(store: Store) -> None:
    pairs = [_revision(1), _revision(2), _revision(3)]
    _run(store, pairs, [0, 1])
    stats, _ = _run(store, pairs, [0, 1, 2])
    assert (stats.replaced, stats.unchanged) == (1, 2)
    assert store.db.scalar("SELECT text FROM articles WHERE key = ?", (URL,)) == pairs[2][0].text
    stats, _ = _run(store, pairs, [0])  # an old text is never taken back
    assert (stats.replaced, stats.unchanged) == (0, 1)
    assert store.db.scalar("SELECT text FROM articles WHERE key = ?", (URL,)) == pairs[2][0].text
