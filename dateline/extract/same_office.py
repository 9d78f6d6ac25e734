"""Whether two officials hold the same office in their states: a visitor's counterpart.

"President" and "President", "Prime Minister" and "Premier" (heads of state, heads of government:
``heads.py``), "Foreign Minister", "Minister of Foreign Affairs" and "Secretary of State" (the ministry the
title heads: the domains and heads of ``titles.yaml``). A chain of titles holds each of its offices ("Deputy Prime Minister and Foreign
Minister" is a foreign minister too). Read by a visit's hosts (``events/counterparts_met.py``).
"""

from __future__ import annotations

import re

from dateline.extract.heads import is_head
from dateline.extract.titles import titles

__all__ = ["offices", "same_office"]

_PARTS = re.compile(r"\s+and\s+|\s*,\s*|\s+[–—-]\s+")
_MINISTER = re.compile(r"(?:the\s+)?(?:minister\s+(?:of|for)\s+(?:the\s+)?(?P<after>.+)|(?P<before>.+?)\s+minister)")
_SECRETARY = re.compile(r"(?P<field>.+?)\s+secretary")  # "Defense Secretary": a minister when its field is a ministry's


def _key(part: str) -> str | None:
    text = part.strip().lower()
    if not text:
        return None
    if is_head(text, government=False):
        return "head of state"
    if is_head(text):
        return "head of government"
    head = titles().head(text)  # "Secretary of State", "top diplomat": the foreign minister
    text = head.title.lower() if head is not None else text
    told = _MINISTER.fullmatch(text)
    if told and text not in {"prime minister", "first minister"}:
        field = (told.group("after") or told.group("before")).strip()
        return "minister:" + titles().domains.get(field, field).lower()
    told = _SECRETARY.fullmatch(text)
    if told and told.group("field") in titles().domains:
        return "minister:" + titles().domains[told.group("field")].lower()
    return text


def offices(title: str | None) -> frozenset[str]:
    """The offices a title tells, one per title of its chain."""
    return frozenset(k for k in (_key(p) for p in _PARTS.split(title or "")) if k)


def same_office(a: str | None, b: str | None) -> bool:
    """The two titles share an office."""
    return bool(offices(a) & offices(b))
