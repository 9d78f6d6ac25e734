"""The session of a body of two states is talks between them, not a gathering.

"The first session of the Kuwaiti-Brazilian Joint Political Consultations Committee", "the 12th
session of the Azerbaijan-Uzbekistan intergovernmental commission": the guide counts bilateral
commission sessions as meetings. A gathering named as a sitting of a commission, committee or
council whose name pairs two states (two demonyms or country names joined by a hyphen) becomes a
meeting of those two states; so does a sitting the body holds as the subject of its verb ("The
Kuwaiti-Egyptian joint committee held its 12th session"), and so do talks told by a sitting noun of
such a body in lower case ("the next meeting of the Kyrgyz-Uzbek intergovernmental commission will
be held in Tashkent"). One pass over the document's events.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import country_code, country_name, demonym_code
from dateline.extract.syntax import governing_verb, token_at

__all__ = ["bilateral_sessions", "body_sides", "draft_body", "sitting_body"]

_PAIR = re.compile(r"\b([A-Z][\w']+)\s?[-\u2013]\s?([A-Z][\w']+)\b")


def _pair(name: str) -> tuple[str, str] | None:
    """The two states a hyphenated pair in ``name`` names ('Kuwaiti-Brazilian' -> KWT, BRA)."""
    for match in _PAIR.finditer(name):
        first, second = (demonym_code(w) or country_code(w) or "" for w in match.groups())
        if first != second and all(len(c) == 3 and c.isupper() for c in (first, second)):
            return first, second
    return None


def _sitting_of_body(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and any(w in word_set("bilateral_sittings") for w in words[:4]) and any(
        w.strip(",.") in word_set("bilateral_bodies") for w in words)


def _holder(state: DocState, event: EventDraft) -> str:
    """The body that holds the sitting, told as the subject of its verb: 'The Kuwaiti-Egyptian joint
    committee held its 12th session' (the sitting's own name names no body)."""
    trigger = token_at(state.doc, event.trigger[0]) if state.doc is not None else None
    verb = governing_verb(trigger) if trigger is not None else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return "".join(t.text_with_ws for t in subject.subtree).strip() if subject is not None else ""


def bilateral_sessions(state: DocState, events: list[EventDraft]) -> None:
    """Make each gathering that is the sitting of a two-state body a meeting of those states."""
    for event in events:
        if event.kind != "gathering" or not event.name:
            continue
        name = event.name if _sitting_of_body(event.name) else f"{event.name} of {_holder(state, event)}"
        if not _sitting_of_body(name):
            continue
        pair = _pair(name)
        if pair is None:
            continue
        event.kind = "meeting"
        event.countries = sorted({*event.countries, *pair})


def sitting_body(trigger: Token) -> Token | None:
    """The body a sitting noun names in its of-phrase: 'the next meeting of the Kyrgyz-Uzbek
    intergovernmental commission' -> commission (a sitting of its own, not the sentence's other talks)."""
    if trigger.lower_ not in word_set("bilateral_sittings"):
        return None
    return next((o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.lower_ in word_set("bilateral_bodies")), None)


def draft_body(state: DocState, event: EventDraft) -> Token | None:
    """The body whose sitting a draft's trigger tells ('the meeting of the intergovernmental commission')."""
    trigger = token_at(state.doc, event.trigger[0]) if state.doc is not None else None
    return sitting_body(trigger) if trigger is not None else None


def _body_of(state: DocState, event: EventDraft) -> str:
    """The body's words (told in lower case, so no gathering's name), or ''."""
    body = draft_body(state, event)
    return "".join(t.text_with_ws for t in body.subtree).strip() if body is not None else ""


def body_sides(state: DocState, drafts: list[EventDraft]) -> list[EventDraft]:
    """Talks told by the sitting of a two-state body whose sides the sentence names only in the body's
    name ('The next meeting of the Kyrgyz-Uzbek intergovernmental commission will be held in
    Tashkent'): a meeting of those two states (before the merge, which drops talks with no party)."""
    for draft in drafts:
        if draft.kind not in {"meeting", "multilateral"} or draft.name or draft.participants:
            continue
        pair = _pair(_body_of(state, draft))
        if pair is None:
            continue
        draft.kind = "meeting"
        sides = [state.state_actor(code, country_name(code)).id for code in pair]
        draft.source, draft.recipient = sides[:1], sides[1:]
        draft.participants = sides
        draft.countries = sorted(pair)
    return drafts
