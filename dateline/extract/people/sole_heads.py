"""A title that stands alone for one state's head: 'the pope', 'the pontiff' (the Holy See).

"The pope will arrive in Darwin on Sunday", "the pontiff took trips to Pakistan and Bangladesh":
no name follows and no state is told, yet the visitor's side is the Holy See. Each such word,
written as a common noun and not modified by another church's or people's word ("the Coptic
pope", "Armenian pontiff"), is a mention of that state, as a demonym is ("the Russian president").
A titled name ("Pope Leo") is left to the title reader.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.extract.syntax import word_positions
from dateline.lexicons.loader import load_lexicon

__all__ = ["sole_head_mentions"]

_HEADS: dict[str, str] = {k.lower(): v for k, v in (load_lexicon("titles.yaml").get("sole_heads") or {}).items()}
_OTHER_CHURCHES = frozenset(load_lexicon("people_titles.yaml").get("other_church_words") or ())


def _other_church(tok: Token) -> bool:
    """'the Coptic pope', 'Ecumenical Patriarch and pontiff': another church's head, or a people's."""
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.i < tok.i]
    return any(t.lower_ in _OTHER_CHURCHES or t.ent_type_ in {"NORP", "GPE"} for m in mods for t in m.subtree)


def sole_head_mentions(doc: Doc, floor: int = 0) -> list[tuple[str, int, int]]:
    """(state code, start, end) of each sole-head title told without a name from token ``floor`` on."""
    found = []
    for i in word_positions(doc, frozenset(_HEADS)):
        tok = doc[i]
        if i < floor or tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in {"PERSON", "ORG"}:
            continue
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and (after.ent_type_ == "PERSON" or after.dep_ == "appos" and after.head.i == i
                                  or tok.dep_ == "compound"):
            continue  # "Pope Francis", "the pope, Leo XIV,": the name's title
        if _other_church(tok):
            continue
        found.append((_HEADS[tok.lower_], tok.idx, tok.idx + len(tok)))
    return found
