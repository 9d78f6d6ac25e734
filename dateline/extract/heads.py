"""Whether an official is a head of state (or of government): one predicate for both languages.

Titles are lexicon data (``event_words.yaml``): ``head_of_state_titles`` (president, king, emir,
crown prince, ...) and ``head_of_government_titles`` (prime minister, chancellor, premier). A
title is a head's when it is one of them whole, in any case ("President" is; "Presidential Press
Secretary" and "President of the European Commission" are not). The English passes ask for heads
of state or government (talks with one, told with no place, are held in the head's state;
``events/hosts.py``, ``events/received_abroad.py``); the Russian visit host asks for heads of
state only (a president's visit is hosted by a president, ``russian/visit_hosts.py``).
"""

from __future__ import annotations

from functools import cache

from dateline.lexicons.loader import load_lexicon

__all__ = ["is_head"]


@cache
def _titles(section: str) -> frozenset[str]:
    return frozenset(str(t).lower() for t in load_lexicon("event_words.yaml")[section])


def is_head(title: str | None, *, government: bool = True) -> bool:
    """The title is a head of state's (or, with ``government``, a head of government's)."""
    key = (title or "").lower()
    return key in _titles("head_of_state_titles") or government and key in _titles("head_of_government_titles")
