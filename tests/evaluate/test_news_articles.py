"""The full-article check set reads its text from the shared corpus by id, never from the repo."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dateline.evaluate.news_articles import NEWS_FILE, load_articles, load_ids


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    rows = [
        {"id": "MEANTIME-1", "corpus": "MEANTIME(Wikinews)", "date": "2008-03-01",
         "text": "The Chilean foreign minister met his Peruvian counterpart in Lima on Tuesday."},
        {"id": "LGL-7", "corpus": "LGL", "date": "2009-03-20", "text": "A county fair opened."},
        {"id": "TRN-9", "corpus": "TR-News", "date": None,
         "text": "The Turkish president will visit Baku next week."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_articles_come_in_the_order_of_the_ids_and_only_dated_corpora_keep_a_date(tmp_path):
    articles = load_articles(["TRN-9", "MEANTIME-1", "LGL-7"], _corpus(tmp_path))
    assert [a.id for a in articles] == ["TRN-9", "MEANTIME-1", "LGL-7"]
    assert articles[1].published == date(2008, 3, 1)
    assert articles[2].published is None  # an LGL date is the download date, not publication
    assert articles[1].as_input() == {"id": "MEANTIME-1", "text": articles[1].text,
                                      "published": "2008-03-01"}
    assert "published" not in articles[0].as_input()


def test_an_id_missing_from_the_corpus_is_an_error(tmp_path):
    with pytest.raises(KeyError, match="GWN-404"):
        load_articles(["TRN-9", "GWN-404"], _corpus(tmp_path))


def test_ids_file_skips_blank_lines_and_comments(tmp_path):
    (tmp_path / "ids.txt").write_text("# chosen by hand\nTRN-9\n\nMEANTIME-1\n", encoding="utf-8")
    assert load_ids(tmp_path) == ["TRN-9", "MEANTIME-1"]


@pytest.mark.skipif(not NEWS_FILE.exists(), reason="../shared is not beside the checkout")
def test_the_shared_corpus_is_read_by_id():
    [article] = load_articles(["MEANTIME-100911"])
    assert article.published == date(2008, 3, 1) and "Airbus" in article.text
