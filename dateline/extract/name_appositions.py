"""Where the title of an apposition after a name starts (name_spans.py): past "who was sworn in as",
the article, a demonym, a modifier, a country's possessive ("Uzbekistan's Deputy Foreign Minister"),
or a known organisation's name with a body noun ("the OAS mission chief", "the AU's chief mediator").
The name right before such a title is a person's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["after_who", "appositive_title_start"]

_COPULAS = frozenset(load_lexicon("people_titles.yaml")["predicate_copulas"])  # "who was sworn in as"
_OWNERS = frozenset(load_lexicon("people_titles.yaml")["predicate_owners"])


def after_who(doc: Doc, j: int) -> int:
    """Past 'who was sworn in as the country's new' before a title told by a predicate
    ("Grace Mwale, who was sworn in as foreign minister,"): the name before the comma is a person's."""
    if j >= len(doc) or doc[j].lower_ != "who":
        return j
    k = j + 1
    while k < len(doc) and k - j < 7 and (doc[k].lower_ in _COPULAS or doc[k].lower_ == "in" and doc[k - 1].lower_ == "sworn"):
        k += 1
    if k < len(doc) and doc[k].lower_ == "as":
        k += 1
    while k < len(doc) and (doc[k].lower_ in _OWNERS or doc[k].text in {"'s", "’s"}):
        k += 1
    return k if k > j + 1 else j


def appositive_title_start(doc: Doc, j: int) -> int:
    """Skip 'the', a demonym, a modifier or a possessive country before an appositive's title:
    ', the Saudi Foreign Minister', ', Uzbekistan's Deputy Foreign Minister' (a modifier that is a
    title itself is the title: ', Assistant to the President')."""
    while j < len(doc):
        if doc[j].lower_ in {"the", "a"} or doc[j].ent_type_ == "NORP" \
                or doc[j].lower_ in titles().modifiers and doc[j].ent_type_ != "TITLE":  # "Assistant to"
            j += 1
        elif doc[j].ent_type_ == "GPE" and doc[j].ent_iob_ == "B":
            e = j + 1
            while e < len(doc) and doc[e].ent_iob_ == "I":
                e += 1
            if e >= len(doc) or doc[e].text not in {"'s", "’s", "'"}:
                return j
            j = e + 1
        elif doc[j].ent_type_ == "ORG" and doc[j].ent_id_ and doc[j].ent_iob_ == "B":
            return _body_title(doc, j)  # ", the OAS mission chief in Venezuela,"
        else:
            return j
    return j


def _body_title(doc: Doc, j: int) -> int:
    """The title after a known organisation's name, its possessive and a body noun or two ('OAS
    mission chief', "AU's chief mediator"), else ``j``."""
    e = j + 1
    while e < len(doc) and doc[e].ent_iob_ == "I":
        e += 1
    e += e < len(doc) and doc[e].text in {"'s", "’s"}
    k = e
    while k < min(len(doc), e + 2) and doc[k].is_alpha and doc[k].is_lower and doc[k].ent_type_ != "TITLE":
        k += 1
    return k if k < len(doc) and doc[k].ent_type_ == "TITLE" else j
