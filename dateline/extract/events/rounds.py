"""A planned round whose own words name no one has no people.

"The next round of political consultations will be held in Riyadh", "the third meeting of the
commission is scheduled for May": the round is the subject of its clause and the text names no one who
will take part, so the event's persons are empty (the guide: `persons` are the named people taking
part); its states stay, lent by the story. Talks a clause gives people to ("X will meet Y on Friday",
"the three ministers agreed to meet again") keep them.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import governing_verb, in_subtree, token_at

__all__ = ["one_of_a_series", "round_reporter", "series_sitting", "unnamed_rounds"]

_TALKS = frozenset({"meeting", "multilateral"})


def _round_is_subject(state: DocState, event: EventDraft) -> bool:
    """'The next round ... will be held': the event's noun is (in) the subject of its clause."""
    trigger = token_at(state.doc, event.trigger[0]) if state.doc is not None else None
    if trigger is None or trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    verb = governing_verb(trigger)
    return any(c.dep_ in {"nsubj", "nsubjpass"} and in_subtree(trigger, c) for c in verb.children)


def _series_modifiers(trigger: Token) -> list[Token]:
    head = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else trigger
    return [c for n in (trigger, head) for c in n.children if c.dep_ in {"amod", "compound"}]


def _in_series(trigger: Token) -> bool:
    """'the next round of consultations', 'the commission's previous meeting'."""
    return trigger.pos_ in {"NOUN", "PROPN"} and any(
        c.lower_ in word_set("series_modifiers") for c in _series_modifiers(trigger))


def round_reporter(tok: Token, trigger: Token) -> bool:
    """``tok`` is in the subject of a reporting verb whose clause tells a further round of a series as
    its own subject: "AU officials say the next round of talks will begin August 24", "Qatari
    mediators said a new round would open next month", "officials in Doha say". The speakers tell the round; its sides are the
    series' own, told before (the story lends them)."""
    if not _in_series(trigger):
        return False
    verb = governing_verb(trigger)
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and in_subtree(trigger, c) for c in verb.children):
        return False  # "X said he would hold the next round": X's own
    head = tok
    while head.dep_ in {"compound", "flat", "amod", "nmod", "poss", "pobj", "prep"} and head.head.i != head.i:
        head = head.head
    speech = head.head
    return head.dep_ == "nsubj" and speech.lemma_.lower() in word_set("speech_verbs") and any(
        c.dep_ == "ccomp" and c.i > head.i and in_subtree(verb, c) for c in speech.children)


def series_sitting(trigger: Token) -> bool:
    """'agreed to hold the next round of consultations': a talks noun told by its place in a series
    as the object of a holding verb, another sitting than the talks its sentence tells (two meetings;
    events/build.py). Not 'met to prepare for the next meeting': that one is told by its own words."""
    if not _in_series(trigger):
        return False
    head = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else trigger
    return head.dep_ == "dobj" and head.head.lemma_.lower() in word_set("holding_verbs") | {"convene", "organize"}


def one_of_a_series(state: DocState, event: EventDraft) -> bool:
    """'agreed to hold the next round of consultations', 'the third round of political consultations',
    'the commission's previous meeting': one sitting of a recurring series, told by its place in it."""
    trigger = token_at(state.doc, event.trigger[0]) if state.doc is not None else None
    if trigger is None or trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    return _in_series(trigger) or event.status == "planned" and any(
        c.ent_type_ == "ORDINAL" for c in _series_modifiers(trigger))


def unnamed_rounds(state: DocState, events: list[EventDraft]) -> None:
    """Drop the persons the story lent to a planned round (or an earlier sitting of a series) that
    names none of its own."""
    for event in events:
        if event.kind not in _TALKS or event.own_parties is None:
            continue
        series = one_of_a_series(state, event)
        if event.status != "planned" and not series:
            continue
        if any(state.actor(a).kind == "person" for a in event.own_parties):
            continue
        if not any(state.actor(a).kind == "person" for a in event.participants) or not (
                series or _round_is_subject(state, event)):
            continue
        keep = {a for a in event.participants if state.actor(a).kind != "person"}
        event.source = [a for a in event.source if a in keep]
        event.recipient = [a for a in event.recipient if a in keep]
        event.participants = [a for a in event.participants if a in keep]
