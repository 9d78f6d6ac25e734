"""One event per real-world engagement within a document."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.candidates import Candidates
from dateline.extract.events.clause import own_future
from dateline.extract.events.continuity import story_goes_on
from dateline.extract.events.counterpart_talks import talks_with_counterpart
from dateline.extract.events.gathering_sittings import sitting_told_again
from dateline.extract.events.journeys import trip_purpose
from dateline.extract.events.occasions import planned_lender
from dateline.extract.events.participants import countries_of, non_state
from dateline.extract.events.place import merged_place
from dateline.extract.events.ratifications import signing_told_again
from dateline.extract.events.rounds import one_of_a_series
from dateline.extract.events.sameness import (
    dates_compatible,
    same_engagement,
    trip_talks_told_again,
    with_members,
)
from dateline.extract.events.sides import deputy_stand_in, not_lent, two_sides
from dateline.extract.events.signers import signed_by_all, states_sign
from dateline.extract.events.signings import told_signers
from dateline.extract.events.travellers import new_traveller
from dateline.extract.events.visit_stories import another_story
from dateline.extract.events.words import word_set
from dateline.extract.places import igo_codes, is_state_code
from dateline.extract.syntax import token_at
from dateline.extract.time.values import PartialDate, is_day, precision_of

__all__ = ["merge_events"]

def _precision(event: EventDraft) -> int:
    """How exact a date is: a day beats a range of days beats a month beats a year."""
    start, end = event.date_start or "", event.date_end or event.date_start or ""
    if event.date is None and start:
        return 1  # the publication-date default
    if event.date_from == "setting":
        return 2  # the day of a meeting held on the sidelines of the gathering
    known = precision_of(start)
    rank = (known + 1) * 2 if known is not None else 0  # a year (4) above the two defaults
    if event.kind in {"gathering", "visit", "multilateral"}:  # a conference's full span beats its opening day
        return rank + (1 if start != end else 0)
    return rank + (1 if start == end else 0)


_TALKS = {"meeting": ("meeting", "multilateral"), "multilateral": ("meeting", "multilateral"),
          "call": ("call",), "visit": ("visit",)}
_ONE_DAY = {"meeting", "call", "agreement", "invitation"}


def _inside(day: EventDraft, span: EventDraft) -> bool:
    """``day``'s date is one day strictly inside ``span``'s stated range of days."""
    start, end = span.date_start or "", span.date_end or span.date_start or ""
    d = day.date_start or ""
    return is_day(start) and is_day(end) and is_day(d) and start != end and day.date_end in (None, d) \
        and start <= d <= end


def _absorb(state: DocState, into: EventDraft, other: EventDraft, *, parties: bool = True) -> None:
    into.attendees = list(dict.fromkeys([*into.attendees, *other.attendees]))  # "during the forum, X met Y"
    into.witnesses = list(dict.fromkeys([*into.witnesses, *other.witnesses]))  # "in the presence of X"
    if not parties:
        other = replace(other, source=[], recipient=[], participants=[], countries=[])
    told = [state.actor(a).name.split()[-1:] for a in into.participants if state.actor(a).kind == "person"]
    again = {a for a in other.participants if state.actor(a).kind == "person" and not state.actor(a).country
             and any(n and n[0].endswith(state.actor(a).name.split()[-1]) for n in told)}
    if again:  # "Mr. Roed-Larsen" is Terje Roed-Larsen, told already
        other = replace(other, source=[a for a in other.source if a not in again],
                        recipient=[a for a in other.recipient if a not in again])
    into.source = list(dict.fromkeys(into.source + [s for s in other.source if s not in into.recipient]))
    into.recipient = list(dict.fromkeys(into.recipient + [r for r in other.recipient if r not in into.source]))
    into.participants = list(dict.fromkeys(into.source + into.recipient))
    into.retold_parties = list(dict.fromkeys([*into.retold_parties, *(  # "after a meeting of the two countries'
        a for a in other.own_parties or [] if a in into.participants)]))  # ministers in Moscow. X held talks with Y"
    into.countries = sorted(set(countries_of(state, into.participants)) | set(into.countries)
                            | (set(other.countries) if into.kind != "gathering" else set()))
    if other.date_role == "end" and is_day(into.date_start) \
            and into.date_start <= (other.date_end or "") and into.kind in {"visit", "gathering"}:
        into.date_end = other.date_end  # "the forum, which closes on Thursday": its last day
    elif other.date_start and (not into.date_start or _precision(other) > _precision(into)) \
            and (other.status == into.status or other.date is not None):  # not a default across statuses
        into.date, into.date_start, into.date_end = other.date, other.date_start, other.date_end
    elif into.kind in _ONE_DAY and _inside(other, into):
        into.date_start = into.date_end = other.date_start  # "this week for talks" ... "later met": that day
    merged_place(into, other)
    if into.kind == "gathering" and into.status == "occurred" and other.status == "planned" and into.date is None \
            and state.doc is not None and (tok := token_at(state.doc, other.trigger[0])) is not None and (
                own_future(tok) or _to_attend(tok)):
        into.status = "planned"  # "en route to Chile for the APEC summit ... the summit, which begins Saturday"
        if into.date_from == "published":
            into.date_start = into.date_end = None  # the report's day was only the default of an occurred one
    elif into.kind == "gathering" and into.status == "planned" and other.status == "occurred" and other.date is not None \
            and other.date_from == "text" and state.published is not None \
            and (other.date_start or "9") <= state.published.isoformat():
        into.status = "occurred"  # "who is in Antalya to take part in the forum ... The forum, which opened on Friday"
    if not into.name and other.name:
        into.name = other.name
    elif into.name and other.name and len(other.name) > len(into.name):
        into.name = other.name
    into.confidence = min(0.98, into.confidence + 0.05)


def _to_attend(tok: Token) -> bool:
    """'invited Xi to attend the SCO summit', 'will take part in the summit': a gathering someone is to
    attend is ahead (the draft is planned by the verb that asks or schedules the attending)."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in {"dobj", "pobj"} and verb.lemma_.lower() in word_set("attending_lemmas") and verb.tag_ in {"VB", "VBG"}


