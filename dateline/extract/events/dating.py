"""Document passes that date what a sentence leaves undated.

The lead's day (``news_day``), a visit's or a gathering's length ("a two-day visit"), the days
counted from another event ("the next day"), an event framed by an earlier one ("During the
talks, X invited Y") and the story's thread ("The ministers met on Monday. ... The two then signed
a joint statement": Monday's), and a visit over before the report ("paid a visit from 8 to 10
September. He held talks with X": those days).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.story_days import behind_lead, lead_event, story_day, story_thread
from dateline.extract.events.words import alternation, word_list, word_set
from dateline.extract.syntax import ancestors
from dateline.extract.time.lexicon import anaphoric_offset, number, words
from dateline.extract.time.values import PartialDate, is_day

__all__ = ["anaphoric_days", "framed_dates", "gathering_durations", "narrative_dates", "news_day",
           "past_visit_days", "planned_in_visit", "visit_durations"]

_TALKS = frozenset({"meeting", "call", "multilateral", "agreement"})


def _embedded(tok: Token) -> bool:
    """``tok`` is in a subordinate clause ("X met Y, who arrived yesterday"); the news a trailing
    tag reports ("Talks were held in Bishkek on May 26, the press service reports") is the lead's own."""
    return any(cur.dep_ in {"relcl", "acl", "advcl", "ccomp", "pcomp"} and not _reported_news(cur)
               for cur in ancestors(tok, 12))


def _reported_news(clause: Token) -> bool:
    head = clause.head
    return clause.dep_ == "ccomp" and clause.i < head.i and head.dep_ == "ROOT" \
        and head.lemma_.lower() in word_set("speech_verbs")


def news_day(state: DocState) -> str | None:
    """The day the lead reports, when it is not the publication day.

    "JAKARTA - Kallas pressed on Thursday for ..." published on Friday: what the report tells
    without a date of its own (talks held, a statement signed) happened on Thursday.
    """
    doc = state.doc
    if doc is None or state.published is None:
        return None
    leads = [s for s in doc.sents if (s.end_char > state.body_start or _headline(state, s)) and sum(
        t.pos_ in {"VERB", "AUX"} for t in s) and len(s) > 5][:2]  # not a bare dateline or headline
    if not leads:
        return None
    if len(leads) > 1 and _body_sentence(leads[0].text):
        leads = leads[:1]  # the lead is its first sentence; a headline above it counts with it
    lead = doc[leads[0].start:leads[-1].end]
    first = lead.start_char if _headline(state, leads[0]) else max(lead.start_char, state.body_start)
    for t in state.times:
        if first <= t.span[0] < lead.end_char \
                and is_day(t.start) and t.end in (None, t.start):
            span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
            if span is None or _embedded(span.root):
                continue  # "X met Y, who arrived yesterday": the lead's day is the meeting's
            day = PartialDate.parse(t.start or "").to_date()
            if 0 <= (state.published - day).days <= 6:
                return t.start
            return None
    return None


def _headline(state: DocState, sent: Span) -> bool:
    """The line right above the dateline, without a full stop: the report's headline (the
    dateline is a sentence of its own, ``dateline_cut.py``)."""
    if state.dateline is None:
        return False
    start = state.dateline.span[0]
    return sent.end_char <= start and not state.text[sent.end_char:start].strip() and not _body_sentence(sent.text)


def _body_sentence(text: str) -> bool:
    """A sentence of the story, not a headline: it ends with its full stop (or !, ?)."""
    return text.rstrip().endswith((".", "!", "?", '."', ".\u201d"))


@cache
def _duration(nouns: str, reach: int) -> re.Pattern[str]:
    """'a two-day visit', 'the three-day conference': two to seven days of a kind of engagement."""
    numbers = [w for w, n in words()["numbers"].items() if 2 <= n <= 7]
    return re.compile(rf"\b({alternation(numbers)}|[2-7])[- ]day\b[^.]{{0,{reach}}}?\b"
                      rf"(?:{alternation(word_list(nouns))})\b", re.I)


def _days(word: str) -> int:
    return number(word) or 0


def gathering_durations(state: DocState, events: list[EventDraft]) -> None:
    """'the two-day conference' opened on a known day: it ends N-1 days later."""
    gatherings = [e for e in events if e.kind == "gathering" and is_day(e.date_start)
                  and e.date_end in (None, e.date_start) and e.date is not None]
    if len(gatherings) != 1:
        return
    for match in _duration("gathering_duration_nouns", 30).finditer(state.text):
        start = PartialDate.parse(gatherings[0].date_start or "")
        gatherings[0].date_end = str(start.plus_days(_days(match.group(1)) - 1))
        return


