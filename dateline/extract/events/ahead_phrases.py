"""Engagements a phrase around their noun puts ahead of the report or behind it, whatever the verb.

Ahead: the 'for' phrase of a plan ("confirmed plans for a meeting", "discussed arrangements for the
visit"), the 'to' phrase of an invitation ("invited Hamas and Fatah to a meeting in Cairo", "an
invitation to the summit"), a scheduling participle on the noun in a clause that is not past ("has
meetings scheduled with X"). Behind: what a simple present clause comes after or follows ("the visit
comes after his talks Friday in India", "the trip follows talks in Cairo"). Used by ``clause.is_planned``
and ``event_status``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.syntax import governing_verb
from dateline.extract.time.values import PartialDate

__all__ = ["after_now", "phrase_ahead"]


def _before_report(date_start: str | None, published: dt.date | None) -> bool:
    """A date told before the report's own day, month or year (at the precision it is told with)."""
    if not date_start or published is None:
        return False
    told = PartialDate.parse(date_start)
    return str(told) < str(PartialDate.of(published).coarsen(told.precision))


def _scheduled_participle(tok: Token) -> bool:
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and (
        tok.lemma_.lower() in word_set("scheduled_participles") or tok.lower_ in word_set("scheduled_participles"))


def phrase_ahead(tok: Token, date_start: str | None, published: dt.date | None, *, past_clause: bool) -> bool:
    """The engagement noun ``tok`` is ahead by the phrase it is told in (``past_clause``: its clause is a
    finite past, which a scheduling participle does not override: "the talks, planned for May, were held")."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.dep_ == "pobj" and not _before_report(date_start, published):
        above = tok.head.head.lemma_.lower()
        if tok.head.lower_ == "for" and above in word_set("planning_nouns"):
            return True  # "confirmed plans for a meeting", "discussed preparations for the visit"
        if tok.head.lower_ == "to" and above in word_set("invitation_words"):
            return True  # "invited Hamas and Fatah to a meeting in Cairo", "an invitation to the summit"
    return not past_clause and any(_scheduled_participle(c) for c in tok.children)  # "has meetings scheduled with X"


def after_now(tok: Token) -> bool:
    """'the visit comes after his stop for talks in India', 'the trip follows talks in Cairo': what a simple
    present clause comes after or follows is behind it (not "will meet after the summit")."""
    cur = tok
    for _ in range(3):  # through the nouns it hangs from: "after his stop for talks"
        if cur.dep_ == "pobj" and cur.head.lower_ in word_set("following_prepositions"):
            verb = governing_verb(cur.head)
            break
        if cur.dep_ == "dobj" and cur.head.lemma_.lower() in word_set("following_verbs"):
            verb = cur.head
            break
        if cur.dep_ != "pobj" or cur.head.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        cur = cur.head.head
    else:
        return False
    return verb.tag_ in {"VBZ", "VBP"} and verb.lemma_ != "be" and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children)
