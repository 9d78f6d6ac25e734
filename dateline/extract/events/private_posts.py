"""A person whose only post is outside the state is no named party of an engagement between states.

"Militant sources say Hamas leader X and Islamic Jihad leader Y were meeting with Egyptian negotiators",
"the firm's chief X joined the talks": the people stage gives such a person the role ``other`` (a post
outside the state, no official's title). Only officials are an event's named people (every event
person is an official, ``examples/demo/GUIDE.md``), so the person leaves the event's parties; the states
the event already counts stay (the person may be its only mention of a state). Runs after the parties
are settled, so no engagement is lost or merged differently because of it.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft

__all__ = ["without_private_posts"]


def _private(state: DocState, actor_id: str) -> bool:
    actor = state.actor(actor_id)
    return actor.kind == "person" and actor.role == "other" and not actor.title


def without_private_posts(state: DocState, events: list[EventDraft]) -> None:
    """Drop from each event's parties the people whose only post is outside the state."""
    for event in events:
        gone = {a for a in [*event.participants, *event.attendees] if _private(state, a)}
        if not gone:
            continue
        event.attendees = [a for a in event.attendees if a not in gone]
        event.drop_parties(gone)
