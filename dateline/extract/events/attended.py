"""'The meeting was attended by the Ambassador of Tajikistan to the Kingdom, X': the named people a
sentence says attended the talks told just before are parties of those talks.

A sentence says so with a bare back-reference to talks ('the meeting', 'the talks', 'the reception':
no name, no 'of' of its own) in one of four shapes: the subject of a passive 'attend' ("The talks were
also attended by A and B"), the object of an active 'attend'/'join' ("A and B also attended the
meeting"), the object of 'in' after 'take part'/'participate' ("A took part in the talks"), or of 'at'
after 'present' ("Also present at the meeting were A and B"). The named persons of the phrase that
tells who (the 'by' phrase, the subject, or what follows the copula) up to its first clause of its own
are added to the last bilateral meeting told before it, within the three sentences before, when they
serve one of its states (or no state the text tells). One pass over the document's sentences, after
the story frame; a gathering's or a multilateral meeting's attendees are told elsewhere
(:mod:`.attendance`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set

__all__ = ["meeting_attendees"]

_WINDOW = 3  # sentences before the attendance sentence where the talks may be told


def _bare_talks(noun: Token) -> bool:
    return noun.lemma_.lower() in word_set("meeting_nouns") and any(
        c.dep_ == "det" and c.lower_ in {"the", "this"} for c in noun.children) and not any(
        c.dep_ in {"compound", "poss", "nummod"} or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _in_talks(word: Token, preps: set[str]) -> bool:
    """'in the talks' / 'at the meeting' hangs from ``word``."""
    return any(c.dep_ == "prep" and c.lower_ in preps and any(o.dep_ == "pobj" and _bare_talks(o) for o in c.children)
               for c in word.children)


def _clause_end(sent: Span, start: int) -> int:
    """The character where the persons' phrase that starts at ``start`` ends: at a clause of its own
    ('who', 'which', a second verb) or the end of the sentence."""
    for tok in sent:
        if tok.idx > start and (tok.tag_ in {"WDT", "WP"} or tok.text == ";"
                                or tok.pos_ == "VERB" and tok.ent_type_ != "TITLE"):
            return tok.idx
    return sent.end_char


def _who(sent: Span, verb: Token) -> tuple[int, int] | None:
    """The character range that names the attendees, when ``verb`` says the talks were attended."""
    lemma = verb.lemma_.lower()
    if lemma == "attend" and any(c.dep_ == "nsubjpass" and _bare_talks(c) for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)  # "were attended by A and B"
        return None if agent is None else (agent.idx, _clause_end(sent, agent.idx))
    subject_first = (lemma in word_set("attendee_verbs") and verb.pos_ == "VERB"
                     and any(c.dep_ == "dobj" and _bare_talks(c) for c in verb.children)) \
        or (lemma in word_set("attendee_in_verbs") and _in_talks(verb, {"in"})
            and (lemma != "take" or any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)))
    if subject_first:  # "A and B also attended the meeting", "A took part in the talks"
        return (sent.start_char, verb.idx) if any(c.dep_ == "nsubj" for c in verb.children) else None
    if verb.lower_ in word_set("attendee_adjectives") and _in_talks(verb, {"at", "in"}) \
            and verb.head.lemma_ == "be" and verb.head.i > verb.i:  # "Also present at the meeting were A and B"
        start = verb.head.idx + len(verb.head)
        return start, _clause_end(sent, start)
    return None


def meeting_attendees(state: DocState, events: list[EventDraft]) -> None:
    """Add to the talks told just before the named people a sentence says attended them."""
    doc = state.doc
    if doc is None:
        return
    talks = sorted((e for e in events if e.kind == "meeting"), key=lambda e: e.trigger[0])
    if not talks:
        return
    sents = list(doc.sents)
    for index, sent in enumerate(sents):
        for verb in sent:
            span = _who(sent, verb)
            if span is None:
                continue
            window = sents[max(index - _WINDOW, 0)].start_char
            before = [e for e in talks if window <= e.trigger[0] < verb.idx]
            if not before:
                continue
            target = before[-1]
            people = [m.actor_id for m in state.mentions_starting(*span) if m.end <= span[1]
                      and state.actor(m.actor_id).kind == "person" and state.actor(m.actor_id).role != "honorific"]
            for person in dict.fromkeys(people):
                country = state.actor(person).country
                if person in target.participants or country and country not in target.countries:
                    continue
                target.recipient = [*target.recipient, person]
                target.participants = [*target.participants, person]
