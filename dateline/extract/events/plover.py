"""PLOVER type and mode for each event kind, consistent with the PLOVER manual.

CONSULT modes: visit, third-party, multilateral, phone. Signing or finalising an
agreement is SUPPORT; announced future meetings, visits and invitations are AGREE.
"""

from __future__ import annotations

from dateline.extract.document import EventDraft
from dateline.record import EventMode

__all__ = ["code_plover"]


def code_plover(event: EventDraft) -> None:
    """Set ``type`` and ``mode`` from kind and status."""
    planned = event.status == "planned"
    if event.kind == "other":
        event.type, event.mode = "REQUEST", "meet"
        return
    if event.kind == "invitation" or (planned and event.kind in {"visit", "meeting", "multilateral",
                                                                  "call", "gathering"}):
        event.type, event.mode = "AGREE", None
        return
    if event.kind == "agreement":
        event.type, event.mode = ("AGREE", None) if planned else ("SUPPORT", None)
        return
    if event.kind == "visit":
        event.type, event.mode = "CONSULT", "visit"
    elif event.kind == "call":
        event.type, event.mode = "CONSULT", "phone"
    elif event.kind in {"multilateral", "gathering"}:
        event.type, event.mode = "CONSULT", "multilateral"
    elif event.kind == "meeting":
        third_party = (event.place is not None and event.place.country is not None
                       and event.countries and event.place.country not in event.countries)
        mode: EventMode | None = "third-party" if third_party else ("visit" if event.hosted else None)
        event.type, event.mode = "CONSULT", mode
    else:
        event.type, event.mode = event.type or "CONSULT", event.mode
