"""An engagement dated by another one told before it.

Agency copy dates a sitting by the summit or the leaders' meeting it prepares: "Стороны
договорились, что заседание Совета министров иностранных дел ОТГ пройдет в Туркестане накануне
саммита", "перед встречей лидеров пройдет заседание СМИД", "в преддверии визита". The phrase
(``dated_by`` in ``ru_events.yaml``: phrase -> days before, ``month`` or ``same``) before an
engagement's noun
in the sentence of an engagement with no day of its own dates it by that engagement: the noun's own
event, else the last one of its kind told before with the same status and a time the text gives.
"накануне" of a day is the day before; of a month or a season, that time; "перед" is the month of
the other's first day; talks "на полях" of a sitting are held in its time ("условились встретиться
на полях заседания СМИД СНГ, которое пройдет в апреле"); "на полях мероприятия" (``told_events``)
is the gathering or sitting told last before, "мероприятий" all of those told before, first day to last.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc, RuToken
from dateline.extract.russian.words import PhraseTable, ru_lexicon

__all__ = ["eve_days"]

MONTH = "month"
SAME = "same"
# the kinds an engagement noun's cue can stand for once told (a sitting, cued as a gathering, is
# a meeting or a multilateral one; talks of three states are multilateral)
_KINDS = {"gathering": ("gathering", "multilateral", "meeting"), "meeting": ("meeting", "multilateral"),
          "multilateral": ("multilateral", "meeting"), "visit": ("visit",)}


@cache
def _phrases() -> PhraseTable[int | str]:
    table = ru_lexicon("ru_events.yaml")["dated_by"]
    return PhraseTable([(phrase, days if days in (MONTH, SAME) else int(days)) for phrase, days in table.items()])


def _told_events(doc: RuDoc, event: EventDraft, ordered: list[EventDraft], j: int,
                 tokens: list[RuToken]) -> tuple[str, str] | None:
    """"на полях мероприятия / мероприятий": the gathering or sitting told last before with the
    event's status and a time the text gives; in the plural, all of them, first day to last."""
    told = [e for e in ordered if e is not event and e.trigger[0] < tokens[j].start
            and e.kind in ("gathering", "multilateral") and e.status == event.status
            and e.date_start and e.date_from == "text"]
    if not told:
        return None
    if tokens[j].feats.get("Number") != "Plur":
        told = told[-1:]
    return min(e.date_start or "" for e in told), max(e.date_end or e.date_start or "" for e in told)


def _anchor(doc: RuDoc, event: EventDraft, ordered: list[EventDraft]) -> tuple[str, str, int | str] | None:
    """The first and last day of the engagement the event's sentence dates it by, and the
    phrase's value."""
    token = doc.token_at(event.trigger[0])
    if token is None:
        return None
    tokens = doc.tokens_of(token.sent)
    keys = [t.lemma for t in tokens]
    for match in _phrases().find(keys):
        j = match.last
        while j < len(tokens) and tokens[j].pos in ("ADJ", "NUM"):
            j += 1
        if j < len(tokens) and L.event_words("told_events").at(keys, j) is not None and \
                (days := _told_events(doc, event, ordered, j, tokens)) is not None:
            return days[0], days[1], match.value
        cue = L.cues().at(keys, j) if j < len(tokens) else None
        if cue is None or cue.value.kind not in _KINDS or tokens[j].start <= event.trigger[0] < tokens[j].end:
            continue
        noun = tokens[j]
        own = next((e for e in ordered if e is not event and noun.start <= e.trigger[0] < noun.end), None)
        told = [e for e in ordered if e is not event and e.trigger[0] < noun.start and e.sentence[0] < event.sentence[0]
                and e.kind in _KINDS[cue.value.kind] and e.status == event.status and e.date_start
                and e.date_from == "text"]
        anchor = own if own is not None and own.date_start else (told[-1] if told else None)
        if anchor is not None and anchor.date_start:
            return anchor.date_start, anchor.date_end or anchor.date_start, match.value
    return None


def eve_days(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    """Date each engagement with no time of its own told "накануне / перед" another."""
    ordered = sorted(events, key=lambda e: e.trigger[0])
    for event in ordered:
        if event.date_from == "text" and event.date_start:
            continue
        found = _anchor(doc, event, ordered)
        if found is None:
            continue
        start, last, before = found
        if before == SAME and event.date_start and event.status != "planned":
            continue  # talks held beside a sitting under way keep the day the story gave them
        if before == SAME:
            end = last
        elif before == MONTH or len(start) < 10:
            start, end = (start[:7], start[:7]) if len(start) == 10 else (start, last)
        else:
            start = end = (dt.date.fromisoformat(start) + dt.timedelta(days=int(before))).isoformat()
        event.date, event.date_start, event.date_end, event.date_from = None, start, end, "framed"
