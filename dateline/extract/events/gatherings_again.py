"""A gathering told again, by its city or by a part of it, is the one told before.

"Delegates to an international conference on Afghanistan met on Tuesday. On the second day of the
London conference, Karzai told delegates ...": "the London conference" names no new gathering, only
where the conference told before (and placed nowhere) sits. A definite gathering whose name is only a
city and the gathering noun ("the London conference", "the Sharm el-Sheikh summit"), told after a
gathering of the same noun that has no place of its own, is that gathering: its place and host are the
city's, and it is one event. "Singh also addressed a plenary session of Asia's premier defence summit",
after "the Shangri-La Dialogue": a session of a gathering told by a description (no name of its own) is
a part of the one gathering told before it. "Jordan will host a regional conference next week ... Jordan
has invited officials from Syria, Egypt and Iraq to attend the meeting in Amman": a bare definite "the
meeting" planned right after a planned gathering is that gathering, and says where it sits. One pass
over the document's gatherings.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.place import is_country
from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import of_objects, token_at
from dateline.record import Place

__all__ = ["gatherings_named_by_city", "meetings_told_again", "parts_of_gatherings"]


def _city_name(trigger: Token) -> Place | None:
    """'the London conference': the city that with the definite article is the noun's only modifier."""
    mods = [c for c in trigger.children if c.i < trigger.i]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in mods) or any(
            c.dep_ == "prep" or c.dep_ in {"relcl", "acl"} for c in trigger.children):
        return None
    names = [c for c in mods if c.dep_ != "det"]
    if len(names) != 1 or names[0].dep_ != "compound" or names[0].ent_type_ != "GPE":
        return None
    words = trigger.doc[names[0].left_edge.i:names[0].i + 1].text
    place = lookup_place(words)
    return place if place is not None and place.country and not is_country(place) else None


def gatherings_named_by_city(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events with each 'the <city> <noun>' gathering folded into the unplaced one told before it."""
    doc = state.doc
    if doc is None:
        return events
    gone: set[int] = set()
    for later in events:
        trigger = token_at(doc, later.trigger[0]) if later.kind == "gathering" else None
        city = _city_name(trigger) if trigger is not None else None
        if trigger is None or city is None:
            continue
        earlier = [e for e in events if e.kind == "gathering" and id(e) not in gone and e.place is None
                   and e.trigger[0] < later.trigger[0] and (t := token_at(doc, e.trigger[0])) is not None
                   and t.lemma_.lower() == trigger.lemma_.lower()]
        if len(earlier) != 1:
            continue
        into = earlier[0]
        into.place, into.place_from = city, "text"
        into.countries = sorted({*into.countries, *(c for c in later.countries if c), city.country or ""} - {""})
        into.attendees = list(dict.fromkeys([*into.attendees, *later.attendees]))
        gone.add(id(later))
    return [e for e in events if id(e) not in gone]


def _part_of_described(trigger: Token) -> bool:
    """'a plenary session of Asia's premier defence summit', 'the closing session of the conference': a
    part of a gathering told by a common noun, no name of its own."""
    return trigger.lemma_.lower() in word_set("gathering_parts") and any(
        o.lemma_.lower() in word_set("gathering_nouns") and o.text.islower() for o in of_objects(trigger))


def parts_of_gatherings(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events with each part of a described gathering folded into the one gathering told before it."""
    doc = state.doc
    if doc is None:
        return events
    gone: set[int] = set()
    for later in events:
        trigger = token_at(doc, later.trigger[0]) if later.kind == "gathering" else None
        if trigger is None or not _part_of_described(trigger):
            continue
        earlier = [e for e in events if e.kind == "gathering" and e is not later and id(e) not in gone
                   and e.trigger[0] < later.trigger[0]]
        if len(earlier) != 1:
            continue
        earlier[0].attendees = list(dict.fromkeys([*earlier[0].attendees, *later.attendees, *(
            a for a in later.participants if state.actor(a).kind == "person")]))
        gone.add(id(later))
    return [e for e in events if id(e) not in gone]


def _bare_meeting(trigger: Token) -> bool:
    """'the meeting': the noun with the definite article alone (no name, number or kind of its own)."""
    return trigger.lower_ == "meeting" and all(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "prep"
                                               for c in trigger.children) and trigger.i > 0 \
        and trigger.doc[trigger.i - 1].lower_ == "the"


def meetings_told_again(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events with a planned 'the meeting' folded into the planned gathering told in the sentence
    before it (its place the gathering's when the gathering has none)."""
    doc = state.doc
    if doc is None:
        return events
    gone: set[int] = set()
    for later in events:
        trigger = token_at(doc, later.trigger[0]) if later.kind == "multilateral" and later.status == "planned" else None
        if trigger is None or not _bare_meeting(trigger):
            continue
        sentence = trigger.sent
        before = doc[sentence.start - 1].sent if sentence.start > 0 else None
        told = [e for e in events if e.kind == "gathering" and e.status == "planned" and id(e) not in gone
                and before is not None and before.start_char <= e.trigger[0] < before.end_char]
        if len(told) != 1:
            continue
        if told[0].place is None and later.place is not None and later.place_from == "text":
            told[0].place, told[0].place_from = later.place, "text"
        gone.add(id(later))
    return [e for e in events if id(e) not in gone]
