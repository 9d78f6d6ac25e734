"""Talks held at a gathering are where the gathering is; a gathering held on a journey or a visit is where it went.

"The presidents reached the agreement at a summit hosted by X in Tripoli", "the ministers met on
the sidelines of the forum in Davos": the agreement and the meeting name no place of their own, the
gathering they are set at does. "On the sidelines, X met Y" with no gathering named is set at the
gathering of its status told just before; "on the margins of the conference" at the gathering that
noun told before (a document signed "following the talks in X" is placed by :mod:`.signings`).
Then, in one pass each over the document's events:

- a gathering the clause of a journey sends its traveller to is where the journey goes ("left for
  Dushanbe to take part in the meeting of the CIS Council");
- a gathering held "as part of the visit" is where the visit went;
- a report of a gathering frames the talks its attendees hold while there: talks with no place of
  their own (or only the dateline's), during its days, with one of its attendees, are there;
- talks set at an organisation's gathering that is still placed nowhere are not where the report
  is from either ("ANKARA - Erdogan met Putin on the sidelines of the SCO summit": the gathering
  is not said to be in Turkey, so neither are the talks).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from functools import cache

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.place import is_country
from dateline.extract.events.sidelines import set_beside
from dateline.extract.events.words import word_set
from dateline.extract.places import igo_codes
from dateline.extract.syntax import governing_verb, token_at
from dateline.extract.time.values import PartialDate

__all__ = ["gathering_settings"]

_SET_AT = frozenset({"at", "during", "on", "in", "within", "as"})
_KINDS = frozenset({"meeting", "agreement", "multilateral"})
_NEAR = 2  # sentences: "On the sidelines" looks back this far for its gathering


@cache
def _frames() -> frozenset[str]:
    """'on the sidelines of', 'within the framework of', 'as part of': nouns that set a clause at what
    their of-phrase names."""
    return word_set("sideline_nouns") | word_set("framework_nouns") | word_set("part_nouns")


def _framed(obj: Token) -> Token:
    """The noun a frame's of-phrase names ('the sidelines of [the summit]'), else ``obj`` itself."""
    if obj.dep_ == "pobj" and obj.lemma_.lower() in _frames():
        return next((o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"), obj)
    return obj


def _setting_verb(trigger: Token) -> Token | None:
    """The verb a gathering noun is the setting of: 'at the summit', 'on the sidelines of the summit'."""
    cur = trigger
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _frames():
        cur = cur.head.head  # "on the sidelines of the summit", "as part of the summit"
    if cur.dep_ != "pobj" or cur.head.lower_ not in _SET_AT:
        return None
    return governing_verb(cur.head)


def _bare_sidelines(verb: Token) -> bool:
    """'On the sidelines, X met Y', 'on the margins of it': set at a gathering the clause does not name."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"on", "at"}:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in word_set("sideline_nouns") and not any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ in {"NOUN", "PROPN"} for o in c.children)
                    for c in obj.children):
                return True
    return False


def _named_setting(verb: Token) -> Token | None:
    """'on the margins of the conference', 'during the summit', 'within the framework of the forum':
    a gathering the clause is set at, told again by its bare noun (no name, no place of its own)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SET_AT:
            continue
        for obj in prep.children:
            noun = _framed(obj)
            framed = noun is not obj  # "on the sidelines of the council": any noun telling the gathering again
            if noun.dep_ == "pobj" and (framed or noun.lemma_.lower() in word_set("gathering_nouns")) \
                    and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children) \
                    and not any(c.pos_ == "PROPN" or c.ent_type_ or c.dep_ == "prep" for c in noun.children):
                return noun
    return None


def _told_before(state: DocState, event: EventDraft, settings: list[EventDraft]) -> EventDraft | None:
    """The gathering (or multilateral meeting) told in the sentences just before ``event``'s."""
    assert state.doc is not None
    starts = [s.start_char for s in state.doc.sents]
    here = bisect_right(starts, event.sentence[0])
    before = [g for g in settings if g.sentence[1] <= event.sentence[0] and g.status == event.status]
    near = [g for g in before if here - bisect_right(starts, g.sentence[0]) <= _NEAR]
    # held talks are on the sidelines of a held gathering, not of the one planned just before
    return max(near or before, key=lambda g: g.sentence[0], default=None)


def _told_at(state: DocState, event: EventDraft) -> tuple[Token, Token] | None:
    """The event's trigger and the verb that governs it."""
    assert state.doc is not None
    trigger = token_at(state.doc, event.trigger[0])
    return (trigger, governing_verb(trigger)) if trigger is not None else None


def gathering_settings(state: DocState, events: list[EventDraft]) -> None:
    """Give talks with no place of their own the place of the gathering their clause is set at."""
    if state.doc is None:
        return
    gatherings = [g for g in events if g.kind in {"gathering", "multilateral"} and g.place is not None]
    for event in events:
        if event.kind not in _KINDS or event.place is not None and event.place_from not in {None, "dateline"}:
            continue
        if (at := _told_at(state, event)) is None:
            continue
        trigger, verb = at
        for gathering in gatherings:
            if gathering.sentence != event.sentence or gathering is event:
                continue
            where = token_at(state.doc, gathering.trigger[0])
            if where is None or gathering.kind == "multilateral" and not set_beside(trigger, where):
                continue  # a body's sitting sets only the talks told on its sidelines
            if gathering.kind == "multilateral" or (setting := _setting_verb(where)) is not None and setting.i == verb.i:
                event.place, event.place_from = gathering.place, "text"  # told, through the gathering
                break
        else:
            settings = [g for g in events if g.kind in {"gathering", "multilateral"} and g.place is not None
                        and g is not event]
            told, anaphoric = None, None
            if event.kind != "multilateral" and _bare_sidelines(verb):
                told = _told_before(state, event, settings)
            elif (anaphoric := _named_setting(verb)) is not None:  # "on the margins of the conference"
                told = max((g for g in settings if g.sentence[1] <= event.sentence[0]
                            and _same_noun(state, g, anaphoric) and not (event.status == "occurred" and g.status == "planned")),
                           key=lambda g: g.sentence[0], default=None)
            if told is not None:
                # "On the sidelines, X met Y": the gathering's place, told in another clause
                event.place, event.place_from = told.place, "text" if anaphoric is None else "setting"
    journeys_to(state, events)
    visit_settings(state, events)
    attendees_talks(state, events)
    unplaced_settings(state, events)


def unplaced_settings(state: DocState, events: list[EventDraft]) -> None:
    """Talks placed only by the dateline, set in their clause at an organisation's gathering placed
    nowhere, are placed nowhere too (see the module)."""
    assert state.doc is not None
    unplaced = [g for g in events if g.kind == "gathering" and g.place is None and set(g.countries) & igo_codes()]
    for event in events:
        if event.kind not in _KINDS or event.place_from != "dateline" or event.status != "occurred" \
                or (at := _told_at(state, event)) is None:
            continue
        verb = at[1]
        for gathering in unplaced:
            where = token_at(state.doc, gathering.trigger[0]) if gathering.sentence == event.sentence else None
            setting = _setting_verb(where) if where is not None else None
            if setting is not None and setting.i == verb.i:
                event.place, event.place_from = None, None
                break


def _in_visit(verb: Token) -> bool:
    """'As part of the visit, a business forum was held', 'during the trip', 'within the framework of
    his visit': the clause is set in a visit told before."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SET_AT:
            continue
        for obj in prep.children:
            noun = _framed(obj)
            if noun.dep_ == "pobj" and noun.lemma_.lower() in word_set("visit_nouns") and any(
                    c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "his", "her", "their"} for c in noun.children):
                return True
    return False


def visit_settings(state: DocState, events: list[EventDraft]) -> None:
    """A gathering held as part of a visit ('As part of the visit, a Kazakhstan-Italy business forum
    was held') is where the visit went, unless its own clause names a city."""
    assert state.doc is not None
    visits = [v for v in events if v.kind == "visit" and v.place is not None and v.place.country
              and v.place_from in {"text", "destination"}]
    for gathering in events:
        if gathering.kind != "gathering" or gathering.place is not None and gathering.place_from != "dateline" \
                and not is_country(gathering.place):
            continue
        tok = token_at(state.doc, gathering.trigger[0])
        if tok is None or not _in_visit(governing_verb(tok)):
            continue
        visit = max((v for v in visits if v.sentence[0] <= gathering.sentence[0] and v.status == gathering.status),
                    key=lambda v: v.sentence[0], default=None)
        if visit is not None and visit.place is not None:
            gathering.place, gathering.place_from = visit.place, "setting"
            gathering.countries = sorted({*gathering.countries, *[c for c in [visit.place.country] if c]})


_NOT_PURPOSE = frozenset({"after", "following", "before", "since", "from"})


def _told_as_purpose(journey: Token, tok: Token) -> bool:
    """'left for Dushanbe to take part in the meeting of the Council', 'arrived in Paris on a visit
    during which he will co-chair the summit': the gathering is in a clause the journey's verb
    governs (not 'left for Dushanbe after the summit')."""
    verb = governing_verb(tok)
    if verb.i == journey.i or not any(a.i == journey.i for a in verb.ancestors):
        return False
    return not any(a.lower_ in _NOT_PURPOSE for a in [tok, *tok.ancestors] if a.i != journey.i
                   and journey.i in {b.i for b in a.ancestors})


def journeys_to(state: DocState, events: list[EventDraft]) -> None:
    """A gathering the clause of a journey sends its traveller to is where the journey goes, when
    its own words say nothing else."""
    assert state.doc is not None
    for gathering in events:
        if gathering.kind not in {"gathering", "multilateral"} or gathering.place is not None \
                and gathering.place_from != "dateline":
            continue
        tok = token_at(state.doc, gathering.trigger[0])
        for visit in events:
            if visit.kind != "visit" or visit.sentence != gathering.sentence or visit.place is None \
                    or visit.place_from not in {"text", "destination"} or tok is None:
                continue
            journey = token_at(state.doc, visit.trigger[0])
            if journey is not None and _told_as_purpose(governing_verb(journey), tok):
                gathering.place, gathering.place_from = visit.place, "setting"
                if visit.place.country and visit.place.country not in gathering.countries \
                        and not gathering.igo_meeting and gathering.kind == "gathering":
                    gathering.countries = sorted({*gathering.countries, visit.place.country})
                break


def _same_noun(state: DocState, gathering: EventDraft, noun: Token) -> bool:
    """'the conference' tells again 'the Munich Security Conference' (its head noun), also its name's."""
    assert state.doc is not None
    head = token_at(state.doc, gathering.trigger[0])
    lemma = noun.lemma_.lower()
    if head is not None and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() == lemma:
        return True  # "the meeting" tells again "the 28th meeting of the Council of Foreign Ministers"
    return head is not None and head.lemma_.lower() == lemma or lemma in (gathering.name or "").lower().split()


def _persons(state: DocState, ids: list[str]) -> set[str]:
    return {a for a in ids if state.actor(a).kind == "person"}


def _during(gathering: EventDraft, event: EventDraft) -> bool:
    """The event's day (if told) falls in the gathering's days, a day either side."""
    if not event.date_start:
        return not event.pluperfect
    if not gathering.date_start:
        return False  # a talk of its own day beside a gathering of no known day: not told as part of it
    told, held = PartialDate.parse(event.date_start), PartialDate.parse(gathering.date_start)
    end = PartialDate.parse(gathering.date_end or gathering.date_start)
    if not (told.is_day and held.is_day and end.is_day):
        p = min(told.precision, held.precision)
        return str(told.coarsen(p)) == str(held.coarsen(p))
    day, first, last = told.to_date(), held.to_date(), end.to_date()
    return first - dt.timedelta(days=1) <= day <= last + dt.timedelta(days=1)


def attendees_talks(state: DocState, events: list[EventDraft]) -> None:
    """A report of a gathering frames the talks its attendees hold while there: 'X is attending the
    ECO summit in Khankendi. X is also scheduled to meet Y on Tuesday' is in Khankendi. A talk with
    no place of its own (or only the dateline's), told after the gathering, during its days, with one
    of its attendees (named at it or met on its sidelines), is where the gathering is."""
    open_: list[tuple[EventDraft, set[str]]] = []
    for event in sorted(events, key=lambda e: (e.sentence[0], e.kind not in {"gathering", "multilateral"}, e.trigger[0])):
        persons = _persons(state, event.participants + event.attendees)
        if event.kind in {"gathering", "multilateral"} and event.place is not None \
                and event.place_from not in {"dateline", "host"}:
            open_.append((event, set(persons)))
            continue
        if event.kind not in _KINDS or not persons:
            continue
        for gathering, attendees in reversed(open_):
            if event.place == gathering.place:
                attendees.update(persons)  # met on its sidelines: an attendee
                break
            if not persons & attendees:
                continue
            if event.place is None or event.place_from == "dateline":
                if _during(gathering, event) and (event.status == gathering.status or gathering.status == "occurred"):
                    event.place, event.place_from = gathering.place, "setting"
            break
