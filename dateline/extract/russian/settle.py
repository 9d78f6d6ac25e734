"""The kind an engagement ends with once the story frame has given it its parties.

A meeting is told before its parties are all known ("Участники совещания были приняты
Президентом Туркменистана": the story's five states); talks of three states or more are
``multilateral`` (the guide), unless told "двусторонние". A sitting of a body of two states and no organisation ("заседание
Высшего межгосударственного совета", "Высшего государственного совета Союзного государства") is
a ``meeting``, as the guide's bilateral bodies are. A gathering whose host the text does not
tell lists its organising IGO alone, not the states of those named beside it ("Пашинян и Алиев
могут встретиться на полях саммита Европейского политического сообщества").
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.places import country_name, org_by_acronym
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.events import party_countries
from dateline.extract.russian.naming import body_of_two, possessed_body
from dateline.extract.russian.nlp import RuDoc

__all__ = ["settle_kinds"]


def _states(codes: list[str]) -> tuple[list[str], list[str]]:
    states = [c for c in codes if len(c) == 3 and c.isupper() and org_by_acronym(c) is None]
    return states, [c for c in codes if c not in states]


def _bilateral(doc: RuDoc, index: int) -> bool:
    """"ряд двусторонних встреч": talks of two sides each, however many states the story has."""
    return any(t.lemma == "двусторонний" for t in doc.tokens[max(0, index - 3):index + 2])


_ENDS = frozenset({",", ".", ";", ":", "!", "?", "(", ")"})


def _gathering_orgs(state: DocState, doc: RuDoc, events: list[EventDraft], event: EventDraft) -> set[str]:
    """Organisations named in the phrase of a gathering told in the event's sentence ("обсудили
    подготовку к предстоящему саммиту ОДКБ"): the gathering's, no party to the talks."""
    out: set[str] = set()
    for gathering in events:
        if gathering.kind != "gathering" or gathering.sentence != event.sentence or gathering is event:
            continue
        token = doc.token_at(gathering.trigger[0])
        if token is None:
            continue
        rest = doc.tokens_of(token.sent)[token.index - doc.tokens_of(token.sent)[0].index:]
        end = next((t.start for t in rest if t.text in _ENDS), rest[-1].end)
        out |= {m.actor_id for m in state.mentions if gathering.trigger[0] <= m.start < end
                and state.actor(m.actor_id).kind == "organization"}
    return out


def _body_of_two(doc: RuDoc, event: EventDraft) -> bool:
    """A sitting of a body of two states ("заседание Межправительственной комиссии по
    экономическому сотрудничеству"): the body's name in the sitting's phrase."""
    token = doc.token_at(event.trigger[0])
    if token is None or L.event_words("sittings").at([token.lemma], 0) is None:
        return False
    tokens = doc.tokens_of(token.sent)
    return body_of_two(tokens, token.index - tokens[0].index + 1) or possessed_body(doc, token)


def _held_by(state: DocState, doc: RuDoc, event: EventDraft, events: list[EventDraft]) -> None:
    """The people of a two-state body's sitting that names none of its own: those the next
    sentence tells held it ("Заседание провели X и Y", "Сопредседатели комиссии – X и Y"), of
    its states; else, for one to come or one told by its body's pronoun ("Ее очередное заседание
    состоялось в феврале"), none (not the people of the talks it was agreed or prepared at, or of the
    story; a sitting held keeps those later stages found: the heads of its delegations)."""
    own = [a for a in event.own_parties or [] if state.actor(a).kind == "person"]
    if event.kind != "meeting" or own or not _body_of_two(doc, event):
        return
    after = doc.sentence_of(event.sentence[0]) + 1
    found: list[str] = []
    keys = [t.lemma for t in doc.tokens_of(after)] if after < len(doc.sents) else []
    if keys and (L.event_words("held_by").find(keys) or L.event_words("sittings").at(keys, 0) is not None):
        start, end = doc.sents[after]
        found = [m.actor_id for m in state.mentions if start <= m.start < end
                 and state.actor(m.actor_id).kind == "person" and state.actor(m.actor_id).country in event.countries]
    people = list(dict.fromkeys(found))
    token = doc.token_at(event.trigger[0])
    if not people and event.status != "planned" and not (token is not None and possessed_body(doc, token)) \
            and not _before_visit(event, events):
        return  # (a sitting held, told by its body's pronoun, "Ее очередное заседание", or over before the
        # story's visit began, "На прошлой неделе в Ташкенте состоялось заседание комиссии": no one of the story's)
    keep = [a for a in event.participants if state.actor(a).kind != "person"]
    for ids in (event.source, event.recipient):
        ids[:] = [a for a in ids if state.actor(a).kind != "person"]
    event.participants = [*keep, *[p for p in people if p not in keep]]
    event.recipient += [p for p in people if p not in event.recipient]


