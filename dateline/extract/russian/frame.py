"""The story frame of a Russian report: one engagement told over several sentences.

The first visit (else the first meeting that names a party, else such a call) sets the frame: visitor, host, place and date. A later
meeting, signing or gathering whose own clause names no place takes the frame's (a planned
one only when it names no party: "планируется подписание") (else the
dateline city's, for an engagement of the day reported from it); one that names fewer than two
parties takes the visitor and the host; one with no date of its own takes the frame's (an
invitation made, or a meeting or signing planned, is dated by ``days.py``). A visit
told again ("визит", "поездка" later in the story) is the same visit and is dropped. A signing
that names no one is signed by the officials of the talks told before it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dateline.extract.document import DocState, EventDraft
from dateline.extract.places import org_by_acronym
from dateline.extract.russian.days import (
    before_visit,
    earlier,
    invitation_day,
    named_talks,
    near,
    planned_day,
    signing_day,
    signing_place,
)
from dateline.extract.russian.events import party_countries
from dateline.record import Place, TimeMention

__all__ = ["apply_frame"]

_INHERIT = frozenset({"meeting", "agreement", "multilateral", "invitation"})


@dataclass(slots=True)
class StoryFrame:
    visitor: list[str] = field(default_factory=list)
    host: list[str] = field(default_factory=list)
    place: Place | None = None
    date: TimeMention | None = None
    start: str | None = None
    end: str | None = None
    status: str = "occurred"
    kind: str = "visit"


def _in_passing(state: DocState, event: EventDraft, events: list[EventDraft]) -> bool:
    """A visit told in passing after the day's engagements ("Напомним, в ноябре прошлого года X
    совершил государственный визит в Будапешт"): dated by the text to a month or day well before
    the publication while an engagement of the day was told before it; or dated to the year alone
    ("В начале года X посетил Кыргызстан") after talks told with a day of the report's."""
    if event.pluperfect:
        return True  # "в ходе недавнего визита" (events.py)
    published = state.published.isoformat() if state.published is not None else None
    day = event.date_end or event.date_start
    if event.date_from != "text" or not day or published is None or event.status != "occurred":
        return False
    coarse = len(day) == 4  # "В начале года X посетил ...": a year of its own, no month of the day's
    if day > published[:len(day)] or not coarse and near(day, published):
        return False
    return any(e.kind in ("meeting", "call", "multilateral") and e.trigger[0] < event.trigger[0]
               and (e.date_start is None and not coarse or e.date_start is not None and len(e.date_start) == 10
                    and near(e.date_start, published)) for e in events)


def _frame(state: DocState, events: list[EventDraft]) -> StoryFrame | None:
    named = [e for e in events if e.participants and not e.pluperfect]  # "провел телефонный разговор с X. Главы государств встречались"
    anchor = next((e for e in events if e.kind == "visit" and not _in_passing(state, e, events)), None) or next(
        (e for e in named if e.kind in ("meeting", "multilateral")), None) or next(
        (e for e in named if e.kind == "call"), None)
    if anchor is None:
        return None
    visitor, host = _sides(state, anchor, events)
    return StoryFrame(visitor, host, anchor.place, anchor.date, anchor.date_start, anchor.date_end,
                      anchor.status, anchor.kind)


def _sides(state: DocState, anchor: EventDraft, events: list[EventDraft]) -> tuple[list[str], list[str]]:
    """The frame's visitor and host: the visit's own; for a planned visit that names no host, the
    visitor is whoever it names of another state than the visited one ("визит главы МИД
    Азербайджана в Москву") and the host the one official of the visited state who shares another
    engagement of the story with the visitor ("Лавров провел телефонный разговор с Байрамовым")."""
    own = (list(anchor.source), list(anchor.recipient))
    if anchor.kind != "visit" or anchor.status != "planned" or (
            _persons(state, anchor.source) and _persons(state, anchor.recipient)):
        return own  # (a visit under way: its hosts are whoever met the guest, ``_hosts_met``)
    visited = {anchor.place.country} if anchor.place is not None and anchor.place.country else \
        set(anchor.countries) - set(party_countries(state, anchor.source))
    if len(visited) != 1:
        return own
    visitors = [a for a in _persons(state, anchor.participants) if state.actor(a).country not in visited]
    if not visitors or set(visitors) != set(_persons(state, anchor.participants)):
        return own
    met = {a for e in events if e is not anchor and set(visitors) & set(e.participants)
           for a in _persons(state, e.participants) if state.actor(a).country in visited}
    return (visitors, sorted(met)) if len(met) == 1 else own


