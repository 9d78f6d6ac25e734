"""Invitations in a Russian report: who invited when a messenger passes the invitation on, the
invitation of a visit made "по приглашению X", and the bodies of the invited event, which are no
party to the invitation."""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc, RuToken
from dateline.extract.russian.parties import invited_by, party_countries, sentence_mentions

__all__ = ["invitation_from_visit", "named_inviter", "no_invited_bodies", "no_unnamed_messenger", "passing_verb"]


def passing_verb(doc: RuDoc, trigger: RuToken) -> RuToken | None:
    """The verb of passing on ("передать", "вручить", ``passing_on`` in ``ru_events.yaml``) a few
    words before the invitation's noun."""
    tokens = [t for t in doc.tokens_of(trigger.sent) if trigger.index - 8 <= t.index < trigger.index]
    return next((t for t in reversed(tokens) if L.event_words("passing_on").at([t.lemma], 0) is not None), None)


def _passed_on_by(state: DocState, doc: RuDoc, draft: EventDraft, trigger: RuToken) -> list[str]:
    """The messengers of "X передал Президенту приглашение ...": the persons told before the verb
    of passing on a few words before the noun, whatever case the tagger gives an indeclinable
    surname ("Аракчи передал")."""
    verb = passing_verb(doc, trigger)
    if verb is None:
        return []
    first = doc.sents[trigger.sent][0]
    return [m.actor_id for m in state.mentions if first <= m.start < verb.start
            and m.actor_id in draft.participants and state.actor(m.actor_id).kind == "person"]


def named_inviter(state: DocState, doc: RuDoc, draft: EventDraft, trigger: RuToken, *, accepted: bool = False) -> None:
    """"передал ... приглашение Президента Ирана X посетить": X invites, the messenger does not;
    an inviter told by office alone ("приглашение Председателя Палаты советников Японии") leaves
    the messenger out too; without an inviter after the noun the subject invites ("Лукашенко
    передал ... приглашение"). The subject of "приняла приглашение X" is the invitee, no messenger."""
    sent_end = doc.sents[trigger.sent][1]
    after = [m for m in state.mentions if trigger.end < m.start < sent_end and
             state.actor(m.actor_id).kind == "person"]
    first = doc.token_at(after[0].start) if after else None
    if first is None or first.case != "Gen" or first.index - trigger.index > 6:
        following = [t for t in doc.tokens[trigger.index + 1:trigger.index + 8] if t.sent == trigger.sent]
        keys = [t.lemma for t in following]
        if following and following[0].case == "Gen" and (
                L.titles().at(keys, 0) is not None or L.modifiers().at(keys, 0) is not None):
            passers = _passed_on_by(state, doc, draft, trigger)
            for ids in (draft.source, draft.recipient, draft.participants):
                ids[:] = [a for a in ids if a not in passers]
        return
    inviter = after[0].actor_id
    passed = _passed_on_by(state, doc, draft, trigger)
    # (a verb of passing on with no one named before it: the messenger is told by a role noun,
    # "Министр передала Ильхаму Алиеву приглашение ...", and whoever the sentence names is no messenger)
    messengers = set(passed) - {inviter} if passed or passing_verb(doc, trigger) is not None or accepted else {
        m.actor_id for m in state.mentions if m.actor_id in draft.source
        and state.actor(m.actor_id).kind == "person"
        and (token := doc.token_at(m.start)) is not None and token.case == "Nom"}
    draft.source = [inviter]
    draft.recipient = [a for a in draft.participants if a != inviter and a not in messengers]
    draft.participants = list(dict.fromkeys([inviter, *draft.recipient]))
    draft.countries = party_countries(state, draft.participants)


def no_unnamed_messenger(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    """"Министр передал Президенту Узбекистана приглашение Премьер-министра Венгрии В.Орбана": a
    messenger told by a role noun ("Министр", "гость", "казахстанский дипломат") is the story's
    guest, whom the frame lends the invitation; a messenger passes on his own side's invitation,
    so a person of the inviter's state not named after the verb of passing on is no party."""
    for event in events:
        token = doc.token_at(event.trigger[0]) if event.kind == "invitation" else None
        verb = passing_verb(doc, token) if token is not None else None
        inviters = [a for a in event.source if state.actor(a).kind == "person"]
        if verb is None or not inviters:
            continue
        home = {state.actor(a).country for a in inviters} - {None}
        told = {m.actor_id for m in state.mentions if verb.start <= m.start < event.sentence[1]}
        out = {a for a in event.participants if state.actor(a).kind == "person" and a not in inviters
               and a not in told and state.actor(a).country in home}
        if not out:
            continue
        for ids in (event.source, event.recipient, event.participants):
            ids[:] = [a for a in ids if a not in out]
        event.countries = party_countries(state, event.participants)


def invitation_from_visit(state: DocState, doc: RuDoc, sent: int, visit: EventDraft) -> EventDraft | None:
    """"прибыл ... по приглашению X": X invited the visitor (an invitation, told as occurred)."""
    tokens = doc.tokens_of(sent)
    hosts, at = invited_by(doc, tokens, sentence_mentions(state, doc, sent))
    if not hosts or at is None:
        return None
    token = doc.tokens[at]
    host_ids = [h for h in visit.recipient if h in hosts] or sorted(hosts)
    draft = EventDraft(kind="invitation", trigger=(token.start, doc.tokens[at + 1].end),
                       sentence=doc.sents[sent], status="occurred", source=host_ids,
                       recipient=list(visit.source), at_invitation=True)
    draft.participants = list(dict.fromkeys(host_ids + visit.source))
    draft.own_parties = list(draft.participants)
    draft.countries = party_countries(state, draft.participants)
    return draft


def no_invited_bodies(state: DocState, draft: EventDraft) -> None:
    """"пригласила казахстанского коллегу принять участие в пленарном заседании Парламентской
    ассамблеи тюркских государств": when a person invites a person, the organisation of the event
    invited to is no party to the invitation (unless a party is its official)."""
    def persons(ids: list[str]) -> list[str]:
        return [a for a in ids if state.actor(a).kind == "person"]

    if draft.kind != "invitation" or not persons(draft.source) or not persons(draft.recipient):
        return
    served = set(party_countries(state, persons(draft.participants)))
    bodies = {a for a in draft.participants if state.actor(a).kind in ("organization", "group")
              and not set(party_countries(state, [a])) & served}
    if not bodies:
        return
    draft.source = [a for a in draft.source if a not in bodies]
    draft.recipient = [a for a in draft.recipient if a not in bodies]
    draft.participants = [a for a in draft.participants if a not in bodies]
    draft.own_parties = [a for a in (draft.own_parties or []) if a not in bodies]
    draft.countries = party_countries(state, draft.participants)