def _begins_after(event: EventDraft, draft: EventDraft) -> bool:
    """``event``'s first day is after ``draft``'s last, as far as both are known."""
    if not event.date_start or not draft.date_start:
        return False
    start, last = PartialDate.parse(event.date_start), PartialDate.parse(draft.date_end or draft.date_start)
    p = min(start.precision, last.precision)
    return str(start.coarsen(p)) > str(last.coarsen(p))


def _backref_target(events: list[EventDraft], draft: EventDraft, noun: str = "") -> EventDraft | None:
    if (sitting := sitting_told_again(events, draft, noun)) is not None:
        return sitting  # "The 11th meeting of the Council of ... The meeting brought together ..."
    if draft.kind == "gathering" and noun:
        # "the conference" is the gathering named a conference, not COP29 told in between
        named = [e for e in events if e.kind == "gathering" and e.name and noun in e.name.lower()]
        if named:  # of those, the last not begun after the draft's days ("will close on 16 July": not the 2028 one)
            return next((e for e in reversed(named) if not _begins_after(e, draft)), named[-1])
    kinds = {draft.kind} | ({"multilateral", "meeting"} if draft.kind in {"meeting", "multilateral"} else set())
    if draft.kind == "gathering" and not any(e.kind == "gathering" for e in events):
        kinds.add("multilateral")  # "The meeting of the CIS Council of Heads of State ... The summit was attended by"
        if noun in word_set("bilateral_sittings"):
            kinds.add("meeting")  # "held talks on Tuesday ... At the end of the session, the two ministers signed"
    if draft.kind == "meeting":
        kinds |= {"visit"} if not any(e.kind == "meeting" for e in events) else set()
    found = [e for e in reversed(events) if e.kind in kinds and (e.kind != "visit" or draft.kind == "visit")]
    # "The visit will end on Tuesday": the visit of those days, not one told in passing ("since 2019")
    return next((e for e in found if dates_compatible(e, draft)), found[0] if found else None)


