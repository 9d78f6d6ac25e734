"""Older agreements cited by their date: 'the 2001 Agreement on Combating Smuggling (March 3, 2001)',
'the 1998 peace accord', 'fixed by agreement with Ukraine in 1997' are documents concluded then,
whatever the tense of the clause that cites them (documents.py keeps them; build.py dates them).
An agreement cited as in force, with no date: 'Under an agreement with Cairo, Egypt is to deploy 750
police', 'patrolled by Russian soldiers under an agreement between Russia and Tajikistan' (what a
clause is done under), 'The loan is part of a cooperation agreement between the two countries' (what a
thing is part of)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.extract.document import DocState
from dateline.extract.events.settlements import intergovernmental
from dateline.extract.events.words import word_set
from dateline.record import TimeMention

__all__ = [
    "cited_date", "concluded_before", "dated", "definite_pair", "held_under", "named_pair"]

_YEAR = re.compile(r"(?:19|20)\d{2}")


def dated(tok: Token) -> bool:
    """'the 2001 Agreement on ...', 'the 1998 peace accord', 'the Agreement ... (March 3, 2001)'."""
    lemma = tok.lemma_.lower()
    if lemma in word_set("generic_documents") or lemma in word_set("commercial_documents"):
        return False
    if any(_YEAR.fullmatch(t.text) for c in tok.children if c.dep_ in {"nummod", "compound", "amod", "nmod"}
           and c.i < tok.i for t in c.subtree):
        return True  # "the 1998 peace accord", "the 1991 START treaty"
    if _year_after(tok) is not None and any(p.dep_ == "prep" and p.lower_ in {"with", "between"} for p in tok.children):
        return True  # "fixed by agreement with Ukraine in 1997", "the accord between Chile and Peru of 1999"
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    doc = tok.doc
    end = tok.right_edge.i + 1
    return end < len(doc) and doc[end].text == "(" and any(
        _YEAR.fullmatch(t.text) for t in doc[end + 1:min(len(doc), end + 6)])


def _year_after(tok: Token) -> int | None:
    """The index of the year in 'in 1997' or 'of 1999' right after the document's phrase (its own
    phrase, or one the parser hangs on the verb), or None."""
    own = [o.i for p in tok.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}
           for o in p.children if o.dep_ == "pobj" and _YEAR.fullmatch(o.text)]
    if own:
        return own[0]
    doc, at = tok.doc, tok.right_edge.i + 1
    if at + 1 < len(doc) and doc[at].lower_ in {"in", "of"} and _YEAR.fullmatch(doc[at + 1].text) \
            and doc[at + 1].dep_ == "pobj":
        return at + 1
    return None


def cited_date(state: DocState, tok: Token) -> TimeMention | None:
    """The date an older agreement is cited with: 'the 2001 Agreement on ... (March 3, 2001)',
    'the 1998 peace accord' (the fullest date its own words give)."""
    if not dated(tok):
        return None
    doc = tok.doc
    end = tok.right_edge.i + 1
    if end < len(doc) and doc[end].text == "(":
        close = next((t.i for t in doc[end:min(len(doc), end + 10)] if t.text == ")"), end)
        end = close + 1
    elif (year := _year_after(tok)) is not None:
        end = year + 1  # "agreement with Ukraine in 1997"
    lo, hi = tok.left_edge.idx, doc[end - 1].idx + len(doc[end - 1])
    inside = [t for t in state.times if lo <= t.span[0] and t.span[1] <= hi and t.start]
    cited = max(inside, key=lambda t: len(t.start or ""), default=None)
    if cited is not None and state.published is not None and (cited.start or "")[:4] >= str(state.published.year):
        return None  # "will sign the 2025 Agreement on March 20": this year's, dated by its clause
    return cited


def concluded_before(state: DocState, cited: TimeMention, tok: Token) -> bool:
    """An agreement cited with a date before the report's year ('amend a 1982 accord', 'to replace
    the 1991 treaty') was concluded then, whatever the tense of the clause that cites it. With no
    report date, a document named by its year is named by the year it was concluded, unless its own
    clause is its signing ("will sign the 2008 accord")."""
    year = (cited.start or "")[:4]
    if not year.isdigit():
        return False
    if state.published is None:
        return tok.head.lemma_.lower() not in word_set("signing_words")
    return int(year) < state.published.year


def named_pair(tok: Token) -> bool:
    """'the Comprehensive Economic Partnership Agreement between the two countries', 'the Treaty on Eternal
    Friendship between Kazakhstan and Uzbekistan': a document told by its own name (every word of it
    capitalised) whose between-phrase (however the parser hangs it) names two states."""
    doc = tok.doc
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < tok.i]
    topics = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"on", "of"} for o in p.children if o.dep_ == "pobj"]
    if not (mods and all(t.text[:1].isupper() or t.is_punct for m in mods for t in doc[m.left_edge.i:tok.i])
            or topics and all(t.text[:1].isupper() or t.is_punct for o in topics for t in o.subtree)):
        return False  # "the Comprehensive Economic Partnership Agreement", "the Treaty on Eternal Friendship"
    between = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "between"]
    end = tok.right_edge.i + 1
    if not between and end < len(doc) and doc[end].lower_ == "between":
        between = [doc[end]]  # the parser hangs it on the phrase the document stands in
    return _two_states(between)


def _two_states(between: list[Token]) -> bool:
    """The between-phrases name two states: 'between Kazakhstan and Uzbekistan', 'between the two countries'."""
    sides = [o for p in between for o in p.children if o.dep_ == "pobj"]
    sides += [c for o in sides for c in o.conjuncts]
    return len([o for o in sides if o.ent_type_ == "GPE"]) >= 2 or any(
        o.lemma_.lower() in {"country", "state", "nation"} and any(
            c.lower_ in {"two", "both"} for c in o.children) for o in sides)


def definite_pair(tok: Token) -> bool:
    """'the nuclear cooperation pact between India and the United States': a document told as the one
    (the definite article) whose between-phrase names two states is one they concluded, cited in passing
    (the guards of keep_document leave out one sought, drafted, talked over or in the making: "talks on
    the agreement between A and B", "are still working on the pact between A and B"; a hyphened pair,
    "the Turkish-Libyan deal", is left to its clause: tests/extract/events/test_bilateral_bodies.py)."""
    if tok.lemma_.lower() in word_set("generic_documents") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    sides = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "between" for o in p.children if o.dep_ == "pobj"]
    sides += [c for o in sides for c in o.conjuncts]  # named states only: "the agreement between the two
    return len([o for o in sides if o.ent_type_ == "GPE"]) >= 2  # countries" may be today's



def held_under(tok: Token) -> bool:
    """'Under an agreement with Cairo, Egypt is to position 750 police on the border', 'under a deal with
    the IMF, Ghana will cut spending', 'patrolled under an agreement between Russia and Tajikistan': what a
    clause is done under is a document in force, concluded with the states (or lenders) of its with-phrase
    (or between the two or more states of its between-phrase) (not "under a deal with a Chinese company", nor "under an
    agreement being negotiated with Georgia": a clause of its own on the document is left to other rules)."""
    if _part_of(tok):
        return _partners_told(tok, pair_noun=True)
    if tok.dep_ != "pobj" or tok.head.lower_ != "under" or tok.head.head.pos_ not in {"VERB", "AUX"} \
            or any(c.dep_ in {"acl", "relcl"} for c in tok.children):
        return False
    return _partners_told(tok)


def _part_of(tok: Token) -> bool:
    """'The loan is part of a cooperation agreement between the two countries covering banking': what a
    thing is part of is a document in force (not "part of an agreement being negotiated", "part of a
    deal to be signed", "part of a proposed accord": a clause or a word of its own leaves it unconcluded)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_.lower() != "part":
        return False
    unfinished = word_set("unfinished_verbs") | word_set("negotiation_words")
    return not any(c.dep_ in {"acl", "relcl"} and (
        c.lemma_.lower() in unfinished or any(a.dep_ in {"aux", "auxpass"} for a in c.children))
        for c in tok.children) and not any(
        c.dep_ in {"amod", "compound"} and c.lower_ in word_set("draft_modifiers") | word_set("provisional_modifiers")
        for c in tok.children)


def _partners_told(tok: Token, *, pair_noun: bool = False) -> bool:
    """The document's with- or between-phrase names states or lenders only ('with Cairo', 'between Russia
    and Tajikistan'; with ``pair_noun``, 'between the two countries')."""
    partners = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    between = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "between" for o in p.children if o.dep_ == "pobj"]
    between += [c for o in between for c in o.conjuncts]  # "under an agreement between Russia and Tajikistan"
    partners += [c for o in partners for c in o.conjuncts]
    if len(between) >= 2 or pair_noun and len(between) == 1 and _pair(between[0]):
        partners += between
    return bool(partners) and all(o.ent_type_ == "GPE" or intergovernmental(o) or pair_noun and _pair(o)
                                  for o in partners)


def _pair(tok: Token) -> bool:
    """'the two countries', 'both nations'."""
    return tok.lemma_.lower() in {"country", "state", "nation"} and any(c.lower_ in {"two", "both"} for c in tok.children)

