"""The day of an engagement told without one of its own, from the engagements told before it.

* An invitation made ("пригласил коллегу посетить Ташкент в 2025 году", "передал приглашение
  принять участие в заседании, которое состоится 24 мая") is dated by the day it was made: a
  date after its trigger, or later than the publication, is the invited event's and is dropped;
  the invitation takes the day of the talks or call told before it, else (left undated here) the
  publication date.
* A signing with no day of its own ("По итогам переговоров министры подписали ...") takes the
  day of the talks told before it, not the whole visit's days.
* A meeting or signing planned with no day of its own ("в ходе которого проведет переговоры",
  "Планируется подписание меморандума") takes the days of the planned visit or talks told before
  it: it happens during them.
* A gathering with no day of its own held "в рамках визита" / "в ходе визита" ("В рамках визита
  планируется проведение бизнес-форума") takes the days and status of the visit told before it
  (of a planned visit when the gathering is told as planned).
"""

from __future__ import annotations

import datetime as dt

from dateline.extract.document import EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.words import lemma, split_words, stem

__all__ = ["before_visit", "earlier", "gathering_in_visit", "invitation_day", "named_talks", "near",
           "planned_day", "signing_day", "signing_place"]


def _later(day: str, published: dt.date | None) -> bool:
    """Whether a date (of any grain) lies after the publication date."""
    if published is None:
        return False
    return day > published.isoformat()[: len(day)]


def _talks(told: list[EventDraft]) -> EventDraft | None:
    """The last talks (meeting, sitting or call) told as held on one day."""
    return next((e for e in reversed(told) if e.kind in ("meeting", "multilateral", "call")
                 and e.status == "occurred" and e.date_start and len(e.date_start) == 10
                 and e.date_end == e.date_start), None)


def _take(event: EventDraft, other: EventDraft) -> None:
    event.date, event.date_start, event.date_end = other.date, other.date_start, other.date_end
    event.date_from = "framed"


def named_talks(text: str, event: EventDraft, told: list[EventDraft]) -> EventDraft | None:
    """The talks a signing's sentence refers back to ("По итогам заседания ..."): the last one
    told whose trigger is that word."""
    sentence = text[event.sentence[0]:event.trigger[0]]
    keys = [lemma(w) for w in split_words(sentence)]
    for match in L.event_words("backref").find(keys):
        if match.last < len(keys):
            word = stem(keys[match.last])
            return next((e for e in reversed(told) if e.kind in ("meeting", "multilateral", "call")
                         and e.status == "occurred" and stem(lemma(text[e.trigger[0]:e.trigger[1]]
                                                                   .split()[-1])) == word), None)
    return None


def signing_day(text: str, event: EventDraft, told: list[EventDraft]) -> None:
    """"По итогам переговоров министры подписали ...": a signing with no day of its own is
    dated by the talks told before it, those it names first (not by the whole visit's days)."""
    if event.kind != "agreement" or event.status != "occurred" or event.date_start:
        return
    talks = named_talks(text, event, told) or _talks(told)
    if talks is not None and talks.date_start and len(talks.date_start) == 10:
        _take(event, talks)


def signing_place(text: str, event: EventDraft, told: list[EventDraft]) -> None:
    """"Встреча прошла в Баку. Стороны подписали программу": a signing that tells no place of its
    own is signed where the talks told before it (those it names first) were held, as the text
    told."""
    if event.kind != "agreement" or event.status != "occurred" or event.place is not None:
        return
    talks = named_talks(text, event, told) or next(
        (e for e in reversed(told) if e.kind in ("meeting", "multilateral") and e.status == "occurred"), None)
    if talks is not None and talks.place is not None and talks.place_from == "text":
        event.place, event.place_from = talks.place, "story"


