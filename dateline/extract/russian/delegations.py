"""Heads of the delegations of talks told before: "Таджикскую делегацию возглавил заместитель
министра Фарход Салим, китайскую – заместитель министра Сунь Вэйдун"; so the heads of sides
("Кыргызскую сторону возглавил X, таджикскую – Y") and of the body that sat ("Комиссию возглавили
X и Y"): the verbs of leading and what they lead are `leading` and `led` in ``ru_events.yaml``.

A sentence that tells who led a delegation ("возглавил", "возглавлял") and holds no event of its
own names parties of the meeting told last before it: each person joins it, and one whose title
names no state serves the state of the delegation's demonym told just before the name.

Members of a visiting delegation: "В состав (кыргызской) делегации вошли / войдут министр
экономики X и министр энергетики Y", a sentence of no event of its own after a visit, names
people of the guest's side of that visit: each joins it, serving the delegation's state (its
demonym or state in the sentence, else the guest's). With no visit told, the members of a
delegation received at the talks told last ("принял делегацию Кыргызской Республики во главе с
X") join those talks, when they serve one of its states.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.events import party_countries
from dateline.extract.russian.nlp import RuDoc, RuToken

__all__ = ["delegation_heads", "delegation_members"]


def delegation_heads(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    for sent in range(len(doc.sents)):
        start, end = doc.sents[sent]
        tokens = doc.tokens_of(sent)
        keys = [t.lemma for t in tokens]
        if not _led(tokens) or any(
                start <= e.trigger[0] < end and not _participle(doc, e) for e in events):
            continue  # (a visit told in a participle of a head's is no event of the sentence's own:
            # "иранскую – заместитель министра X, находящийся в Ашхабаде с рабочим визитом")
        before = [e for e in events if e.trigger[0] < start]
        if not before or before[-1].kind not in ("meeting", "multilateral"):
            continue
        event = before[-1]
        demonyms = [(tokens[i].start, m.value) for i in range(len(keys))
                    if (m := L.demonyms().at(keys, i)) is not None]
        for mention in state.mentions:
            actor = state.actor(mention.actor_id)
            if not start <= mention.start < end or actor.kind != "person":
                continue
            if actor.country is None:
                told = [code for at, code in demonyms if at < mention.start]
                actor.country = told[-1] if told else None
            if actor.id not in event.participants:
                event.participants.append(actor.id)
                event.recipient.append(actor.id)
        _heads_sign(state, doc, events, event)
        persons = {state.actor(a).country for a in event.participants if state.actor(a).kind == "person"}
        for ids in (event.source, event.recipient, event.participants):  # a state whose official joined
            ids[:] = [a for a in ids if not (state.actor(a).kind == "country" and state.actor(a).country in persons)]
        event.countries = list(dict.fromkeys([*event.countries, *party_countries(state, event.participants)]))


def _heads_sign(state: DocState, doc: RuDoc, events: list[EventDraft], talks: EventDraft) -> None:
    """"По итогам встречи главы делегаций подписали Протокол": a signing told actively after the
    talks (before other talks), that names no one, is signed by the heads who led them."""
    heads = [a for a in talks.participants if state.actor(a).kind == "person"]
    for event in events[events.index(talks) + 1:]:
        if event.kind in ("meeting", "multilateral", "visit"):
            return
        token = doc.token_at(event.trigger[0])
        if event.kind != "agreement" or token is None or token.pos != "VERB" or token.feats.get(
                "Voice") == "Pass" or token.feats.get("VerbForm") == "Part" or any(
                state.actor(a).kind == "person" for a in event.participants):
            continue
        event.participants = list(dict.fromkeys([*event.participants, *heads]))
        event.source = [*event.source, *[a for a in heads if a not in event.source]]
        event.countries = list(dict.fromkeys([*event.countries, *party_countries(state, heads)]))


def _led(tokens: list[RuToken]) -> bool:
    """A side, delegation or body is the object of a verb of leading ("Комиссию возглавили X и
    Y"); not in a clause that only says who leads a standing body ("рабочая группа ..., которую
    возглавляет депутат X": the verb's object is "которую")."""
    keys = [t.lemma for t in tokens]
    verbs = {t.index for t in tokens if L.event_words("leading").at([t.lemma], 0) is not None}
    return any(tokens[m.last - 1].head in verbs and tokens[m.last - 1].rel == "obj"
               for m in L.event_words("led").find(keys)) if verbs else False


def _participle(doc: RuDoc, event: EventDraft) -> bool:
    token = doc.token_at(event.trigger[0])
    return token is not None and token.feats.get("VerbForm") == "Part"


_JOINED = frozenset({"войти", "входить"})


def _received(doc: RuDoc, events: list[EventDraft], start: int) -> EventDraft | None:
    """With no visit told: the talks told last before, when their sentence receives a delegation
    ("принял делегацию Кыргызской Республики во главе с X. В состав делегации вошли Y и Z")."""
    before = [e for e in events if e.trigger[0] < start]
    if not before or before[-1].kind != "meeting":
        return None
    token = doc.token_at(before[-1].trigger[0])
    return before[-1] if token is not None and any(t.lemma == "делегация" for t in doc.tokens_of(token.sent)) else None


def _own_state(state: DocState, doc: RuDoc, sent: int, guests: list[str]) -> str | None:
    tokens = doc.tokens_of(sent)
    keys = [t.lemma for t in tokens]
    verb = next((i for i, k in enumerate(keys) if k in _JOINED), len(keys))
    told: list[str | None] = [m.value for i in range(verb) if (m := L.demonyms().at(keys, i)) is not None]
    told += [state.actor(m.actor_id).country for m in state.mentions if state.actor(m.actor_id).kind == "country"
             and doc.sents[sent][0] <= m.start < tokens[verb - 1].end] if verb else []
    found = [c for c in told if c] or ([guests[0]] if len(guests) == 1 else [])
    return found[0] if found else None


def delegation_members(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    for sent in range(len(doc.sents)):
        start, end = doc.sents[sent]
        keys = [t.lemma for t in doc.tokens_of(sent)]
        if "состав" not in keys or "делегация" not in keys or not _JOINED & set(keys) or any(
                start <= e.trigger[0] < end for e in events):
            continue
        visits = [e for e in events if e.kind == "visit" and e.trigger[0] < start]
        visit = visits[-1] if visits else _received(doc, events, start)
        if visit is None:
            continue
        home = _own_state(state, doc, sent, party_countries(state, visit.source) if visits else [])
        for mention in state.mentions:
            actor = state.actor(mention.actor_id)
            if not start <= mention.start < end or actor.kind != "person":
                continue
            if actor.country is None:
                actor.country = home
            if not visits and actor.country not in visit.countries:
                continue  # (a reception's delegation: of one of its states)
            if actor.id not in visit.participants and (home is None or actor.country == home):
                visit.participants.append(actor.id)
                visit.source.append(actor.id)
        visit.countries = list(dict.fromkeys([*visit.countries, *party_countries(state, visit.participants)]))
