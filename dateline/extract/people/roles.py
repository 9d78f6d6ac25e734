"""Whether a title phrase names a public position or a post outside the state.

GUIDE `officials`: an official holds a position of a state or an intergovernmental body. The same
heads name posts of companies, clubs, parties and movements: "the firm's former chief", "London bid
chief", "the party's leader", "pro-democracy leader", "rebel commander", "IOC president", "Hamas
political chief". Such a person keeps no title (and so is no official). The words are data
(``people_titles.yaml``: private owners, qualifiers, bodies, the generic heads they share with a
state); the grammar is here:

* a private owner as a possessive anywhere in the phrase or just before it ("the company's");
* before a generic head, a private owner or qualifier among the lower-case words that lead to
  it ("bid chief", "cricket captain"), or a private body just before or inside the phrase ("IOC
  president"). A complement is not read: "general secretary of the Communist Party" of a state
  whose party rules, "Secretary-General of the League of Arab States" stay.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["private_post"]

_WORDS = load_lexicon("people_titles.yaml")
_OWNERS = frozenset(_WORDS["private_owners"])
_QUALIFIERS = frozenset(_WORDS["private_qualifiers"])
_GENERIC = frozenset(_WORDS["generic_heads"])
_BODIES = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(b) for b in sorted(_WORDS["private_bodies"], key=len, reverse=True)) + r")(?![\w-])", re.I)
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_STOP_POS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "NUM"})
_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PART"})
_LEFT_REACH = 4  # tokens before the phrase that may own it ("the firm 's")


def _left_edge(doc: Doc, start: int) -> int:
    """Start of the words just before the phrase that can own it (stops at a verb, a preposition,
    a clause boundary or the sentence start)."""
    sent_start = doc[start].sent.start if start < len(doc) else start
    i = start
    while i > sent_start and start - i < _LEFT_REACH:
        t = doc[i - 1]
        if t.is_punct and t.text not in _POSSESSIVE and t.text != "-" or t.pos_ in _STOP_POS \
                and t.text not in _POSSESSIVE:
            break
        i -= 1
    return i


def _leading_words(doc: Doc, head: Token, floor: int) -> list[str]:
    """The lower-case words (and modifiers) written right before a head: 'pro-democracy' and
    'bid' in 'Burmese pro-democracy leader', 'London bid chief'."""
    words: list[str] = []
    i = head.i - 1
    while i >= floor:
        t = doc[i]
        if t.text == "-" and words and i > floor and not t.whitespace_:
            words[-1] = f"{doc[i - 1].lower_}-{words[-1]}"
            i -= 2
            continue
        lower = t.text.islower() or t.is_sent_start and t.text[1:].islower() and not head.text[:1].isupper()
        # "Rebel commander X" opens a sentence in sentence case; "Party General Secretary X", whose head is
        # written in title case, is read as it would be inside a sentence
        if not (t.is_alpha and (lower or t.lower_ in titles().modifiers)) or t.ent_type_ == "TITLE" \
                or t.pos_ in _FUNCTION_POS:  # not "militant supporters of President X"
            break
        words.append(t.lower_)
        i -= 1
    return words


def private_post(doc: Doc, start: int, end: int) -> bool:
    """The title phrase ``doc[start:end]`` names a post of a company, club, party, movement or
    other body that is no state (see the module doc)."""
    heads = [t for t in doc[start:end] if t.ent_type_ == "TITLE"]
    if not heads:
        return False
    left = _left_edge(doc, start)
    for t in doc[left:end]:
        if t.lower_ in _OWNERS and t.i + 1 < len(doc) and doc[t.i + 1].text in _POSSESSIVE:
            return True  # "the company's chief executive"
    head = heads[-1]
    first = head
    while first.i > start and doc[first.i - 1].ent_type_ == "TITLE":
        first = doc[first.i - 1]
    known = titles().head(head.text)
    if (head.ent_id_ or (known.title if known else "")).lower() not in _GENERIC:
        return False
    words = _leading_words(doc, first, doc[start].sent.start)  # "bid" may be parsed as a verb
    if any(w in _OWNERS or w in _QUALIFIERS for w in words):
        return True  # "London bid chief", "Burmese pro-democracy leader"
    return bool(_BODIES.search(doc[left:end].text))  # "IOC president", "Hamas political chief"
