"""'The 17th meeting of the Conference of the Parties', 'a meeting of the World Health Assembly': the
meeting of a named conference, assembly or forum is that gathering's sitting, one gathering named
whole (not talks between whoever the clause names, nor a second gathering beside it)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.places import demonym_code, lookup_org

__all__ = ["regional_sitting", "sitting_of_gathering"]


def sitting_of_gathering(tok: Token) -> bool:
    """``tok`` is a meeting or sitting whose of-phrase is a named gathering ('Conference of the ...')."""
    if tok.lemma_.lower() not in word_set("gathering_parts") | {"meeting"}:
        return False
    return any(o.dep_ == "pobj" and o.lemma_.lower() in word_set("gathering_nouns") and o.text[:1].isupper()
               for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def _regional(adjective: Token) -> bool:
    """'Arab', 'African', 'Latin American': a people of a region, not of one state nor an organisation."""
    words = adjective.doc[adjective.left_edge.i:adjective.i + 1].text if adjective.dep_ == "compound" else adjective.text
    return adjective.ent_type_ == "NORP" and demonym_code(words) is None and demonym_code(adjective.text) is None \
        and lookup_org(adjective.text) is None


def regional_sitting(tok: Token) -> bool:
    """``tok`` is a meeting of the officials of a region's states ('a meeting of Arab foreign ministers')."""
    if tok.lemma_.lower() != "meeting":
        return False
    holders = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in word_set("sitting_holding_verbs"):  # "Arab ministers will hold a meeting"
        holders += [c for c in tok.head.children if c.dep_ == "nsubj"]
    for officials in (o for o in holders if o.tag_ == "NNS" and o.lemma_.lower() in word_set("official_nouns")):
        mods = [c for c in officials.children if c.dep_ in {"amod", "compound"}]
        mods += [c for m in mods for c in m.children if c.dep_ == "conj"]  # "Asian and African leaders"
        if mods and any(m.ent_type_ == "NORP" for m in mods) and all(_regional(m) for m in mods if m.ent_type_ == "NORP"):
            return True
    return False
