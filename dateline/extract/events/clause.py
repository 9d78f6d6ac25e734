"""Clause facts around a trigger: its governing verb, tense/status, negation, hypotheticals."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.extract.events.cues import cues

__all__ = ["governing_verb", "is_hypothetical", "is_negated", "is_planned"]

_PLANNING_LEMMAS = {"schedule", "expect", "plan", "set", "due", "intend", "agree", "propose",
                    "decide", "prepare", "slate", "invite", "want", "hope", "aim", "discuss",
                    "consider", "announce", "ask", "urge", "call", "offer", "confirm", "look"}
_DOCUMENT_NOUNS = {"memorandum", "agreement", "programme", "program", "protocol", "roadmap", "statement",
                   "declaration", "treaty", "accord", "plan", "convention", "contract", "deal", "communique",
                   "charter", "pact", "document"}
_FUTURE_ADJ = {"upcoming", "forthcoming", "next", "future", "planned", "proposed", "scheduled"}


def governing_verb(tok: Token) -> Token:
    """The verb whose clause the trigger is in (the trigger itself when it is a verb)."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
        if cur.head is cur:
            return cur
        cur = cur.head
    return cur


def _aux_lemmas(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


def is_negated(tok: Token) -> bool:
    verb = governing_verb(tok)
    neg = cues().negation
    if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in tok.children):
        return True
    if any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children):
        return True
    return verb.lemma_.lower() in {"cancel", "postpone", "refuse", "decline", "deny"} or any(
        c.lemma_.lower() in neg and c.dep_ in {"xcomp", "advmod"} for c in verb.children
        if c.lemma_.lower() in {"cancel", "postpone"})


def _enclosing_verbs(tok: Token, depth: int = 4) -> list[Token]:
    """Verbs above the trigger's clause, through xcomp/ccomp/dobj/prep links."""
    out = []
    cur = governing_verb(tok)
    for _ in range(depth):
        if cur.head is cur:
            break
        nxt = cur.head
        if nxt.pos_ in {"VERB", "AUX", "NOUN", "ADJ"}:
            out.append(nxt)
        cur = nxt
    return out


def is_cancelled(tok: Token) -> bool:
    """'refused to meet', 'rejected an invitation', 'postponed the visit'."""
    cancelling = cues().cancelling
    verb = governing_verb(tok)
    chain = [verb, *_enclosing_verbs(tok)] if verb is not tok else [*_enclosing_verbs(tok)]
    if tok.pos_ in {"NOUN", "PROPN"}:
        chain = [tok.head, *chain]
    for v in chain:
        if v.lemma_.lower() in cancelling and v.pos_ in {"VERB", "AUX"}:
            if v.lemma_.lower() == "rule" and not any(c.lower_ == "out" for c in v.children):
                continue
            return True
        if any(c.dep_ == "neg" for c in v.children) and v.lemma_.lower() in {"agree", "plan", "want", "expect"}:
            return True
    return False


def _asked_for(tok: Token, verb: Token) -> bool:
    """The trigger is what is asked for ('pressed for talks', 'urged X to meet'), not the setting
    of the asking ('pressed for cooperation on the second day of a visit')."""
    cur = tok
    for _ in range(6):
        if cur.head is cur or cur.i == verb.i:
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ not in {"for", "to"}:
            return False
        if cur.dep_ in {"npadvmod", "advmod", "nsubj", "nsubjpass"}:
            return False
        cur = cur.head
    return True


def is_request(tok: Token) -> bool:
    """'demanded a meeting', 'called for talks' (PLOVER REQUEST, mode meet)."""
    requesting = cues().requesting
    for v in [governing_verb(tok), *_enclosing_verbs(tok, 2)]:
        lemma = v.lemma_.lower()
        if lemma in requesting and v.pos_ == "VERB" and v is not tok and _asked_for(tok, v):
            if lemma == "call" and not any(c.lower_ == "for" for c in v.children):
                continue
            return True
    return False


def is_hypothetical(tok: Token) -> bool:
    verb = governing_verb(tok)
    hyp = cues().hypothetical
    if _aux_lemmas(verb) & hyp:
        return True
    for up in [verb, *_enclosing_verbs(tok, 3)]:  # "was ready to host talks": an offer
        if up.lemma_.lower() in {"ready", "willing", "prepared", "able", "offer", "propose", "consider",
                                 "explore", "mull", "weigh"}:
            return True
    return any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children)


def is_planned(tok: Token, *, date_start: str | None = None, published: dt.date | None = None) -> bool:
    """Announced for the future: will / to be held / scheduled / plans to / upcoming / a future date."""
    verb = governing_verb(tok)
    if any(c.lower_ in _FUTURE_ADJ and c.dep_ in {"amod", "advmod"} for c in tok.children):
        return True
    for clause in tok.children:  # "the summit, which Baku will host in the autumn"
        if tok.lemma_.lower() in _DOCUMENT_NOUNS:
            break  # "a memorandum under which they will exchange data": its content, not its date
        if clause.dep_ in {"relcl", "acl"} and (_aux_lemmas(clause) & {"will", "shall", "'ll"}
                                                or "to" in _aux_lemmas(clause)):
            if clause.dep_ == "acl" and "to" in _aux_lemmas(clause) and any(
                    c.lower_ in {"first", "only", "last", "largest"} for c in tok.children):
                continue
            return True
    chain = [verb]
    cur = verb
    for _ in range(3):  # "is expected to visit", "plans to hold", "agreed to hold"
        if cur.dep_ in {"xcomp", "ccomp", "advcl", "relcl", "acl"} and cur.head is not cur:
            cur = cur.head
            chain.append(cur)
        else:
            break
    for v in chain:
        auxes = _aux_lemmas(v)
        if auxes & {"will", "shall", "'ll", "would"}:
            return True
        if v is not verb and v.lemma_.lower() in _PLANNING_LEMMAS and v.lemma_.lower() not in {"discuss", "announce"}:
            return True
    if "to" in _aux_lemmas(verb) and verb.dep_ in {"xcomp", "acl", "advcl", "relcl", "ccomp"}:
        head = verb.head
        if head.pos_ in {"NOUN", "PROPN"} and any(
                c.lower_ in {"first", "only", "last", "highest", "highest-ranking", "senior"}
                for c in head.children):
            return False  # "the first Western delegation to visit Bucharest" happened
        if head.lemma_.lower() in _PLANNING_LEMMAS or head.pos_ in {"NOUN", "PROPN"} or head.lemma_ == "be":
            return True
    if verb.lemma_.lower() in {"schedule", "plan", "expect", "slate"} and verb.tag_ == "VBN":
        return True
    if date_start and published:
        # a future date: "on Friday" told on Wednesday, "in November next year", "in 2027"
        if date_start[:10] > published.isoformat()[:len(date_start)]:
            return True
    return False