def visit_durations(state: DocState, events: list[EventDraft]) -> None:
    """'a two-day visit' that started on a known day ends N-1 days later."""
    visits = [e for e in events if e.kind == "visit" and is_day(e.date_start)
              and (e.date_end in (None, e.date_start))]
    if not visits:
        return
    for match in _duration("visit_duration_nouns", 40).finditer(state.text):
        days = _days(match.group(1))
        near = [v for v in visits if v.sentence[0] <= match.start() < v.sentence[1]]
        targets = near or (visits if len(visits) == 1 else [])
        for visit in targets:
            start = PartialDate.parse(visit.date_start or "")
            visit.date_end = str(start.plus_days(days - 1))


def anaphoric_days(state: DocState, events: list[EventDraft]) -> None:
    """'Later that day', 'the next day': counted from the day of the engagement told just before.

    The time stage counts them from the last day the text names, which may be a background date
    ("who arrived on Monday"); the story's own thread is its dated engagements.
    """
    ordered = sorted(events, key=lambda e: e.trigger[0])
    for n, event in enumerate(ordered):
        offset = anaphoric_offset(event.date.text) if event.date is not None else None
        if offset is None or event.date_role:
            continue
        span = event.date.span if event.date is not None else (0, 0)
        if any(event.sentence[0] <= t.span[0] < span[0] and is_day(t.start) for t in state.times):
            continue  # "X, who arrived on Wednesday, was received that evening": that sentence's day
        same = next((e for e in ordered[:n] if e.date is not None and e.date.span == span
                     and e.sentence == event.sentence), None)  # (not a gathering lent the day it sets)
        if same is not None:  # "The next day, they co-chaired the council and signed a roadmap": one day
            event.date_start, event.date_end = same.date_start, same.date_end
            continue
        before = [e for e in ordered[:n] if is_day(e.date_start)
                  and e.date_end in (None, e.date_start) and e.kind != "gathering"
                  and (e.date is not None or e.date_from == "framed")
                  and (state.published is None or event.status == "planned"
                       or (e.date_start or "") <= state.published.isoformat())]
        lead = lead_event(ordered[:n])
        if before and all(behind_lead(e, lead) for e in before) and lead is not None:
            before = [lead]  # "... since the Declaration of April 7, 2022. The same day, X received Y": the lead's
        before = story_thread(before)
        if before:
            day = PartialDate.parse(story_day(state.doc, before, ordered[:n]).date_start or "").plus_days(offset)
            event.date_start = event.date_end = str(day)


def _explicit_day(event: EventDraft) -> bool:
    return event.date is not None and is_day(event.date_start) and event.date_end in (None, event.date_start)


def _same_noun(text: str, frame_offset: int, event: EventDraft) -> bool:
    """The frame's noun is the event's own trigger word ('Following the talks' and 'held talks')."""
    noun = re.match(r"[A-Za-z]+", text[frame_offset:frame_offset + 30])
    told = text[event.trigger[0]:event.trigger[1]].lower()
    return noun is not None and noun.group(0).lower() == told


