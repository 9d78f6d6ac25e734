"""The story frame: a report told around one visit lends its parties and its place to what follows.

"Mongolian Justice Minister X arrived in Vientiane on Monday at the invitation of his Lao
counterpart Y. At the bilateral meeting at the ministry, the sides discussed ... They signed a
memorandum ...": the meeting and the signing are X's and Y's, in Vientiane. ``tell_stories``
walks the document's events once, in text order, after merging and dating (no parse): a visit
opens a story (visitor, host state, hosts, place, period); the talks, signings and sub-visits
told after it that fit the story (a visitor takes part, or no one of a third state; within its
days; not elsewhere) are its members, and so are the talks a lead tells before an arrival told
as a stay. Without a visit, talks in a stated city abroad ("X met Iranian leaders in Tehran")
frame what follows the same way. A visit told in passing with an earlier date ("last visited
Jordan in November") neither joins nor ends the story. Then

- the visit's people are the visitor and the named hosts: the inviter, the one who received the
  guest, the host-side counterpart met or signing with the guest during the visit;
- a member that names one side only takes the other (the visitors, also for "talks were held with
  Prime Minister X"; the host of the talks told last, at first the visit's own or the story's one
  host, unless it names someone else: "was received by Emperor X", who stands for the host state);
- a member with no place of its own (or only the dateline's or the host country's) takes the
  story's: the city the visit went to, else the city a member states in the host state, else the
  dateline city when the report is told from the host state, else the host's capital when the
  talks were "at the ministry", else the host country when a named host stands for it;
- "the guests also visited the National Museum / the old city / Ganja" is the same visit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.counterparts_met import hosting
from dateline.extract.events.departures import journey_after, left_after
from dateline.extract.events.participants import countries_of
from dateline.extract.events.place import is_country
from dateline.extract.events.visit_stories import dated_before
from dateline.extract.landmarks import capital_of
from dateline.extract.places import country_name, lookup_place
from dateline.extract.syntax import token_at
from dateline.extract.time.values import PartialDate
from dateline.record import Place

__all__ = ["Story", "in_passing", "tell_stories"]

_MEMBERS = frozenset({"meeting", "agreement", "multilateral", "visit"})
_TALKS = frozenset({"meeting", "agreement"})
_WEAK_PLACES = frozenset({None, "dateline", "host", "seat"})


@dataclass
class Story:
    """One visit and the engagements told as part of it."""

    visit: EventDraft
    visitors: list[str]  # the visiting persons (actor ids)
    home: set[str]  # the visitors' states
    host: str  # the host state (ISO-3, or an IGO's code)
    hosts: list[str] = field(default_factory=list)  # host-side persons, in the order told
    members: list[EventDraft] = field(default_factory=list)
    dropped: list[EventDraft] = field(default_factory=list)  # sub-visits: the same visit
    implicit: bool = False  # opened by talks abroad ("X met Y in Tehran"), not by a visit
    inviters: list[str] = field(default_factory=list)  # "at the invitation of President X": the first host


def _open(state: DocState, visit: EventDraft) -> Story | None:
    """A visit with a named visitor and a known host state opens a story."""
    visitors = state.persons(visit.source)
    home = set(countries_of(state, visit.source))
    guests = _guests(state, visit)
    if guests and (not visitors or not home or visit.place is not None and visit.place.country in home):
        # "during Indian Foreign Minister X's visit to Tehran": the visitor is the one not of the destination
        visitors, home = guests, set(countries_of(state, guests))
        _set_parties(state, visit, guests, [a for a in visit.participants if a not in guests
                                             and state.actor(a).country not in home])
    if not visitors or not home:
        return None
    host = None
    if visit.place is not None and visit.place.country and visit.place_from in {"text", "destination"}:
        host = visit.place.country  # where the text sends the visitor
    if host is None:
        others = sorted({c for c in countries_of(state, visit.recipient) if c not in home}
                        or {c for c in visit.countries if c not in home})
        host = others[0] if len(others) == 1 else None
    if host is None or host in home:
        return None
    story = Story(visit, visitors, home, host)
    story.hosts = [a for a in state.persons(visit.recipient) if state.actor(a).country == host]
    return story


def _guests(state: DocState, visit: EventDraft) -> list[str]:
    """The persons of a visit told to a stated destination who are not of the destination's state ("Chinese
    President Hu Jintao's visit to Saudi Arabia": Hu), when they all serve one other state."""
    place = visit.place
    if place is None or not place.country or visit.place_from not in {"text", "destination"}:
        return []
    guests = [p for p in state.persons(visit.participants) if state.actor(p).country
              and state.actor(p).country != place.country]
    return guests if len({state.actor(p).country for p in guests}) == 1 else []


