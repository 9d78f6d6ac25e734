"""Talks of an ambassador at his post are where his post is, not at home.

"KUWAIT, Dec 4 (KUNA) -- Kuwait's Ambassador to Egypt X met Egyptian Foreign Minister Y": agency
copy from the envoy's capital tells of his work abroad, and says nowhere where the talks were. A
resident envoy (:func:`.resident.resident_envoy`) lives in the state he is posted to, so talks of
the envoys of the dateline's state with officials of one other state, placed only by the dateline,
are in that state's capital. Talks with an organisation ('the ambassador to the UN'), with officials
of several states, or with officials of the envoy's own state (a minister at home receiving his
ambassador) stay where they are.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.resident import resident_envoy
from dateline.extract.landmarks import capital_of

__all__ = ["envoy_places"]

_KINDS = frozenset({"meeting", "agreement"})


def _post(state: DocState, event: EventDraft) -> str | None:
    """The one state the dateline state's envoys meet officials of, in the talks' parties."""
    if state.dateline is None or state.dateline.resolved is None:
        return None
    home = state.dateline.resolved.country
    persons = [state.actor(a) for a in dict.fromkeys(event.source + event.recipient + event.participants)
               if state.actor(a).kind == "person"]
    envoys = [p for p in persons if resident_envoy(p)]
    others = {p.country for p in persons if not resident_envoy(p)}
    if not envoys or any(e.country != home for e in envoys) or len(others) != 1:
        return None
    post = next(iter(others))
    return post if post is not None and post != home and post in event.countries else None


def envoy_places(state: DocState, events: list[EventDraft]) -> None:
    """Place the talks of the dateline state's envoys with the officials of their host state in its capital."""
    for event in events:
        if event.kind not in _KINDS or event.place_from != "dateline":
            continue
        post = _post(state, event)
        capital = capital_of(post) if post is not None else None
        if capital is not None:
            event.place, event.place_from = capital, "host"
