"""One sentence, several engagements: a trigger that stands for one engagement per counterpart or
per destination.

- "X met separately with A and B", "held bilateral meetings with his Chilean, Peruvian and
  Ecuadorian counterparts": one meeting per counterpart (a person, or a state whose official is
  not named);
- "will visit Angola, Nigeria and Liberia", "a tour of Chile and Peru": one visit per state.

"The interior ministers of Chile, Peru and Bolivia met" stays one multilateral meeting: only
"separately", "bilateral" or several destinations split a trigger.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.destinations import destination
from dateline.extract.events.each_subject import by_subject
from dateline.extract.events.listed_hosts import by_listed_hosts, listed_after
from dateline.extract.events.one_each import (
    clause_pairwise,
    credentials_presented,
    listed_places,
    lone_state_lent,
    plural_calls,
    states_to_their_envoys,
    subject_side,
    told_in_series,
    told_one_by_one,
    told_separate,
)
from dateline.extract.events.participants import countries_of
from dateline.extract.events.placed_apart import by_listed_place
from dateline.extract.events.visiting_sides import by_visiting_sides
from dateline.extract.events.with_each import split_by_with
from dateline.extract.events.words import word_set
from dateline.extract.places import igo_codes, lookup_place
from dateline.extract.syntax import compound_name, governing_verb
from dateline.record import Place

__all__ = ["split_engagements", "third_side", "told_bilateral"]


def _modifier(tok: Token) -> str:
    """A modifier as written, hyphens joined: 'one-on-one' is parsed 'one - on - one' (nummod)."""
    return "".join(t.lower_ for t in tok.doc[tok.left_edge.i:tok.right_edge.i + 1])


def _modifiers(noun: Token) -> set[str]:
    return {_modifier(c) for c in noun.children if c.dep_ in {"amod", "compound", "nummod", "advmod"}}


def _pairwise(noun: Token) -> bool:
    """'bilateral meetings', 'separate talks', 'one-on-one meetings': a plural talks noun, one per
    counterpart."""
    return noun.tag_ in {"NNS", "NNPS"} and bool(_modifiers(noun) & word_set("pairwise_modifiers"))


def _one_each(tok: Token) -> bool:
    """'met separately', 'separate talks', 'bilateral meetings with ...', 'met A and B in separate
    bilateral meetings', 'held a series of meetings with A, B and C'."""
    verb = governing_verb(tok)
    words = word_set("separately")
    if any(c.lower_ in words for c in [*verb.children, *tok.children]):
        return True
    if _pairwise(tok) or told_in_series(tok):
        return True
    return tok.pos_ in {"VERB", "AUX"} and any(
        _pairwise(g) for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")


def told_bilateral(tok: Token) -> bool:
    """'bilateral talks', 'a one-on-one meeting', 'talks between the two countries', 'the two
    leaders met': two sides, however many states the sentence names."""
    if _modifiers(tok) & word_set("bilateral_modifiers"):
        return True
    sides = word_set("two_sides_nouns")
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            if any(o.dep_ == "pobj" and o.lemma_.lower() in sides and any(
                    n.lower_ == "two" for n in o.children if n.dep_ == "nummod") for o in prep.children):
                return True
    verb = governing_verb(tok)
    return tok.pos_ in {"VERB", "AUX"} and any(
        s.dep_ == "nsubj" and s.lemma_.lower() in sides and any(n.lower_ == "two" for n in s.children
                                                                if n.dep_ == "nummod")
        for s in verb.children)


def _own_states(state: DocState, ids: list[str]) -> set[str]:
    return {c for a in ids if (c := state.actor(a).country) and state.actor(a).kind in {"person", "country"}}


def _counterparts(state: DocState, own: list[str], others: list[str]) -> list[list[str]]:
    """The other side's actors grouped by side: each named official with their state, then states
    whose official is not named ('his Chilean, Peruvian and Ecuadorian counterparts')."""
    home = _own_states(state, own)
    groups: list[list[str]] = []
    covered: set[str] = set(home)
    people = [a for a in others if state.actor(a).kind == "person"]
    for person in people:
        country = state.actor(person).country
        groups.append([person, *(a for a in others if state.actor(a).kind == "country"
                                 and country and state.actor(a).country == country)])
        if country:
            covered.add(country)
    for actor_id in others:
        actor = state.actor(actor_id)
        if actor.kind == "country" and actor.country and actor.country not in covered:
            groups.append([actor_id])
            covered.add(actor.country)
    return groups


def _part(state: DocState, event: EventDraft, group: list[str]) -> EventDraft:
    part = replace(event, recipient=group, participants=[*event.source, *group], separate=True)
    part.countries = countries_of(state, part.participants)
    return part


def _by_counterpart(state: DocState, told: EventDraft, tok: Token) -> list[EventDraft]:
    """One meeting per counterpart; the event as told when it has one counterpart."""
    event = states_to_their_envoys(state, subject_side(state, told, tok))
    groups = _counterparts(state, event.source, event.recipient)
    if len(groups) >= 2 and event.source:
        return lone_state_lent([_part(state, event, group) for group in groups], _own_states(state, event.source))
    guests = _counterparts(state, event.recipient, event.source)  # "received A and B separately"
    if len(guests) < 2 or not event.recipient:
        return [told]
    parts = [replace(event, source=group, participants=[*group, *event.recipient], separate=True) for group in guests]
    for part in parts:
        part.countries = countries_of(state, part.participants)
    return parts


def _by_subject_counterpart(state: DocState, event: EventDraft, tok: Token) -> list[EventDraft]:
    """The talks of the verb's subject with each of its other sides, one meeting each."""
    subject = {m.actor_id for c in tok.children if c.dep_ == "nsubj"
               for m in state.mentions_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))} or {
        m.actor_id for m in state.mentions_in(tok.sent.start_char, tok.idx)  # a subject the parser left unattached
        if state.actor(m.actor_id).kind == "person"}
    groups = _counterparts(state, [], event.participants)
    own = next((g for g in groups if set(g) & subject), None)
    if own is None or len(groups) < 3:
        return [event]
    return [replace(_part(state, replace(event, source=own), group), kind="meeting") for group in groups if group != own]