def in_passing(state: DocState, event: EventDraft) -> bool:
    """An engagement told in passing, of another time than the report's: told in the pluperfect, or
    dated by a month or a year of its own before the report's ("his previous visit to Baku was in July
    2024", "his first visit since 2016")."""
    if event.pluperfect:
        return True
    if event.date is None or not event.date_start or state.published is None:
        return False
    told = PartialDate.parse(event.date_end or event.date_start)
    return not told.is_day and str(told) < str(PartialDate.parse(state.published.isoformat()).coarsen(told.precision))


def _open_abroad(state: DocState, talks: EventDraft) -> Story | None:
    """'Erdogan has met Iranian leaders in Tehran': talks in a stated city abroad frame what follows, and
    so does a host's reception of a foreign guest at the dateline ('CAIRO - President X received King Y')."""
    place = talks.place
    if talks.kind != "meeting" or talks.place_from not in {"text", "dateline"} or place is None or not place.country:
        return None
    persons = state.persons(talks.participants)
    visitors = [p for p in persons if state.actor(p).country and state.actor(p).country != place.country]
    if not visitors or talks.place_from == "dateline" and (talks.status != "occurred" or not any(
            state.actor(p).country == place.country for p in persons)):
        return None  # "CAIRO - President X received King Y": a reception at the dateline frames what follows
    home = {c for p in visitors if (c := state.actor(p).country)}
    story = Story(talks, visitors, home, place.country, implicit=True)
    story.hosts = [p for p in persons if state.actor(p).country == place.country]
    return story


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    date = PartialDate.parse(value)
    return date.to_date() if date.is_day else None


def _within(story: Story, event: EventDraft) -> bool:
    """The event's own date (if any) falls in the visit's days (a day before to a few after)."""
    visit = story.visit
    if event.pluperfect or not event.date_start or event.date is None and event.date_from == "published":
        return not event.pluperfect
    if not visit.date_start:
        return True
    slack = 1 if visit.date is not None else 7  # a visit dated only by the report: looser
    start, end = _day(visit.date_start), _day(visit.date_end or visit.date_start)
    day = _day(event.date_start)
    if start is None or end is None or day is None:
        vs, es = PartialDate.parse(visit.date_start), PartialDate.parse(event.date_start)
        p = min(vs.precision, es.precision)
        return str(vs.coarsen(p)) == str(es.coarsen(p))
    last = max(end, start + dt.timedelta(days=3)) + dt.timedelta(days=slack - 1)
    return start - dt.timedelta(days=slack) <= day <= last


def _fits(state: DocState, story: Story, event: EventDraft) -> bool:
    """The event is told as part of the visit: its days, its status, its parties."""
    if event.kind not in _MEMBERS or event.at_invitation:
        return False
    if story.visit.status == "planned" and event.status != "planned":
        return False
    if not _within(story, event):
        return False
    if event.place_from in {"text", "destination"} and event.place is not None and event.place.country \
            and event.place.country != story.host:
        return False  # "then left for talks with Libyan officials in Tripoli": elsewhere
    if _before_journey(state, story.visit, event):
        return False  # "left for Ankara after talks with X": the talks were before the journey
    persons = state.persons(event.participants)
    if any(p in story.visitors for p in persons):
        return True
    states = set(event.countries)
    return states <= story.home | {story.host} and all(
        state.actor(p).country in story.home | {story.host} for p in persons)


def _before_journey(state: DocState, visit: EventDraft, event: EventDraft) -> bool:
    """The event is the 'after' phrase of the journey the visit is told by ("left for Ankara after talks",
    "After holding talks with X, Y will travel to Tanzania")."""
    tok = token_at(state.doc, event.trigger[0]) if state.doc is not None and event.sentence == visit.sentence else None
    departure = left_after(tok) if tok is not None else None
    journey = token_at(state.doc, visit.trigger[0]) if tok is not None and state.doc is not None else None
    return departure is not None and departure.idx == visit.trigger[0] or (
        tok is not None and journey is not None and journey_after(tok, journey))


