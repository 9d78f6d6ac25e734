"""A body's other name in brackets inside a title chain: "Speaker of the Kyrgyz Parliament
(Jogorku Kenesh)", "Chairman of the Milli Majlis (Parliament) of Azerbaijan", "Chairman of the
Mazhilis (lower house)".

Agency copy glosses a legislature or a body by its local or English name in brackets. The gloss
is part of the title phrase (the walk to the left of a name goes over it) but not of the title
(``parse_title`` leaves it out, as it does an acronym: "Organization (ECO)"). An outlet in
brackets ("(Trend)", "(Kazinform)") is boilerplate, never a gloss; nor is a person's name in brackets
that ends the chain ("Minister of Health (Khalid Ait Taleb) and ...").
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.extract.boilerplate import is_outlet
from dateline.extract.titles import titles

__all__ = ["gloss_end", "gloss_start"]

_MAX_WORDS = 3


def gloss_end(doc: Doc, i: int) -> int | None:
    """Index of the ')' closing a gloss whose '(' is token ``i``, or None."""
    if i <= 0 or i >= len(doc) or doc[i].text != "(":
        return None
    before = doc[i - 1]
    body = before.lower_ in titles().org_heads  # "Parliament (Jogorku Kenesh)", "Mazhilis (lower house)"
    if not (body or before.ent_type_ == "ORG" and before.text[:1].isupper()):
        return None
    k = i + 1
    while k < len(doc) and k - i - 1 < _MAX_WORDS and doc[k].is_alpha and doc[k].ent_type_ not in {
            "GPE", "NORP", "TITLE", "DATE"}:
        k += 1
    if k == i + 1 or k >= len(doc) or doc[k].text != ")" or not (body or doc[i + 1].text[:1].isupper()):
        return None
    if is_outlet(doc[i + 1:k].text) or _bracketed_name(doc, i, k):
        return None
    return k


def _bracketed_name(doc: Doc, i: int, k: int) -> bool:
    """'Minister of Agriculture (Aziz Akhannouch) and ...': brackets that end the title chain (no name
    and no complement after them) and hold two or more capitalised words of no body are the holder's
    name, not a gloss of the body."""
    after = doc[k + 1] if k + 1 < len(doc) else None
    if after is not None and (after.text[:1].isupper() or after.lower_ == "of"):
        return False
    words = doc[i + 1:k]
    lex = titles()
    return len(words) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_id_
                                   and t.lower_ not in lex.org_heads and t.lower_ not in lex.domains for t in words)


def gloss_start(doc: Doc, k: int) -> int | None:
    """Index of the '(' opening a gloss whose ')' is token ``k``, or None."""
    if k >= len(doc) or doc[k].text != ")":
        return None
    for i in range(k - 1, max(0, k - _MAX_WORDS - 1) - 1, -1):
        if doc[i].text == "(":
            return i if gloss_end(doc, i) == k else None
    return None