def _extend(state: DocState, visit: EventDraft, again: EventDraft) -> None:
    """The visit told again: a day the first telling lacked, the arrival of a visit first told as
    under way ("находящийся с визитом ..., прибывший в Баку 23 июня"), or a later last day
    ("продлится до 5 апреля"); parties it names besides."""
    start = visit.date_start or (state.published.isoformat() if state.published and
                                 visit.status == "occurred" else None)
    arrival = again.travel and not visit.travel and start is not None and len(start) == 10 and \
        again.date_start is not None and len(again.date_start) == 10 and \
        0 < (dt.date.fromisoformat(start) - dt.date.fromisoformat(again.date_start)).days <= 7
    if again.date_from == "text" and again.date_start and (visit.date_from != "text" or arrival) and \
            len(again.date_start) == 10 and (start is None or again.date_start <= start):
        visit.date, visit.date_start, visit.date_from = again.date, again.date_start, "text"
        start = again.date_start
        visit.date_end = max(visit.date_end or start, again.date_end or start)
    elif again.date_from == "text" and again.date_end and start and len(again.date_end) == 10 and \
            again.date_end > (visit.date_end or start):
        visit.date_start, visit.date_end = start, again.date_end
    for actor_id in again.own_parties or []:
        if actor_id not in visit.participants:
            visit.participants.append(actor_id)
            (visit.source if actor_id in again.source else visit.recipient).append(actor_id)
    if visit.place is None and again.place is not None:
        visit.place, visit.place_from = again.place, again.place_from


def _same_visit(state: DocState, first: EventDraft, again: EventDraft) -> bool:
    """A later telling of the story's visit: no other country as its place, no date of its own far
    from the visit's, and no parties of its own ("Визит продлится до 5 апреля", whatever its
    tense) or some in common and the same status."""
    if again.backref:  # "завершил визит": the visit's course (``again.py``)
        return True
    if _stop_of_guest(state, first, again):
        return True
    if again.status != first.status and again.own_parties or again.pluperfect and again.date_from == "text":
        return False  # (a visit recalled in passing with a time of its own: "в ходе визита X в мае")
    if again.place is not None and first.place is not None and again.place.country != first.place.country:
        return False
    if again.date_from == "text" and again.date_start and first.date_from == "text" and first.date_start \
            and not near(again.date_start, first.date_start):
        return False  # "напомнила о своем визите в Астану в сентябре прошлого года": another visit
    return not again.own_parties or bool(set(again.own_parties) & set(first.participants)) or (
        bool(again.countries) and set(again.countries) <= set(first.countries))


def _stop_of_guest(state: DocState, first: EventDraft, again: EventDraft) -> bool:
    """"11 декабря Президент Кыргызстана посетит провинцию Синьцзян", "азербайджанская делегация
    посетит Академию": the guest of a visit under way going somewhere that names no state but the
    guest's own, in the visit's country or no place, within a week: the visit told again."""
    guest = set(party_countries(state, first.source))
    if first.status != "occurred" or not again.own_parties or not guest or \
            not set(again.countries) <= guest or not set(_persons(state, again.own_parties)) <= set(first.source):
        return False
    if again.place is not None and (first.place is None or again.place.country != first.place.country):
        return False
    start = first.date_start or (state.published.isoformat() if state.published else None)
    return again.date_start is None or (start is not None and near(again.date_start, start))