def _other_story(state: DocState, draft: EventDraft, lend: EventDraft) -> bool:
    """``lend`` is no engagement of the story ``draft`` is told in: its parties are not the draft's."""
    return another_story(state, draft, lend) or new_traveller(state, draft, lend) or not story_goes_on(state, lend, draft)


def _outsider(state: DocState, draft: EventDraft, lend: EventDraft | None) -> str | None:
    """The one party a draft names serves a state the last engagement does not include: as the
    subject ('source': the other side is not that engagement's) or as the object ('recipient':
    only the traveller of that engagement can be its subject)."""
    if lend is None or draft.kind not in {"meeting", "call", "agreement"} or len(draft.participants) != 1:
        return None
    codes = set(countries_of(state, draft.participants))
    if not codes or not lend.countries or codes & with_members(lend.countries):
        return None
    return "source" if draft.participants[0] in draft.source else "recipient"


def _elsewhere(state: DocState, visit: EventDraft, actor_id: str) -> bool:
    """A visit the text sends to a stated place in another state than ``actor_id`` serves (and
    ``actor_id`` is no compatriot of the visitor's: 'the Indonesian ministers arrived in Canberra')."""
    country = state.actor(actor_id).country
    return visit.kind == "visit" and visit.place is not None and visit.place_from in {"text", "destination"} \
        and bool(visit.place.country) and bool(country) and country != visit.place.country \
        and country not in countries_of(state, visit.source)


def _with_non_state(state: DocState, event: EventDraft) -> bool:
    """'met with opposition leader X': the talks have a side that is no state (drop them)."""
    if event.kind not in {"meeting", "call"}:
        return False
    others = [a for a in event.participants if non_state(state, a)]
    if not others:
        return False
    kept = [a for a in event.participants if a not in others]
    persons = [a for a in kept if state.actor(a).kind == "person"]
    # "met the chairman of Taiwan's main opposition party, Lien Chan": the state named in the
    # non-state person's phrase is no side; the officials' states are
    return len(set(countries_of(state, persons or kept))) < 2


def _pair_group(state: DocState, draft: EventDraft) -> bool:
    """'talks between the two Koreas': the draft's parties are groups told as a pair of two known
    states ('two', 'both', 'North and South Korea'; not the Quartet, whose other members are bodies)."""
    groups = [state.actor(a) for a in draft.participants]
    return all(g.members for g in groups) and len({c for g in groups for c in g.members or ()}) == 2 and all(
        set(re.findall(r"[a-z]+", state.text[lo:hi].lower())) & {"two", "both", "and"} for g in groups
        for lo, hi in g.mentions[:1])


