"""The day of an engagement told by the day of the one told before it.

Agency copy dates a second engagement by the first: "Президент принял министра во вторник. В тот
же день министр провел переговоры с коллегой", "Днем ранее гость встретился с ...", "На
следующий день делегация посетила ...". The phrase (``day_of_told`` in ``ru_events.yaml``:
phrase -> days after) in the engagement's sentence, before its trigger, dates it by the last
engagement told before it with a day of its own (one told undated and held is of the publication
day); a day the sentence gives itself ("В тот же день, 17 февраля, ...") stays.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian.nlp import RuDoc
from dateline.extract.russian.words import PhraseTable, ru_lexicon

__all__ = ["day_told_by", "told_days"]


SAME = "same"  # the same time as the engagement before, whatever its grain


@cache
def _phrases() -> PhraseTable[int | str]:
    table = ru_lexicon("ru_events.yaml")["day_of_told"]
    return PhraseTable([(phrase, days if days == SAME else int(days)) for phrase, days in table.items()])


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def day_told_by(doc: RuDoc, event: EventDraft) -> int | str | None:
    """The days after the last engagement told that the event's sentence gives before its
    trigger, if it says so."""
    token = doc.token_at(event.trigger[0])
    if token is None:
        return None
    tokens = [t for t in doc.tokens_of(token.sent) if t.start < event.trigger[0]]
    found = _phrases().find([t.lemma for t in tokens])
    return found[-1].value if found else None


def _day_before(state: DocState, told: list[EventDraft], days: int | str) -> tuple[str, str] | None:
    """The days of the last engagement told with one: its own, or the publication day for one held
    and undated (for a day before or after, or "в тот же день", not one dated only to a month or
    year, told in passing)."""
    for last in reversed(told):
        if last.date_start and (days == SAME or len(last.date_start) == 10):
            return last.date_start, last.date_end or last.date_start
        if last.date_start is None and last.status == "occurred" and state.published is not None:
            return state.published.isoformat(), state.published.isoformat()
    return None


def _of_main_clause(doc: RuDoc, offset: int) -> bool:
    """Whether the time at ``offset`` is told by a finite verb, not inside a participle's clause
    ("Закон, принятый Жогорку Кенешем 25 сентября": no day the next sentence counts from)."""
    token = doc.token_at(offset)
    for _ in range(6):
        if token is None or token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") != "Part":
            return token is not None
        if token.feats.get("VerbForm") == "Part" or token.head is None:
            return False
        token = doc.tokens[token.head]
    return False


def _day_told_after(state: DocState, doc: RuDoc, before: list[EventDraft], event: EventDraft) -> tuple[str, str] | None:
    """A day the text tells after the last engagement told before and before the event's sentence
    ("Министр прибыла в Баку во вторник. В тот же день она провела переговоры": the arrival is the
    story's visit told again, its day the one "в тот же день" counts from)."""
    since = before[-1].trigger[1] if before else 0
    days = [t for t in state.times if since <= t.span[0] < event.sentence[0] and t.grain == "day" and t.start
            and _of_main_clause(doc, t.span[0])]
    return (days[-1].start, days[-1].end or days[-1].start) if days else None  # type: ignore[return-value]


def told_days(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    """Date each engagement told by the day of the one before ("в тот же день")."""
    ordered = sorted(events, key=lambda e: e.trigger[0])
    for i, event in enumerate(ordered):
        if event.date_start and len(event.date_start) == 10 and event.date_from == "text":
            continue  # "В тот же день, 17 февраля, ...": its own day
        days = day_told_by(doc, event)
        if days is None:
            continue
        before = [e for e in ordered[:i] if e.sentence[0] < event.sentence[0]]
        found = _day_told_after(state, doc, before, event) or _day_before(state, before, days)
        if found is None:
            continue
        event.date = None
        if days == SAME or isinstance(days, str):
            event.date_start, event.date_end = found
        else:
            event.date_start = event.date_end = _shift(found[0], days)
        event.date_from = "framed"
        if state.published is not None and event.date_start < state.published.isoformat():
            event.status = "occurred"
