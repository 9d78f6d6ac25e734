"""Whether a visit told with its own destination borrows the parties of the engagement told last
(:mod:`.merge` lends them to mentions that name one side only)."""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft

__all__ = ["placed_elsewhere"]


def placed_elsewhere(state: DocState, draft: EventDraft, lend: EventDraft) -> bool:
    """A visit whose own clause names its visitor and a destination the last engagement was not in:
    "X told reporters in Beirut" after talks in Damascus, "Finnish Prime Minister X will raise the
    issue during his visit to Moscow" after talks of two other parties placed nowhere, "the
    upcoming visit of the President of Uzbekistan to Tokyo" after talks in Tashkent. That
    engagement's people are not this visit's."""
    if draft.kind != "visit" or draft.place_from != "text" or draft.place is None or not draft.place.country:
        return False
    visitors = [a for a in draft.source if state.actor(a).kind == "person"] or draft.source
    if not visitors:
        return False  # ("the visit of the President of Uzbekistan to Tokyo": the visitor told by his state)
    if lend.kind == "multilateral" and any(state.actor(a).kind == "person" for a in visitors):
        return True  # "Kazakhstan was represented by X, who is on a working visit to Tajikistan": X's own trip
    if lend.place is not None:
        return lend.place.country != draft.place.country
    return draft.place.country not in lend.countries and not set(visitors) & set(lend.participants)
