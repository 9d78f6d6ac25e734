"""The invitation a visit is paid at names its inviter and its visitors, no one else: "Prime
Minister X received the delegation led by Speaker Y, who is in Armenia on an official visit at the
invitation of President of the National Assembly Z" is Z's invitation of Y, not X's (the guide:
an invitation lists the named inviter and the named invitee).

The inviter is the first named person the invitation's own phrase tells ("of Z", "of his Lao counterpart,
Minister Z"); the invitees are the named visitors of the visit told in the same sentence. An
invitation whose phrase names no one, or whose sentence tells no visit, keeps its people.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.syntax import token_at

__all__ = ["invited_visitors"]


def _inviters(state: DocState, invitation: EventDraft) -> list[str]:
    """The first person the invitation's 'of' phrase names (by name, if it names one), when it is told 'at the invitation of'
    (the phrase's parse may run on into the sentence's tag: '..., the Office of the Prime Minister
    reported')."""
    tok = token_at(state.doc, invitation.trigger[0]) if state.doc is not None else None
    if tok is None or not (invitation.at_invitation or tok.head.lower_ == "at"):
        return []
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return []
    lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    found = [m for m in state.mentions_starting(lo, hi) if m.end <= hi and m.kind != "pronoun"
             and state.actor(m.actor_id).kind == "person" and state.actor(m.actor_id).role != "honorific"]
    named = [m for m in found if m.kind == "name"]  # "of his Lao counterpart, Minister X": X
    return [m.actor_id for m in (named or found)[:1]]


def invited_visitors(state: DocState, events: list[EventDraft]) -> None:
    """Give each 'at the invitation of' invitation its inviter and the visitors of its sentence's visit."""
    for invitation in events:
        if invitation.kind != "invitation":
            continue
        visits = [e for e in events if e.kind == "visit" and e.sentence == invitation.sentence]
        visitors = [a for e in visits for a in state.persons(e.source)]  # none: "The Cambodian minister"
        inviters = [a for a in _inviters(state, invitation) if a not in visitors]  # not "at his own invitation"
        if not inviters or not visits:
            continue
        others = [a for a in invitation.participants if state.actor(a).kind != "person"]
        invitation.source = list(dict.fromkeys(inviters))
        invitation.recipient = [*dict.fromkeys(visitors), *(a for a in others if a not in invitation.source)]
        invitation.participants = list(dict.fromkeys([*invitation.source, *invitation.recipient]))