def merge_events(state: DocState, drafts: list[EventDraft]) -> list[EventDraft]:
    """Merge mentions of one engagement; participant-less mentions inherit from the last event."""
    events: list[EventDraft] = []
    told = Candidates(state, events)
    last_main: EventDraft | None = None
    pending: EventDraft | None = None  # a dated mention whose parties the text names next
    for draft in drafts:
        if pending is not None and draft.date is None and draft.kind in _TALKS.get(pending.kind, ()) \
                and draft.participants:
            # "The foreign ministers of the five states met on Friday. The talks were hosted by X
            # and attended by ...": the date is told with the first mention, the parties with the next.
            draft.date, draft.date_start, draft.date_end = pending.date, pending.date_start, pending.date_end
            draft.date_from = pending.date_from
            if draft.place is None:
                draft.place = pending.place
        pending = None
        if draft.backref:
            target = _backref_target(events, draft, state.text[draft.trigger[0]:draft.trigger[1]].lower())
            if target is not None:
                if target.kind == "agreement":
                    if signing_told_again(state, target, draft):  # "ratified the agreement on Wednesday.
                        target.date, target.date_start, target.date_end = draft.date, draft.date_start, draft.date_end
                        target.date_from = draft.date_from  # The agreement was signed in February 2024"
                    _absorb(state, target, told_signers(state, target, draft))  # "reached the agreement Wednesday"
                    told.refresh(target)
                    continue
                if target.kind in {"multilateral", "gathering"} or len(target.participants) < 2:
                    # "the meeting, attended by the ministers of ..."; "the two-day conference is
                    # held on the margins of COP29" (a gathering's back-reference adds no parties)
                    _absorb(state, target, draft, parties=draft.kind != "gathering")
                    told.refresh(target)
                    continue
                if draft.date_role == "end" and target.kind == "visit" and target.date_start \
                        and target.date_start <= (draft.date_end or ""):
                    target.date_end = draft.date_end  # "The visit will last until Thursday"
                elif (target.date_start is None or target.date is None and target.date_from == "published"
                      and is_day(draft.date_start)) and draft.date_start and draft.date is not None:
                    # "The talks took place on Wednesday" (a day: not "The meeting followed X's visit in May")
                    target.date, target.date_start, target.date_end = draft.date, draft.date_start, draft.date_end
                    target.date_from = draft.date_from
                continue
        states = [c for c in draft.countries if is_state_code(c)]
        mediated = len(states) == 2 and any(c in igo_codes() for c in draft.countries) and bool(
            set(re.findall(r"[a-z]+", state.text[draft.sentence[0]:draft.sentence[1]].lower()))
            & word_set("mediation_words"))
        if draft.kind == "meeting" and not two_sides(state, draft) and (
                len(states) >= 3 or mediated or draft.participants and all(
                    state.actor(a).kind == "group" or state.actor(a).kind == "organization" and state.actor(a).acronym
                    for a in draft.participants) and not _pair_group(state, draft)):
            # "the foreign ministers of the Pacific Alliance met"; "Sudan and South Sudan are holding talks
            # mediated by the African Union": three parties
            draft.kind = "multilateral"
        if draft.kind == "agreement" and draft.collective and len(states) < 3:
            signed_by_all(events, draft)  # "The three sides signed a memorandum"
        bilateral = next((e for e in reversed(events) if e.kind in {"visit", "meeting", "call"}), None)
        if draft.kind == "meeting" and bilateral is not None:
            last_main = bilateral
        if draft.kind == "visit" and last_main is not None and last_main.kind == "multilateral":
            last_main = None if len(draft.countries) >= 2 else last_main
        if draft.own_parties is None:
            draft.own_parties = list(draft.participants)  # before borrowing any
        lend = last_main
        if draft.status == "planned" and not draft.participants and draft.kind in {"meeting", "multilateral"}:
            lend = planned_lender(events, draft, last_main)  # "agreed to hold the next trilateral meeting in Tbilisi"
            if lend is not None and lend is not last_main and last_main is not None and lend.kind == draft.kind and (
                    _other_story(state, draft, lend) or last_main.kind == "visit" and last_main.trigger > lend.trigger
                    and not one_of_a_series(state, draft)) and not _other_story(state, draft, last_main):
                lend = last_main  # "X has arrived in Y ... The two leaders are expected to hold talks": the visit's
        if lend is not None and draft.kind == "visit" and draft.date is not None and draft.participants \
                and not dates_compatible(draft, lend):
            lend = None  # "his previous trip to Vienna in May": that visit's host is not today's
        outsider = _outsider(state, draft, lend)
        if outsider == "source":
            lend = None  # "Ukrainian President X met with faction leaders": not the last talks' parties
        if lend is not None and _other_story(state, draft, lend):
            lend = None  # "X told reporters in Beirut": X's stay, not the last story's people; a new story
        if (again := talks_with_counterpart(state, events, draft)) is not None:
            lend, outsider = again, None  # "X met A and B. ... In the meeting with B, ...": X's talks with B
        stateless = draft.kind == "agreement" and not countries_of(state, draft.participants)  # "a memorandum on X,
        # signed by A and B" (no state told for either): the story's states sign it, A and B for them
        if (len(draft.participants) < 2 or stateless) and lend is not None and not draft.igo_meeting and draft.kind in {
                "meeting", "visit", "call", "agreement", "multilateral"} and not (draft.kind == "multilateral" and any(
                state.actor(a).acronym for a in draft.participants)):  # "the AU postponed a meeting": its members'
            last_main = lend
            for lent_id in last_main.participants:
                actor_id = deputy_stand_in(state, draft, lent_id)  # "the vice ministers of both countries": their states
                if outsider == "recipient" and lent_id not in last_main.source:
                    continue  # "the envoy spoke after meeting with Syrian President X": the traveller's talks
                if _elsewhere(state, draft, actor_id) and lent_id not in last_main.source:
                    continue  # "Earlier, he visited Damascus": the last talks' Turkish host is not its host
                if (draft.travel or draft.further) and lent_id not in last_main.source \
                        or not_lent(state, draft, last_main, actor_id):
                    continue  # the traveller goes somewhere new, or meets others: the last host is not this one's
                if draft.kind == "agreement" and state.actor(actor_id).kind == "person" and states_sign(state, draft, last_main):
                    home = state.country_actor(state.actor(actor_id).country)  # "They reviewed the memorandum signed in 2021"
                    if home is not None and home.id not in draft.participants and home.id not in last_main.participants:
                        draft.recipient.append(home.id)  # their states, not their people
                    continue  # "The two sides signed", "In 2019, the two countries signed": not the talks' people
                if actor_id not in draft.participants:
                    (draft.source if lent_id in last_main.source and not draft.source
                     else draft.recipient).append(actor_id)
            draft.participants = list(dict.fromkeys(draft.source + draft.recipient))
            draft.countries = countries_of(state, draft.participants)
            if draft.kind == "visit" and draft.place is not None and draft.place.country and draft.place_from != "seat":
                draft.countries = sorted({*draft.countries, draft.place.country})  # the host state
            draft.confidence -= 0.1
            travellers = [a for a in draft.source if state.actor(a).kind == "person"] or lend.participants
            if draft.travel and draft.place is not None and any(state.actor(a).country == draft.place.country and (
                    a in draft.source or lend.place is None or lend.place.country != draft.place.country)
                    for a in travellers if state.actor(a).kind == "person"):
                continue  # "the guests will tour the old town before leaving for Astana": home (not a host met there)
        if not draft.participants and draft.kind not in {"gathering"} and not (draft.kind == "agreement" and draft.frame):
            if draft.kind in _TALKS and draft.date is not None and draft.status == "occurred":
                pending = draft
            continue
        target = next((e for e in told.of(draft) if same_engagement(state, e, draft)), None)
        if target is not None:
            if target.status != draft.status and trip_talks_told_again(state, target, draft) and state.doc is not None \
                    and (tok := token_at(state.doc, target.trigger[0])) is not None and trip_purpose(tok):
                target.status = draft.status  # "arrived for talks ... is expected to meet Y": as told in detail
            _absorb(state, target, draft)
            told.refresh(target)
            continue
        told.add(draft)
        if draft.kind in {"visit", "meeting", "call", "multilateral"}:
            last_main = draft
    # Talks are between states: a businessman or an opposition leader is no party.
    events = [e for e in events if not _with_non_state(state, e)]
    # Talks need two parties (a multilateral meeting of an IGO stands for its members).
    events = [e for e in events if not (
        e.kind in {"meeting", "call"} and len(e.participants) < 2
        or e.kind == "multilateral" and len(e.participants) < 2 and not any(
            state.actor(a).kind in {"organization", "group"} for a in e.participants))]
    # Engagements are between states: not a president with his premier.
    return [e for e in events if not _at_home(state, e)]


def _at_home(state: DocState, event: EventDraft) -> bool:
    """'a call between the Lebanese president and his prime minister': every person of one state, no
    other state told."""
    if event.kind in {"meeting", "call"}:
        persons = {a for a in event.participants if state.actor(a).kind == "person"}
        homes = {state.actor(a).country for a in persons}
        named = {m.actor_id for m in state.mentions_in(*event.sentence) if m.kind in {"name", "surname"}}
        # both named in the clause's sentence ("the two speakers last met" may be read wrong)
        return len(persons) >= 2 and persons <= named and len(homes) == 1 and None not in homes \
            and set(event.countries) <= homes
    return False
