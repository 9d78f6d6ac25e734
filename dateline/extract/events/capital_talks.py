"""Talks of two sides named only by their states, held in one side's capital, are the other's visit.

"Representatives of the European Union and China have begun a fourth day of talks in Beijing",
"top diplomats from India and Pakistan resumed peace talks in New Delhi", "Turkish and EU officials
are meeting Monday in Ankara": no one is named, yet one side has come to the other's capital (the
host's officials are at home there). ``capital_visits`` walks the finished events once and adds, for
such talks, the visit of the side whose capital it is not: its state or body the visitor, the other
the host, the talks' capital, days and status the visit's.

The guest must be told as people of its state or body ("EU diplomats", "representatives of the
European Union", "diplomats from Pakistan"): a sitting told by its body alone ("the next meeting of
the commission will be held in Abu Dhabi") tells no one travelling. Only the capital counts: talks in another city ("officials met North Korean diplomats in New York")
may be held by envoys posted there, and a body at its own seat or in a member state is at home. The host's officials may be
named ("Following meetings in Ankara with EU diplomats, Foreign Minister X said"), unless the sentence
tells only the host's own stay there ("X is in Warsaw to meet Ukrainian officials"). No visit is added
when a guest is named (events/abroad.py reads those by who is away), for a named session of the two
states' body ("the 13th Morocco-Spain High-Level Meeting will be held in Madrid": a sitting, told as
such), when the talks are told in
passing, when their sentence names an envoy at his post (an ambassador, an embassy: people who live
there), when the text already tells a visit to that state, or when it holds a gathering there (the
guests came for it).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.events.place import seat_of
from dateline.extract.events.story import in_passing
from dateline.extract.events.words import word_set
from dateline.extract.landmarks import capital_of
from dateline.extract.places import igo_codes, is_state_code, org_by_acronym
from dateline.extract.syntax import token_at
from dateline.gazetteer import fold

__all__ = ["capital_visits"]

_GATHERINGS = frozenset({"gathering", "multilateral"})


def _in_capital(place_name: str | None, host: str) -> bool:
    capital = capital_of(host)
    return capital is not None and bool(place_name) and fold(capital.name or "") == fold(place_name or "")


def _envoys_told(state: DocState, talks: EventDraft) -> bool:
    """'the U.S. ambassador', 'embassy officials': people posted in the capital, not guests."""
    words = set(fold(state.text[talks.sentence[0]:talks.sentence[1]]).split())
    return bool(words & word_set("resident_envoy_nouns"))


def _people_of(state: DocState, talks: EventDraft, code: str) -> bool:
    """The talks' sentence tells the side as people of the state or body: 'EU diplomats', 'Turkish and
    EU officials', 'representatives of the European Union and China', 'top diplomats from India'."""
    if state.doc is None:
        return False
    for mention in state.mentions_in(*talks.sentence):
        if state.actor(mention.actor_id).kind == "person" or countries_of(state, [mention.actor_id]) != [code]:
            continue
        token = token_at(state.doc, max(mention.start, mention.end - 1))
        while token is not None and token.dep_ in {"conj", "compound"} and token.head.i != token.i \
                and token.head.lemma_.lower() not in word_set("official_nouns"):
            token = token.head  # "the European Union and China": China as the Union is told
        if token is None:
            continue
        if token.dep_ in {"amod", "compound", "poss", "nmod"} and _officials(token.head):
            return True
        if token.dep_ == "pobj" and token.head.lower_ in {"of", "from"} and _officials(token.head.head):
            return True
    return False


def _officials(noun: Token) -> bool:
    """'diplomats', 'officials', 'representatives': a state's people, not 'rebel leaders'."""
    return noun.lemma_.lower() in word_set("official_nouns") and not any(
        c.dep_ in {"amod", "compound"} and c.lemma_.lower() in word_set("non_official_modifiers") for c in noun.children)


def _stay_told(state: DocState, talks: EventDraft) -> bool:
    """The sentence tells someone's stay in the capital with the copula ('X is in Warsaw to meet ...')."""
    if state.doc is None or talks.place is None:
        return False
    span = state.doc.char_span(*talks.sentence, alignment_mode="expand")
    name = fold(talks.place.name or "")
    return span is not None and any(
        t.lemma_ == "be" and any(c.dep_ == "nsubj" for c in t.children) and any(
            p.dep_ == "prep" and p.lower_ == "in" and any(fold(o.text) == name for o in p.children) for p in t.children)
        for t in span)


def _proper(state: DocState, talks: EventDraft) -> bool:
    """The talks' word is part of a name ('the 13th Morocco-Spain High-Level Meeting'), capitalised
    inside its sentence."""
    start = talks.trigger[0]
    word = state.text[start:talks.trigger[1]]
    return start > talks.sentence[0] and word[:1].isupper()


def _guest(state: DocState, talks: EventDraft) -> str | None:
    """The side that came: the one state or body of the talks whose capital it is not."""
    place = talks.place
    if talks.kind != "meeting" or place is None or talks.place_from != "text" or not is_state_code(place.country):
        return None
    if len(talks.countries) != 2 or place.country not in talks.countries or not _in_capital(place.name, place.country):
        return None
    if any(state.actor(p).country != place.country for p in state.persons(talks.participants)):
        return None  # a guest named: events/abroad.py reads his stay by who is away
    if _stay_told(state, talks):
        return None  # "X is in Warsaw to meet Ukrainian officials": X's stay at home, not that the others came
    if in_passing(state, talks) or _envoys_told(state, talks) or talks.name or _proper(state, talks):
        return None  # of another time, envoys at their post, or a named session of two states' body
    guest = next(c for c in talks.countries if c != place.country)
    if not is_state_code(guest) and guest not in igo_codes():
        return None
    if not _people_of(state, talks, guest):
        return None  # "the next meeting of the commission will be held in Abu Dhabi": a sitting, no one told
    seat, body = seat_of(guest), org_by_acronym(guest)
    if seat is not None and seat.country == place.country or body is not None and place.country in body.members:
        return None  # a body at its seat, or in a member state's capital ("EU ministers hold talks in Luxembourg")
    return guest


def _told(events: list[EventDraft], guest: str, host: str) -> bool:
    return any(e.kind == "visit" and host in e.countries and guest in e.countries for e in events) or any(
        e.kind in _GATHERINGS and e.place is not None and e.place.country == host for e in events)


def _visit(state: DocState, talks: EventDraft, guest: str) -> EventDraft:
    host = talks.place.country if talks.place is not None else None
    visit = EventDraft(kind="visit", trigger=talks.trigger, sentence=talks.sentence, status=talks.status,
                       source=[a for a in talks.participants if countries_of(state, [a]) == [guest]],
                       recipient=[a for a in talks.participants if countries_of(state, [a]) == [host]],
                       place=talks.place, place_from="text", date=talks.date, date_start=talks.date_start,
                       date_end=talks.date_end, date_from=talks.date_from, date_role=talks.date_role,
                       confidence=max(0.5, talks.confidence - 0.3), pluperfect=talks.pluperfect)
    visit.participants = list(dict.fromkeys(visit.source + visit.recipient))
    visit.countries = sorted({guest, host} - {None})  # type: ignore[arg-type]
    visit.own_parties = list(visit.participants)
    return visit


def capital_visits(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events, each talks of two states' unnamed sides in one's capital followed by the other's visit."""
    out: list[EventDraft] = []
    for event in events:
        out.append(event)
        guest = _guest(state, event)
        if guest is not None and event.place is not None and not _told(events + out, guest, event.place.country or ""):
            out.append(_visit(state, event, guest))
    return out
