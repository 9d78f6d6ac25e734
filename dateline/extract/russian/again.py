"""Engagements a Russian report tells again: no new event.

A story names its talks once with their parties and then again in passing ("Встреча прошла
сначала в узком составе", "В переговорах также приняли участие X и Y": officials of either of its
states, who join it, "- сказал Путин в начале переговоров", "Вслед за переговорами
состоялось заседание", "Кыргызскую делегацию на переговорах возглавлял X"): a meeting told by a
noun after a meeting (or talks of three states or more, when it names no one) of the same status, with no day of its own other than that meeting's, no
place in another country, and no parties but that meeting's (or officials of one of its states,
who join it) is that meeting. A sitting ("заседание") is a body's own and is left alone. A signing
of "документ" ("Документ в тот же день парафировали X и Y") is the signing of the document told
before; its signers join it.

A visit named as what a verb of its course ends or goes on with ("завершил визит и отбыл на
родину", "завершит визит в четверг"), or a verb of the guest's stay after it ("делегация пробудет
в Москве до 16 ноября") is the story's visit told again, whatever its tense: it is
marked ``backref`` and the story frame (``frame.py``) folds it into the visit told before. Such a
stay told first ("Боррель пробудет в Ташкенте до субботы") is a visit under way up to that day.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.events import party_countries
from dateline.extract.russian.nlp import RuDoc, RuToken
from dateline.extract.russian.told_days import day_told_by

__all__ = ["told_again"]


def _trigger(doc: RuDoc, event: EventDraft) -> RuToken | None:
    return doc.token_at(event.trigger[0])


def _persons(state: DocState, ids: list[str]) -> list[str]:
    return [a for a in ids if state.actor(a).kind == "person"]


def _same_meeting(state: DocState, first: EventDraft, again: EventDraft, borrowed: set[tuple[int, str]],
                  attended: bool = False) -> bool:
    if first.status != again.status and (again.sentence[0], again.date_start or "") not in borrowed:
        return False
    if again.date_from == "text" and again.date_start != first.date_start and (
            again.sentence[0], again.date_start or "") not in borrowed and not _within(first, again):
        return False  # "в декабре прошлого года провели переговоры": other talks
    if again.place is not None and first.place is not None and again.place.country != first.place.country:
        return False
    own = again.own_parties or []
    if set(_persons(state, own)) <= set(first.participants):
        return True
    states = party_countries(state, own)  # one side only ("Кыргызскую делегацию ... возглавлял X")
    if attended and states and set(states) <= set(first.countries):
        return True  # "В переговорах также приняли участие X и Y": officials of either side join
    return len(states) == 1 and states[0] in first.countries


def _took_part_in(doc: RuDoc, token: RuToken) -> bool:
    """"В переговорах также приняли участие X и Y": the noun is where the verb of taking part's
    subjects took part ("принять" with the object "участие")."""
    head = doc.tokens[token.head] if token.head is not None else None
    return head is not None and head.lemma == "принять" and any(
        t.head == head.index and t.lemma == "участие" and t.rel == "obj" for t in doc.tokens_of(token.sent))


def _within(first: EventDraft, again: EventDraft) -> bool:
    """Talks to come told again with a day inside the coarser time told first ("консультации
    состоятся на следующей неделе" ... "провести консультации 11 декабря")."""
    if not (first.status == again.status == "planned" and first.date_from == "text" and first.date_start
            and first.date_end and again.date_start and again.date_end):
        return False
    start, end = first.date_start, first.date_end  # "2026-04" holds "2026-04-14"
    return (start, end) != (again.date_start, again.date_end) and \
        start <= again.date_start[:len(start)] and again.date_end[:len(end)] <= end


def _take_day(first: EventDraft, again: EventDraft) -> None:
    first.date, first.date_start, first.date_end = again.date, again.date_start, again.date_end


def _join(state: DocState, first: EventDraft, again: EventDraft, *, attended: bool = False) -> None:
    """The officials the later telling names besides, on the side of their state (in place of
    the state, when it was named as a party); those who also took part attend it (``attendees``:
    persons of the record, no side's head, so the story still names the heads and the signers)."""
    if attended:
        first.attendees += [a for a in _persons(state, again.own_parties or [])
                            if a not in first.participants and a not in first.attendees]
        return
    source_states = set(party_countries(state, first.source))
    for actor_id in _persons(state, again.own_parties or []):
        if actor_id in first.participants:
            continue
        side = first.source if state.actor(actor_id).country in source_states else first.recipient
        side.append(actor_id)
        first.participants.append(actor_id)
    first.countries = list(dict.fromkeys([*first.countries, *party_countries(state, first.participants)]))
    persons_of = {state.actor(a).country for a in _persons(state, first.participants)}
    for ids in (first.source, first.recipient, first.participants):  # a state whose official joined: the official
        ids[:] = [a for a in ids if not (state.actor(a).kind == "country" and state.actor(a).country in persons_of)]


def _phase(doc: RuDoc, token: RuToken) -> bool:
    """"завершил визит", "в завершение визита": the visit's noun governed by a word of its course."""
    head = doc.tokens[token.head] if token.head is not None else None
    return head is not None and L.event_words("visit_phase").at([head.lemma], 0) is not None


def _the_document(doc: RuDoc, token: RuToken) -> bool:
    """"Документ в тот же день парафировали X и Y": the document named before, signed."""
    return any(t.head == token.index and t.lemma == "документ" and t.feats.get("Number") == "Sing"
               and t.rel.split(":")[0] in ("nsubj", "obj") for t in doc.tokens_of(token.sent))


def _under_way(state: DocState, stay: EventDraft) -> None:
    """"Боррель пробудет в Ташкенте до субботы", no visit told before: a visit under way, from the
    publication day to the day the guest stays until."""
    if stay.date is None or state.published is None or stay.date_end is None or \
            not state.text[:stay.date.span[0]].rstrip().endswith(" до"):
        return
    today = state.published.isoformat()
    if len(stay.date_end) == 10 and stay.date_end >= today:
        stay.status, stay.date_start = "occurred", today


def told_again(state: DocState, doc: RuDoc, events: list[EventDraft]) -> list[EventDraft]:
    out: list[EventDraft] = []
    # the days of a gathering told in the same sentence are the gathering's, not the meeting's:
    # "Встреча состоялась на полях конференции, проходящей в Душанбе с 29 по 31 мая"
    borrowed = {(e.sentence[0], e.date_start) for e in events if e.kind == "gathering" and e.date_start}
    for event in events:
        token = _trigger(doc, event)
        if token is not None and event.kind == "agreement" and _the_document(doc, token):
            first = next((e for e in reversed(out) if e.kind == "agreement"), None)
            if first is not None and first.status == event.status and (
                    event.date_from != "text" or event.date_start == first.date_start):
                _join(state, first, event)
                continue
        if token is not None and event.kind == "visit" and (
                L.event_words("visit_stay").at([token.lemma], 0) is not None):
            if any(e.kind == "visit" for e in out):
                event.backref = True  # "Делегация пробудет в Москве до 16 ноября": the visit's last day
            else:
                _under_way(state, event)
        if token is None or token.pos != "NOUN":
            first = next((e for e in reversed(out) if e.kind == "meeting"), None) if event.kind == "meeting" else None
            if first is not None and _within(first, event) and _same_meeting(state, first, event, borrowed):
                # "Мы договорились провести консультации 11 декабря" after the talks of next week
                _take_day(first, event)
                _join(state, first, event)
                continue
            out.append(event)
            continue
        if event.kind == "visit" and any(e.kind == "visit" for e in out) and _phase(doc, token):
            event.backref = True
        if event.kind == "meeting" and L.event_words("sittings").at([token.lemma], 0) is None and \
                day_told_by(doc, event) is None:  # "В тот же день состоялись переговоры": other talks
            firsts = [next((e for e in reversed(out) if e.kind == "meeting" and e.sentence != event.sentence
                            and e.status == event.status), None),  # not talks agreed on in between
                      next((e for e in reversed(out) if e.kind == "meeting" and e.sentence != event.sentence), None)]
            if not event.own_parties:  # "На встрече, состоявшейся в трехстороннем формате": talks of three
                firsts.append(next((e for e in reversed(out) if e.kind == "multilateral"
                                    and e.name is None and e.sentence != event.sentence), None))
            attended = _took_part_in(doc, token)
            first = next((e for e in firsts if e is not None and _same_meeting(state, e, event, borrowed, attended)), None)
            if first is not None:
                if _within(first, event):  # the finer day told again
                    _take_day(first, event)
                if first.place is None and event.place is not None:  # "Встреча прошла в Баку"
                    first.place, first.place_from = event.place, event.place_from
                _join(state, first, event, attended=attended)
                continue
        out.append(event)
    return out