def invitation_day(event: EventDraft, told: list[EventDraft], published: dt.date | None) -> bool:
    """Date an invitation made (occurred, not the "по приглашению" of a visit); True when it is
    settled here (the story frame's days are not the invitation's)."""
    if event.kind != "invitation" or event.status != "occurred" or event.at_invitation:
        return False
    if event.date is not None and event.date_from == "text" and event.date_start and (
            event.date.span[0] >= event.trigger[0] or _later(event.date_start, published)):
        event.date = event.date_start = event.date_end = event.date_from = None
    if event.date_start is not None:
        return True
    talks = _talks(told)
    if talks is not None:
        _take(event, talks)
    return True


def planned_day(text: str, event: EventDraft, told: list[EventDraft], published: dt.date | None) -> None:
    """Date a planned meeting or signing with no day of its own by the planned visit, talks,
    sitting or gathering told before it ("На полях заседания министр проведет ряд встреч"); one
    told "в ходе визита" by the last visit told before it, under way or planned, not by a sitting
    to come told in between ("... к заседанию, которое пройдет в ноябре. В ходе визита министр
    также встретится с X")."""
    if event.kind not in ("meeting", "agreement") or event.status != "planned" or event.date_start:
        return
    if _within_visit(text, event):
        visit = next((e for e in reversed(told) if e.kind == "visit" and not e.pluperfect), None)
        if visit is not None:
            if visit.date_start:
                _take(event, visit)
            return
    during = next((e for e in reversed(told) if e.kind in ("visit", "meeting", "multilateral", "gathering") and e.date_start
                   and not e.pluperfect  # (not a visit recalled in passing: "в ходе визита X в мае")
                   and (e.status == "planned" or _later(e.date_start, published))), None)
    if during is not None:
        _take(event, during)


def gathering_in_visit(text: str, events: list[EventDraft]) -> None:
    """A gathering held within a visit ("в рамках визита", "в ходе визита" before its trigger)
    with no day of its own: the visit's days and status (a gathering told as planned, those of
    the last planned visit: "Лидеры условились, что в ходе визита будет проведен форум")."""
    for event in events:
        if event.kind != "gathering" or event.date_start:
            continue
        if not _within_visit(text, event):
            continue
        visit = next((e for e in reversed(events) if e.kind == "visit" and e.trigger[0] < event.trigger[0]
                      and e.date_start and (event.status == "occurred" or e.status == "planned")), None)
        if visit is not None:
            _take(event, visit)
            event.status = visit.status


def _within_visit(text: str, event: EventDraft) -> bool:
    """"в рамках визита", "в ходе визита" before the trigger in its sentence."""
    keys = [lemma(w) for w in split_words(text[event.sentence[0]:event.trigger[0]])]
    return any(m.last < len(keys) and keys[m.last] == "визит" for m in L.event_words("backref").find(keys))


def before_visit(event: EventDraft, visit: EventDraft) -> bool:
    """"Напомним, что в октябре прошлого года генпрокуроры провели переговоры в Баку": talks the text
    dates wholly before the visit's first day (at the talks' own grain) were not held during it."""
    end, start = event.date_end or event.date_start or "", visit.date_start or ""
    return bool(end and start) and end < start[:len(end)]


def near(day: str, anchor: str) -> bool:
    """Whether a date (day, month or year) can fall within a week of a visit's first day."""
    if len(day) == 10 and len(anchor) == 10:
        return abs((dt.date.fromisoformat(day) - dt.date.fromisoformat(anchor)).days) <= 7
    grain = min(len(day), len(anchor))
    return day[:grain] == anchor[:grain]


def earlier(event: EventDraft, visit: EventDraft) -> bool:
    """An engagement the text dates to a day before the first of an announced visit ("посетит
    ... 21-22 апреля. Накануне визита, 20 апреля, министры проведут консультации"): not held
    during it. (A visit under way may have begun before the day the text gives it.)"""
    day, start = event.date_start or "", visit.date_start or ""
    return visit.status == "planned" and event.date_from == "text" and len(day) == 10 and \
        len(start) == 10 and day < start
