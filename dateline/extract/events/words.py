"""The words of the events stage (``dateline/lexicons/event_words.yaml``), read once."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from spacy.tokens import Span

from dateline.errors import LexiconError
from dateline.extract.syntax import doc_text
from dateline.extract.time.lexicon import words as time_words
from dateline.lexicons.loader import load_lexicon

__all__ = ["alternation", "holding_verbs", "lexicon", "may_hold", "span_may_hold", "table", "word_list", "word_set"]


@cache
def lexicon() -> dict[str, Any]:
    """The whole file (read-only)."""
    lex = load_lexicon("event_words.yaml")
    if not isinstance(lex, dict):
        raise LexiconError("event_words.yaml is not a mapping of sections")
    return lex


@cache
def word_set(section: str) -> frozenset[str]:
    """A list section as a set of lower-case words."""
    try:
        return frozenset(str(w).lower() for w in lexicon()[section])
    except KeyError as exc:
        raise LexiconError(f"event_words.yaml lacks section {section!r}") from exc


@cache
def word_list(section: str) -> tuple[str, ...]:
    """A list section in its order (for regex alternations)."""
    try:
        return tuple(str(w) for w in lexicon()[section])
    except KeyError as exc:
        raise LexiconError(f"event_words.yaml lacks section {section!r}") from exc


@cache
def table(section: str) -> dict[str, tuple[str, ...]]:
    """A mapping section: word -> the words it stands for, in their order."""
    try:
        return {str(k).lower(): tuple(str(v) for v in vs) for k, vs in lexicon()[section].items()}
    except KeyError as exc:
        raise LexiconError(f"event_words.yaml lacks section {section!r}") from exc


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of ``words`` in their order (a lexicon list keeps its order)."""
    return "|".join(re.escape(str(w)) for w in words)


@cache
def holding_verbs(section: str) -> frozenset[str]:
    """The verbs that hold an event (time_words.yaml's ``tense.scheduled_infinitives``) and a section's own."""
    return frozenset(str(w).lower() for w in time_words()["tense"]["scheduled_infinitives"]) | word_set(section)


def may_hold(words: tuple[str, ...] | None, text: str) -> bool:
    """Whether ``text`` may hold one of ``words`` (ASCII, lower case) in any case: a plain look,
    far quicker than a case-blind regex over them. Always True when ``words`` is None or the text
    is not ASCII (a case-blind regex finds the 'k' of a phrase in the Kelvin sign 'K')."""
    if words is None or not text.isascii():
        return True
    return any(map(text.lower().__contains__, words))


@cache
def _may_hold_key(words: tuple[str, ...] | None) -> str:
    """The Doc's ``user_data`` key of whether its text may hold one of ``words`` (joined once)."""
    return "dateline.may_hold:" + "|".join(words or ())


def span_may_hold(span: Span, words: tuple[str, ...] | None) -> bool:
    """``may_hold`` for a span's text, asked of its Doc's whole text first, once per Doc: most
    documents hold none of the cue phrases, and then none of their sentences does."""
    doc = span.doc
    key = _may_hold_key(words)
    if key not in doc.user_data:
        doc.user_data[key] = may_hold(words, doc_text(doc))
    return bool(doc.user_data[key]) and may_hold(words, doc_text(doc)[span.start_char:span.end_char])
