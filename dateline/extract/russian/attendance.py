"""Who will attend a planned gathering (the guide: only those the text says will take part).

"Аракчи передал Токаеву приглашение президента Ирана принять участие в VII Каспийском саммите":
the gathering an invitation invites to has none of the invitation's people (the invitee is only
invited, the inviter and the messenger are not said to attend), and a sitting invited to none of
their states but its host's; "Глава государства подтвердил свое участие в саммите" later makes its
subject an attendee."""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc
from dateline.extract.russian.parties import party_countries, sentence_mentions

__all__ = ["invited_to"]


def _confirmed(state: DocState, doc: RuDoc, after: int) -> list[str]:
    """The persons who confirmed they will take part ("подтвердил свое участие"), in the
    sentences after token ``after``'s sentence: the persons told before the verb."""
    out: list[str] = []
    for sent in range(doc.tokens[after].sent + 1, min(len(doc.sents), doc.tokens[after].sent + 3)):
        tokens = doc.tokens_of(sent)
        keys = [t.lemma for t in tokens]
        found = L.event_words("confirmed_attendance").find(keys)
        if not found:
            continue
        verb = tokens[found[0].first]
        out += [m.actor_id for m in sentence_mentions(state, doc, sent)
                if m.start < verb.start and state.actor(m.actor_id).kind == "person"]
    return list(dict.fromkeys(out))


def invited_to(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    for event in events:
        if event.kind not in ("gathering", "multilateral") or event.status != "planned":
            continue
        if not any(e.kind == "invitation" and e.sentence == event.sentence and e.trigger[0] < event.trigger[0]
                   for e in events):
            continue
        token = doc.token_at(event.trigger[0])
        attendees = _confirmed(state, doc, token.index) if token is not None else []
        gone = {state.actor(a).country for a in event.participants if state.actor(a).kind == "person"}
        for ids in (event.source, event.recipient, event.participants):
            ids[:] = [a for a in ids if state.actor(a).kind != "person"]
        event.participants += attendees
        event.recipient += attendees
        if event.kind == "multilateral":  # a sitting's states: not the invitee's, only invited
            kept = set(party_countries(state, event.participants, body=True)) | {  # (the states a group names)
                event.place.country if event.place is not None else None}
            event.countries = [c for c in event.countries if c not in gone - kept]
