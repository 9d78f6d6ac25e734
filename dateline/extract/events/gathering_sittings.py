"""'The 17th meeting of the Conference of the Parties', 'a meeting of the World Health Assembly': the
meeting of a named conference, assembly or forum is that gathering's sitting, one gathering named
whole (not talks between whoever the clause names, nor a second gathering beside it)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set

__all__ = ["sitting_of_gathering"]


def sitting_of_gathering(tok: Token) -> bool:
    """``tok`` is a meeting or sitting whose of-phrase is a named gathering ('Conference of the ...')."""
    if tok.lemma_.lower() not in word_set("gathering_parts") | {"meeting"}:
        return False
    return any(o.dep_ == "pobj" and o.lemma_.lower() in word_set("gathering_nouns") and o.text[:1].isupper()
               for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
