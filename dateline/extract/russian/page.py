"""The page around a Russian agency story: its headline and the boilerplate lines after it.

Copy taken from an agency's site starts with the headline ("Токаев и Хурэлсух провели переговоры")
on a line of its own above the dateline, and ends (or is cut) by lines of the page: "Читайте
также: ...", "Фото: пресс-служба ...", "Подписывайтесь на наш канал ...", "© 2025 АЗЕРТАДЖ". The
headline retells the lead, the page's lines tell other stories or none: neither is a sentence of
the report. :func:`page_spans` gives their spans; the pipeline blanks them (with spaces, so every
offset stays the text's) before the parse.
"""

from __future__ import annotations

import re
from functools import cache

from dateline.extract.russian.words import ru_lexicon

__all__ = ["headline_end", "lone_headline", "masked", "page_spans"]

_HEADLINE_CHARS = 200  # a headline is one short line
_SENTENCE_END = ".!?…:;"


@cache
def _page_line() -> re.Pattern[str]:
    labels = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ru_lexicon("ru_events.yaml")["page_lines"])
    return re.compile(rf"^[ \t]*(?:{labels})(?![а-яёА-ЯЁ\w])[^\n]*$", re.MULTILINE | re.IGNORECASE)


def headline_end(text: str, start: int, body: int) -> int:
    """Where the headline lines between ``start`` and the dateline at ``body`` end (``start`` when
    none): one or two short lines, each ending in no full stop."""
    lines = text[start:body].split("\n")
    lines = [line for line in lines if line.strip()]
    if not 0 < len(lines) <= 2 or any(len(line) > _HEADLINE_CHARS or line.rstrip()[-1] in ".!?…"
                                      for line in lines):
        return start
    return body


def lone_headline(text: str, start: int) -> int:
    """The end of a headline line that opens a report with no dateline ("О политических
    консультациях между МИД Казахстана и Латвии" above its first paragraph), else ``start``."""
    end = text.find("\n", start)
    if end < 0:
        return start
    line = text[start:end].strip()
    rest = text[end:].lstrip()
    if not line or len(line) > _HEADLINE_CHARS or line[-1] in _SENTENCE_END or len(rest) <= len(line) \
            or not rest[:1].isupper():
        return start
    return end


def page_spans(text: str, body: int) -> list[tuple[int, int]]:
    """The spans of the page's own lines after ``body`` ("Читайте также: ...", "Фото: ...")."""
    return [(m.start(), m.end()) for m in _page_line().finditer(text, body)]


def masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked (line breaks kept), its offsets unchanged."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
