"""Whether the story an engagement was told in goes on: a new story starts a new frame.

A report (and, more so, a window of a news round-up) tells one story after another. A mention that
names no parties of its own ("the talks", "the meeting was postponed") takes them from the
engagement told last only while that engagement's story goes on: every sentence between them
mentions one of its parties (a name, a title, a pronoun resolved to one of them, or one of its
states), or names no one and points back with its subject ("They also discussed ...", "The
participants agreed ..."). Two sentences in a row that do neither, one of them naming someone or
somewhere of another state, start another story ("Heavy rain flooded
... Officials say thousands were evacuated. The talks are expected to last a week."): the later
mention's parties are not the earlier engagement's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import span_ents

__all__ = ["story_goes_on"]

_GAP = 2  # sentences in a row that mention none of the engagement's parties: another story


def _told_back(sent: Span) -> bool:
    """The sentence's subject points back: a pronoun or a definite phrase ('They also discussed', 'The
    participants agreed'), not a new topic ('Heavy rain flooded ...', 'Rescue teams say ...')."""
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    if subject.lower_ in word_set("story_pronouns"):
        return True
    return any(c.dep_ in {"det", "poss"} and c.lower_ in word_set("story_determiners") for c in subject.children)


def _touches(state: DocState, told: EventDraft, sent: Span) -> bool:
    parties, states = set(told.participants), set(told.countries)
    mentions = state.mentions_starting(sent.start_char, sent.end_char)
    if any(m.actor_id in parties or state.actor(m.actor_id).country in states for m in mentions):
        return True
    return not any(state.actor(m.actor_id).kind in {"person", "country"} for m in mentions) and _told_back(sent)


def _elsewhere(state: DocState, told: EventDraft, sent: Span) -> bool:
    """The sentence names someone or somewhere of another state than the engagement's ('Heavy rain
    flooded parts of Porto Alegre'); a sentence naming nothing ('Grain accounts for a third of it')
    may be the story's own background."""
    states = set(told.countries)
    if any(state.actor(m.actor_id).kind in {"person", "country"} and state.actor(m.actor_id).country not in states
           for m in state.mentions_starting(sent.start_char, sent.end_char)):
        return True
    places = (lookup_place(e.text) for e in span_ents(sent) if e.label_ in {"GPE", "LOC"})
    return any(p is not None and p.country and p.country not in states for p in places)


def _sentences_from(doc: Doc, lo: int, hi: int) -> Iterator[Span]:
    """The sentences that start at or after character ``lo`` and before ``hi``, found from the token
    at ``lo`` (a binary search) rather than by walking the document from its first sentence: the
    merge asks once per lent mention, so a walk from the start was quadratic on long reports."""
    i = bisect_left(doc, lo, key=lambda t: t.idx)
    while i < len(doc):
        sent = doc[i].sent
        if sent.start_char >= hi:
            return
        if sent.start_char >= lo:
            yield sent
        i = sent.end


def story_goes_on(state: DocState, told: EventDraft, later: EventDraft) -> bool:
    """No run of ``_GAP`` sentences between ``told`` and ``later`` that mention none of ``told``'s
    parties or states, one of them naming another state's people or places."""
    if state.doc is None or later.sentence[0] <= told.sentence[0]:
        return True
    gap, foreign = 0, False
    for sent in _sentences_from(state.doc, told.sentence[1], later.sentence[0]):
        if _touches(state, told, sent):
            gap, foreign = 0, False
            continue
        gap, foreign = gap + 1, foreign or _elsewhere(state, told, sent)
        if gap >= _GAP and foreign:
            return False
    return True
