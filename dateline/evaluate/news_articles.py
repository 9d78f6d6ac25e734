"""Full real news articles for blind measurement, read from the shared benchmark corpus.

``../shared/data/news_raw_bench/news_raw_bench.jsonl`` holds 1,255 openly licensed full articles
(GeoWebNews, TR-News, LGL, GeoVirus, MEANTIME). A set such as ``evaluate/data/news_check`` keeps
only the chosen article ids (``ids.txt``, one a line) and its gold; the text is read from the
shared file at run time and never copied into the repository. Only MEANTIME (Wikinews) articles
carry a reliable creation date, so only they are given a publication date; the others are
extracted without one, like the VOA passages.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

__all__ = ["NEWS_FILE", "NewsArticle", "load_articles", "load_ids"]

NEWS_FILE = (Path(__file__).resolve().parents[3] / "shared" / "data" / "news_raw_bench"
             / "news_raw_bench.jsonl")
_DATED_CORPORA = ("MEANTIME",)  # corpora whose ``date`` is the article's creation date


@dataclass(frozen=True)
class NewsArticle:
    id: str
    text: str
    published: date | None

    def as_input(self) -> dict[str, str]:
        """The article as one line of ``dateline extract`` JSON Lines input."""
        row = {"id": self.id, "text": self.text}
        if self.published is not None:
            row["published"] = self.published.isoformat()
        return row


def load_ids(folder: Path) -> list[str]:
    """The article ids of one set, from its ``ids.txt`` (blank lines and ``#`` comments skipped)."""
    lines = (folder / "ids.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def load_articles(ids: Iterable[str], path: Path = NEWS_FILE) -> list[NewsArticle]:
    """The articles with these ids, in the order given; an id missing from the corpus is an error."""
    wanted = list(ids)
    asked = set(wanted)
    found: dict[str, NewsArticle] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["id"] not in asked:
                continue
            dated = str(row.get("corpus", "")).startswith(_DATED_CORPORA) and row.get("date")
            found[row["id"]] = NewsArticle(row["id"], row["text"],
                                           date.fromisoformat(row["date"][:10]) if dated else None)
    missing = [i for i in wanted if i not in found]
    if missing:
        raise KeyError(f"not in {path.name}: {', '.join(missing[:5])}")
    return [found[i] for i in wanted]