def framed_dates(events: list[EventDraft], published: dt.date | None = None, text: str = "") -> None:
    """'During the talks, X invited Y'; 'Following the meeting, they signed': that event's date; of
    several told before, the one the noun names again ("held talks on Wednesday ... was received on
    Tuesday evening ... Following the talks, they signed": Wednesday's)."""
    for event in events:
        frame = event.frame
        if frame is None or event.date is not None:
            continue
        earlier = [e for e in events if e is not event and e.kind in frame.kinds and e.trigger[0] < frame.offset
                   and e.status == ("occurred" if event.kind == "invitation" else event.status)]
        if not earlier and event.kind == "invitation":  # "During the planned talks" is rare
            earlier = [e for e in events if e is not event and e.kind in frame.kinds and e.trigger[0] < frame.offset]
        if not earlier:
            continue
        days = [e for e in earlier if is_day(e.date_start)]
        thread = story_thread(days)  # "during which" in a recalled visit's own sentence still names it
        days = [e for e in days if any(e is t for t in thread) or e.sentence == event.sentence]
        # "Following the meeting" names the day's meeting, not "the commission's previous meeting in 2024"
        named = [e for e in days if text and _same_noun(text, frame.offset, e)]
        if frame.which == "setting":  # a bare "On the sidelines,": the gathering the story is at, first told
            ref = min(days or earlier, key=lambda e: e.trigger[0])
        else:
            ref = max(named or days or earlier, key=lambda e: e.trigger[0])
        if ref.date is None and ref.date_from != "framed" or not ref.date_start:
            continue
        multi_day = (ref.date_end or ref.date_start) != ref.date_start and is_day(ref.date_start)
        if frame.which == "eve":  # "On the eve of the talks": the day before they began
            if is_day(ref.date_start):
                event.date = ref.date
                event.date_start = event.date_end = str(PartialDate.parse(ref.date_start).plus_days(-1))
                event.date_from = "framed"
            continue
        if frame.day and ref.kind in {"visit", "gathering"} and is_day(ref.date_start):
            day = PartialDate.parse(ref.date_start).plus_days(frame.day - 1)  # "on the second day of the visit"
            if not multi_day or str(day) <= (ref.date_end or ""):
                event.date, event.date_from = ref.date, "framed"
                event.date_start = event.date_end = str(day)
            continue
        if ref.kind in {"visit", "gathering"} and multi_day and frame.which is None:
            if published is not None and (ref.date_end or "") < published.isoformat():
                event.date, event.date_from = ref.date, "framed"  # a visit over before the report
                event.date_start, event.date_end = ref.date_start, ref.date_end
            continue  # some day of a multi-day visit: not known
        event.date = ref.date
        if frame.which == "last" and multi_day:  # "on the last day of his visit"
            event.date_start = event.date_end = ref.date_end
        else:
            event.date_start, event.date_end = ref.date_start, ref.date_start if ref.kind in {
                "visit", "gathering"} or frame.which == "first" else (ref.date_end or ref.date_start)
        event.date_from = "framed"


def _persons_shared(state: DocState, event: EventDraft, own: set[str]) -> int:
    theirs = set(event.own_parties or event.participants)
    return sum(state.actor(a).kind == "person" for a in theirs & own)


def narrative_dates(state: DocState, events: list[EventDraft], lead_day: str | None) -> None:
    """An undated occurred event told right after a dated meeting happened that day.

    "The ministers met in Tashkent on Monday. ... The two then signed a joint statement": the
    signing is Monday's, not the publication date. Talks held during a multi-day visit are not
    dated by the visit's first day.
    """
    ordered = sorted(events, key=lambda e: e.trigger[0])
    last: EventDraft | None = None
    dated: list[EventDraft] = []
    lead = lead_event(ordered)
    for event in ordered:
        if event.status != "occurred":
            continue
        if _explicit_day(event) or event.date_from == "framed" and is_day(event.date_start):
            if behind_lead(event, lead) or event.pluperfect:
                continue  # a day the story recalls after its lead ("had spoken on May 5"): not the next one's
            if event.kind in _TALKS or last is None and (
                    event.kind == "visit" and event.date_end in (None, event.date_start)
                    and lead_day is None):  # the lead's day beats an arrival told in passing
                last = event  # a meeting's day; an arrival's day only before any meeting is dated
                dated.append(event)
            continue
        if event.date is None and last is not None and event.kind not in {"gathering", "visit"} \
                and not event.pluperfect and not event.at_invitation \
                and (event.kind != "invitation" or last.kind in _TALKS):
            # the latest dated meeting this event shares a party with, else the latest one
            own = set(event.own_parties or event.participants)
            shared = [(k, n, e) for n, e in enumerate(dated)
                      if (k := _persons_shared(state, e, own))]
            # the meeting of the same people (most shared, then latest), else the latest meeting
            source = max(shared, key=lambda x: (x[0], x[1]))[2] if shared else last
            if not shared and _elsewhere(event, source):
                continue  # "In Astana, the deputy prime minister met ...": another scene, the report's day
            event.date_start = event.date_end = source.date_start
            event.date_from = "narrative"


def past_visit_days(state: DocState, events: list[EventDraft]) -> None:
    """Talks told after a visit whose days are over before the report, with no day of their own.

    "The Emir paid a state visit to Rwanda from 8 to 10 September. He held talks with President
    Kagame" in a report of 16 September: the talks are of those days (as "During the visit" would
    say), not of the report's day. Only when nothing dated them since the visit was told.
    """
    if state.published is None:
        return
    today = state.published.isoformat()
    ordered = sorted(events, key=lambda e: e.trigger[0])
    visit: EventDraft | None = None
    for event in ordered:
        if event.kind == "visit" and event.status == "occurred" and event.date is not None \
                and is_day(event.date_start) and is_day(event.date_end) and event.date_start != event.date_end:
            visit = event if (event.date_end or "") < today else None
            continue
        if event.date_from in {"text", "framed", "narrative", "setting"} and event.kind in _TALKS:
            visit = None  # the story has moved on to a day of its own
            continue
        if visit is None or event.kind not in {"meeting", "multilateral", "agreement"} \
                or event.status != "occurred" or event.date is not None or event.date_from != "published" \
                or event.pluperfect or _elsewhere(event, visit):
            continue
        own = set(event.own_parties or event.participants)
        if _persons_shared(state, visit, own) or len(event.countries) > 1 and set(event.countries) <= set(visit.countries):
            event.date_start, event.date_end = visit.date_start, visit.date_end
            event.date_from = "framed"


