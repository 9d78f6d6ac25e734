"""Which invitation invites to which event: resolved per article, linked per calendar.

The record has no link from an invitation to the event it invites to, so it is found in the
articles that report both. When an article is stored, :func:`invitation_scores` says how
strongly each invitation's sentence names each event of the article that can be invited to
(:data:`TARGET_KINDS`): distinctive words of the event's name, the organiser's acronym ("the IAP
conference"), the event's own trigger in the sentence. The store keeps the scores; when a
calendar is built, :func:`pick_target` links each invitation to the best-named event among the
article's candidates (the events planned in that article, or on the calendar being built), else
to the nearest such event mentioned before it, and :func:`extended_before` keeps the link only
when the invitation was extended before the event began.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from dateline.gazetteer import fold
from dateline.lexicons.loader import load_lexicon
from dateline.record import Event

__all__ = ["Candidate", "InvitationScore", "TARGET_KINDS", "extended_before",
           "invitation_scores", "pick_target"]

TARGET_KINDS = ("gathering", "multilateral", "meeting", "visit")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")


@cache
def _generic() -> frozenset[str]:
    data = load_lexicon("invitation_words.yaml") or {}
    return frozenset(fold(str(w)) for w in data.get("generic", []))


@cache
def _is_igo(code: str) -> bool:
    """IGO acronyms (IAP, UN, OTS) stand among an event's countries next to ISO codes."""
    import pycountry

    return len(code) != 3 or pycountry.countries.get(alpha_3=code.upper()) is None


@dataclass(frozen=True, slots=True)
class _Named:
    """What names an event: distinctive words of its name, its organisers' acronyms."""

    words: frozenset[str]
    acronyms: frozenset[str]

    @classmethod
    def of(cls, event: Event) -> _Named:
        name = fold(event.name or "")
        return cls(frozenset(w for w in name.split() if len(w) >= 4 and w not in _generic()),
                   frozenset(c for c in event.countries if _is_igo(c)))


@dataclass(frozen=True, slots=True)
class InvitationScore:
    """How strongly the sentence of the invitation ``invitation`` names the event ``event``
    (both record event ids of one article); only positive scores are kept."""

    invitation: str
    event: str
    score: int


def invitation_scores(events: Sequence[Event], text: str) -> Iterator[InvitationScore]:
    """The positive scores of every (invitation, event that can be invited to) pair of one
    article's record events; ``text`` is the article's text."""
    targets = [(event, _Named.of(event)) for event in events if event.kind in TARGET_KINDS]
    for invitation in events:
        if invitation.kind != "invitation":
            continue
        start, end = invitation.sentence
        sentence = text[start:end]
        words = set(fold(sentence).split())
        acronyms = set(_ACRONYM.findall(sentence))
        for event, named in targets:
            score = (len(named.words & words) + 2 * len(named.acronyms & acronyms)
                     + (2 if start <= event.trigger.start < end else 0))
            if score > 0:
                yield InvitationScore(invitation.id, event.id, score)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An event an invitation may invite to: its canonical id, where its sentence starts in
    the article, and how strongly the invitation's sentence names it."""

    event_id: int
    sentence_start: int
    score: int = 0


def pick_target(candidates: Sequence[Candidate], sentence_start: int) -> int | None:
    """The canonical id of the event an invitation whose sentence starts at
    ``sentence_start`` invites to: the best-named candidate (the first of equals), else the
    nearest candidate mentioned before it, else None. ``candidates`` are in record order."""
    best = max(candidates, key=lambda c: c.score, default=None)
    if best is not None and best.score > 0:
        return best.event_id
    before = [c for c in candidates if c.sentence_start <= sentence_start]
    return max(before, key=lambda c: c.sentence_start).event_id if before else None


def extended_before(invitation_start: str | None, published: str | None,
                    event_start: str | None) -> bool:
    """Was the invitation (dated ``invitation_start``, else reported on ``published``)
    extended before the event began (``event_start``)?"""
    if not event_start:
        return True
    extended = invitation_start or published
    return extended is None or extended[:10] < event_start
