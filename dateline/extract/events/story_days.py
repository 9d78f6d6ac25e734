"""The days of a report's own story: an engagement recalled from weeks before ("the two leaders
recalled their talks in Bishkek on August 27") is told after the day's talks but is not the day
"the same day" or "following the talks" count from; nor is a guest's arrival told in a relative
clause ("X on Monday received Y, who arrived on Sunday. On the same day, Y met Z": Monday)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, token_at
from dateline.extract.time.values import PartialDate, is_day

__all__ = ["behind_lead", "later_in_the_lead_day", "lead_event", "story_day", "story_thread"]

_RECALLED = 7  # days before the story's latest day beyond which a dated engagement is background
_BACKGROUND = {"relcl", "acl", "advcl"}  # "who arrived on Sunday", "having arrived ...", "after arriving ..."


def story_thread(dated: list[EventDraft]) -> list[EventDraft]:
    """``dated`` (events dated to a day, in text order) without those more than a week before the
    latest of them: what a recalled meeting's day is to the report's own day."""
    if not dated:
        return dated
    latest = max(e.date_start or "" for e in dated)
    edge = str(PartialDate.parse(latest).plus_days(-_RECALLED))
    return [e for e in dated if (e.date_start or "") >= edge]


def lead_event(told: list[EventDraft]) -> EventDraft | None:
    """The first engagement told (in text order) that is dated by the report's own day, its words giving
    none ("His Majesty had on Thursday a phone conversation", "X received Y"): the lead's."""
    return next((e for e in told if e.date_from == "published" and e.status == "occurred" and is_day(e.date_start)),
                None)


def behind_lead(event: EventDraft, lead: EventDraft | None) -> bool:
    """``event`` is told after the lead and dated more than a week before its day: a date the story recalls
    ("since the adoption of the Joint Declaration of April 7, 2022"), not one its next engagements
    ("The same day", "On this occasion") count from."""
    return lead is not None and lead.trigger[0] < event.trigger[0] and (event.date_start or "") < str(
        PartialDate.parse(lead.date_start or "").plus_days(-_RECALLED))


def story_day(doc: Doc | None, before: list[EventDraft], told: list[EventDraft] | None = None) -> EventDraft:
    """The engagement an anaphoric day ('the same day', 'later in the day') counts from: the last of
    ``before`` (in text order), or, when that one's sentence also tells one in its main clause on
    another day, the main clause's (the guest's arrival told in a relative clause is background);
    when the main clause's engagement is dated by no word of its own, ``told`` (all engagements told
    before) gives it, on the report's day ('X received Y, who arrived on May 19 ... On the same day')."""
    last = before[-1]
    if doc is None:
        return last
    same = [e for e in before if e.sentence == last.sentence]
    main = [e for e in same if not _in_background(doc, e)]
    if main and len(main) < len(same) and main[-1].date_start != last.date_start:
        return main[-1]
    if not main and _in_background(doc, last):
        undated = [e for e in told or () if e.sentence == last.sentence and e.date is None
                   and e.date_from == "published" and e.date_start and not _in_background(doc, e)]
        if undated:
            return undated[-1]
    return last


def _in_background(doc: Doc, event: EventDraft) -> bool:
    tok = token_at(doc, event.trigger[0])
    return tok is not None and any(t.dep_ in _BACKGROUND for t in ancestors(tok, 6))


def _opening(events: list[EventDraft], published: str) -> EventDraft | None:
    """The story's first engagement, when it is dated by words of its own to one day of the week before
    the report ('Mudavadi on Monday co-chaired the session', told on Tuesday)."""
    first = min(events, key=lambda e: e.trigger[0], default=None)
    if first is None or first.date is None or first.status != "occurred" or not is_day(first.date_start) \
            or first.date_end not in (None, first.date_start) or first.date.text.lower() in word_set("lead_day_words"):
        return None
    edge = str(PartialDate.parse(published).plus_days(-_RECALLED))
    return first if edge <= (first.date_start or "") <= published else None


def later_in_the_lead_day(state: DocState, events: list[EventDraft]) -> None:
    """'Later in the day, X paid a courtesy call on Y': the day of the story's opening engagement
    ('Nairobi, April 14 - X on Monday co-chaired ...': Monday), not the report's day by default."""
    if state.published is None:
        return
    told = [e for e in events if e.kind != "gathering" and (state.doc is None or not _in_background(state.doc, e))]
    lead = _opening(told, state.published.isoformat())  # not "X, who arrived on Sunday, was received ..."
    if lead is None:
        return
    for event in events:
        if event is not lead and event.date is not None and event.date.text.lower() in word_set("lead_day_words") \
                and event.trigger[0] > lead.trigger[0] and not event.date_role:
            event.date_start = event.date_end = lead.date_start
