"""Envoys sent abroad: 'X dispatched his intelligence chief to Damascus', 'Russia is sending a team
of specialists to Britain', 'a delegation was sent to Kabul' tell a visit of the sending state to
the destination.

No travel verb names the trip: the sending verb, an object that is an envoy (a named official, or a
noun such as envoy, delegation, team, emissary) and a destination abroad ("to" a place) make it one.
The traveller is the envoy when named, else the trip is the sending state's; the sender stays home
and is no party. "sent troops to", "sent a letter to", "sent aid to" are no visit: their object is
no envoy.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.clause import is_negated, is_planned
from dateline.extract.events.cues import Cue
from dateline.extract.events.dates import attach_date
from dateline.extract.events.words import word_set
from dateline.extract.places import igo_codes, is_state_code, lookup_place
from dateline.extract.syntax import compound_name, lemma_tokens
from dateline.record import Place

__all__ = ["sent_envoys"]


def _envoy(noun: Token) -> bool:
    """'his intelligence chief', 'a team of specialists', 'Deputy Foreign Minister X', 'an envoy'."""
    return noun.lemma_.lower() in word_set("sent_envoy_nouns") or noun.ent_type_ in {"PERSON", "TITLE"}


def _goal(verb: Token, envoy: Token) -> Place | None:
    """The place of 'to Damascus' on the verb or in its object (the parser hangs it on either)."""
    for owner in (verb, *envoy.subtree):
        for prep in owner.children:
            if prep.dep_ not in {"prep", "dative"} or prep.lower_ != "to":  # "sent X to Beirut": a dative
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in {"GPE", "LOC"}:
                    place = lookup_place(compound_name(obj))
                    if place is not None and place.country and place.country not in igo_codes():
                        return place
    return None


def _span_actors(state: DocState, tok: Token, kinds: set[str]) -> list[str]:
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return list(dict.fromkeys(m.actor_id for m in state.mentions_in(lo, hi) if state.actor(m.actor_id).kind in kinds))


def _home(state: DocState, ids: list[str]) -> str | None:
    homes = {state.actor(a).country for a in ids}
    home = next(iter(homes)) if len(homes) == 1 else None
    return home if is_state_code(home) else None


def sent_envoys(state: DocState, sent: Span) -> list[EventDraft]:
    """The visits of envoys a state sends abroad in the sentence."""
    out: list[EventDraft] = []
    for tok in lemma_tokens(sent, word_set("envoy_sending_verbs")):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in word_set("envoy_sending_verbs") or is_negated(tok):
            continue
        envoy = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and _envoy(c)), None)
        place = _goal(tok, envoy) if envoy is not None else None
        if envoy is None or place is None:
            continue
        envoys = [a for a in _span_actors(state, envoy, {"person"})
                  if state.actor(a).name and state.actor(a).name.split()[-1] in envoy.doc[
                      envoy.left_edge.i:envoy.right_edge.i + 1].text]  # named in the object, not "his"
        sender = next((c for c in tok.children if c.dep_ in {"nsubj", "agent"}), None)
        if sender is not None and sender.pos_ == "PRON" and tok.dep_ == "ccomp":
            # "the prosecutor general said he is sending a team": the one who says so sends
            sender = next((c for c in tok.head.children if c.dep_ == "nsubj"), sender)
        senders = _span_actors(state, sender, {"person", "country"}) if sender is not None else []
        home = _home(state, envoys) or _home(state, senders)
        if home is None or not place.country or home == place.country:
            continue  # a state's own official sent within it, or no state told
        event = EventDraft(kind="visit", trigger=(tok.idx, tok.idx + len(tok)),
                           sentence=(sent.start_char, sent.end_char), status="occurred")
        attach_date(state, event, Cue("visit", tok, "verb"), sent)
        if is_planned(tok, date_start=event.date_start, published=state.published) or any(
                c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children) and tok.tag_ == "VBG":
            event.status = "planned"  # "will send", "is sending a team": the envoy is yet to travel
        # the envoy named, else the sending state (or, when the text names it only through its
        # official, the official who sends: the state's side of the trip)
        state_side = [a.id for a in state.actors if a.kind == "country" and a.country == home][:1]
        event.source = envoys or state_side or [a for a in senders if state.actor(a).country == home]
        event.participants = list(event.source)
        event.countries = sorted({home, place.country})
        event.place, event.place_from = place, "text"
        event.own_parties = list(event.participants)
        out.append(event)
    return out
