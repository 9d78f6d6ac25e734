"""A visitor's escorts are visitors too: "The Mauritanian President was accompanied by a large
delegation including the Minister of Foreign Affairs, X, and ...", "Y, accompanied by Minister A and
Minister B, arrived in Baku", "The Nigerien minister was accompanied by the Chief of Staff, Gen. Z";
so are the members of the delegation a visitor leads: "Y, who heads a delegation that includes
Minister A, arrived ...", "Y arrived at the head of a delegation that includes A".

The named persons of the 'by' phrase of 'accompanied' (or of the members' clause: 'that includes',
'including') up to its first clause of its own, whose subject (the delegation's leader) is a visitor of the visit told last (in its sentence or the ``_WINDOW`` sentences before; else
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
    """Add to the visit told last the named people its visitor was accompanied by, or whom the
    delegation its visitor heads includes."""
    doc = state.doc
    visits = sorted((e for e in events if e.kind == "visit" and state.persons(e.source)), key=lambda e: e.trigger[0])
    if doc is None or not visits:
        return
    sents = list(doc.sents)
    for i in lemma_positions(doc, word_set("escort_lemmas")):
        verb = doc[i]
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        escorted = _escorted(verb) if agent is not None else None
        if agent is not None and escorted is not None:
            _escort(state, visits, sents, escorted, agent)
    for i in lemma_positions(doc, word_set("delegation_list_verbs") | {"including"}):
        members = doc[i]
        leader = _leader(members)
        if leader is not None:
            _escort(state, visits, sents, leader, members)


def _leader(members: Token) -> Token | None:
    """Who leads the delegation whose members ``members`` lists: "X, who heads a delegation that includes
    A", "X, leading a delegation including A", "X arrived at the head of a delegation that includes A"
    (the one the leading verb is said of, or the subject of the clause 'at the head of' hangs on)."""
    noun = members.head
    if not (members.dep_ == "relcl" or members.dep_ == "prep" and members.lower_ == "including") \
            or noun.lemma_.lower() not in word_set("led_delegation_nouns"):
        return None
    gov = noun.head
    if noun.dep_ == "dobj" and gov.lemma_.lower() in word_set("delegation_lead_lemmas") and gov.pos_ == "VERB":
        subject = next((c for c in gov.children if c.dep_ == "nsubj" and c.tag_ not in {"WP", "WDT"}), None)
        return subject if subject is not None else gov.head if gov.dep_ in {"relcl", "acl"} else None
    if noun.dep_ == "pobj" and gov.lower_ == "of" and gov.head.lemma_.lower() in word_set("delegation_lead_lemmas") \
            and gov.head.dep_ == "pobj" and gov.head.head.lower_ == "at":
        verb = gov.head.head.head
        return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


def _escort(state: DocState, visits: list[EventDraft], sents: list[Span], escorted: Token, agent: Token) -> None:
    """Join to the visit told last (else next) the persons ``agent``'s phrase names, when ``escorted``
    is one of its visitors (or names no one)."""
    at = sentence_index(sents, agent.idx)
    if at is not None:
        window = sents[max(at - _WINDOW, 0)].start_char, sents[min(at + _WINDOW, len(sents) - 1)].end_char
        lo, hi = escorted.left_edge.idx, escorted.right_edge.idx + len(escorted.right_edge)
        if agent.i > escorted.i and agent.idx < hi:
            hi = agent.idx
        subject = _persons(state, lo, hi)
        # the visit of the one escorted, when he is named ("Y recalled his visit to Hanoi. X, who heads a
        # delegation that includes Z, ...": X's visit told before, not Y's told last)
        own = [v for v in visits if set(subject) <= set(v.source)]
        told = [v for v in own if window[0] <= v.trigger[0] < sents[at].end_char]
        later = [v for v in own if sents[at].end_char <= v.trigger[0] < window[1]]
        if not told and not later:
            return  # another's escort: the host's, or a person of no visit
        visit = told[-1] if told else later[0]  # "X received Y. Y was accompanied by Z. The visit, ..."
        _add(state, visit, _persons(state, *_phrase(sents[at], agent)))


def _add(state: DocState, visit: EventDraft, people: list[str]) -> None:
    """The escorts of a third state are no visitors of this visit (an escort the people stage gave the
    dateline's state by default is: 'X, accompanied by Minister of Foreign Affairs Y, arrived in Seoul')."""
    new = [a for a in dict.fromkeys(people) if a not in visit.participants
           and (state.actor(a).country is None or state.actor(a).country in visit.countries)]
    if new:
        visit.source = [*visit.source, *new]
        visit.participants = list(dict.fromkeys([*visit.source, *visit.recipient]))
