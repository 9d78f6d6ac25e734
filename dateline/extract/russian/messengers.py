"""The invitee of an invitation a messenger passes on at talks.

"А.Бакаев встретился с Председателем Сейма Латвии Д.Миериней. Казахстанский замминистра передал
приглашение Председателя Мажилиса Е.Кошанова посетить Казахстан": a messenger passes on his own
side's invitation to the one he met. An invitation passed on ("передал", ``passing_on``) that
names no one to whom, whose parties are all of the inviter's state once its messengers are left
out and no person of another state named, invites the other side of the last talks told before it
in which the inviter's state took part: their persons of another state (or that state alone when
they name no one of it).
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.invitations import passing_verb
from dateline.extract.russian.nlp import RuDoc
from dateline.extract.russian.parties import party_countries

__all__ = ["invitee_of_talks"]


def _inviter_state(state: DocState, doc: RuDoc, event: EventDraft) -> str | None:
    """The state of the first person named after the invitation's noun, in its sentence (the
    inviter: "приглашение Председателя Мажилиса X")."""
    after = [m for m in state.mentions if event.trigger[1] <= m.start < event.sentence[1]
             and state.actor(m.actor_id).kind == "person"]
    return state.actor(after[0].actor_id).country if after else None


def invitee_of_talks(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    for event in events:
        token = doc.token_at(event.trigger[0]) if event.kind == "invitation" else None
        verb = None if token is None else token if L.event_words("passing_on").at([token.lemma], 0) is not None \
            else passing_verb(doc, token)  # (the cue "передал приглашение" opens with the verb)
        home = _inviter_state(state, doc, event) if verb is not None else None
        if verb is None or home is None:
            continue
        dative = [m for m in state.mentions if verb.end <= m.start < event.trigger[0]]
        if dative or any(state.actor(a).kind == "person" and state.actor(a).country not in (home, None)
                         for a in event.participants):
            continue  # "передал К.Алиеву приглашение": told to whom; or another side's person named
        named_after = {m.actor_id for m in state.mentions if verb.start <= m.start < event.sentence[1]}
        talks = next((e for e in sorted(events, key=lambda e: -e.trigger[0]) if e.kind == "meeting"
                      and e.trigger[0] < event.sentence[0] and home in e.countries
                      and any(c != home for c in e.countries)), None)
        if talks is None:
            continue
        messengers = [a for a in event.participants if state.actor(a).kind == "person"
                      and state.actor(a).country == home and a not in named_after]
        others = [a for a in talks.participants if state.actor(a).kind == "person"
                  and state.actor(a).country not in (home, None)]
        # (new lists: the story frame may share one list between engagements)
        event.source = [a for a in event.source if a not in messengers]
        event.recipient = [a for a in event.recipient if a not in messengers]
        event.recipient = event.recipient + [a for a in others if a not in event.recipient]
        event.participants = [a for a in event.participants if a not in messengers]
        event.participants = event.participants + [a for a in others if a not in event.participants]
        event.countries = party_countries(state, event.participants)
        for country in talks.countries:
            if country != home and not others and country not in event.countries:
                event.countries.append(country)
