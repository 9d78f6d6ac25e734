"""Turn a finished DocState into the contract Record."""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.record import Actor, Dateline, Event, EventDate, Record, Trigger

__all__ = ["to_record"]

_CONFIDENCE = {"visit": 0.85, "meeting": 0.8, "multilateral": 0.8, "call": 0.9, "agreement": 0.85,
               "gathering": 0.75, "invitation": 0.8, "other": 0.6}


def _event(state: DocState, draft: EventDraft, index: int) -> Event:
    start, end = draft.trigger
    date = None
    if draft.date_start or draft.date is not None:
        date = EventDate(start=draft.date_start, end=draft.date_end or draft.date_start,
                         text=draft.date.text if draft.date is not None else None)
    # a gathering's attendees are among its persons, not its parties (the knowledge base links parties)
    persons = list(dict.fromkeys(state.actor(a).name for a in [*draft.participants, *draft.attendees]
                                 if state.actor(a).kind == "person"))
    confidence = _CONFIDENCE.get(draft.kind, 0.6) + (draft.confidence - 0.7)
    if len(draft.participants) >= 2:
        confidence += 0.05
    if draft.date_start:
        confidence += 0.03
    return Event(
        id=f"e{index}", kind=draft.kind, type=draft.type, mode=draft.mode,
        source=draft.source, recipient=draft.recipient, countries=draft.countries,
        place=draft.place, date=date, status=draft.status, name=draft.name,
        trigger=Trigger(text=state.text[start:end], start=start, end=end),
        sentence=draft.sentence, confidence=round(max(0.05, min(0.99, confidence)), 2),
        participants=draft.participants, persons=persons,
    )


def to_record(state: DocState) -> Record:
    article = state.article
    dateline = None
    if state.dateline is not None and state.dateline.place:
        dateline = Dateline(place=state.dateline.place, country=state.dateline.country,
                            span=state.dateline.span)
    actors = [
        Actor(id=a.id, kind=a.kind, name=a.name, title=a.title, organization=a.organization,
              country=a.country, acronym=a.acronym, members=a.members, mentions=sorted(a.mentions),
              key=a.key, role=a.role if a.kind == "person" else None, head_of=a.head_of,
              aliases=a.aliases)
        for a in state.actors
    ]
    events = [_event(state, d, i) for i, d in enumerate(state.events, start=1)]
    return Record(
        id=article.id or "doc", url=article.url, source=article.source or (
            state.dateline.outlet if state.dateline else None),
        published=(state.issued or state.published).isoformat() if state.published else None,
        published_from=state.published_from, dateline=dateline, title=article.title,
        actors=actors, events=events, times=state.times, lang="en",
    )