def _sub_visit(state: DocState, story: Story, visit: EventDraft) -> bool:
    """'During the trip, the guests also visited the National Museum': the same visit."""
    if visit.status != story.visit.status:
        return False
    persons = state.persons(visit.source)
    if persons and not set(persons) & set(story.visitors):
        return False
    if any(state.actor(p).country not in story.home | {story.host} for p in state.persons(visit.participants)):
        return False
    place = visit.place
    return place is None or visit.place_from in _WEAK_PLACES or place.country == story.host


def _city(place: Place | None, host: str) -> bool:
    return place is not None and place.country == host and not is_country(place)


def _story_place(state: DocState, story: Story) -> Place | None:
    """The city the visit went to, a city a member states, the dateline's, else the host country."""
    visit = story.visit
    if _city(visit.place, story.host) and visit.place_from in {"text", "destination"}:
        return visit.place  # the city the visit went to (or the talks abroad were held in)
    for event in story.members:
        if event.place_from == "text" and _city(event.place, story.host) and event.kind != "visit" \
                and event.status == visit.status:  # not "on June 10 he will travel to Samarkand, where ..."
            return event.place
    dateline = state.dateline.resolved if state.dateline is not None else None
    if _city(dateline, story.host) and visit.status == "occurred":
        return dateline  # the story is told from the host's city
    if any(e.venue for e in [visit, *story.members]):
        capital = capital_of(story.host)  # "at the ministry", "at the presidential palace"
        if capital is not None:
            return capital
    if visit.place is not None and visit.place.country == story.host:
        return visit.place
    return lookup_place(country_name(story.host)) if story.hosts else None  # a named host's country


def _set_parties(state: DocState, event: EventDraft, source: list[str], recipient: list[str]) -> None:
    event.source = list(dict.fromkeys(source))
    event.recipient = [a for a in dict.fromkeys(recipient) if a not in event.source]
    event.participants = list(dict.fromkeys(event.source + event.recipient))
    event.countries = sorted(set(countries_of(state, event.participants)) | set(event.countries))


def _met_hosts(state: DocState, story: Story) -> None:
    """The host-side persons of the visit's talks once they have their visitors ('The Kazakh guests
    were received by X' names none until the story lends them), of a reception of several guests too."""
    for event in story.members:
        persons = state.persons(event.participants)
        if event.kind not in _TALKS | {"multilateral"} or not set(persons) & set(story.visitors) \
                or _signed_by_ministers(state, story, event):
            continue
        story.hosts.extend(p for p in persons if state.actor(p).country == story.host and p not in story.hosts)


def _settle(state: DocState, story: Story) -> None:
    visit = story.visit
    # the host of the talks told last ("Following the talks, the two signed"); at first the visit's own,
    last_host = story.inviters[:1] or [a for a in state.persons(visit.recipient) if state.actor(a).country
                                        == story.host][:1] or (
        story.hosts if len(story.hosts) == 1 else [])  # else the one host the story names
    for event in story.members:
        if event.kind not in _TALKS:
            continue
        persons = state.persons(event.participants)
        visitors = [p for p in persons if p in story.visitors]
        host_side = [p for p in persons if state.actor(p).country == story.host]
        third = [p for p in persons if p not in visitors and p not in host_side and state.actor(p).country]
        if host_side and visitors:
            last_host = host_side[:1]
        if third or set(event.countries) - story.home - {story.host}:
            continue  # a third party takes part: not the visit's talks
        if visitors and len(visitors) < len(persons) and not host_side:
            event.countries = sorted({*event.countries, story.host})  # "was received by Emperor X": the host's
        if not visitors and host_side and (set(event.countries) & story.home or event.sentence == visit.sentence
                                           or not event.source):  # "talks were held with Prime Minister X"
            _set_parties(state, event, story.visitors + event.source, event.recipient)
        elif visitors and len(visitors) == len(persons) and last_host and not event.further:
            # the visitors alone, not "also met with other officials" nor "was received by Emperor X"
            _set_parties(state, event, event.source, event.recipient + last_host)
        elif not persons and last_host:
            _set_parties(state, event, story.visitors + event.source, last_host + event.recipient)
        if host_side:
            last_host = host_side[:1]
    _met_hosts(state, story)  # "The guests were received by X": X is a host once the talks are the visitors'
    if (hosts := [a for a in story.hosts if a not in visit.participants]) and not story.implicit:  # the visitor and
        # the named hosts: who received him, his counterpart (counterparts_met.hosting), not every official he met
        _set_parties(state, visit, visit.source, [*visit.recipient, *hosting(state, visit, story.visitors, story.members, hosts)])
    place = _story_place(state, story)
    if place is None:
        return
    for event in [visit, *story.members]:
        if event.kind == "multilateral" and event.place is not None:
            continue  # a gathering of many is where the text puts it
        if event is visit and story.implicit and event.place is not None and event.place.name == place.name:
            continue  # the reception that opened the story ('CAIRO - X received Y') keeps where its place came from
        if event.place_from in _WEAK_PLACES or is_country(event.place) and not is_country(place) \
                and event.place is not None and event.place.country == place.country:
            event.place, event.place_from = place, "story"