def apply_frame(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    frame = _frame(state, events)
    out: list[EventDraft] = []
    seen_visit: EventDraft | None = None
    for event in events:
        if event.kind == "visit":
            if seen_visit is not None and _same_visit(state, seen_visit, event):
                _extend(state, seen_visit, event)  # "Визит продлится до 5 апреля": the same visit
                continue
            if not _in_passing(state, event, events):
                seen_visit = seen_visit or event
        dated = invitation_day(event, out, state.published)
        planned_day(state.text, event, out, state.published)
        signing_day(state.text, event, out)
        signing_place(state.text, event, out)
        if frame is not None and event.kind == "meeting" and event.status == "planned" and (
                frame.status == "planned" or seen_visit is not None and frame.visitor == seen_visit.source):
            _one_side(state, event, frame)  # (on a visit under way too: "запланированы встречи с X")
        if frame is not None and event.kind in _INHERIT and not event.pluperfect and (
                event.status == "occurred" or not event.own_parties):
            if event.place is None and frame.place is not None:
                event.place, event.place_from = frame.place, "story"
            if event.kind == "agreement" and not _persons(state, event.participants):
                _signers_of_talks(state, event, out)  # (before the states its document's name
                # tells lend it the frame's officials: "По итогам переговоров министры подписали
                # Меморандум ... между министерствами иностранных дел Казахстана и Ирана")
            if event.kind in ("meeting", "agreement") and (frame.status, event.status) != ("planned", "occurred"):
                _officials_for_states(state, event, [*frame.visitor, *frame.host])  # (not a visit to come's guest)
            if len(event.participants) < 2 and not (event.kind == "invitation" and len(event.countries) >= 2):
                # "Накануне он провел встречу с X": the visitor met X; the host only when no
                # other party is named (an invitation whose inviter is told by office alone
                # keeps the two states it has)
                guest = [*event.participants, *frame.visitor]
                parties = list(dict.fromkeys(guest if len(set(guest)) >= 2 else [*guest, *frame.host]))
                if len(parties) >= 2:
                    event.source = event.source or list(frame.visitor)
                    event.recipient = [p for p in parties if p not in event.source]
                    event.participants = parties
                    event.countries = party_countries(state, parties)
            if event.date_start is None and frame.start is not None and event.status == "occurred" \
                    and frame.status == "occurred" and not dated:
                event.date, event.date_start, event.date_end = frame.date, frame.start, frame.end
                event.date_from = "framed"
                if frame.kind == "multilateral":
                    _told_day_of_course(state, event)
        if event.place is None and state.dateline is not None and state.dateline.resolved is not None \
                and event.status == "occurred" and event.kind in ("meeting", "agreement", "multilateral") \
                and event.date_start is None and not event.pluperfect:
            event.place, event.place_from = state.dateline.resolved, "dateline"
        if event.kind in ("visit", "gathering") and event.place is not None and event.place.country and \
                event.place.country not in event.countries:
            event.countries = [*event.countries, event.place.country]
        if event.kind == "gathering" and event.place is not None and event.place.country:
            # the host and the organising IGO (the guide): not the states its name or its
            # participants' titles name ("саммит «Россия – Центральная Азия»")
            event.countries = [c for c in event.countries if org_by_acronym(c) is not None or
                               c == event.place.country]
        out.append(event)
    _signers(state, out)
    if seen_visit is not None:
        if frame is not None:
            _host_told_by_talks(state, seen_visit, frame, out)
        _hosts_met(state, seen_visit, out)
        _period(state, seen_visit, out)
    return out


def _told_day_of_course(state: DocState, event: EventDraft) -> None:
    """"Заседание проходит 22-24 сентября. На полях заседания X провел встречу с Y", told on the
    23rd: talks held on the sidelines of a sitting still under way were held by the day of the
    telling, on it (not over the sitting's days). (Talks in a visit under way keep its days.)"""
    today = state.published.isoformat() if state.published is not None else None
    start, end = event.date_start or "", event.date_end or ""
    if today and len(start) == 10 and len(end) == 10 and start < today < end:
        event.date = None
        event.date_start = event.date_end = today


def _one_side(state: DocState, event: EventDraft, frame: StoryFrame) -> None:
    """"В рамках визита запланированы встречи с премьер-министром Японии X и министром Y": talks
    planned on a planned visit that name the host's side only are the visitor's."""
    states = set(party_countries(state, event.participants))
    visitor = [a for a in frame.visitor if state.actor(a).country not in states]
    if len(states) != 1 or not visitor or len(visitor) != len(frame.visitor):
        return
    event.source = [*visitor, *[a for a in event.source if a not in visitor]]
    event.recipient = [a for a in event.participants if a not in event.source]
    event.participants = list(dict.fromkeys([*visitor, *event.participants]))
    event.countries = party_countries(state, event.participants)


def _officials_for_states(state: DocState, event: EventDraft, framed: list[str]) -> None:
    """"переговоры между делегациями Кыргызстана и Беларуси под руководством Головченко": a state
    named without an official of its own is the story's visitor or host of that state."""
    for actor_id in list(event.participants):
        actor = state.actor(actor_id)
        if actor.kind != "country" or any(state.actor(a).kind == "person" and state.actor(a).country
                                           == actor.country for a in event.participants):
            continue
        official = [a for a in _persons(state, framed) if state.actor(a).country == actor.country]
        if len(official) != 1:
            continue
        side = event.source if actor_id in event.source else event.recipient
        side[side.index(actor_id)] = official[0] if actor_id in side else actor_id
        event.participants[event.participants.index(actor_id)] = official[0]


def _signers_of_talks(state: DocState, event: EventDraft, told: list[EventDraft]) -> None:
    """"По итогам переговоров министры подписали ...": a signing that names no one signs for the
    officials of the talks it names, not for the story's visitor and host."""
    talks = named_talks(state.text, event, told)
    if talks is None or len(_persons(state, talks.participants)) < 2:
        return
    event.participants = _persons(state, talks.participants)
    event.source = [a for a in talks.source if a in event.participants]
    event.recipient = [a for a in event.participants if a not in event.source]
    event.countries = list(dict.fromkeys([*event.countries, *party_countries(state, event.participants)]))


def _persons(state: DocState, ids: list[str]) -> list[str]:
    return [a for a in ids if state.actor(a).kind == "person"]


def _signers(state: DocState, events: list[EventDraft]) -> None:
    """"По итогам переговоров министры подписали Программу ... между МИД России и МИД
    Узбекистана": a signing that names no one signs for the officials of the talks told before it
    (the last meeting or visit of the same status whose countries include the signing's); the
    states in the document's name are not its signers."""
    for i, event in enumerate(events):
        if event.kind != "agreement" or _persons(state, event.participants):
            continue
        told = next((e for e in reversed(events[:i]) if e.kind in ("meeting", "visit", "multilateral")
                     and e.status == event.status and len(_persons(state, e.participants)) >= 2
                     and set(event.countries) <= set(e.countries)), None)
        if told is None:
            continue
        event.participants = _persons(state, told.participants)
        event.source = [a for a in told.source if a in event.participants]
        event.recipient = [a for a in event.participants if a not in event.source]
        event.countries = list(dict.fromkeys([*event.countries, *party_countries(state, event.participants)]))


def _period(state: DocState, visit: EventDraft, events: list[EventDraft]) -> None:
    """The visit lasts at least from the first to the last day of the engagements told in it
    (talks on the 21st, a reception on the 22nd: the 21st to the 22nd), within a week, in the
    visit's country, and up to the day of what the guest will still do there ("В пятницу он
    примет участие в заседании Совета глав государств СНГ", "25 июня X будет принят
    Президентом, после чего завершит визит")."""
    if visit.status != "occurred":
        return
    if visit.date_start is None and state.published is not None:  # under way: from today
        visit.date_start = visit.date_end = state.published.isoformat()
        visit.date_from = "published"
    if not visit.date_start or len(visit.date_start) != 10:
        return
    start, end = visit.date_start, visit.date_end or visit.date_start
    for event in events:
        day = event.date_start
        if event is visit or event.date_from != "text" or not day or len(day) != 10 or (
                event.status != "occurred" and not _guest_stays(state, visit, event)) or \
                event.kind not in ("meeting", "agreement", "multilateral", "gathering") or (
                event.kind == "gathering" and event.status == "occurred"):
            continue
        if event.place is not None and visit.place is not None and event.place.country != visit.place.country:
            continue  # a sitting in another country before the visit: not part of it
        gap = abs((dt.date.fromisoformat(day) - dt.date.fromisoformat(visit.date_start)).days)
        if gap <= 7:
            start, end = min(start, day), max(end, event.date_end or day)
            if event.place is None and visit.place is not None and event.status == "planned":
                _held_at(event, visit.place)  # "В пятницу он примет участие в заседании ...": there
    visit.date_start, visit.date_end = start, end


def _during(state: DocState, visit: EventDraft, event: EventDraft) -> bool:
    """A meeting told as it will be, in a visit under way: the guest's ("25 июня гость будет
    принят Президентом, после чего завершит визит") on a day within a week of its start."""
    if visit.status != "occurred" or event.status != "planned" or event.kind != "meeting":
        return False
    if not set(_persons(state, visit.source)) & set(event.own_parties or []):
        return False
    day = event.date_start
    start = visit.date_start or (state.published.isoformat() if state.published else None)
    if event.date_from != "text" or not day or not start or len(day) != 10 or len(start) != 10:
        return False
    return 0 <= (dt.date.fromisoformat(day) - dt.date.fromisoformat(start)).days <= 7


def _held_at(event: EventDraft, place: Place) -> None:
    """The guest's sitting or summit held where the guest stays: its place, and the host among its
    states (a gathering: the host and the organising IGO only)."""
    event.place, event.place_from = place, "story"
    if not place.country:
        return
    if event.kind == "gathering":
        event.countries = [c for c in event.countries if org_by_acronym(c) is not None]
    if place.country not in event.countries:
        event.countries.append(place.country)


def _guest_stays(state: DocState, visit: EventDraft, event: EventDraft) -> bool:
    """A planned engagement of the guest of a visit under way, in the visit's country or with no
    place of its own, within a week after its first day."""
    if event.status != "planned" or not set(_persons(state, visit.source)) & set(event.own_parties or []):
        return False
    if event.place is not None and visit.place is not None and event.place.country != visit.place.country:
        return False
    day, start = event.date_start or "", visit.date_start or ""
    return len(day) == 10 and len(start) == 10 and \
        0 <= (dt.date.fromisoformat(day) - dt.date.fromisoformat(start)).days <= 7


def _host_told_by_talks(state: DocState, visit: EventDraft, frame: StoryFrame, events: list[EventDraft]) -> None:
    """The host the frame found for a visit that names none (:func:`_sides`) is a party of the
    visit once talks of the visit's status that name no one of their own are held with it ("В
    ходе предстоящего визита министры проведут переговоры")."""
    for host in _persons(state, frame.host):
        if host not in visit.participants and any(
                e.kind == "meeting" and e.status == visit.status and not e.own_parties and host in e.participants
                for e in events):
            visit.recipient.append(host)
            visit.participants.append(host)


def _hosts_met(state: DocState, visit: EventDraft, events: list[EventDraft]) -> None:
    """The visit's parties are the visitor and every official who received or met the guest
    during it, or will before the guest leaves (the host is a party: ``../shared/CONTRACT.md``)."""
    for event in events:
        if event is visit or event.kind not in ("meeting", "agreement") or (
                event.status != visit.status and not _during(state, visit, event)) or earlier(event, visit) \
                or before_visit(event, visit):
            continue
        if event.place is not None and visit.place is not None and event.place_from == "text" and \
                event.place.country != visit.place.country:
            continue  # "В среду он провел в Минске консультации": at home, not on the visit
        for actor_id in event.own_parties or []:
            actor = state.actor(actor_id)
            if actor.kind == "person" and actor_id not in visit.participants:
                visit.recipient.append(actor_id)
                visit.participants.append(actor_id)
    visit.countries = list(dict.fromkeys([*visit.countries, *party_countries(state, visit.participants)]))