def _before_visit(event: EventDraft, events: list[EventDraft]) -> bool:
    """A sitting whose own days end before the first day of the story's visit (the first visit told
    that is not one of the past)."""
    visit = next((e for e in events if e.kind == "visit" and not e.pluperfect and e.date_start), None)
    if visit is None or event.date_from != "text" or not event.date_end or visit.date_start is None:
        return False
    n = min(len(event.date_end), len(visit.date_start))
    return event.date_end[:n] < visit.date_start[:n]


def _next_of_series(state: DocState, doc: RuDoc, event: EventDraft) -> None:
    """"Следующее заседание комиссии пройдет в Анкаре в 2027 году", "Стороны договорились провести
    очередной раунд консультаций осенью": the next sitting or round of a series, to come and naming
    no one of its own, has its states and no people (not those of the talks it was agreed at)."""
    if event.status != "planned" or event.kind not in ("meeting", "multilateral") or \
            state.persons(event.own_parties or []):
        return
    token = doc.token_at(event.trigger[0])
    if token is None:
        return
    tokens = doc.tokens_of(token.sent)
    at = token.index - tokens[0].index
    near = tokens[max(0, at - 3):at] + [t for t in tokens if t.head == token.index and t.rel == "amod"]
    if not any(L.event_words("recurring").at([t.lemma], 0) is not None for t in near):
        return
    for ids in (event.source, event.recipient, event.participants):
        ids[:] = [a for a in ids if state.actor(a).kind != "person"]
    for code in event.countries:
        if not any(state.actor(a).country == code for a in event.participants) and org_by_acronym(code) is None:
            event.participants.append(state.state_actor(code, country_name(code)).id)


def _other_side(events: list[EventDraft], event: EventDraft, states: list[str]) -> list[str] | None:
    """The two states of the last talks told before a sitting of a body of two states that share
    its one state (any two, when it names none)."""
    for other in reversed(events[:events.index(event)]):
        pair, orgs = _states(other.countries)
        if len(pair) == 2 and not orgs and set(states) <= set(pair) and other.kind != "gathering":
            return pair
    return None


def _sides(event: EventDraft) -> list[str]:
    """The parties of a sitting but the state it is held in, when two are left: the host of a body of
    an organisation and a state is no side of it ("в Брюсселе": not Belgium)."""
    host = event.place.country if event.place is not None else None
    sides = [c for c in event.countries if c != host]
    return sides if len(sides) == 2 else event.countries


def _two_state_sitting(doc: RuDoc, events: list[EventDraft], event: EventDraft) -> None:
    """"Стороны обсудили подготовку к заседанию Межправительственной комиссии, которое пройдет в
    Баку в апреле": the sitting of the two states' own body, a meeting of the story's two sides."""
    if event.kind != "multilateral" or not _body_of_two(doc, event):
        return
    sides = _sides(event)
    if len(sides) == 2 and len(_states(sides)[1]) == 1:
        event.kind, event.countries = "meeting", sides  # "Совета сотрудничества ЕС – Узбекистан" in Brussels
        return
    states, orgs = _states(event.countries)
    if orgs or len(states) > 1:
        return
    pair = _other_side(events, event, states)
    if pair is not None:
        event.kind = "meeting"
        event.countries = [*states, *[c for c in pair if c not in states]]


def settle_kinds(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    for event in events:
        _two_state_sitting(doc, events, event)
        venue = _gathering_orgs(state, doc, events, event) if event.kind in ("meeting", "multilateral") else set()
        if venue & set(event.participants) and event.name is None:
            for ids in (event.source, event.recipient, event.participants):
                ids[:] = [a for a in ids if a not in venue]
            event.countries = party_countries(state, event.participants)
            if event.kind == "multilateral" and len(_states(event.countries)[0]) == 2 and not _states(event.countries)[1]:
                event.kind = "meeting"
        states, orgs = _states(event.countries)
        if event.kind == "gathering" and event.place is None and orgs and states:
            event.countries = orgs  # the organising IGO alone when the host is not told (the guide)
            continue
        token = doc.token_at(event.trigger[0])
        if token is None:
            continue
        if event.kind == "meeting" and len(states) >= 3 and not _bilateral(doc, token.index):
            event.kind = "multilateral"
        elif event.kind == "multilateral" and len(states) == 2 and not orgs:
            if L.event_words("sittings").at([token.lemma], 0) is not None:
                event.kind = "meeting"
    for event in events:
        _held_by(state, doc, event, events)
        _next_of_series(state, doc, event)
