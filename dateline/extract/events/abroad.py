"""Visits told by their talks: 'X met Indian Prime Minister Y in New Delhi' is X's stay in India.

Real copy often tells a visit only through the talks held during it: the guest "met with" or
"held talks with" the host in a city of the host's state, and no word says "visit". ``stays_abroad``
walks the merged events once (no parse) and adds, for each such talks event, the visit it implies:
the official of another state is the visitor (whoever is away from home, whether the clause makes
him its subject, its object or one of a pair told as equals), the host-side party met the host,
the talks' city the place, the talks' days and status the visit's. A signing by the guest and the
host there ("X signed the treaty with Y in Tashkent") puts them together like talks. Talks only
planned with the guest not the subject ("Y is to meet X in Jakarta") tell no travel and no visit.
No visit is added when the text already tells a visit of that visitor to that state, when both
sides are foreign to the place (talks in a third country), or when the document tells a gathering
in that state (the guest travelled for the gathering: the guide's "travel to a multilateral meeting
abroad" is no visit).

An organisation's official away from its seat is a visitor like a state's ("the UN
Secretary-General met King Abdullah in Amman": the UN visits Jordan, the guide's IGO host turned
round), unless his title posts him in the host state ("UN envoy to Yemen", "head of the UN mission
in Sudan": he lives there), the talks are in the city of its seat, or only the host is told as
doing them ("the minister received the ASEAN Secretary-General": a call on him). Talks whose
parties the text names only by their states ("State Department officials met North Korean
diplomats in New York") tell no visit: nobody named is known to have travelled.
"""

from __future__ import annotations

import re

from dateline.extract.document import ActorDraft, DocState, EventDraft
from dateline.extract.events.cues import cues
from dateline.extract.events.journeys import journey_ahead
from dateline.extract.events.place import is_country, seat_of
from dateline.extract.events.resident import resident_envoy
from dateline.extract.events.story import in_passing
from dateline.extract.events.words import word_set
from dateline.extract.places import country_code, igo_codes, is_state_code
from dateline.extract.syntax import token_at
from dateline.gazetteer import fold
from dateline.record import Place

__all__ = ["away", "stays_abroad"]

_TALKS = frozenset({"meeting", "agreement"})  # an agreement: its signing, where both signers are
_GATHERINGS = frozenset({"gathering", "multilateral"})
_POSTING_PREPS = frozenset({"in", "to", "for"})  # "envoy to Yemen", "mission in Sudan", "envoy for Syria"


def _guest_and_host(talks: EventDraft, visitors: list[str], hosts: list[str]) -> bool:
    """Whether the talks set the visitors on one side and the host on the other, either way round.

    The visitor is whoever is away from home, not the clause's subject: "X met Y in New Delhi"
    (the guest as subject), "King Y held talks with X in Riyadh" (the host as subject) and "X and
    Y met in Y's capital" (the two told as equals: a pair as subject, no object) all tell X's stay,
    as does a pair the parse left with no subject ("footage of X meeting with Y in Havana").
    """
    source, recipient = set(talks.source), set(talks.recipient)
    if not recipient:
        return set(visitors) <= source and bool(set(hosts) & source)
    if not source:  # "images of X meeting with Y in Havana": no subject read, the pair told together
        return set(visitors) <= recipient and bool(set(hosts) & recipient)
    return (set(visitors) <= source and bool(set(hosts) & recipient)) or (
        set(visitors) <= recipient and bool(set(hosts) & source))


def _place_before(state: DocState, talks: EventDraft) -> bool:
    """The talks are told as what came before another clause's act ("X visited a factory in
    Shanghai, a week after talks with Y"), and the city is that clause's, told before the talks'
    word and not after it. Talks told as what follows ("spoke in Ramallah before a meeting with
    Y") and a city that opens the sentence ("In Amman, the king held talks with X") are placed there."""
    if talks.place is None:
        return False
    start, end = talks.sentence
    name = fold(talks.place.name)
    before, after = fold(state.text[start:talks.trigger[0]]), fold(state.text[talks.trigger[1]:end])
    if not name or f" {name} " not in f" {before} " or f" {name} " in f" {after} ":
        return False
    return "after" in before.split()[-2:] and not before.startswith(f"in {name} ")


def away(state: DocState, actor: ActorDraft, place: Place) -> bool:
    """Whether the official ``actor`` is away from home at ``place``: a state's other than the
    place's, or an organisation's away from its seat whom the text does not post in the place's
    state ("UN Resident Coordinator in Kazakhstan X", "X, the UN envoy to Yemen,")."""
    code = actor.country
    if code is None or code == place.country:
        return False
    if is_state_code(code):
        return True
    if code not in igo_codes():
        return False
    seat = seat_of(code)
    if seat is not None and fold(seat.name or "") == fold(place.name or ""):
        return False  # "X met UN Secretary-General Y in New York": the organisation is at home
    return not resident_envoy(actor) and not any(
        place.country in _states_named(phrase) for phrase in _title_phrases(state, actor))


def _title_phrases(state: DocState, actor: ActorDraft) -> list[str]:
    """The words that name each mention's post: before the name back to the clause's last comma or
    stop ('the UN Resident Coordinator in Kazakhstan X'), and an apposition after it (', the head
    of the UN mission in Sudan,')."""
    phrases = [actor.title or ""]
    for start, end in actor.mentions:
        if not state.text[start:end][:1].isupper():
            continue  # "he", "his counterpart": no post named before it ("X spoke in Minsk after what he called talks")
        before = state.text[max(0, start - 80):start]
        phrases.append(re.split(r"[,;.]\s", before)[-1])
        after = state.text[end:end + 80]
        if after.startswith(","):
            phrases.append(re.split(r"[,;.]\s", after[1:])[0])
    return phrases


