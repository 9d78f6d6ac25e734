"""A gathering told as a part of another: 'The meetings, hosted by the Philippines, will also include the
Post Ministerial Conferences and the 33rd ASEAN Regional Forum', 'The summit will include a session of
the Council of Foreign Ministers'. The part is held where the whole is (its place, and so its host), when
its own words place it nowhere."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import token_at

__all__ = ["included_gatherings"]

_CLIMB = frozenset({"conj", "pobj", "prep", "appos", "compound"})


def _including_subject(trigger: Token) -> Token | None:
    """The subject of the including verb ('include', 'comprise') whose object the trigger is, or is
    joined to ('X and Y', 'X with its partners and Y'), when that subject is a gathering noun."""
    cur = trigger
    for _ in range(6):
        if cur.dep_ == "dobj" and cur.head.lemma_.lower() in word_set("including_verbs"):
            subjects = [c for c in cur.head.children if c.dep_ == "nsubj"]
            whole = subjects[0] if subjects else None
            return whole if whole is not None and whole.lemma_.lower() in word_set("gathering_heads") else None
        if cur.dep_ not in _CLIMB or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _whole(events: list[EventDraft], part: EventDraft, subject: Token) -> EventDraft | None:
    """The gathering or multilateral meeting the subject tells: its own event, or the last one told before
    it with the same head noun."""
    head = subject.lemma_.lower()
    told = [e for e in events if e is not part and e.kind in {"gathering", "multilateral"} and e.place is not None
            and e.place.country and e.place_from != "dateline" and e.trigger[0] <= subject.idx]
    own = [e for e in told if e.trigger[0] == subject.idx]
    if own:
        return own[0]
    doc = subject.doc
    same = [e for e in told if (t := token_at(doc, e.trigger[0])) is not None and t.lemma_.lower() == head]
    return same[-1] if same else None


def included_gatherings(state: DocState, events: list[EventDraft]) -> None:
    """Place a gathering told as part of another where that one is."""
    doc = state.doc
    if doc is None:
        return
    for event in events:
        if event.kind != "gathering" or event.place is not None and event.place_from != "dateline":
            continue
        trigger = token_at(doc, event.trigger[0])
        subject = _including_subject(trigger) if trigger is not None else None
        whole = _whole(events, event, subject) if subject is not None else None
        if whole is not None and whole.place is not None:
            event.place, event.place_from = whole.place, "text"
