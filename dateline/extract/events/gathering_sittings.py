"""'The 17th meeting of the Conference of the Parties', 'a meeting of the World Health Assembly': the
meeting of a named conference, assembly or forum is that gathering's sitting, one gathering named
whole (not talks between whoever the clause names, nor a second gathering beside it)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.extract.document import EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import demonym_code, igo_codes, lookup_org

__all__ = ["body_sitting", "format_of_sitting", "group_sitting", "regional_officials", "regional_sitting", "sitting_of_gathering",
           "sitting_told_again"]


def sitting_of_gathering(tok: Token) -> bool:
    """``tok`` is a meeting or sitting whose of-phrase is a named gathering ('Conference of the ...')."""
    if tok.lemma_.lower() not in word_set("gathering_parts") | {"meeting"}:
        return False
    return any(o.dep_ == "pobj" and o.lemma_.lower() in word_set("gathering_nouns") and o.text[:1].isupper()
               for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def _people_word(tok: Token) -> bool:
    """A people's word: a demonym ('Arab') or a part of a continent's ('Latin American', tagged as a
    feature by the ruler, no state's)."""
    return tok.ent_type_ == "NORP" or (tok.ent_type_ == "LOC" and tok.ent_id_ == "feature")


def _regional(adjective: Token) -> bool:
    """'Arab', 'African', 'Latin American': a people of a region, not of one state nor an organisation."""
    if adjective.ent_type_ == "LOC" and adjective.ent_id_ == "feature":
        return True
    words = adjective.doc[adjective.left_edge.i:adjective.i + 1].text if adjective.dep_ == "compound" else adjective.text
    return adjective.ent_type_ == "NORP" and demonym_code(words) is None and demonym_code(adjective.text) is None \
        and lookup_org(adjective.text) is None


def regional_officials(officials: Token) -> bool:
    """'Arab foreign ministers', 'Asian and African leaders', 'Latin American finance ministers': the
    officials (in the plural) of a region's states, no one state's nor an organisation's."""
    if officials.tag_ != "NNS" or officials.lemma_.lower() not in word_set("official_nouns"):
        return False
    mods = [c for c in officials.children if c.dep_ in {"amod", "compound"}]
    mods += [c for m in mods for c in m.children if c.dep_ == "conj"]  # "Asian and African leaders"
    if any(m.dep_ == "amod" and m.lower_ in word_set("regional_modifiers") for m in mods) or any(
            c.dep_ == "poss" and c.lemma_.lower() in word_set("region_nouns") for c in officials.children):
        return not any(m.ent_type_ in {"GPE", "NORP", "ORG"} for m in mods)  # "the region's defence ministers"
    return bool(mods) and any(_people_word(m) for m in mods) and all(_regional(m) for m in mods if _people_word(m))


def regional_sitting(tok: Token) -> bool:
    """``tok`` is a meeting of the officials of a region's states ('a meeting of Arab foreign ministers',
    'Arab foreign ministers meeting in Cairo', 'the African leaders' meeting')."""
    if tok.lemma_.lower() != "meeting":
        return False
    holders = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in word_set("sitting_holding_verbs"):  # "Arab ministers will hold a meeting"
        holders += [c for c in tok.head.children if c.dep_ == "nsubj"]
    return any(regional_officials(o) for o in holders)


def group_sitting(tok: Token) -> bool:
    """``tok`` is a meeting of the officials of a group of states, or of a format a group of states is
    a side of ('the Central Asia-Japan foreign ministers' meeting', 'the "Central Asia plus Japan"
    Dialogue foreign ministers' meeting'): a multilateral meeting of the group's members (and the side)."""
    if tok.lemma_.lower() != "meeting":
        return False
    for officials in (c for c in tok.children if c.dep_ in {"poss", "compound"} and c.tag_ in {"NNS", "NNPS"}
                      and c.lemma_.lower() in word_set("official_nouns") | {"leader", "head"}):
        if any(t.ent_type_ == "GROUP" for t in officials.subtree if t.i < officials.i):
            return True
    return False


def _of_objects(tok: Token) -> list[Token]:
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _organisation_name(noun: Token) -> bool:
    """'the Caribbean Tourism Organization', 'the Latin American Development Bank': a capitalised name
    headed by a word of an organisation of states, none of whose words is a state, a state's people or
    a word of a national body ('the Bank of Japan', 'the National Iranian Oil Company' are one state's)."""
    if not noun.text[:1].isupper() or noun.lemma_.lower() not in word_set("intergovernmental_heads"):
        return False
    words = [t for t in noun.subtree if t.i <= noun.i] + [t for o in _of_objects(noun) for t in o.subtree]
    if any(t.ent_type_ in {"GPE", "PERSON", "FAC"} or t.lower_ in word_set("national_body_words") | {"national", "state", "federal"}
           for t in words):
        return False
    return not any(t.ent_type_ == "NORP" and demonym_code(t.doc[t.left_edge.i:t.i + 1].text) is not None for t in words)


def body_sitting(tok: Token) -> bool:
    """'The 30th meeting of the Council of Ministers of the Caribbean Tourism Organization', 'the annual
    meeting of the Board of Governors of the Latin American Development Bank': the meeting of a named
    body (a council, board, committee) of an organisation of states that the lexicons do not know is
    that organisation's sitting, a gathering by its name (not talks between two sides)."""
    if tok.lemma_.lower() != "meeting":
        return False
    for body in _of_objects(tok):
        if body.lemma_.lower() not in word_set("igo_bodies") or not body.text[:1].isupper() or any(
                m.lower_ in word_set("corporate_members") for m in _of_objects(body)):
            continue  # not "the Board of Directors of ...": a company's
        owners = [o for t in body.subtree if t.i >= body.i for o in _of_objects(t)]
        if any(_organisation_name(o) for o in owners):
            return True
    return False


def format_of_sitting(tok: Token) -> Token | None:
    """The meeting of officials whose words name ``tok`` as their format: 'the "Central Asia plus Japan"
    Dialogue foreign ministers' meeting', 'the meeting of foreign ministers of the X Dialogue', 'the
    next foreign ministers' meeting of the X Dialogue'."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "meeting" and any(
            c.dep_ in {"poss", "compound", "nmod"} and c.tag_ in {"NNS", "NNPS"} and c.lemma_.lower() in word_set(
                "official_nouns") for c in tok.head.head.children):
        return tok.head.head  # the officials' meeting of the Dialogue
    officials = tok.head if tok.dep_ in {"nmod", "compound"} else tok.head.head if tok.dep_ == "pobj" \
        and tok.head.lower_ == "of" else None
    if officials is None or officials.tag_ not in {"NNS", "NNPS"} or officials.lemma_.lower() not in word_set(
            "official_nouns") | {"leader", "head"}:
        return None
    meeting = officials.head if officials.dep_ in {"poss", "compound"} else officials.head.head \
        if officials.dep_ == "pobj" and officials.head.lower_ == "of" else None
    return meeting if meeting is not None and meeting.lemma_.lower() == "meeting" else None


def sitting_told_again(events: list[EventDraft], draft: EventDraft, noun: str) -> EventDraft | None:
    """'The 11th meeting of the Council of Foreign Ministers of X was held in Y. The meeting brought
    together the ministers of A, B, C ...': 'the meeting' is the body's sitting told last, a gathering
    by its name; told again with the three or more states that sit at it, it is their meeting."""
    if draft.kind not in {"meeting", "multilateral"} or not noun:
        return None
    last = next((e for e in reversed(events) if e.kind in {"meeting", "multilateral", "gathering", "visit"}), None)
    if last is None or last.kind != "gathering" or not re.search(rf"\b{re.escape(noun)} of\b", (last.name or "").lower()):
        return None
    if len({c for c in draft.countries if c not in igo_codes()}) >= 3:
        last.kind, last.name, last.name_span = "multilateral", None, None  # a meeting has no name of its own
    return last
