"""The parties of a gathering: the organising IGOs and the host state (its place, or who hosts it)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.geometry import own_clauses
from dateline.extract.events.participants import countries_of
from dateline.extract.events.words import holding_verbs
from dateline.extract.places import lookup_place, org_code, org_entries
from dateline.extract.syntax import compound_name
from dateline.record import Place

__all__ = ["gathering_parties", "igo_meeting_parties"]


def _own_host(state: DocState, trigger: Token) -> tuple[str | None, Place | None]:
    """Host state and place told in the gathering's own clause: 'which Kazakhstan will host in Astana'."""
    host: str | None = None
    where: Place | None = None
    for clause in own_clauses(trigger):
        if clause.lemma_.lower() not in holding_verbs("hosting_clause_verbs"):
            continue
        for child in clause.children:
            if child.dep_ in {"nsubj"} and host is None:
                ids = [m.actor_id for m in state.mentions
                       if child.left_edge.idx <= m.start <= child.right_edge.idx
                       and state.actor(m.actor_id).kind == "country"]
                host = ids[0] if ids else None
            if child.dep_ == "prep" and child.lower_ in {"in", "at"} and where is None:
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ in {"GPE", "LOC", "FAC"}:
                        where = lookup_place(compound_name(obj))
    return host, where


def igo_meeting_parties(state: DocState, event: EventDraft, trigger: Token) -> None:
    """'the ASEAN Defence Ministers' Meeting, which Laos will host in Vientiane': IGO + host.

    When the text lists no member states, an IGO body's meeting is coded like a gathering: the
    organisation and its host (the guide's "planned meeting of an IGO body").
    """
    igos = {o.acronym for o in org_entries()}
    states = {state.actor(a).country for a in event.participants
              if state.actor(a).kind in {"country", "person"} and state.actor(a).country
              and state.actor(a).country not in igos}
    if len(states) >= 2:
        return
    lo, hi = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
    orgs = list(dict.fromkeys(m.actor_id for m in state.mentions if lo <= m.start < hi
                              and state.actor(m.actor_id).kind == "organization" and state.actor(m.actor_id).acronym))
    if not orgs:
        return
    persons = [a for a in event.participants if state.actor(a).kind == "person"]
    event.participants = orgs
    event.source, event.recipient = orgs[:1], orgs[1:]
    gathering_parties(state, event, trigger)
    if persons:  # "Albusaidi will attend a meeting of the GCC Ministerial Council in Riyadh"
        event.participants = list(dict.fromkeys([*event.participants, *persons]))
        event.recipient = [a for a in event.participants if a not in event.source]
        event.countries = sorted({*event.countries, *countries_of(state, persons)})
    event.igo_meeting = True  # its parties are settled: nothing to borrow from the story


def gathering_parties(state: DocState, event: EventDraft, trigger: Token | None = None) -> None:
    """A gathering's countries: its host (place or hosting country) and organising IGOs."""
    orgs = [a for a in event.participants if state.actor(a).kind == "organization" and state.actor(a).acronym]
    hosts = [a for a in event.participants if state.actor(a).kind == "country"]
    codes: set[str | None] = {org_code(state.actor(a).acronym or "") for a in orgs}
    host, where = _own_host(state, trigger) if trigger is not None else (None, None)
    if host is not None:  # "the summit, which Equatorial Guinea will host in Malabo"
        hosts = [host, *[h for h in hosts if h != host]]
    if where is not None:
        event.place = where
    name_span = event.name_span
    if event.place is None and event.name and name_span and state.doc is not None:
        # "the Dushanbe Water Process conference": a place the NER marks inside the name, not
        # "Summit" (a town in New Jersey) or "Forum"
        span = state.doc.char_span(name_span[0], name_span[1], alignment_mode="expand")
        for ent in (span.ents if span is not None else []):
            place = lookup_place(ent.text) if ent.label_ in {"GPE", "LOC"} else None
            if place is not None and place.lat is not None and place.name:
                event.place = place
                break
    if event.place is None and hosts:  # "Baku will host COP29": the hosting city is the place
        for m in state.mentions:
            if m.actor_id == hosts[0] and event.sentence[0] <= m.start < event.sentence[1]:
                place = lookup_place(state.text[m.start:m.end])
                if place is not None and place.lat is not None and place.name != state.actor(hosts[0]).name:
                    event.place = place
                    break
    if event.place is not None and event.place.country:
        codes.add(event.place.country)
    elif hosts:
        codes.add(state.actor(hosts[0]).country)
    event.countries = sorted(c for c in codes if c)
    event.participants = [*orgs, *hosts[:1]]
    event.source, event.recipient = event.participants[:1], event.participants[1:]
