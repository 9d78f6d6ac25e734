"""Whether a title told alone names a person's title in other words: "the Angolan foreign
minister" is the Minister of External Relations of Angola named before, "the Kyrgyz defence
minister" the Minister of Defence.

A minister's title is read as its rank words ("deputy", "first deputy") and its domain, written
before ("Foreign Minister") or after it ("Minister of/for Foreign Affairs"); two titles are the
same when both agree. The domains and their words are data (``titles.yaml`` domains, and the
extra words of its ``domain_readings``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["holds_title"]

_RANKS = r"(?P<rank>(?:(?:first|deputy|vice|acting|state)\s+)*)"
_BEFORE = re.compile(_RANKS + r"(?P<domain>[a-z][a-z ]*?)\s+(?:affairs\s+)?minister")
_AFTER = re.compile(_RANKS + r"minister\s+(?:of|for)\s+(?:the\s+)?(?P<domain>[a-z][a-z ,&-]*)")
_PARTS = re.compile(r"\s+(?:and|–|-|—)\s+|\s*,\s*")


@cache
def _domains() -> dict[str, str]:
    words = {w.lower(): canon for canon, ws in load_lexicon("titles.yaml")["domain_readings"].items()
             for w in ws}
    return {**titles().domains, **words}


def _domain(text: str) -> str | None:
    """The canonical domain a domain phrase starts with ('foreign affairs and trade': Foreign Affairs)."""
    found = [w for w in _domains() if text == w or text.startswith(w + " ")]
    return _domains()[max(found, key=len)] if found else None


def _readings(title: str) -> set[tuple[str, str]]:
    """(rank words, canonical domain) of each minister's post the title holds."""
    out: set[tuple[str, str]] = set()
    text = " ".join(title.lower().split())
    parts = [text, *_PARTS.split(text)]
    for part in parts:
        for pattern in (_AFTER, _BEFORE):
            m = pattern.fullmatch(part)
            if m is None:
                continue
            domain = _domain(m.group("domain").strip())
            if domain is not None:
                out.add((" ".join(m.group("rank").split()), domain))
    return out


@lru_cache(maxsize=1 << 16)  # asked for every title phrase x every titled person of a document
def holds_title(head: str, title: str | None) -> bool:
    """``title`` is the post ``head`` names: it contains the head, or both are the same minister's
    post in other words ('Foreign Minister' and 'Minister of External Relations')."""
    if not title or not head.strip():
        return False  # no words: no post (an empty head is in every title)
    if head.lower() in title.lower():
        return True
    wanted = _readings(head)
    return bool(wanted) and bool(wanted & _readings(title))
