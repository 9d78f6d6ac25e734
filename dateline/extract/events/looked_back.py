"""A visit or gathering its own time phrase puts before the report ("plotted an attack during his visit to
Germany last week", "ahead of the summit in Hanoi three days ago", "the summit in
Doha three days ago"): occurred, whatever the clause around it plans, expects or prepares. Only words
that look back from the day of writing count ("last", "earlier", "ago", "yesterday"); a date that
merely falls before the publication date does not make a planned event occurred by itself."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from dateline.extract.document import DocState
from dateline.extract.events.words import word_list, word_set
from dateline.record import TimeMention

__all__ = ["looked_back", "past_deixis"]

_OWN_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "appos"}  # clauses with a time of their own


def past_deixis(text: str) -> bool:
    """'last week', 'earlier this month', 'three days ago', 'yesterday': told back from the day of writing."""
    told = " ".join(text.lower().split())
    return any(told == lead or told.startswith(f"{lead} ") for lead in word_list("past_deixis_leads")) or any(
        told.endswith(f" {tail}") for tail in word_list("past_deixis_tails"))


def _own_tokens(head: Token) -> Iterator[Token]:
    """The phrase of an engagement word without the clauses hung on it."""
    stack = [head]
    while stack:
        tok = stack.pop()
        yield tok
        stack.extend(c for c in tok.children if c.dep_ not in _OWN_CLAUSES)


def _phrase_head(tok: Token) -> Token:
    """'two days of talks': the measure the engagement noun is counted by holds its time."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in word_set("engagement_measures"):
        return tok.head.head
    return tok


def looked_back(state: DocState, trigger: Token) -> TimeMention | None:
    """The looking-back time phrase of the trigger's own words (a noun's phrase, a verb's own dependents)."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        own = {t.i for t in _own_tokens(_phrase_head(trigger))}
    elif trigger.pos_ in {"VERB", "AUX"}:
        own = {t.i for c in trigger.children if c.dep_ in {"npadvmod", "prep", "advmod"} for t in _own_tokens(c)}
    else:
        return None
    for told in state.times:
        if past_deixis(told.text) and any(told.span[0] <= trigger.doc[i].idx < told.span[1] for i in own):
            return told
    return None
