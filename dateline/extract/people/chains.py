"""The joints of one title chain: "and" ("Deputy Prime Minister and Minister of Foreign Affairs",
"Minister of Roads and Urban Development") and a spaced dash ("Vice-Chairman of the Cabinet of
Ministers – Minister of Foreign Affairs") join parts of one person's title; other "and"s and
dashes end the phrase ("Fatah and Prime Minister", "(Xinhua) -- Foreign Minister"). A comma of a
serial list joins parts too (``title_complements.serial_comma``).
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Token

from dateline.extract.name_spans import plural_head
from dateline.extract.title_complements import field_pair
from dateline.extract.titles import titles

__all__ = ["title_conjunction", "title_dash"]


def title_conjunction(doc: Doc, tok: Token, runs: Set[int]) -> bool:
    """'and' joining two parts of one title: 'Deputy Prime Minister and Minister of Foreign Affairs'."""
    if tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    title_like = {"TITLE"}
    before_ok = before.ent_type_ in title_like or before.lower_ in titles().org_heads \
        or before.lower_ in titles().domains
    after_ok = after.ent_type_ in title_like or after.lower_ in titles().modifiers \
        or after.lower_ in titles().domains or (after.text[:1].isupper() and before.lower_ in titles().domains)
    if before.text[:1].isupper() and after.text[:1].isupper() and before.ent_type_ not in {"GPE", "NORP"} \
            and after.ent_type_ not in {"GPE", "NORP"} and before.i not in runs \
            and after.i not in runs:
        return True  # "Minister of Roads and Urban Development"
    return before_ok and after_ok or _scope_pair(doc, tok, runs) or field_pair(doc, tok.i)


def _scope_pair(doc: Doc, tok: Token, runs: Set[int]) -> bool:
    """'and' between two regions of a post's scope: 'Assistant Secretary of State for European and
    Eurasian Affairs', 'Minister for Asian and Pacific Affairs'. The pair follows a title's 'for' and
    a capitalised noun of the scope that names no place closes it; two states joined before a name
    are no scope ('Special Envoy for Sudan and South Sudan X')."""
    def regional(k: int) -> bool:
        t = doc[k]
        return t.is_alpha and t.text[:1].isupper() and t.ent_type_ not in {"TITLE", "PERSON"} and k not in runs

    left = tok.i - 1
    while left > 0 and tok.i - left <= 3 and regional(left):
        left -= 1
    if left == tok.i - 1 or doc[left].lower_ != "for" or left == 0 or doc[left - 1].ent_type_ != "TITLE":
        return False
    right = tok.i + 1
    while right < len(doc) and right - tok.i <= 3 and regional(right):
        right += 1
    return right - tok.i >= 3 and doc[right - 1].ent_type_ not in {"GPE", "NORP", "LOC"}


def title_dash(doc: Doc, tok: Token) -> bool:
    """A spaced dash joining two parts of one title chain: '... of the Cabinet of Ministers – Minister of ...'."""
    if tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    before_ok = before.ent_type_ in {"TITLE", "ORG"} or before.lower_ in titles().org_heads \
        or before.lower_ in titles().domains or plural_head(before)
    after_ok = after.ent_type_ == "TITLE" or after.lower_ in titles().modifiers
    return before_ok and after_ok and before.text not in {")", "("}

