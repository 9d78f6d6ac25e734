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
from dateline.extract.events.represented import verb_lemma
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, governing_verb, in_subtree, token_at

__all__ = ["one_of_a_series", "round_reporter", "series_sitting", "talked_of_rounds", "unnamed_rounds"]

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


def _doer_of(tok: Token, verb: Token) -> bool:
    """``tok`` is in the subject or the by-phrase of ``verb``."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "agent"} and in_subtree(tok, c) for c in verb.children)


def _talked_of(top: Token) -> bool:
    """The sitting is what a verb or a noun of talking tells of: "discussed the 8th meeting", "reviewed
    the preparations for the second session", "coincides with the preparations for the first meeting"."""
    cur = top
    for _ in range(6):
        if cur.dep_ == "conj":
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.lower_ in {"for", "of", "on"}:
            cur = cur.head.head
            if cur.lemma_.lower() in word_set("sitting_talk_nouns") or cur.lower_ in word_set("sitting_talk_nouns"):
                return True
        else:
            return cur.dep_ == "dobj" and verb_lemma(cur.head) in word_set("sitting_talk_verbs")
    return False


def _takes_part(tok: Token, trigger: Token) -> bool:
    """The person at ``tok`` is told as taking part in the sitting at ``trigger``: named in the
    sitting's own phrase ("the next session, to be co-chaired by X"), in the 'with' phrase of the verb
    that holds it ("will hold the next round with Y"), as a doer of a verb of taking part whose clause
    holds the sitting ("X will co-chair the next meeting", "will be convened in Manila, co-chaired by X")
    or of a verb above one ("X will travel to Muscat to take part in the 9th meeting"), or a doer of the verb
    that holds it ("the presidents will hold the next meeting", "they agreed to hold the next round")."""
    top = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else trigger
    if top.left_edge.i <= tok.i <= top.right_edge.i:
        return True
    parts = word_set("sitting_part_verbs")
    holding = word_set("holding_verbs") | word_set("sitting_holding_verbs")
    chain = [v for v in list(ancestors(top, 8))[1:] if v.pos_ in {"VERB", "AUX"}]
    taking = False
    for verb in chain:
        taking = taking or verb_lemma(verb) in parts or verb.i == chain[0].i and verb_lemma(verb) in holding
        if taking and _doer_of(tok, verb):
            return True
        if verb_lemma(verb) in word_set("holding_verbs") | parts and any(
                c.dep_ == "prep" and c.lower_ == "with" and in_subtree(tok, c) for c in verb.children):
            return True
    return any(verb_lemma(v) in parts and _doer_of(tok, v) for verb in chain[:1]
               for v in verb.subtree if v.i != verb.i and v.pos_ == "VERB")


def talked_of_rounds(state: DocState, events: list[EventDraft]) -> None:
    """A planned sitting of a series told as what is talked of, whose sentence names people only as those who
    talk of it, has none.

    "The two ministers reviewed the preparations for the second session of political consultations",
    "they agreed to hold the next round in Helsinki", "In the conversation with X, the parties discussed
    the 8th meeting of the committee": who will sit at it is not told (the guide lists only the people
    the text says will take part in a planned sitting); its states stay. Those who hold it keep it
    ("agreed to hold the next round": gold files differ, a07 empty; read as theirs).
    """
    doc = state.doc
    if doc is None:
        return
    for event in events:
        if event.kind not in _TALKS or event.status != "planned" or not state.persons(event.participants):
            continue
        trigger = token_at(doc, event.trigger[0])
        if trigger is None or not one_of_a_series(state, event):
            continue
        if not _talked_of(trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else trigger):
            continue
        told = [t for m in state.mentions_in(*event.sentence)
                if state.actor(m.actor_id).kind == "person" and (t := token_at(doc, m.start)) is not None]
        if any(_takes_part(t, trigger) for t in told):
            continue
        people = set(state.persons(event.participants))
        event.source = [a for a in event.source if a not in people]
        event.recipient = [a for a in event.recipient if a not in people]
        event.participants = [a for a in event.participants if a not in people]
