"""A visitor's escorts are visitors too: "The Mauritanian President was accompanied by a large
delegation including the Minister of Foreign Affairs, X, and ...", "Y, accompanied by Minister A and
Minister B, arrived in Baku", "The Nigerien minister was accompanied by the Chief of Staff, Gen. Z".

The named persons of the 'by' phrase of 'accompanied' (up to its first clause of its own) whose
subject is a visitor of the visit told last (in its sentence or the ``_WINDOW`` sentences before; else
the visit told first in the ``_WINDOW`` sentences after: "... The visit, the first since ..."), or
names no one else, join that visit's visitors when they serve one of its states or no state the
text tells. An escort of the host ("the Prime Minister, accompanied by X, welcomed the guest") is the
host's, not the visit's. One look-up of the lemma per document (``syntax.lemma_positions``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import lemma_positions, sentence_index

__all__ = ["visit_escorts"]

_WINDOW = 3  # sentences before the escort's sentence where the visit may be told
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _phrase(sent: Span, agent: Token) -> tuple[int, int]:
    """From 'by' to the first clause of its own ('who', 'which', ';', a finite verb) or the end."""
    for tok in sent:
        if tok.i > agent.i and (tok.tag_ in {"WDT", "WP"} or tok.text == ";"
                                or tok.tag_ in _FINITE and tok.pos_ in {"VERB", "AUX"}):
            return agent.idx, tok.idx
    return agent.idx, sent.end_char


def _escorted(verb: Token) -> Token | None:
    """Who is accompanied: the passive subject ('X was accompanied by'), or the noun or the clause's
    subject a participle hangs on ('X, accompanied by A, arrived')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return subject
    if verb.dep_ == "acl":
        return verb.head
    if verb.dep_ in {"advcl", "conj"}:
        return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


def _persons(state: DocState, lo: int, hi: int) -> list[str]:
    return [m.actor_id for m in state.mentions_starting(lo, hi) if m.end <= hi
            and state.actor(m.actor_id).kind == "person" and state.actor(m.actor_id).role != "honorific"]


def visit_escorts(state: DocState, events: list[EventDraft]) -> None:
    """Add to the visit told last the named people its visitor was accompanied by."""
    doc = state.doc
    visits = sorted((e for e in events if e.kind == "visit" and state.persons(e.source)), key=lambda e: e.trigger[0])
    if doc is None or not visits:
        return
    positions = lemma_positions(doc, word_set("escort_lemmas"))
    if not positions:
        return
    sents = list(doc.sents)
    for i in positions:
        verb = doc[i]
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        escorted = _escorted(verb) if agent is not None else None
        at = sentence_index(sents, verb.idx)
        if agent is None or escorted is None or at is None:
            continue
        window = sents[max(at - _WINDOW, 0)].start_char, sents[min(at + _WINDOW, len(sents) - 1)].end_char
        told = [v for v in visits if window[0] <= v.trigger[0] < sents[at].end_char]
        later = [v for v in visits if sents[at].end_char <= v.trigger[0] < window[1]]
        if not told and not later:
            continue
        visit = told[-1] if told else later[0]  # "X received Y. Y was accompanied by Z. The visit, ..."
        lo, hi = escorted.left_edge.idx, escorted.right_edge.idx + len(escorted.right_edge)
        if agent.idx < hi:
            hi = agent.idx
        subject = _persons(state, lo, hi)
        if subject and not set(subject) <= set(visit.source):
            continue  # another's escort: the host's, or a person of no visit
        _add(state, visit, _persons(state, *_phrase(sents[at], agent)))


def _add(state: DocState, visit: EventDraft, people: list[str]) -> None:
    """The escorts of a third state are no visitors of this visit (an escort the people stage gave the
    dateline's state by default is: 'X, accompanied by Minister of Foreign Affairs Y, arrived in Seoul')."""
    new = [a for a in dict.fromkeys(people) if a not in visit.participants
           and (state.actor(a).country is None or state.actor(a).country in visit.countries)]
    if new:
        visit.source = [*visit.source, *new]
        visit.participants = list(dict.fromkeys([*visit.source, *visit.recipient]))
