"""Trigger words used in a sense that is no engagement between states.

"talk of dialogue" is speech about talks; "telling television audiences" speaks to viewers, not
in an audience granted by a head of state; "many states have signed on to the programme" joins an initiative, it signs no document; "arrived
in Jordan for medical treatment" and "is on holiday in Spain" are private stays; "visited the
former president in jail" calls on a detainee, not on a state. "The talks will focus on energy",
"Mr. X's talks will cover Iraq" after talks were told: a definite engagement noun whose clause tells
its agenda retells the talks named before, it tells no new engagement. "When the talks resume", "will
continue the negotiations, provided ...": a standing negotiation carried on, no round held.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.cues import Cue, find_triggers
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
    if cue.kind == "agreement" and tok.dep_ == "pobj" and tok.head.lower_ == "to":
        verb = tok.head.head
        return verb.lemma_.lower() == "sign" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    if cue.kind in {"meeting", "multilateral", "call"} and cue.via == "noun" and _agenda_told(tok):
        return True  # "the meeting will focus on how ...": its topic, the meeting itself told elsewhere
    if cue.kind in {"meeting", "multilateral"} and cue.via == "noun" and _standing_talks(tok):
        return True  # "when talks resume", "will continue the negotiations": the negotiation, no round
    if cue.kind == "visit":
        return _private_stay(tok) or _visits_confined(tok)
    return False  # ("signed on to the U.S.-led programme": joined it)


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


def _agenda_told(tok: Token) -> bool:
    """'the talks will focus on energy', 'Talks are expected to focus on ...', 'officials leading the
    meeting will concentrate on ...': the noun (bare: no party phrase, no nationality of its own) is in
    the subject of a verb that tells a topic. Not "talks between Kazakh and Uzbek ministers will focus
    on water", which names its parties, nor "the talks in Geneva on Tuesday will cover ...", which
    dates or places one of its own."""
    if any(c.dep_ == "prep" and c.lower_ in word_set("party_prepositions") for c in tok.children) or any(
            c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE", "ORG"} for c in tok.children):
        return False
    if any(t.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"} for t in tok.subtree if t.i != tok.i):
        return False  # "Tuesday's talks", "the talks in Geneva will focus on ...": dated or placed, one of its own
    if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in {"the", "these", "this"} for c in tok.children):
        return False  # definite: "the talks", "Mr. X's talks" point back; a bare "talks" may be new
    cur = tok
    for _ in range(3):  # up to the clause whose subject holds the noun
        if cur.dep_ in {"nsubj", "nsubjpass", "csubj"}:
            break
        if cur.dep_ not in {"dobj", "pobj", "prep"} or cur.head.i == cur.i:
            return False
        cur = cur.head
    else:
        return False
    verb = cur.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "are expected to focus on"
    if not any(v.lemma_.lower() in word_set("agenda_verbs") for v in verbs):
        return False
    return _talks_told_before(tok)


def _talks_told_before(tok: Token) -> bool:
    """An earlier sentence tells talks ('will hold talks with', 'met'): the noun points back to them.
    After a visit alone ("will visit Islamabad next week ... the talks will center on trade") the
    talks are the visit's own, told here only: they stay a meeting (a visit with talks is both)."""
    start = tok.sent.start
    return any(c.kind in {"meeting", "multilateral", "call"} for sent in tok.doc.sents if sent.end <= start
               for c in find_triggers(sent))


def _standing_talks(tok: Token) -> bool:
    """'when talks resume', 'will continue the negotiations, provided ...', 'resuming peace talks will
    depend on ...', 'talks will be curtailed if ...': the plural noun is carried on, taken up or cut in
    a clause that is not past and has no day: a standing negotiation, no round held or scheduled. Not
    "talks resumed in Doha", "will resume talks on Monday", "talks between X and Y will resume"."""
    if tok.tag_ not in {"NNS", "NNPS"} or any(
            c.dep_ == "prep" and c.lower_ in word_set("party_prepositions") for c in tok.children):
        return False
    if tok.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    verb = tok.head
    ups = [verb, *([verb.head] if verb.dep_ in {"csubj", "xcomp"} else [])]  # "resuming talks will depend"
    if not any(v.lemma_.lower() in word_set("standing_talk_verbs") for v in ups):
        return False
    for v in ups:
        if v.tag_ in {"VBD", "VBN"} and not any(c.lower_ in {"will", "would", "be", "been"} for c in v.children):
            return False  # "talks resumed", "have continued": told as held
        if any(t.ent_type_ in {"DATE", "TIME"} for t in v.subtree):
            return False  # "will resume talks next week": a round scheduled
    return True
