"""The words of the time grammar (``dateline/lexicons/time_words.yaml``) and lookups into them."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from dateline.errors import LexiconError
from dateline.lexicons.loader import load_lexicon

__all__ = ["alternation", "anaphoric_offset", "full_months", "in_order", "month_number", "number", "past_part",
           "relative_step", "weekday_number", "word_set", "words"]

_SECTIONS = ("anaphoric_days", "anaphoric_leads", "anaphoric_objects", "story_shifts", "months", "ambiguous_months", "weekdays", "weekday_abbreviations",
             "weekday_names_not_dates", "seasons", "ordinals", "numbers", "days", "relative",
             "part_of", "past_parts", "quarters", "holidays", "deferral_verbs", "prepositions", "not_year_before",
             "not_year_after", "tense", "day_parts", "last_week_words", "finished_verbs",
             "not_finished_participles")


@cache
def words() -> dict[str, Any]:
    """The time lexicon (read once; treat as read-only)."""
    lex = load_lexicon("time_words.yaml")
    missing = [key for key in _SECTIONS if not isinstance(lex, dict) or key not in lex]
    if missing:
        raise LexiconError(f"time_words.yaml lacks section(s) {', '.join(missing)}")
    return lex


@cache
def word_set(section: str) -> frozenset[str]:
    """A section of the lexicon as a set of lower-case strings."""
    return frozenset(str(x).lower() for x in words()[section])


@cache
def full_months() -> frozenset[str]:
    """Full month names ("june"), as opposed to abbreviations ("jun")."""
    months = words()["months"]
    return frozenset(max((k for k in months if months[k] == n), key=len) for n in range(1, 13))


def alternation(items: Any) -> str:
    """Regex alternation of words, longest first, a space matching any run of spaces."""
    forms = sorted({str(w).lower() for w in items}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms)


def in_order(items: Any) -> str:
    """Regex alternation of single words in the lexicon's order."""
    return "|".join(re.escape(str(w)) for w in items)


def _key(token: str) -> str:
    return " ".join(token.lower().split())


def number(token: str | None) -> int | None:
    """3, "3rd", "third", "three", "a" -> an integer (None if it is not a number word)."""
    if token is None:
        return None
    token = token.lower().rstrip(".")
    digits = re.match(r"\d+", token)
    if digits:
        return int(digits.group())
    w = words()
    return w["ordinals"].get(token, w["numbers"].get(token))


def month_number(token: str) -> int:
    return int(words()["months"][token.lower().rstrip(".")])


def weekday_number(token: str | None) -> int | None:
    if token is None:
        return None
    w = words()
    low = token.lower()
    return w["weekdays"].get(low, w["weekday_abbreviations"].get(low))


def relative_step(token: str | None) -> int | None:
    """"last" -> -1, "this" -> 0, "the coming" -> 1."""
    return None if token is None else int(words()["relative"][_key(token)])


@cache
def _anaphoric() -> dict[str, int]:
    days = {str(k).lower(): int(v) for k, v in words()["days"].items()}
    return {phrase: days[phrase] for phrase in word_set("anaphoric_days")}


def anaphoric_offset(text: str) -> int | None:
    """Days from the last day named for 'the next day', 'that evening', 'earlier the same day',
    'two days later', 'a week earlier' ...; None for other words."""
    key = text.lower().split()
    offset = _anaphoric().get(" ".join(key))
    if offset is None and len(key) > 1 and key[0] in word_set("anaphoric_leads"):
        return _anaphoric().get(" ".join(key[1:]))
    return offset if offset is not None else _story_shift(key)


def _story_shift(key: list[str]) -> int | None:
    """'two days later', 'a week earlier': a count of days or weeks, signed by its direction word."""
    if len(key) != 3 or key[1].rstrip("s") not in ("day", "week") or key[2] not in words()["story_shifts"]:
        return None
    count = number(key[0])
    if count is None:
        return None
    return count * (7 if key[1].startswith("week") else 1) * int(words()["story_shifts"][key[2]])


def past_part(text: str) -> bool:
    """'earlier this year', 'at the beginning of the year': a part of its unit before the report's day."""
    told = " ".join(text.lower().split())
    return any(told.startswith(f"{part} ") for part in words()["past_parts"])