def _placed(state: DocState, parts: list[EventDraft], tok: Token) -> list[EventDraft]:
    """'consultations with A and B in Budapest and Bratislava respectively': each part in the listed
    place of its counterpart's state."""
    places = listed_places(tok) if len(parts) > 1 else []
    for part in parts:
        place = next((p for p in places if p.country in _own_states(state, part.participants)), None)
        if place is not None:
            part.place, part.place_from = place, "text"
    return parts


def _talked_with(tok: Token) -> list[Token]:
    """Whom the talks are with: the verb's object ('will meet A and B'), or the object of 'with' on
    the trigger or its verb ('held talks with A and B', 'hold meetings Saturday, with A, as well as B')."""
    verb = governing_verb(tok)
    heads = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ in {"VERB", "AUX"} else []
    for owner in dict.fromkeys([tok, verb]):
        heads += [o for p in owner.children if p.dep_ == "prep" and p.lower_ == "with"
                  for o in p.children if o.dep_ == "pobj"]
    return heads[:1]


def _conjuncts(head: Token) -> list[set[int]]:
    """The coordinated phrases of an object, each as its own tokens: 'Saudi Crown Prince X and
    Emirati President Y' gives two; 'the presidents of Uganda and Rwanda' one (its coordination is
    inside the 'of' phrase)."""
    heads = [head]
    for cur in heads:
        heads += [c for c in cur.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    out = []
    for cur in heads:
        own = {t.i for t in cur.subtree}
        for c in cur.children:
            if c.dep_ in {"conj", "cc", "preconj"} or c.dep_ == "punct" and c.i > cur.i:
                own -= {t.i for t in c.subtree}
        out.append(own)
    return out


def _together(tok: Token) -> bool:
    """'received the two ministers together', 'a joint meeting with A and B': one meeting of all."""
    verb = governing_verb(tok)
    words = word_set("together_words")
    return any(t.lower_ in words for t in [*verb.subtree, *tok.subtree]) or bool(_modifiers(tok) & words)  # "three-way"


def _groups(state: DocState, event: EventDraft, tokens: set[int]) -> tuple[list[str], frozenset[str]]:
    """The event's recipients told inside ``tokens``, and the states they serve."""
    doc = state.doc
    assert doc is not None
    lo, hi = min(tokens), max(tokens)
    ids = [m.actor_id for m in state.mentions_in(doc[lo].idx, doc[hi].idx + len(doc[hi]))
           if m.actor_id in event.recipient and any(doc[i].idx <= m.start < doc[i].idx + len(doc[i]) for i in tokens)]
    return list(dict.fromkeys(ids)), frozenset(_own_states(state, ids))


def _coordinated(state: DocState, event: EventDraft, tok: Token) -> list[list[str]]:
    """'will meet with Palestinian President X and Israeli Prime Minister Y': the recipients of each
    coordinated counterpart of another state, one group per state (two officials of one state are
    one side); [] when the counterparts are one side or were met together."""
    heads = _talked_with(tok)
    home = _own_states(state, event.source)
    if not heads or _together(tok) or len(home) != 1:
        return []  # "A and B met with C": the subjects sit together
    by_state: dict[frozenset[str], list[str]] = {}
    for own in _conjuncts(heads[0]):
        ids, states = _groups(state, event, own)
        if not states:
            continue  # "as well as top lawmakers": no state of its own
        if states & home:
            return []
        if any(states & other for other in by_state if other != states):
            by_state = {}  # the parse mixed the conjuncts (titles read as appositions): by named person
            break
        by_state.setdefault(states, [])
        by_state[states] += [a for a in ids if a not in by_state[states]]
    if len(by_state) >= 2:
        return list(by_state.values())
    # "met Omani Foreign Minister X, Kuwaiti Foreign Minister Y and ...", parsed as appositions: named
    # officials of several states in one object are one counterpart each (not under a plural head:
    # "hosted his colleagues X of Azerbaijan and Y of Kazakhstan" met as one)
    if heads[0].tag_ in {"NNS", "NNPS"}:
        return []
    ids, _ = _groups(state, event, {t.i for t in heads[0].subtree})
    persons: dict[str, list[str]] = {}
    for actor_id in ids:
        actor = state.actor(actor_id)
        if actor.kind == "person" and actor.country and actor.country not in home:
            persons.setdefault(actor.country, []).append(actor_id)
    if len(persons) < 2 or any(state.actor(a).kind == "person" and not state.actor(a).country for a in ids):
        return []
    return [[*named, *(a for a in ids if state.actor(a).kind == "country" and state.actor(a).country == country)]
            for country, named in persons.items()]


def _destinations(tok: Token) -> list[Token]:
    """'visit Angola, Nigeria and Liberia', 'a visit to Chile and Peru', 'a tour of A and B'."""
    heads: list[Token] = []
    if tok.pos_ in {"VERB", "AUX"}:
        goal = destination(tok)  # "left Tokyo for a visit to Vietnam and Indonesia"
        heads = [goal] if goal is not None else [c for c in tok.children if c.dep_ == "dobj"]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in word_set("destination_prepositions"):
            heads += [c for c in prep.children if c.dep_ == "pobj"]
    if not heads and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in word_set("trip_verbs"):
        # "took trips to Qatar, Kuwait and Oman": the parser hangs the stops on the light verb
        heads += [c for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "to"
                  for c in p.children if c.dep_ == "pobj"]
    if tok.pos_ in {"VERB", "AUX"}:  # "is heading to the Gulf for visits to Oman, Qatar and Bahrain"
        heads += [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for n in p.children
                  if n.dep_ == "pobj" and n.lemma_.lower() in word_set("visit_nouns") for q in n.children
                  if q.dep_ == "prep" and q.lower_ in word_set("destination_prepositions")
                  for c in q.children if c.dep_ == "pobj"]
    lists = [_listed(head) for head in heads]
    return next((out for out in lists if len(out) > 1), lists[0] if lists else [])


def _listed(head: Token) -> list[Token]:
    """The places a destination lists: 'Ghana, Namibia and Brazil' (the parser may read a list as
    appositions: 'a three-nation tour of Ghana, Namibia and Brazil')."""
    out: list[Token] = []
    stack = [head]
    while stack:
        cur = stack.pop(0)
        if cur.ent_type_ in {"GPE", "LOC"} or cur.text[:1].isupper():
            out.append(cur)
        stack += [c for c in cur.children if c.dep_ == "conj" or c.dep_ == "appos" and c.ent_type_ == "GPE"]
    return out


def _by_destination(state: DocState, event: EventDraft, tok: Token) -> list[EventDraft]:
    places: list[Place] = []
    destinations = _destinations(tok)
    for dest in destinations:
        place = lookup_place(compound_name(dest))
        if place is not None and place.country and all(p.country != place.country for p in places):
            places.append(place)
    if destinations and len(told := listed_after(state, destinations[0])) > len(places):
        places = told  # "travel to Tunisia, the Palestinian territories and Lebanon": the list the parse broke
    home = _own_states(state, event.source)
    places = [p for p in places if p.country not in home]
    if len(places) < 2:
        return [event]
    out = []  # "The delegation will visit A, B and C": a visit to each, the visitor named or not
    for place in places:
        hosts = [a for a in event.recipient if state.actor(a).country == place.country]
        part = replace(event, recipient=hosts, participants=[*event.source, *hosts], place=place, separate=True,
                       place_from="text")  # each stop is told: not a sub-visit of the first
        part.countries = sorted({*countries_of(state, part.participants), *(c for c in [place.country] if c)})
        out.append(part)
    return out


def split_engagements(state: DocState, event: EventDraft, tok: Token) -> list[EventDraft]:
    """The engagements one trigger stands for (itself, most of the time)."""
    if parts := by_subject(state, event, tok):
        return parts  # "A and B both held talks with C": one each
    if parts := split_by_with(state, event, tok):
        if event.kind in {"meeting", "call"} and (_one_each(tok) or clause_pairwise(tok)):
            parts = [each for part in parts for each in _by_counterpart(state, part, tok)]  # "bilateral
        return parts  # meetings with A and B, as well as with C": one each; "met with A, and with B": one each
    if parts := by_listed_place(state, event, tok):
        return parts  # "met with African leaders in Ghana, Ethiopia and South Africa": one each, there
    if event.kind in {"meeting", "call"} and (_one_each(tok) or clause_pairwise(tok)) or event.kind == "call" and \
            plural_calls(tok) or event.kind == "meeting" and credentials_presented(tok):
        parts = _by_counterpart(state, event, tok)  # "met A and B separately": one each
        if len(parts) == 1 and not event.source and event.kind == "meeting":
            parts = _by_subject_counterpart(state, event, tok)  # a subject the parse lost: told before the verb
        return _placed(state, parts, tok)
    if event.kind in {"meeting", "multilateral"} and told_one_by_one(tok) and len(
            parts := _by_subject_counterpart(state, event, tok)) > 1:  # "met A, B and C. During the meeting with A"
        return parts
    if event.kind in {"meeting", "call"} and event.source and (groups := _coordinated(state, event, tok)):
        return [_part(state, event, group) for group in groups]  # "will meet with A and B": one each
    if event.kind == "visit":
        parts = _by_destination(state, event, tok)
        if len(parts) == 1:
            parts = by_listed_hosts(state, event, _own_states(state, event.source))  # "stops in A, B and C"
        if len(parts) == 1 and len(sides := by_visiting_sides(state, event, tok)) > 1:
            return sides  # "Israeli and Palestinian leaders traveled to Paris": a visit each
        return parts if len(parts) > 1 or not told_separate(tok) else _by_visitor(state, event)
    return [event]


def _by_visitor(state: DocState, event: EventDraft) -> list[EventDraft]:
    """'received visiting Malaysian Prime Minister X and Indonesian President Y in separate
    meetings': guests of several states met one by one came one by one, a visit each (named in the
    sentence, none the host's nor an IGO's)."""
    hosts = _own_states(state, event.recipient) | {c for c in [event.place.country if event.place else None] if c}
    people = [a for a in event.source if state.actor(a).kind == "person"]
    told = {m.actor_id for m in state.mentions_starting(*event.sentence)}
    if not hosts or len({state.actor(a).country for a in people}) < 2 or any(
            not state.actor(a).country or state.actor(a).country in hosts | igo_codes() or a not in told
            for a in people):
        return [event]
    parts = [replace(event, source=group, participants=[*group, *event.recipient], separate=True)
             for group in _counterparts(state, event.recipient, event.source)]
    for part in parts:
        part.countries = sorted({*countries_of(state, part.participants), *hosts})
    return parts


def third_side(state: DocState, event: EventDraft, sent: Span) -> bool:
    """'joined the foreign ministers of Mexico, South Korea and Turkiye for a meeting', 'the Turkish
    minister': a state told through its (unnamed) official is a side of the talks, unlike a host
    or a topic named beside two officials."""
    doc = sent.doc
    homes = {state.actor(a).country for a in event.participants if state.actor(a).kind == "person"}
    for m in state.mentions_starting(sent.start_char, sent.end_char):
        actor = state.actor(m.actor_id)
        if actor.kind != "country" or m.actor_id not in event.participants or actor.country in homes:
            continue
        tok = next((t for t in doc[sent.start:sent.end] if t.idx <= m.start < t.idx + len(t)), None)
        if tok is None:
            continue
        cur = tok
        for _ in range(3):  # "the foreign ministers of Mexico", "Mexico's foreign minister", "the Mexican minister"
            if cur.lemma_.lower() in word_set("official_nouns") and cur.i != tok.i:
                return True
            if cur.dep_ not in {"pobj", "prep", "poss", "amod", "compound", "conj"} or cur.head.i == cur.i:
                break
            cur = cur.head
    return False
