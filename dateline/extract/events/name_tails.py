"""The last word of a gathering's capitalised name, where a clause on the whole name hangs.

"the International Conference for Supporting Yemen's Economic Recovery, which will be held in London in
January": the parser hangs the relative clause on "Recovery", the last word of the name, not on
"Conference"; the clause is the conference's all the same (its status, its date).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.syntax import reaches

__all__ = ["name_tail"]

_LINKS = frozenset({"prep", "pobj", "pcomp", "dobj", "compound", "poss", "case", "amod", "cc", "conj", "det"})


def _name_word(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.lower_ in word_set("name_joining_words") or tok.is_digit


def name_tail(trigger: Token) -> Token:
    """The last word of the capitalised name ``trigger`` opens or heads (``trigger`` itself if none
    follows it): every word from the trigger to it is a name word, and it hangs under the trigger."""
    if not trigger.text[:1].isupper():
        return trigger
    tail = trigger
    for tok in trigger.doc[trigger.i + 1:trigger.sent.end]:
        if not _name_word(tok):
            break
        if tok.text[:1].isupper() and _under(tok, trigger):
            tail = tok
    return tail


def _under(tok: Token, trigger: Token) -> bool:
    return reaches(tok, {trigger.i}, 7, links=_LINKS)
