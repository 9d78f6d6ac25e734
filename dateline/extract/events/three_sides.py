"""Talks among three or more states are a multilateral meeting, however their parties came.

"The foreign ministers of Azerbaijan, Georgia and Turkiye will meet in Tbilisi on 20 June. The three
ministers last met in Kars in 2024": the second talks take their three states from the story, after
the sentence decided their kind; by the guide, a meeting where representatives of three or more
states are present is `multilateral`. Talks told as bilateral ("bilateral talks") or as one of
several separate meetings keep their kind, and so do talks whose third state comes only from their
topic or their place ("talks with Wen Jiabao on North Korea and Taiwan"): the three states must be
those the talks' named people serve (or, when no one is named, the states told as their parties). One pass over the document's events.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.places import igo_codes

__all__ = ["three_sides"]


def three_sides(state: DocState, events: list[EventDraft]) -> None:
    """Make talks whose participants serve three or more states a multilateral meeting."""
    igos = igo_codes()
    for event in events:
        if event.kind != "meeting" or event.bilateral or event.separate:
            continue
        actors = [state.actor(a) for a in event.participants]
        people = [a for a in actors if a.kind == "person"]  # named people speak for their states; else the states told
        served = {a.country for a in people or actors} & set(event.countries)
        if len([c for c in served if c and c not in igos]) >= 3:
            event.kind = "multilateral"
