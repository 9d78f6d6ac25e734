"""A body its chair holds, not a sitting: "Theresa Lazaro, who chairs the ASEAN Foreign Ministers'
Meeting this year", "Kazakhstan currently chairs the CIS Council of Foreign Ministers".

The object of a chairing verb in the present simple names a standing office (a rotating chairmanship)
when the clause tells it as lasting: an adverb of a standing state ("currently", ``standing_chair_adverbs``),
a year ("this year", "in 2026"), or a relative clause that describes its subject by the body it chairs
("X, who chairs the ASEAN Regional Forum"). A chair in the past or the progressive ("chaired the
meeting", "is chairing the session"), or a present headline with none of these ("Putin chairs Security
Council meeting"), still tells a sitting.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set

__all__ = ["held_chair"]


def _yearly(child: Token) -> bool:
    """'this year', 'in 2026': a period of a year, not a day."""
    words = [t for t in child.subtree]
    return any(t.ent_type_ == "DATE" for t in words) and any(
        t.lower_ == "year" or t.like_num and len(t.text) == 4 for t in words)


def held_chair(tok: Token) -> bool:
    """The trigger is the body a chairing verb in the present simple holds as a standing office."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in word_set("chair_verbs") or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ == "aux" for c in verb.children):
        return False  # "will chair", "is chairing": a sitting ahead or under way
    if any(c.dep_ == "advmod" and c.lower_ in word_set("standing_chair_adverbs") or
           c.dep_ in {"npadvmod", "prep"} and _yearly(c) for c in verb.children):
        return True  # "currently chairs", "chairs ... this year"
    named = any(t.text[:1].isupper() for t in tok.subtree if t.i <= tok.i) and not tok.is_sent_start
    return verb.dep_ == "relcl" and named  # "X, who chairs the ASEAN Regional Forum"
