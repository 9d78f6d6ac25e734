"""The events told so far that a new draft may tell again, found by key instead of by a walk.

``merge_events`` holds each draft against the events told before it (``same_engagement``, first
match wins). Held against every event, a long document's merge grows with the square of its
engagements (issue 15, defect 6). For talks and visits ``same_engagement`` holds only when the
two share a trigger, a party, or a state (a state of one among the other's states and their
organisations' members), or when one names no state at all or tells its people by bare surnames
(``_named_again``): the index finds the events sharing one of those keys, plus the ones no key
can rule out, in the order told. Other kinds (gatherings, agreements, invitations) are few and
matched by name and kind: they see every event of their kind, as before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.sameness import with_members

__all__ = ["Candidates"]

_KEYED = frozenset({"meeting", "call", "visit", "multilateral"})

Key = tuple[str, str, object]


class Candidates:
    """An index over ``events`` (the merge's list, appended through :meth:`add`)."""

    def __init__(self, state: DocState, events: list[EventDraft]) -> None:
        self.state = state
        self.events = events
        self._at: dict[int, int] = {}  # id(event) -> its place in ``events``
        self._by_key: dict[Key, set[int]] = defaultdict(set)
        self._open: dict[str, set[int]] = defaultdict(set)  # per kind: events no key can rule out
        self._by_kind: dict[str, list[int]] = defaultdict(list)

    def add(self, event: EventDraft) -> None:
        self._at[id(event)] = len(self.events)
        self._by_kind[event.kind].append(len(self.events))
        self.events.append(event)
        self.refresh(event)

    def refresh(self, event: EventDraft) -> None:
        """Index ``event`` again after it took in another draft's parties (its keys only grow)."""
        at = self._at.get(id(event))
        if at is None:
            return
        keys = self._keys(event)
        if keys is None:
            self._open[event.kind].add(at)
            return
        for key in keys:
            self._by_key[key].add(at)

    def of(self, draft: EventDraft) -> Iterator[EventDraft]:
        """The events ``draft`` may tell again, in the order told (a superset of the matches)."""
        keys = self._keys(draft)
        if keys is None or draft.kind not in _KEYED:
            return (self.events[i] for i in self._by_kind.get(draft.kind, []))
        found = set(self._open.get(draft.kind, ()))
        for key in keys:
            found |= self._by_key.get(key, set())
        return (self.events[i] for i in sorted(found))

    def _keys(self, event: EventDraft) -> set[Key] | None:
        """The event's keys, or None when no key can rule a match out."""
        if event.kind not in _KEYED or not event.participants or not event.countries:
            return None
        persons = [a for a in event.participants if self.state.actor(a).kind == "person"]
        if len(persons) >= 2 and not any(self.state.actor(a).country for a in persons):
            return None  # "Mr. Roed-Larsen and Mr. Assad": surnames matched against the names told
        kind = event.kind
        keys: set[Key] = {(kind, "trigger", event.trigger)}
        keys |= {(kind, "party", a) for a in event.participants}
        keys |= {(kind, "state", c) for c in with_members(event.countries)}
        return keys
