"""Which path a document takes: Russian when the Article says so, else by its text.

An Article's ``language`` (set by ingestion: :func:`dateline.ingest.language.detect_language`
on the page's text and markup) decides when it is given. Otherwise a text with no Cyrillic
letter is not Russian (no language model is consulted for it, so English extraction costs
nothing more), and any other text is read by the same ``detect_language`` (py3langid, its
model in the package; quotations left out, so a Russian page quoting English stays Russian and
an English report quoting a Russian name stays English).
"""

from __future__ import annotations

import re

from dateline.article import Article

__all__ = ["MIN_CYRILLIC", "SAMPLE", "cyrillic_share", "is_russian"]

SAMPLE = 5_000
MIN_CYRILLIC = 0.5
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def cyrillic_share(text: str) -> float:
    """The share of Cyrillic among the letters of ``text[:SAMPLE]`` (0 when it has none)."""
    sample = text[:SAMPLE]
    if _CYRILLIC.search(sample) is None:  # an English report: one C scan, no loop by letter
        return 0.0
    letters = cyrillic = 0
    for ch in sample:
        if ch.isalpha():
            letters += 1
            cyrillic += "\u0400" <= ch <= "\u04ff"
    return cyrillic / letters if letters else 0.0


def is_russian(article: Article) -> bool:
    code = (article.language or "").lower().split("-")[0]
    if code and code != "und":  # "und": the text was too short to tell
        return code == "ru"
    if cyrillic_share(article.text) == 0.0:
        return False
    from dateline.ingest.language import detect_language

    verdict = detect_language(article.text)
    if verdict.code == "und":  # too short for the model: the script decides
        return cyrillic_share(article.text) >= MIN_CYRILLIC
    return verdict.code == "ru"