def _a_stay(state: DocState, visit: EventDraft) -> bool:
    """The visit is told as a stay ('arrived in Minsk on Sunday on a working visit'), not as a stop
    on a tour told after the news ('Mr. Armitage visited northern Iraq on Saturday')."""
    tok = token_at(state.doc, visit.trigger[0]) if state.doc is not None else None
    return tok is None or not (tok.pos_ == "VERB" and tok.lemma_.lower() == "visit")


def _signed_by_ministers(state: DocState, story: Story, event: EventDraft) -> bool:
    """Signers a document's own words name, not the visitor ('signed by Minister A'): no hosts he met."""
    return event.kind == "agreement" and bool(event.signers) and not set(event.signers) & set(story.visitors)


def _join(state: DocState, story: Story, event: EventDraft) -> None:
    story.members.append(event)
    if event.kind in _TALKS and set(state.persons(event.participants)) & set(story.visitors) \
            and not _signed_by_ministers(state, story, event):
        story.hosts.extend(p for p in state.persons(event.participants)
                           if state.actor(p).country == story.host and p not in story.hosts)


def tell_stories(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """One pass over the events in text order; returns the events without the sub-visits.

    The talks a lead tells before the arrival ("X held talks today with Y. ... X, who arrived on
    Sunday, ...") wait for the first visit; a visit told in passing, dated before the story's,
    neither joins nor ends it.
    """
    stories: list[Story] = []
    story: Story | None = None
    lead: list[EventDraft] = []  # told before any visit
    # in text order, a sentence's visit first: "X held talks with Y, who is on a visit to Z"
    for event in sorted(events, key=lambda e: (e.sentence[0], e.kind != "visit", e.trigger[0])):
        if event.kind == "visit":
            if story is not None and not story.implicit and _within(story, event) \
                    and _sub_visit(state, story, event):
                story.dropped.append(event)
                continue
            if story is not None and not story.implicit and dated_before(event, story.visit):
                if event.place is None and set(state.persons(event.source)) & set(story.visitors):
                    # "his first visit to the country since 2016": the story's host country
                    event.place, event.place_from = lookup_place(country_name(story.host)), "story"
                continue
            opened = _open(state, event) if not in_passing(state, event) else None  # not "since 2021"
            if opened is not None:
                earlier = lead if not stories and _a_stay(state, event) else []
                if story is not None and story.implicit and (set(story.visitors) & set(opened.visitors) or (
                        story.visit.place_from == "dateline" and set(story.hosts) & set(opened.visitors))):
                    # "BAKU - Aliyev met Mirziyoyev in Khiva. Aliyev is in Uzbekistan on a state visit": the visit's
                    if not _within(opened, story.visit):
                        continue  # a visit of another time told in passing
                    # "X held talks in Minsk on Monday. X arrived on Sunday on a working visit": the visit's
                    earlier = [story.visit, *story.members]
                    stories.remove(story)
                story = opened
                story.inviters = [a for e in events if e.kind == "invitation" and e.at_invitation
                                  and e.sentence == event.sentence for a in state.persons(e.participants)
                                  if state.actor(a).country == story.host]  # "at the invitation of X"
                stories.append(story)
                for early in earlier:  # the lead's talks, told as the visit is (not a plan)
                    if early.status == event.status and _fits(state, story, early):
                        _join(state, story, early)
                continue
        if story is not None and _fits(state, story, event):
            _join(state, story, event)
            continue
        if story is None:
            lead.append(event)
        opened = _open_abroad(state, event) if story is None or story.implicit else None
        if opened is not None:  # talks abroad frame what follows, unless a visit does
            story = opened
            stories.append(story)
    for told in stories:
        told.members.sort(key=lambda e: e.trigger[0])
        _settle(state, told)
    dropped = {id(e) for s in stories for e in s.dropped}
    return [e for e in events if id(e) not in dropped]
