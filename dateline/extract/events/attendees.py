"""The named people of a gathering: who hosts it, attends it, or speaks at it.

"at a summit hosted by Libyan leader X" (the host), "X made the comment in Manama at a conference
of ..." and "X attended the forum" (an attendee: the subject of the clause the gathering is the
setting of), "told reporters en route to Chile for the APEC summit" (travelling to it). A planned
gathering takes only those the text sends to it (the traveller, the one who will attend), never
the merely invited. The gathering's countries stay its host and organisers (``GUIDE.md``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.syntax import ancestors, token_at

__all__ = ["gathering_attendees"]

_SETTING_PREPS = frozenset({"at", "to", "for", "during"})
_ATTEND_VERBS = frozenset({"attend", "address", "open", "chair", "tell", "join"})
_TRAVEL_VERBS = frozenset({"travel", "fly", "head", "leave", "go", "come", "arrive", "depart"})  # to it, for it


def _person_at(state: DocState, tok: Token) -> str | None:
    """The named person (with a state) whose mention spans ``tok``'s phrase."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    for m in state.mentions:
        if lo <= m.start and m.end <= hi:
            actor = state.actor(m.actor_id)
            if actor.kind == "person" and actor.country and actor.role != "honorific":
                return actor.id
    return None


def _subject(tok: Token) -> Token | None:
    """The subject of ``tok``'s verb, or of the verb it is an infinitive or conjunct of."""
    for verb in (tok, tok.head):
        found = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if found is not None:
            return found
        if verb.dep_ not in {"xcomp", "conj"} or verb.dep_ == "xcomp" and any(
                c.dep_ == "dobj" for c in verb.head.children):
            break  # "invited his counterpart to attend the conference": the invitee, not listed
    return None


def _attendees(state: DocState, trigger: Token) -> list[str]:
    found: list[Token] = []
    for child in trigger.children:  # "a summit hosted by X"
        if child.dep_ == "acl" and child.lemma_.lower() == "host":
            found += [g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if trigger.pos_ == "VERB":  # "X attended the forum"
        subject = _subject(trigger)
        if subject is not None and trigger.lemma_.lower() in _ATTEND_VERBS:
            found.append(subject)
    elif trigger.dep_ == "pobj" and trigger.head.lower_ in _SETTING_PREPS:
        verb = next((a for a in ancestors(trigger.head, 4) if a.pos_ in {"VERB", "AUX"}), None)
        if verb is not None and (trigger.head.lower_ in {"at", "during"} or verb.lemma_.lower() in _ATTEND_VERBS
                                 or trigger.head.head.lower_ in {"route", "way"}
                                 or verb.lemma_.lower() in _TRAVEL_VERBS and trigger.head.head.i == verb.i):
            subject = _subject(verb)
            if subject is not None:
                found.append(subject)
    elif trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _ATTEND_VERBS:
        subject = _subject(trigger.head)
        if subject is not None:
            found.append(subject)
    return [p for t in found if (p := _person_at(state, t)) is not None]


def gathering_attendees(state: DocState, events: list[EventDraft]) -> None:
    """Add the hosts, attendees and speakers the gathering's sentence names (not its countries)."""
    if state.doc is None:
        return
    for event in events:
        if event.kind != "gathering":
            continue
        trigger = token_at(state.doc, event.trigger[0])
        if trigger is None:
            continue
        people = [p for p in _attendees(state, trigger) if p not in event.participants]
        if people:
            event.recipient = [*event.recipient, *people]
            event.participants = list(dict.fromkeys([*event.participants, *people]))
