"""The joints of one title chain: "and" ("Deputy Prime Minister and Minister of Foreign Affairs",
"Minister of Roads and Urban Development") and a spaced dash ("Vice-Chairman of the Cabinet of
Ministers – Minister of Foreign Affairs") join parts of one person's title; other "and"s and
dashes end the phrase ("Fatah and Prime Minister", "(Xinhua) -- Foreign Minister").
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Token

from dateline.extract.name_spans import plural_head
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
    return before_ok and after_ok


def title_dash(doc: Doc, tok: Token) -> bool:
    """A spaced dash joining two parts of one title chain: '... of the Cabinet of Ministers – Minister of ...'."""
    if tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    before_ok = before.ent_type_ in {"TITLE", "ORG"} or before.lower_ in titles().org_heads \
        or before.lower_ in titles().domains or plural_head(before)
    after_ok = after.ent_type_ == "TITLE" or after.lower_ in titles().modifiers
    return before_ok and after_ok and before.text not in {")", "("}
