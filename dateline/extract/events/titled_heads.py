"""The side a head told by title alone gives: "HH the Amir received Pakistani Foreign Minister X".

State agencies tell their own head's receptions and talks by title alone ("HH the Amir received",
"His Majesty the King received", "The President met the visiting ..."): no name and no state, and
the report is datelined in that head's state. Talks whose parties name one state only, the other
side being such a title as the subject of the encounter verb (or the agent of "was received by the
Amir"), take the dateline's state as their other side. A title that names its state ("the Amir of
Kuwait") or its person ("the Amir Sheikh Tamim") is read elsewhere; a title inside the one state's
own phrase ("the Pakistani President") is that state's.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import country_name, is_state_code
from dateline.extract.syntax import governing_verb

__all__ = ["titled_head_sides"]

_KINDS = frozenset({"meeting", "call"})


def _unnamed_head(phrase: Token) -> bool:
    """The phrase is a head's title alone: a head's title word, no person, no state or demonym."""
    words = list(phrase.subtree)
    if any(t.ent_type_ in {"PERSON", "GPE", "NORP"} and t.text[:1].isupper() and t.lower_ not in word_set(
            "unnamed_head_titles") for t in words):
        return False
    text = " ".join(t.lower_ for t in words)
    return any(f" {title} " in f" {text} " for title in word_set("unnamed_head_titles"))


def _told_by_head(tok: Token) -> bool:
    verb = governing_verb(tok)
    for child in verb.children:
        if child.dep_ == "nsubj" and _unnamed_head(child):
            return True
        if child.dep_ == "agent" and any(o.dep_ == "pobj" and _unnamed_head(o) for o in child.children):
            return True
    return False


def titled_head_sides(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """Each one-state talks told by an unnamed head, with the dateline's state as its other side."""
    home = state.dateline.country if state.dateline is not None else None
    if state.doc is None or not home or not is_state_code(home):
        return events
    for event in events:
        codes = set(event.countries) - {home}
        if event.kind not in _KINDS or len(codes) != 1 or not all(is_state_code(c) for c in codes) or any(
                state.actor(a).country == home for a in event.participants):
            continue  # the home side is told already, or the talks are not one state's with the head's
        if not any(state.actor(a).kind == "person" and (state.actor(a).title or state.actor(a).role == "official")
                   for a in event.participants):
            continue  # "The president received German business leaders": no state's official received
        span = state.doc.char_span(*event.trigger, alignment_mode="expand")
        if span is None or not _told_by_head(span.root):
            continue
        event.countries = sorted({*codes, home})
        host = state.state_actor(home, country_name(home))  # told only by the dateline: a party all the same
        if host.id not in event.participants:
            event.recipient, event.participants = [*event.recipient, host.id], [*event.participants, host.id]
    return events