def _states_named(phrase: str) -> set[str]:
    """The states a phrase names after 'in', 'to' or 'for' by a name or capital of one to three
    words ('Special Envoy for Yemen', 'head of the UN mission in Kosovo', 'coordinator in Kabul')."""
    words = phrase.split()
    return {code for i, w in enumerate(words[:-1]) if w.lower() in _POSTING_PREPS for n in (1, 2, 3)
            if (run := " ".join(words[i + 1:i + 1 + n])) and (code := country_code(run.removeprefix("the ")))}


def _hosted(state: DocState, talks: EventDraft) -> bool:
    """The talks are told by the host's act ('received', 'hosted', 'welcomed')."""
    span = state.doc.char_span(*talks.trigger, alignment_mode="expand") if state.doc is not None else None
    return span is not None and any(t.lemma_.lower() in cues().hosting for t in span)


def _implied(state: DocState, talks: EventDraft, events: list[EventDraft]) -> EventDraft | None:
    place = talks.place
    if talks.kind not in _TALKS or place is None or talks.place_from not in {"text", "dateline", None} \
            or not is_state_code(place.country):  # "NAIROBI (KNA) -- X held talks with Kenyan minister Y": there
        return None
    host = place.country
    persons = [a for a in talks.participants if state.actor(a).kind == "person"]
    visitors = [p for p in persons if away(state, state.actor(p), place)]
    hosts = [a for a in talks.participants if state.actor(a).country == host]
    if not visitors or not hosts:
        return None  # no foreign official, or talks in a third country
    if talks.place_from == "dateline" and any(resident_envoy(state.actor(p)) for p in visitors):
        return None  # "BOGOTA -- X received Spain's Ambassador to Colombia": the envoy is at his post
    if not _guest_and_host(talks, visitors, hosts):
        return None  # "X met Y and Z in London": the sides of the talks are not the guest's and the host's
    guest_told = set(visitors) <= set(talks.source) and bool(set(hosts) & set(talks.recipient))
    if not guest_told and (in_passing(state, talks) or talks.place_from == "dateline" or _place_before(state, talks)):
        return None  # "last met in Riyadh in January": past talks recalled; "ANKARA -- Y held talks with X": the wire's city
    own = set(talks.own_parties or []) | set(talks.retold_parties)  # a later mention's own count too
    if not set(visitors) <= own or not set(hosts) & own:
        return None  # "the next meeting will be held in Santiago": parties lent by the story tell no trip
    if any(state.actor(p).country and not is_state_code(state.actor(p).country)
           for p in persons if p not in hosts and p not in visitors):
        return None  # an organisation's envoy posted there, or at its seat: his talks are the talks
    homes = {state.actor(p).country for p in visitors}
    if len(homes) > 1:
        return None  # officials of two guest states: not one visit
    if not all(is_state_code(h) for h in homes) and _hosted(state, talks):
        return None  # "the minister received the ASEAN Secretary-General": a call on him, told from his side
    for other in events:
        if other.kind == "visit" and in_passing(state, other) and not in_passing(state, talks):
            continue  # "It was X's first visit to Kenya since 2021": that visit is not today's
        if other.kind == "visit" and host in other.countries and (
                homes & set(other.countries) or set(visitors) & set(other.participants)):
            return None  # the visit is told
        if other.kind in _GATHERINGS and other.place is not None and other.place.country == host:
            return None  # at a gathering in that state
    told = token_at(state.doc, talks.trigger[0]) if state.doc is not None else None
    on_way = talks.status == "planned" and told is not None and journey_ahead(told)  # the trip is under way
    visit = EventDraft(kind="visit", trigger=talks.trigger, sentence=talks.sentence,
                       status="occurred" if on_way else talks.status,
                       source=list(visitors), recipient=[p for p in hosts if state.actor(p).kind == "person"],
                       place=place, place_from="text", date=talks.date, date_start=talks.date_start,
                       date_end=talks.date_end, date_from=talks.date_from, date_role=talks.date_role,
                       confidence=max(0.5, talks.confidence - 0.2), pluperfect=talks.pluperfect)
    visit.participants = list(dict.fromkeys(visit.source + visit.recipient))
    visit.countries = sorted({*homes, host} - {None})  # type: ignore[arg-type]
    visit.own_parties = list(visit.participants)
    if is_country(place):
        visit.confidence -= 0.1
    return visit


def _spoken_at_gathering(state: DocState, event: EventDraft, events: list[EventDraft]) -> bool:
    """A stay told only by a speech there ('made the comment in Manama', 'told reporters in Vienna')
    in a state the document holds a gathering or a multilateral meeting in: the speaker came for it
    (the guide's travel to a multilateral meeting abroad is no visit)."""
    if event.kind != "visit" or event.place is None or state.doc is None:
        return False
    span = state.doc.char_span(*event.trigger, alignment_mode="expand")
    if span is None or not all(t.lemma_.lower() in word_set("stay_speech_verbs") for t in span):
        return False
    return any(other.kind in _GATHERINGS and other.place is not None and other.place.country == event.place.country
               for other in events)


def stays_abroad(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events, each talks abroad with no visit told followed by the visit it implies; a stay
    told by a speech in a state that holds a gathering is dropped."""
    out: list[EventDraft] = []
    for event in events:
        if _spoken_at_gathering(state, event, events):
            continue
        out.append(event)
        visit = _implied(state, event, events + out)
        if visit is not None:
            out.append(visit)
    return out
