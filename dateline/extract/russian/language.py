"""Which path a document takes: Russian when the Article says so, else by its script.

An Article's ``language`` (set by ingestion from the page's markup and text, or by a JSON Lines
input) decides when it is given; otherwise a text whose letters are mostly Cyrillic (among the
first :data:`SAMPLE` characters after the ``date`` line) is Russian. A Russian page quoting
English stays Russian, an English report quoting a Russian name stays English.
"""

from __future__ import annotations

from dateline.article import Article

__all__ = ["MIN_CYRILLIC", "SAMPLE", "cyrillic_share", "is_russian"]

SAMPLE = 5_000
MIN_CYRILLIC = 0.5


def cyrillic_share(text: str) -> float:
    """The share of Cyrillic among the letters of ``text[:SAMPLE]`` (0 when it has none)."""
    letters = cyrillic = 0
    for ch in text[:SAMPLE]:
        if ch.isalpha():
            letters += 1
            cyrillic += "\u0400" <= ch <= "\u04ff"
    return cyrillic / letters if letters else 0.0


def is_russian(article: Article) -> bool:
    if article.language:
        return article.language.lower().split("-")[0] == "ru"
    return cyrillic_share(article.text) >= MIN_CYRILLIC
