"""A visit told after the invitation to make it.

"Б.Саидов пригласил польского коллегу посетить Узбекистан. Визит, как ожидается, состоится осенью",
"К.Каллас приняла приглашение азербайджанского министра посетить Баку. Ее визит состоится осенью":
a visit to come that names no host of its own, told in the sentence of an invitation to visit
(its verb of travel or visit noun after the trigger) or the next, is the visit invited to. Its
guests are the invitees, its hosts the inviters (a visit's persons are the visitor and whoever
invited or received the guest: ``examples/demo/GUIDE.md``), its place the one the invitation
names when it has none. A visit that names a guest of its own other than the invitees is
another.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.clause import clause_place
from dateline.extract.russian.nlp import RuDoc
from dateline.extract.russian.parties import party_countries

__all__ = ["invited_visits"]


def _to_visit(doc: RuDoc, invitation: EventDraft) -> bool:
    """The invitation invites to a visit: a cue of one after its trigger in its sentence."""
    token = doc.token_at(invitation.trigger[0])
    if token is None or L.event_words("invitation_of").at([token.lemma, doc.tokens[token.index + 1].lemma], 0):
        return False  # ("по приглашению X": the invitation of the visit it was made at)
    after = [t for t in doc.tokens_of(token.sent) if t.start >= invitation.trigger[1]][:8]
    return any((cue := L.cues().at([t.lemma], 0)) is not None and cue.value.kind == "visit" for t in after)


def _persons(state: DocState, ids: list[str]) -> list[str]:
    return [a for a in ids if state.actor(a).kind == "person"]


def invited_visits(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    for i, visit in enumerate(events):
        if visit.kind != "visit" or visit.status != "planned" or i == 0:
            continue
        invitation = events[i - 1]
        if invitation.kind != "invitation" or not _to_visit(doc, invitation):
            continue
        told, token = doc.token_at(invitation.trigger[0]), doc.token_at(visit.trigger[0])
        if told is None or token is None or not 0 <= token.sent - told.sent <= 1:
            continue  # (its own sentence or the next)
        guests = _persons(state, invitation.recipient)
        hosts = _persons(state, invitation.source)
        own = _persons(state, visit.own_parties or [])
        if not guests or not hosts or not set(own) <= set(guests):
            continue
        home = set(party_countries(state, guests))
        if set(visit.countries) - home - set(party_countries(state, hosts)):
            continue  # a visit to a third state: another
        visit.source, visit.recipient = list(guests), list(hosts)
        visit.participants = list(dict.fromkeys([*guests, *hosts]))
        visit.countries = party_countries(state, visit.participants)
        if visit.place is None:
            found = clause_place(doc, told.sent)
            if found is not None and found[0].country in visit.countries:
                visit.place, visit.place_from = found[0], "text"
