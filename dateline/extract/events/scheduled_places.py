"""Where a planned sitting is to be held, told by the clause that schedules it.

'the eighth session of the joint committee, due to convene in Amman next November': the small
parser hangs the scheduling phrase on the verb before it, not on the sitting, so the place of the
infinitive ('convene in Amman', 'be held in Doha', 'take place in Baku') is the sitting's when the
scheduling word (``scheduled_adjectives``: due, scheduled, set, expected) follows the sitting's own
phrase (a comma between). 'the two ministers agreed to convene the joint commission in Accra in
August': an engagement told by the verb of agreeing is held where its infinitive convenes it.
Only a place the gazetteer knows as a city or a state is taken ('in Amman', not 'in November').
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import compound_name, in_subtree
from dateline.record import Place

__all__ = ["complement_elsewhere", "scheduled_place"]

_GAP = 2  # the sitting's last word, a comma, then the scheduling word


def _place_on(verb: Token) -> Place | None:
    """'convene in Amman', 'be held in Doha': the in-place of the infinitive (or of its passive)."""
    heads = [verb] + [c for c in verb.children if c.dep_ in {"xcomp", "auxpass"} or c.lemma_ == "hold"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in {"GPE", "LOC"}:
                    place = lookup_place(compound_name(obj))
                    if place is not None:
                        return place
    return None


def _infinitive(word: Token) -> Token | None:
    """The verb of 'due to convene', 'scheduled to be held', 'set to take place' after the scheduling word."""
    doc = word.doc
    after = doc[word.i + 1:min(word.i + 4, len(doc))]
    if not after or after[0].lower_ != "to":
        return None
    return next((t for t in after[1:] if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in word_set("sitting_verbs")), None)


def scheduled_place(verb: Token, trigger: Token) -> Place | None:
    """The place the scheduling clause after the sitting names, or the one its agreed infinitive names."""
    doc = trigger.doc
    end = trigger.right_edge.i
    for word in doc[end + 1:min(end + 1 + _GAP, trigger.sent.end)]:
        if word.lower_ in word_set("scheduled_adjectives"):
            infinitive = _infinitive(word)
            if infinitive is not None and (place := _infinitive_place(infinitive)) is not None:
                return place
            break
        if word.pos_ != "PUNCT":
            break
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in word_set("agreeing_verbs"):
        for child in trigger.children:
            if child.dep_ == "xcomp" and child.lemma_.lower() in word_set("sitting_verbs"):
                return _place_on(child)
    return None


def _infinitive_place(infinitive: Token) -> Place | None:
    """'convene in Amman' on the infinitive itself, or on the head of its passive ('be held in Doha')."""
    return _place_on(infinitive) or (_place_on(infinitive.head) if infinitive.dep_ in {"auxpass", "aux"} else None)


def complement_elsewhere(head: Token, trigger: Token) -> bool:
    """'signed a protocol and agreed that the next meeting would be held in Kabul': a verb of holding in
    a clause another verb reports (what was agreed, said or decided) places that clause's sitting, not
    an engagement told outside it."""
    cur = head
    for _ in range(8):
        if in_subtree(trigger, cur):
            return False
        if cur.dep_ == "ccomp":
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False
