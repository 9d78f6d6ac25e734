"""The other side of talks whose clause names only one: the state whose capital they are held in.

"The Omani foreign minister held talks in Nairobi on Tuesday", "X, who is in Moscow for talks on
the missile shield, said ...": talks need two sides, the clause names one state's official and no
counterpart ("with" nobody, no object), and the talks are placed in another state's capital. The
host state is the counterpart (the government a visiting official holds talks with in its
capital). A neutral venue that is no capital ("talks in Geneva", "in Abuja" when Nigeria is the
capital's state but a party is no official) is left alone: only an official of the one state named
makes the host state the other side.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.landmarks import capital_of
from dateline.extract.places import is_state_code
from dateline.extract.syntax import governing_verb

__all__ = ["host_counterpart"]


def _counterpart_told(tok: Token) -> bool:
    """The clause names someone the talks are with: 'with X', 'met X', 'talks between A and B', or
    a subject of more than one ('the two ministers held talks')."""
    verb = governing_verb(tok)
    for owner in {tok, verb}:
        for child in owner.children:
            if child.dep_ == "prep" and child.lower_ in {"with", "between", "among"}:
                return True
            if owner is verb and child.dep_ == "dobj" and child.i != tok.i and child.pos_ in {"PROPN", "NOUN"} \
                    and child.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"}:
                return True
            if child.dep_ in {"nsubj", "nsubjpass"} and (
                    child.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in child.children)):
                return True  # "the two leaders held talks in Moscow", "A and B met in Cairo"
    return False


def host_counterpart(state: DocState, event: EventDraft, tok: Token) -> bool:
    """Talks of one state's official, with no counterpart told, placed by their own clause in
    another state's capital: the host state is the other side."""
    place = event.place
    if event.kind != "meeting" or place is None or event.place_from != "text" or not is_state_code(place.country):
        return False
    own = set(event.countries)
    if len(own) != 1 or place.country in own or not all(is_state_code(c) for c in own):
        return False
    capital = capital_of(place.country or "")
    if capital is None or capital.name != place.name:
        return False
    officials = {a for a in event.source if state.actor(a).kind == "person" and state.actor(a).country in own}
    return bool(officials) and _in_clause(state, officials, tok) and not _counterpart_told(tok)


def _in_clause(state: DocState, officials: set[str], tok: Token) -> bool:
    """One of ``officials`` is named in the talks' own clause ('X held talks in Riyadh', 'X, who is in
    Moscow for talks'), not only as the one who tells of them ('a spokeswoman says a meeting was
    scheduled in Vienna')."""
    verb = governing_verb(tok)
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    if verb.dep_ == "relcl":  # "X, who is in Moscow for talks": the clause's antecedent
        lo = min(lo, verb.head.left_edge.idx)
    says = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(m.actor_id in officials and not any(c.left_edge.idx <= m.start < c.right_edge.idx + 1 for c in says)
               for m in state.mentions_in(lo, hi))
