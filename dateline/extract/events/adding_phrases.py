"""A preposition that adds a gerund's act to its clause's: "Besides holding talks with X, Y is scheduled to
address a forum", "In addition to meeting Z, Y is expected to visit a depot", "Apart from talks with ...".

The gerund has no tense of its own: its act is told as the clause's is (planned when the clause is), as it
is after a preposition of sequence ("will visit Ankara before traveling to Baku", :mod:`.clause`). The
phrases are data (``adding_prepositions``); the preposition is read with the words it closes ("apart
from", "in addition to"), so a bare "from" or "to" is never one.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors

__all__ = ["adding_preposition"]


def adding_preposition(prep: Token) -> bool:
    """``prep`` closes a preposition of addition: 'besides', 'apart from', 'in addition to'."""
    words: list[str] = []
    for cur in ancestors(prep, 3):  # "from" <- "apart"; "to" <- "addition" <- "in"
        if cur.i > prep.i:
            break
        words.insert(0, cur.lower_)
        if " ".join(words) in word_set("adding_prepositions"):
            return True
    return False
