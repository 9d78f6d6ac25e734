"""A title told in apposition after the name: "NAME, [the] [adj] TITLE [of X]," and
"NAME (TITLE of X)"; a party body's membership before the state's post is skipped ("X, a member
of the Political Bureau of the CPC Central Committee and Chinese foreign minister,").
"""

from __future__ import annotations

import re
from collections.abc import Set

from spacy.tokens import Doc, Span

from dateline.extract.people.chains import title_conjunction
from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["phrase_right"]

_STATE_NOUNS = frozenset(load_lexicon("people_titles.yaml")["state_nouns"])
_MEMBERSHIP = frozenset(load_lexicon("people_titles.yaml")["membership_nouns"])
_PARTY_BODIES = re.compile(r"\b(?:" + "|".join(
    re.escape(b) for b in load_lexicon("people_titles.yaml")["party_bodies"]) + r")\b", re.IGNORECASE)


def phrase_right(doc: Doc, name: Span, runs: Set[int]) -> tuple[int, int] | None:
    """Token range of an appositive title after ``name``: 'NAME, [the] Title [of X],'."""
    i = name.end
    if i >= len(doc) or doc[i].text not in {",", "("}:
        return None
    bracket = doc[i].text == "("  # "Ana Rojas (Interior Minister of Chile)"
    j = i + 1
    k = j
    while k < len(doc) and k - j < 18:
        t = doc[k]
        if t.text in {",", ".", ";", ":", "(", ")"} or t.pos_ in {"VERB", "AUX"} and t.ent_type_ != "TITLE":
            break
        if t.lower_ in {"who", "which", "that"}:
            return None
        if t.i in runs:
            return None  # "Sergei Lavrov, Ukraine's President Viktor Yushchenko": another person's title
        if t.lower_ == "and" and any(doc[m].ent_type_ == "TITLE" for m in range(j, k)) \
                and not title_conjunction(doc, t, runs):
            break
        k += 1
    if k == j or not any(doc[m].ent_type_ == "TITLE" for m in range(j, k)):
        return None
    if bracket and (k >= len(doc) or doc[k].text != ")"):
        return None
    start = j
    while start < k and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    if start + 2 < k and doc[start].lower_ in _STATE_NOUNS and doc[start + 1].text in {"'s", "’s"}:
        start += 2  # "X, the country's top diplomat,": the state of the story, told by the title's owner
    start = _after_party_membership(doc, start, k)
    # The apposition must start with its title (or an adjective/modifier before it).
    first = doc[start]
    if not (first.ent_type_ in {"TITLE", "NORP", "GPE", "ORG"} or first.lower_ in titles().modifiers
            or (bracket and first.lower_ in titles().domains)):
        return None
    return start, k


def _after_party_membership(doc: Doc, start: int, end: int) -> int:
    """'X, a member of the Political Bureau of the CPC Central Committee and Chinese foreign minister,':
    a party's body is no public position (GUIDE `officials`), so the title is the state's post after
    'and' (one its state's name opens; "and director of the Office of ..." stays with the membership)."""
    if doc[start].lower_ not in _MEMBERSHIP or start + 1 >= end or doc[start + 1].lower_ != "of" \
            or not _PARTY_BODIES.search(doc[start:end].text):
        return start
    for a in range(start + 2, end - 1):
        if doc[a].lower_ != "and":
            continue
        b = a + 1
        while b < end and doc[b].ent_type_ in {"NORP", "GPE"}:
            b += 1
        if b > a + 1 and b < end and (doc[b].ent_type_ == "TITLE" or doc[b].lower_ in titles().modifiers) \
                and not _PARTY_BODIES.search(doc[a:end].text):
            return a + 1
    return start
