"""What the coreference modules share (``coref*.py``, ``counterparts.py``): the persons of a
document, the one of several candidates the text named last, the possessive pronouns."""

from __future__ import annotations

from dateline.extract.document import ActorDraft, DocState, MentionList
from dateline.lexicons.loader import load_lexicon

__all__ = ["POSSESSIVES", "covered", "most_recent", "persons"]

POSSESSIVES = frozenset(load_lexicon("people_coref.yaml")["possessives"])

_COVERING = frozenset({"name", "surname", "title", "relational"})


def covered(state: DocState, start: int, end: int) -> bool:
    """Whether a name, surname, title or relational mention already covers the span."""
    return state.covered(start, end, _COVERING)


def persons(state: DocState) -> list[ActorDraft]:
    return [a for a in state.actors if a.kind == "person"]


def most_recent(state: DocState, pos: int, candidates: list[ActorDraft]) -> ActorDraft | None:
    """The candidate whose last mention before ``pos`` is the latest (else the first candidate)."""
    latest = MentionList.latest_before(state.mentions, pos, {c.id for c in candidates})
    if latest is None:
        return candidates[0] if candidates else None
    return state.actor(latest.actor_id)
