"""A visit paid to a person is also talks with that person.

"visited his counterpart in Lome", "visited President X in Brasilia on Friday", "paid a visit to
King Y": the guest goes to see the host, and the guide counts a visit that includes talks as both a
`visit` and a `meeting` (examples/demo/GUIDE.md, Combinations). A visit to a place ("visited
Hanoi"), to a site ("visited a textile factory") or to people who hold no office ("visited flood
victims") tells no talks; a sentence that tells the talks by its own words keeps those.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.extract.document import EventDraft
from dateline.extract.events.words import word_set

__all__ = ["talks_of_visit", "visited_person", "visit_first"]

_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _official(tok: Token) -> bool:
    if tok.ent_type_ in _PLACES:
        return False
    return tok.ent_type_ in {"PERSON", "TITLE"} or tok.lemma_.lower() in word_set("official_nouns")


def visited_person(tok: Token) -> Token | None:
    """The official a visit goes to see: the object of 'visited', or of 'a visit to'."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "visit":
        objs = [c for c in tok.children if c.dep_ == "dobj"]
    elif tok.pos_ == "NOUN":
        objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj"]
    else:
        return None
    return next((o for o in objs if _official(o)), None)


def talks_of_visit(visit: EventDraft) -> EventDraft:
    """The talks of guest and host a visit to a person tells: its parties, place, day and status."""
    return replace(visit, kind="meeting", source=list(visit.source), recipient=list(visit.recipient),
                   participants=list(visit.participants), countries=list(visit.countries),
                   travel=False, hosted=False, reception=False, own_parties=None, attendees=[])


def visit_first(events: list[EventDraft]) -> list[EventDraft]:
    """'X is in Cuba for a visit that will include talks with Y': talks that name only the host take
    the traveller of the visit their sentence tells (the merge lends the last visit's parties)."""
    visits = [e for e in events if e.kind == "visit" and e.source]
    if any(e.kind in {"meeting", "call"} and len(e.participants) == 1 and any(
            e.participants[0] not in v.source for v in visits) for e in events):
        return sorted(events, key=lambda e: e.kind != "visit")
    return events  # "last held talks during Y's visit to Baku": Y is the talks' side told, not their host
