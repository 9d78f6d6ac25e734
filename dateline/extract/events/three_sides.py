"""Talks among three or more states are a multilateral meeting, however their parties came.

"The foreign ministers of Azerbaijan, Georgia and Turkiye will meet in Tbilisi on 20 June. The three
ministers last met in Kars in 2024": the second talks take their three states from the story, after
the sentence decided their kind; by the guide, a meeting where representatives of three or more
states are present is `multilateral`. Talks told as bilateral ("bilateral talks") or as one of
several separate meetings keep their kind. One pass over the document's events.
"""

from __future__ import annotations

from dateline.extract.document import EventDraft
from dateline.extract.events.merge import igo_codes

__all__ = ["three_sides"]


def three_sides(events: list[EventDraft]) -> None:
    """Make talks whose parties are three or more states a multilateral meeting."""
    igos = igo_codes()
    for event in events:
        if event.kind != "meeting" or event.bilateral or event.separate:
            continue
        if len([c for c in event.countries if c not in igos]) >= 3:
            event.kind = "multilateral"
