"""Outlet names and page boilerplate that must never become actors."""

from __future__ import annotations

import re
from functools import cache

from dateline.gazetteer import soft_fold
from dateline.lexicons.loader import load_lexicon

__all__ = ["is_outlet"]


@cache
def _outlets() -> frozenset[str]:
    return frozenset(soft_fold(o) for o in load_lexicon("outlets.yaml")["outlets"])


def is_outlet(text: str) -> bool:
    """True for an outlet name or boilerplate ('Trend', '(MENAFN - AzerNews)', 'Read more')."""
    key = soft_fold(text.strip("()[]/ -–—:")).removeprefix("the ")
    if key in _outlets() or key.removesuffix(" reports") in _outlets():
        return True
    parts = [p for p in re.split(r"\s*[-–—]+\s+|\s+[-–—]+\s*", key) if p]
    return len(parts) > 1 and all(p in _outlets() for p in parts)  # "(MENAFN - Trend News Agency)"
