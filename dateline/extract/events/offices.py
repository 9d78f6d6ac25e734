"""A person named only as the owner of an institution: 'the Prosecutor General's Offices of the
states', 'the Office of the Prime Minister reported'. The institution acts or speaks; the person takes
no part in the engagement told."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.extract.document import Mention
from dateline.extract.events.words import word_set
from dateline.extract.syntax import token_at

__all__ = ["institution_owner"]


def institution_owner(doc: Doc, m: Mention) -> bool:
    """A title that possesses plural institutions ("the Prosecutor General's Offices of the states"), or
    whose office speaks or acts for him ("the Office of the Prime Minister reported"): the institution,
    not the person."""
    tok = token_at(doc, m.end - 1)
    if tok is not None and tok.dep_ == "case":
        tok = tok.head
    institutions = word_set("institution_nouns")
    if m.kind == "title" and tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lower_ in institutions and tok.head.head.i < tok.i:
        return True  # a title alone: "Chairman of the Standing Committee ... Zhao Leji" is a name's title chain
    return tok is not None and tok.dep_ == "poss" and tok.head.tag_ in {"NNS", "NNPS"} \
        and (tok.head.lemma_.lower() in institutions or tok.head.lower_ in institutions)
