"""A verb of holding in a clause on another engagement's noun places that engagement, not the trigger.

So does a relative clause that tells talks of its own: "The two presidents, who last met at the NATO summit
in Ankara in July, held talks with X" (``talks_told_aside``): Ankara is where they last met, not where the
talks with X are. A relative clause of a stay ("X, who arrived in Baku on Monday, held talks") is no such
clause: the stay is where the talks are.

"The visit of the Kuwaiti delegation coincides with the preparations for the first meeting of the
commission, which is scheduled to take place in Kuwait": the relative clause hangs on "meeting" (or on
the body of its of-phrase), so Kuwait is the meeting's place, not the visit's; unless the trigger holds
that engagement as its own venue through place prepositions ("the agreements signed at the session held
in Luanda": Luanda is where they were signed). Used by :mod:`.place` when it weighs a place verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.cues import cues
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors

__all__ = ["another_engagement", "talks_told_aside"]

_TALK_KINDS = frozenset({"meeting", "multilateral", "agreement", "call"})  # not a stay: "who arrived in Baku"
_VENUE_PREPS = frozenset({"at", "in", "during", "on", "inside"})  # "signed at the session held in Y"


def _engagement_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    # a sitting's noun (not a trip's: "a regional tour that will also take him to Oman" names the visit's stops)
    return tok.pos_ in {"NOUN", "PROPN"} and (lemma in word_set("meeting_nouns") or lemma in word_set(
        "gathering_nouns"))


def another_engagement(head: Token, trigger: Token) -> bool:
    """'The visit of the Kuwaiti delegation coincides with the preparations for the first meeting of the
    commission, which is scheduled to take place in Kuwait': a verb of holding in a clause on another
    engagement's noun (or on the body of its of-phrase) places that engagement, not the trigger, unless the
    trigger holds that engagement as its own venue ('the agreements signed at the session held in Luanda')."""
    cur = head
    for _ in range(8):
        if cur.i == trigger.i or cur.head.i == cur.i:
            return False
        if cur.dep_ in {"relcl", "acl"}:
            noun = cur.head
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _engagement_noun(noun.head.head):
                noun = noun.head.head  # "the meeting of the Joint Committee, which will take place in X"
            if _engagement_noun(noun) and noun.i != trigger.i:
                return not _venue_of(noun, trigger)
        cur = cur.head
    return False


def _venue_of(noun: Token, trigger: Token) -> bool:
    """The trigger holds ``noun`` through place prepositions only ('signed at the session')."""
    for cur in ancestors(noun, 8):
        if cur.i == trigger.i:
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ not in _VENUE_PREPS:
            return False
    return False


def talks_told_aside(head: Token) -> bool:
    """``head`` is the verb of a relative clause on a word that tells talks of its own ('who last met in Y',
    'who held talks in Y', 'which signed ... in Y'): its places are that clause's; the trigger is not in it
    (the caller checks that first)."""
    if head.dep_ != "relcl" or head.pos_ not in {"VERB", "AUX"}:
        return False
    kind = cues().verbs.get(head.lemma_.lower())
    if kind in _TALK_KINDS:
        return True
    return any(c.dep_ == "dobj" and cues().nouns.get(c.lemma_.lower(), set()) & _TALK_KINDS for c in head.children)
