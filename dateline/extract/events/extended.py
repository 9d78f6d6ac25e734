"""Where an invitation is extended: at the talks it is handed over in.

"At the end of the meeting, X invited his colleague to visit Astana", "During the talks, X handed
over a letter inviting Y", "who extended the invitation when the two met in Vienna": an invitation
given in person is extended where those talks are held, so it takes the place of the latest
engagement told by then (a meeting, a visit or a multilateral meeting, held, with a place) that
shares a party with it and had not ended before the invitation's day. An invitation the guest comes
"at" ("arrived at the invitation of X"), one "sent" by letter or note and one told as accepted or
declined ("accepted X's invitation") was extended somewhere the report does not say: it keeps no place;
nor does one extended in a call told last before it. Talks of the invitation's two states count as
its setting even when the invitation names another of their officials ("X received Y ... and,
through him, invited the Ethiopian leader"). When: the day told on the talks or call it is extended during
("invited Y to visit next year during their phone conversation on Monday": Monday).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.past_weekdays import weekday_behind
from dateline.extract.events.words import word_set
from dateline.extract.syntax import governing_verb, token_at
from dateline.record import TimeMention

__all__ = ["extended_during", "invitation_places"]

_SETTINGS = frozenset({"meeting", "visit", "multilateral"})


def extended_during(tok: Token, heads: set[int], told: TimeMention, published: dt.date | None) -> TimeMention | None:
    """'invited Y to visit next year during their phone conversation on Monday', 'extended an invitation to
    Y to visit Turkey during their meeting in Riyadh on Monday': the day of the talks or call an invitation
    is extended during (told on their noun, or right after their phrase on the same verb) is the day it was
    extended (a weekday the invitation's future put ahead taken back before the report)."""
    if published is None or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    prep = tok.head
    if _talks_phrase(prep.head.head) and _inviting(prep.head.head.head, heads) or _inviting(prep.head, heads) and any(
            _talks_phrase(c) and c.right_edge.i + 1 == prep.i for c in prep.head.children if c.dep_ == "prep"):
        return weekday_behind(told, published.isoformat())
    return None


def _talks_phrase(prep: Token) -> bool:
    """'during their meeting', 'in a phone call', 'at the talks'."""
    return prep.lower_ in {"during", "in", "at"} and any(
        o.dep_ == "pobj" and o.lemma_.lower() in word_set("meeting_nouns") | word_set("call_nouns") for o in prep.children)


def _inviting(verb: Token, heads: set[int]) -> bool:
    """The inviting verb or noun, or the visit's infinitive the parser hangs the phrase on ('to pay a visit')."""
    return verb.i in heads or verb.dep_ in {"xcomp", "acl"} and verb.head.i in heads


def _told_in_person(trigger: Token) -> bool:
    """Not 'at the invitation of X' (a visit's grounds), not 'an invitation has been sent'."""
    if any(a.lower_ == "at" for a in [trigger.head, *trigger.ancestors][:3]):
        return False
    verb = governing_verb(trigger)
    return verb.lemma_.lower() not in word_set("sent_verbs") | word_set("answer_verbs")


def _over_before(setting: EventDraft, day: str | None) -> bool:
    """The talks ended before the invitation's day: 'the meeting they held in April', told in passing."""
    end = setting.date_end or setting.date_start
    if not end or not day:
        return False
    return end < day[:len(end)]


def _invited_to(trigger: Token, setting: EventDraft) -> bool:
    """'Egypt invited the factions to a meeting in Cairo': the engagement the invitation asks its guest
    to is where the guest is to go, not where the invitation is extended."""
    verb = governing_verb(trigger)
    goals = [c for head in {trigger.i: trigger, verb.i: verb}.values() for c in head.children
             if c.dep_ == "xcomp" or c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "for"}]
    return any(t.idx == setting.trigger[0] for goal in goals for t in goal.subtree)  # not "At the end of the
    # meeting, X invited Y", "invited Y when the two met in Vienna": the talks it was extended at


def invitation_places(state: DocState, events: list[EventDraft]) -> None:
    """Give an invitation handed over in talks the place of those talks."""
    if state.doc is None:
        return
    settings = [e for e in events if e.status == "occurred" and (
        e.kind in _SETTINGS and e.place is not None or e.kind == "call")]  # invited in a call: no place
    for invitation in events:
        if invitation.kind != "invitation" or invitation.place is not None:
            continue
        trigger = token_at(state.doc, invitation.trigger[0])
        if trigger is None or not _told_in_person(trigger):
            continue
        parties = set(invitation.participants)
        day = invitation.date_start or (state.published.isoformat() if state.published else None)
        states = set(invitation.countries)
        told = [e for e in settings if e.sentence[0] <= invitation.sentence[0] and not _over_before(e, day) and (
            parties & set(e.participants) or len(states) > 1 and states <= set(e.countries))  # "through him, invited"
            and not _invited_to(trigger, e)]
        if told:
            # the latest told; in one sentence the talks before the visit they are part of
            setting = max(told, key=lambda e: (e.sentence[0], e.kind != "visit", e.trigger[0]))
            if setting.kind != "call":
                invitation.place, invitation.place_from = setting.place, setting.place_from
