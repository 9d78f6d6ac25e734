"""Sessions of a body counted by number ('COP31', 'CMP-19'): always one gathering, convened by the
organisations ``numbered_gatherings`` (event_words.yaml) lists for the prefix."""

from __future__ import annotations

import re
from functools import cache

from dateline.extract.events.words import alternation, table

__all__ = ["numbered_conveners", "numbered_gathering"]


@cache
def _numbered() -> re.Pattern[str]:
    return re.compile(rf"({alternation(k.upper() for k in table('numbered_gatherings'))})-?\d{{1,2}}")


def numbered_gathering(text: str) -> bool:
    """'COP31', 'CMP-19': a session of a body counted by number, always one gathering."""
    return text[-1:].isdigit() and _numbered().fullmatch(text) is not None  # it ends in a digit


def numbered_conveners(text: str) -> tuple[str, ...]:
    """The organisations that convene the numbered sessions named in ``text`` ('COP31' -> UN)."""
    found: list[str] = []
    for word in re.findall(r"[A-Z]+-?\d{1,2}", text):
        match = _numbered().fullmatch(word)
        if match:
            found.extend(table("numbered_gatherings")[match.group(1).lower()])
    return tuple(dict.fromkeys(found))
