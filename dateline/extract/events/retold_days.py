"""A visit told twice in one sentence lends the days only its second telling gives.

"Xi Jinping met with visiting Cuban President X, who is on a state visit to China from March 9 to 13";
"the Amir received the visiting Foreign Minister of Bahrain, who arrived in the country yesterday on a
two-day visit": the sentence keeps one visit (its first cue, "visiting"), which says no day of its own;
the stay's days are those of the clause that tells it again.
"""

from __future__ import annotations

from spacy.tokens import Span

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.cues import Cue
from dateline.extract.events.dates import attach_date
from dateline.extract.events.geometry import own_modifier

__all__ = ["retold_days"]


def _guest_clause(kept: Cue, again: Cue) -> bool:
    """The second telling is in a relative clause on the first's guest: "visiting X, who is on a visit ..."."""
    guest = kept.token.head if kept.token.dep_ == "amod" else next(  # "met with visiting X": the parser may
        (c for c in kept.token.children if c.dep_ == "dobj"), kept.token.head)  # read X as its object
    return any(c.dep_ == "relcl" and (c.head.i == guest.i or own_modifier(c, guest)) for c in again.token.ancestors)


def retold_days(state: DocState, event: EventDraft, kept: Cue, others: list[Cue], sent: Span) -> None:
    """Date ``event`` (told by ``kept``, a "visiting" guest's visit with no date of its own) by the own
    clause of the visit told again in a relative clause on that guest."""
    if event.kind != "visit" or event.date is not None or kept.token.lower_ != "visiting":
        return
    for again in others:
        if not _guest_clause(kept, again):
            continue
        told = EventDraft(kind="visit", trigger=(again.token.idx, again.token.idx + len(again.token)),
                          sentence=event.sentence, status=event.status)
        attach_date(state, told, again, sent)
        if told.date is not None:
            event.date, event.date_start, event.date_end = told.date, told.date_start, told.date_end
            event.date_from, event.date_role = told.date_from, told.date_role
            return
