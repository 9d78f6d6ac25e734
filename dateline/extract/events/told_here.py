"""'here' in a datelined report names the dateline's city, whoever signs the report: "X arrived here
on Monday", "talks here", and the clause a simultaneous clause of the event hangs from ("activists
demonstrated at the airport here as X arrived")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.geometry import clause_tokens
from dateline.extract.events.words import word_set

__all__ = ["told_here"]


def told_here(verb: Token) -> bool:
    """The event's clause (or the clause its as/while/when clause hangs from) says 'here'."""
    clauses = [verb]
    if verb.dep_ == "advcl" and verb.head.i != verb.i and any(
            c.dep_ == "mark" and c.lower_ in word_set("simultaneous_marks") for c in verb.children):
        clauses.append(verb.head)
    words = word_set("here_words")
    return any(verb.doc[i].lower_ in words and verb.doc[i].dep_ in {"advmod", "pcomp", "pobj"}
               for c in clauses for i in clause_tokens(c))
