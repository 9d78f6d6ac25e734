"""A document the report recalls as signed before its month names as its people only the signers its
own clause tells.

"Saidov last visited Kuwait City in November 2024, when the two sides signed an executive programme",
"the previous High-Level Meeting was held in Rabat in 2023, on which occasion some twenty agreements
were signed": a signing of another time, told in passing, borrows no persons from the visit or meeting
it is told with, nor from the story of the report (whose persons are today's talks'); its states stay
its sides. Only the persons named inside the signing verb's own clause ("the memorandum the two
ministers, A and B, signed in April"), or by its own participle's agent ("the Treaty signed by the presidents
of the two countries in January 2025": none), are kept. Read last, after every pass that lends parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.document_clauses import concluded_after
from dateline.extract.events.settlements import concluded_words
from dateline.extract.syntax import governing_verb, token_at

__all__ = ["recalled_signers"]

_MONTH = 7  # characters of 'YYYY-MM'


def _earlier(day: str, published: str) -> bool:
    """The told date (a year, month or day) lies before the report's month."""
    p = min(len(day), _MONTH)
    return day[:p] < published[:p]


def _own_participle(tok: Token) -> Token | None:
    """'focused on the implementation of the Treaty signed by the presidents of the two countries in January
    2025': the document's own participle with its signers (its agent) is its clause, not the verb above."""
    told: list[Token | None] = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                and c.lemma_.lower() in concluded_words()]
    told.append(concluded_after(tok))  # the participle the parser raises to "implementation"
    return next((c for c in told if c is not None and any(a.dep_ == "agent" for a in c.children)), None)


def recalled_signers(state: DocState, events: list[EventDraft]) -> None:
    """Drop from each document signed before the report's month the persons its own clause does not
    name."""
    if state.published is None or state.doc is None:
        return
    published = state.published.isoformat()
    for event in events:
        if event.kind != "agreement" or event.status != "occurred" or not event.date_start \
                or not _earlier(event.date_start, published):
            continue
        tok = token_at(state.doc, event.trigger[0])
        if tok is None:
            continue
        verb = _own_participle(tok) or governing_verb(tok)
        lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
        own = {m.actor_id for m in state.mentions_in(lo, hi)}
        gone = {a for a in event.participants if state.actor(a).kind == "person" and a not in own}
        if gone:
            event.drop_parties(gone)
