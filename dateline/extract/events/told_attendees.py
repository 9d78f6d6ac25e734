"""The states and officials that sit at a multilateral meeting, told by the sentence after it, and
the officials of bilateral talks that name no one (:func:`sides_told_after`).

"The 14th meeting of the Council of Interior Ministers of the Andean Community was held in Quito.
Interior ministers of Ecuador, Peru, Colombia and Bolivia discussed joint measures ...", "The
foreign ministers of A, B and C held a trilateral meeting in Tbilisi. A's X, B's Y and C's Z
discussed ...", "The meeting was held in Gabala. It brought together the ministers of A, B and C":
officials of three or more states acting together in the sentence right after a meeting of several
states, with no engagement of their own, are that meeting's attendees. Their states join its
countries and the named ones its parties. When the sentence tells an engagement of its own ("A's X,
B's Y and C's Z signed agreements"), only officials of the meeting's own states are its attendees. A gathering keeps its countries (its host and
organisers): only a multilateral meeting takes them. One pass over the document's sentences.

:func:`body_hosts`: "The meeting of the CIS Council of Heads of Government will be held in Dushanbe":
a meeting of a body whose states the text does not list gets its host, the state the text puts it in
(the guide's "host and the IGO"): planned, or held in a place its own words state ("X attended the
meeting of the CSTO Council of Foreign Ministers in Almaty"). Not where a standing body sits at its
organisation's seat ("the IAEA board meets in Vienna", "NATO foreign ministers met in Brussels"): an
organisation with no member list (an agency, a bank, the UN) or one of ``standing_seats``; the seat
of a regional organisation whose members take turns to host is a host like any other ("the GCC
Ministerial Council in Riyadh", "the CIS Council of Heads of Government in Minsk").

:func:`placed_gathering_hosts`: a gathering's host is the state it is held in (the guide's "host
country and the organising IGO"), whichever mention of it told the place: "Bush will attend the
Group of Eight summit this week ... at the G8 summit in Scotland" is Britain's as well as the G8's.
Not a standing body at its organisation's own seat ("a plenary session of the European Parliament
in Strasbourg"), nor a place the dateline alone lent.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.geometry import convening
from dateline.extract.events.place import standing_seat
from dateline.extract.events.words import word_set
from dateline.extract.places import igo_codes

__all__ = ["attendees_told_after", "body_hosts", "sides_told_after"]


def _acting(sent: Span) -> list[Token]:
    """The tokens of the sentence's main subject, or of what 'it brought together' (the meeting's)."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"}:
        return []
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return []
    subject = subjects[0]
    if convening(root) and (subject.lower_ in {"it", "this"} or subject.lemma_.lower() in (
            word_set("meeting_nouns") | word_set("gathering_nouns"))):  # "It brought together the ministers of ..."
        return [t for c in root.children if c.dep_ == "dobj" for t in c.subtree]
    return list(subject.subtree)


def _states(state: DocState, tokens: list[Token]) -> tuple[list[str], list[str]]:
    """The states and the named persons the tokens mention."""
    if not tokens:
        return [], []
    lo, hi = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
    codes: list[str] = []
    persons: list[str] = []
    for mention in state.mentions_starting(lo, hi):
        actor = state.actor(mention.actor_id)
        if actor.kind in {"country", "person"} and actor.country:
            codes.append(actor.country)
        if actor.kind == "person" and actor.role != "honorific":
            persons.append(actor.id)
    return list(dict.fromkeys(codes)), list(dict.fromkeys(persons))


def _told_then_next(state: DocState, events: list[EventDraft], kind: str) -> Iterator[tuple[list[EventDraft], Span]]:
    """Each sentence's events of ``kind`` and the sentence after it."""
    if state.doc is None:
        return
    sents = list(state.doc.sents)
    for index, sent in enumerate(sents[:-1]):
        yield [e for e in events if e.kind == kind and sent.start_char <= e.trigger[0] < sent.end_char], sents[index + 1]


def attendees_told_after(state: DocState, events: list[EventDraft]) -> None:
    """Add the states and officials the next sentence has acting together to a multilateral meeting."""
    for told, after in _told_then_next(state, events, "multilateral"):
        if len(told) != 1:
            continue
        codes, persons = _states(state, _acting(after))
        if len(codes) < 3:
            continue  # not officials of three or more states acting together
        meeting = told[0]
        if any(after.start_char <= e.trigger[0] < after.end_char for e in events) and not set(codes) <= set(meeting.countries):
            continue  # the next sentence tells an engagement of its own, of other sides
        meeting.countries = sorted({*meeting.countries, *codes})
        for person in persons:
            if person not in meeting.participants and state.actor(person).country in meeting.countries:
                meeting.participants = [*meeting.participants, person]
                meeting.recipient = [*meeting.recipient, person]


def sides_told_after(state: DocState, events: list[EventDraft]) -> None:
    """'Kazakhstan and Uzbekistan held talks in Tashkent. Kazakh First Deputy Prime Minister X and Uzbek
    Deputy Prime Minister Y discussed ...': bilateral talks that name no one take the officials of both
    their states that the next sentence's subject names, when that sentence tells no engagement of its own."""
    for told, after in _told_then_next(state, events, "meeting"):
        if len(told) != 1 or len(set(told[0].countries)) != 2 or any(
                state.actor(a).kind == "person" for a in told[0].participants) or any(
                after.start_char <= e.trigger[0] < after.end_char for e in events):
            continue
        root = after.root  # every subject: the parser may hang each of "X and Y" on the verb
        _, persons = _states(state, [t for c in root.children if c.dep_ == "nsubj" for t in c.subtree])
        if persons and {state.actor(p).country for p in persons} == set(told[0].countries):
            told[0].participants = [*told[0].participants, *persons]
            told[0].recipient = [*told[0].recipient, *persons]


def body_hosts(events: list[EventDraft]) -> None:
    """Add to a body's meeting that lists fewer than two states the state it is (to be) held in."""
    igos = igo_codes()
    for event in events:
        if event.kind != "multilateral" or event.place is None or not event.place.country \
                or event.place_from in {None, "dateline"}:
            continue
        if event.status != "planned" and event.place_from != "text":
            continue  # a meeting held, placed by the story: the states the text tells
        bodies = [c for c in event.countries if c in igos]
        states = [c for c in event.countries if c not in igos]
        if not bodies or len(states) >= 2 or event.place.country in states:
            continue
        if any(standing_seat(b, event.place.country) for b in bodies):
            continue  # at the organisation's own seat: no host state of its own
        event.countries = sorted({*event.countries, event.place.country})


def placed_gathering_hosts(events: list[EventDraft]) -> None:
    """Add to a gathering placed by the text the state it is (to be) held in, when its countries lack it."""
    for event in events:
        if event.kind != "gathering" or event.place is None or not event.place.country \
                or event.place_from == "dateline" or event.place.country in event.countries:
            continue
        if any(standing_seat(c, event.place.country) and c.lower() not in word_set("universal_organisations")
               for c in event.countries):
            continue  # at the organisation's own seat: no host state of its own (but the UN's summit in New York)
        event.countries = sorted({*event.countries, event.place.country})
