"""Trigger words used in a sense that is no engagement between states.

"talk of dialogue" is speech about talks; "telling television audiences" speaks to viewers, not
in an audience granted by a head of state; "many states have signed on to the programme" joins an initiative, it signs no document; "arrived
in Jordan for medical treatment" and "is on holiday in Spain" are private stays; "visited the
former president in jail" calls on a detainee, not on a state; "after two decades of negotiations"
counts talks in years, a process and no round of them; "the meeting of the X-Y Business Council" is a
sitting of companies, not of states; "was met at the airport by X" is a greeting, not talks; "the
attempt was met by military intervention from Turkey" and "the plan was met by protests" tell a
response to a deed, no one met; "nations who regularly meet" tell a habit, no sitting.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.arrival_greetings import greeted_on_arrival
from dateline.extract.events.cues import Cue
from dateline.extract.events.words import word_set

__all__ = ["other_sense"]


def other_sense(cue: Cue) -> bool:
    """The cue's word is used in a sense that names no engagement."""
    tok = cue.token
    if cue.kind == "meeting" and cue.via == "noun" and tok.lemma_.lower() == "audience" and any(
            c.dep_ in {"compound", "amod"} and c.lower_ in word_set("viewer_modifiers") for c in tok.children):
        return True  # "told television audiences", "a live radio audience": viewers and listeners
    if cue.kind in {"meeting", "multilateral"} and cue.via == "noun" and tok.lower_ == "talk" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True  # "the talk of dialogue", "talk of a summit": speech about it, no talks held
    if cue.kind in {"meeting", "multilateral"} and cue.via == "noun" and _business_body(tok):
        return True  # "the next meeting of the Kazakhstan-Qatar Business Council": companies sit, not states
    if cue.kind in {"meeting", "multilateral"} and cue.via == "noun" and _talks_over_years(tok):
        return True  # "after two decades of negotiations", "years of talks": a long process, no round told
    if cue.kind == "meeting" and cue.via == "verb" and greeted_on_arrival(tok):
        return True  # "At the airport, he was met by X": a guest welcomed off the plane, no talks
    if cue.kind in {"meeting", "multilateral"} and cue.via == "verb" and _met_by_a_response(tok):
        return True  # "the attempt was met by military intervention from Turkey": a response, no talks
    if cue.kind in {"meeting", "multilateral", "call"} and cue.via == "verb" and _habitual(tok):
        return True  # "Pacific nations who regularly meet to discuss trade", "the two leaders often talk": a habit
    if cue.kind == "agreement" and tok.dep_ == "pobj" and tok.head.lower_ == "to":
        verb = tok.head.head
        return verb.lemma_.lower() == "sign" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    if cue.kind == "visit":
        return _private_stay(tok) or _visits_confined(tok)
    return False  # ("signed on to the U.S.-led programme": joined it)


def _habitual(tok: Token) -> bool:
    """'who regularly meet', 'meet often', 'routinely confer': a verb of talks told with an adverb of
    frequency tells what the sides do from time to time, no sitting of this report."""
    return any(c.dep_ == "advmod" and c.lower_ in word_set("frequency_adverbs") for c in tok.children)


def _met_by_a_response(tok: Token) -> bool:
    """'was met by military intervention', 'was met by protests from A and B': the passive 'meet'
    whose agent is a response (``response_nouns``), not a party."""
    if tok.lemma_.lower() != "meet" or not any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children):
        return False
    agents = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return bool(agents) and all(o.lemma_.lower() in word_set("response_nouns") for o in agents)


def _business_body(tok: Token) -> bool:
    """'the meeting of the Kazakhstan-Qatar Business Council', 'a session of the Joint Business Board'."""
    bodies = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in word_set("business_bodies") and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in word_set("business_body_modifiers") for c in o.children)
        for o in bodies)


def _talks_over_years(tok: Token) -> bool:
    """'more than two decades of negotiations', 'after months of talks': talks counted in spans of
    time (plural 'years', 'decades', ...) are a process, not an engagement of this report."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or tok.tag_ not in {"NNS", "NNPS"}:
        return False
    span = prep.head
    return span.tag_ == "NNS" and span.lemma_.lower() in word_set("duration_nouns")


def _private_stay(tok: Token) -> bool:
    """'arrived in Jordan for medical treatment', 'flew to Germany for surgery', 'on holiday in Spain'."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    for prep in (c for c in [*tok.children, *verb.children] if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if prep.lower_ == "for" and obj.lemma_.lower() in word_set("private_purposes"):
                return True
            if prep.lower_ == "on" and obj.lemma_.lower() in word_set("private_leaves"):
                return True
    return False


def _visits_confined(tok: Token) -> bool:
    """'visited Mr. X in jail', 'visited the wounded envoy in hospital': a call on a person held or
    treated there."""
    if tok.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in word_set("confinement_places") for o in p.children)
        for p in tok.subtree if p.head.i == tok.i or p.head.dep_ == "dobj")