def _elsewhere(event: EventDraft, dated: EventDraft) -> bool:
    """The event's own clause places it in another country than the dated engagement."""
    return event.place_from == "text" and event.place is not None and dated.place is not None \
        and bool(event.place.country) and event.place.country != dated.place.country


def planned_in_visit(state: DocState, events: list[EventDraft]) -> None:
    """Planned talks or signings with no date of their own, told with a dated planned visit.

    "The Amir will pay a state visit to Rwanda on 8-9 December. He is due to hold talks with
    President Kagame": the talks belong to the visit and take its days.
    """
    visits = [e for e in events if e.kind == "visit" and e.status == "planned" and e.date is not None
              and e.date_start]
    talks = [e for e in events if e.kind in {"meeting", "multilateral"} and e.status == "planned"
             and _explicit_day(e)]
    for event in events:
        if event.status != "planned" or event.date_start or event.kind not in _TALKS:
            continue
        own = set(event.own_parties or event.participants)
        held = [t for t in talks if t.trigger[0] < event.trigger[0] and (
            _persons_shared(state, t, own) or set(event.countries) <= set(t.countries))]
        if event.kind == "agreement" and held:  # "... talks on June 11. The ministers will then sign"
            event.date_start = event.date_end = held[-1].date_start
            event.date_from = "framed"
            continue
        tied = [v for v in visits if (v.trigger[0] < event.trigger[1] or v.sentence == event.sentence) and (  # "will
            # sign the treaty during a visit by X to Dushanbe, expected in mid-April"
            _persons_shared(state, v, own) or set(v.countries) & set(event.countries)
            and (len(set(event.countries) - set(v.countries)) == 0 or v.sentence == event.sentence))]  # "are to
        # sign an agreement during a visit by the Omani minister later this month": the visit's host comes later
        if len({(v.date_start, v.date_end) for v in tied}) == 1:  # one visit (or its mentions)
            event.date_start, event.date_end = tied[-1].date_start, tied[-1].date_end or tied[-1].date_start
            event.date_from = "framed"


def planned_ahead(state: DocState, events: list[EventDraft]) -> None:
    """'announced plans for a summit on April 28' in a report of 15 April 2025: a planned engagement's
    day told by its month and no year is the next such day (2025-04-28), not the last one that the
    clause's past tense gave it (not "the forum, first planned for January, was postponed"); so is
    the month of a headline's "X to visit China in April"."""
    published = state.published
    if published is None:
        return
    months = words()["months"]
    put_off = [w for w in words()["deferral_verbs"]] + ["originally", "initially", "first planned", "was planned"]
    for event in events:
        if event.kind == "invitation" or event.status != "planned" or event.date is None or event.date_from != "text" \
                or not event.date_start:
            continue
        sentence = state.text[event.sentence[0]:event.sentence[1]].lower()
        if any(re.search(rf"\b{w}\b", sentence) for w in put_off):
            continue
        said = (event.date.text or "").lower()
        if re.search(r"\d{4}|'\d\d", said) or not any(w in months for w in re.findall(r"[a-z]+", said)):
            continue  # a year told, or no month ("on Monday", "next week")
        today = published.isoformat()
        if (event.date_end or event.date_start) >= today[:len(event.date_start)] or not _nearer_ahead(
                event.date_start, published):
            continue  # "the summit, slated for December 3" in a report of December 10: that December 3
        event.date_start = f"{int(event.date_start[:4]) + 1}{event.date_start[4:]}"
        if event.date_end:
            event.date_end = f"{int(event.date_end[:4]) + 1}{event.date_end[4:]}"


def _nearer_ahead(start: str, published: dt.date) -> bool:
    """The same day a year later is nearer the report than the day resolved before it."""
    try:
        year, month, day = (int(start[:4]), int(start[5:7]), int(start[8:10]) if len(start) >= 10 else 1)
        before, after = dt.date(year, month, day), dt.date(year + 1, month, day)
    except ValueError:  # 29 February
        return False
    return (after - published).days < (published - before).days
