"""'The meeting was attended by the Ambassador of Tajikistan to the Kingdom, X': the named people a
sentence says attended the talks told just before are parties of those talks.

A sentence whose passive 'attend' has for subject a bare back-reference to talks ('the meeting', 'the
talks', 'the reception': no name, no 'of' of its own) adds the persons of its 'by' phrase to the
last bilateral meeting told before it, within the two sentences before, when they serve one of its
states (or no state the text tells). One pass over the document's sentences, after the story frame;
a gathering's or a multilateral meeting's attendees are told elsewhere (:mod:`.attendance`).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import phrase_span

__all__ = ["meeting_attendees"]


def _bare_talks(noun: Token) -> bool:
    return noun.lemma_.lower() in word_set("meeting_nouns") and any(
        c.dep_ == "det" and c.lower_ in {"the", "this"} for c in noun.children) and not any(
        c.dep_ in {"compound", "poss", "nummod"} or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _agents(verb: Token) -> list[Token]:
    """The persons' phrases of 'attended by A, B and C' (each without its own clauses)."""
    found: list[Token] = []
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for obj in (c for c in agent.children if c.dep_ == "pobj"):
            found += [obj, *(c for c in obj.children if c.dep_ in {"conj", "appos"})]
    return found


def meeting_attendees(state: DocState, events: list[EventDraft]) -> None:
    """Add to the talks told just before the named people 'the meeting was attended by'."""
    doc = state.doc
    if doc is None:
        return
    talks = sorted((e for e in events if e.kind == "meeting"), key=lambda e: e.trigger[0])
    if not talks:
        return
    sents = list(doc.sents)
    for index, sent in enumerate(sents):
        for verb in sent:
            if verb.lemma_.lower() != "attend" or not any(
                    c.dep_ == "nsubjpass" and _bare_talks(c) for c in verb.children):
                continue
            window = sents[max(index - 2, 0)].start_char
            before = [e for e in talks if window <= e.trigger[0] < verb.idx]
            if not before:
                continue
            target = before[-1]
            people = [m.actor_id for t in _agents(verb) for m in state.mentions_starting(*phrase_span(t))
                      if state.actor(m.actor_id).kind == "person" and state.actor(m.actor_id).role != "honorific"]
            for person in dict.fromkeys(people):
                country = state.actor(person).country
                if person in target.participants or country and country not in target.countries:
                    continue
                target.recipient = [*target.recipient, person]
                target.participants = [*target.participants, person]
