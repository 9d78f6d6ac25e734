"""A visit the report recalls as paid before its month names as its people only those its own clause
tells.

"President Marcos last visited the UAE in 2023, when he took part in the climate summit", "Diaz-Canel
recalled his visit to Hanoi in September 2023", "the visit of the Secretary General to Baku in May
2025": a trip of another time, told in passing, borrows no host from today's talks or from the story
of the report (whose persons are today's); its states stay its sides. Only the persons named inside
the clause of the verb that tells it ("X recalled his visit to Y, during which he met Z": X and Z) are
kept. Read last, with :mod:`.recalled_signings`.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.recalled_signings import earlier_than_month
from dateline.extract.syntax import governing_verb, token_at

__all__ = ["recalled_visitors"]


def recalled_visitors(state: DocState, events: list[EventDraft]) -> None:
    """Drop from each visit paid before the report's month the persons its own clause does not name."""
    if state.published is None or state.doc is None:
        return
    published = state.published.isoformat()
    for event in events:
        if event.kind != "visit" or event.status != "occurred" or not event.date_start \
                or not earlier_than_month(event.date_start, published):
            continue
        tok = token_at(state.doc, event.trigger[0])
        if tok is None:
            continue
        verb = governing_verb(tok)
        lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
        own = {m.actor_id for m in state.mentions_in(lo, hi)}
        gone = {a for a in event.participants if state.actor(a).kind == "person" and a not in own}
        if gone and set(event.participants) - gone:
            event.drop_parties(gone)
