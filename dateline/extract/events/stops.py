"""A stop of a tour told with the copula: 'His next stop is Muscat', 'Manila was the last stop of her trip'.

No visit word names the engagement: a noun of a tour's stop (``tour_stop_nouns``) possessed by
its traveller ("his next stop", "the final leg of her tour") and set equal to a foreign place by
the copula is a visit there by that traveller. A stop told ahead ("next", "will be") is planned,
one told in the past tense has occurred; one told in the present is under way.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.cues import Cue
from dateline.extract.events.dates import attach_date
from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import compound_name, lemma_tokens
from dateline.record import Status

__all__ = ["tour_stop_visits"]

_PLACE_ENTS = frozenset({"GPE", "LOC"})
_FUTURE = frozenset({"will", "'ll", "shall"})


def _owners(stop: Token) -> list[Token]:
    """The possessors of the stop or of the tour it is a stop of ('his next stop', 'the last leg of
    her tour', 'the next stop on the minister's trip')."""
    owners = [c for c in stop.children if c.dep_ == "poss"]
    for prep in stop.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "on", "in"}:
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in word_set("visit_nouns"):
                    owners += [c for c in noun.children if c.dep_ == "poss"]
    return owners


def _equated_place(stop: Token) -> Token | None:
    """'his next stop is Muscat' (the stop the subject), 'Muscat is his next stop' (the stop the attribute)."""
    verb = stop.head
    if verb.lemma_ != "be" or stop.dep_ not in {"nsubj", "attr"}:
        return None
    other = "attr" if stop.dep_ == "nsubj" else "nsubj"
    return next((c for c in verb.children if c.dep_ == other and c.ent_type_ in _PLACE_ENTS), None)


def _status(stop: Token) -> Status:
    verb = stop.head
    ahead = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children) or any(
        c.dep_ == "amod" and c.lower_ == "next" for c in stop.children)
    return "planned" if ahead and verb.tag_ != "VBD" else "occurred"


def tour_stop_visits(state: DocState, sent: Span) -> list[EventDraft]:
    """'Safadi's next stop is Muscat', 'Hanoi was the last stop of his tour': a visit by the
    traveller to the place, when it lies outside the traveller's state."""
    out: list[EventDraft] = []
    for stop in lemma_tokens(sent, word_set("tour_stop_nouns")):
        if stop.pos_ != "NOUN" or stop.lemma_.lower() not in word_set("tour_stop_nouns"):
            continue
        where = _equated_place(stop)
        place = lookup_place(compound_name(where)) if where is not None else None
        if place is None or not place.country:
            continue
        travellers: list[str] = []
        for owner in _owners(stop):
            lo, hi = owner.left_edge.idx, owner.right_edge.idx + len(owner.right_edge)
            travellers += [m.actor_id for m in state.mentions_in(lo, hi) if state.actor(m.actor_id).kind == "person"]
        travellers = list(dict.fromkeys(travellers))
        homes = {state.actor(a).country for a in travellers}
        if not travellers or None in homes or place.country in homes:
            continue
        event = EventDraft(kind="visit", trigger=(stop.idx, stop.idx + len(stop)),
                           sentence=(sent.start_char, sent.end_char), status=_status(stop),
                           source=travellers, participants=list(travellers))
        attach_date(state, event, Cue("visit", stop, "noun"), sent)
        if event.date is None and event.status == "occurred" and state.published is not None:
            event.date_start = event.date_end = state.published.isoformat()
            event.date_from = "published"
        event.countries = sorted({*(h for h in homes if h), place.country})
        event.place, event.place_from = place, "text"
        event.travel = True  # the traveller goes somewhere new: the last host is not this one's
        event.own_parties = list(travellers)
        out.append(event)
    return out
