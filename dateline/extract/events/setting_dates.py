"""A gathering told only as the setting of a dated engagement takes that engagement's date.

"their meeting in Astana last October, held on the sidelines of the CICA forum", "the ministers met
in Baku on 3 May on the margins of the conference": the clause dates the talks, and the gathering
they were held at was being held then. The gathering keeps a date of its own when its phrase gives
one ("the forum, held on 1-3 March"); the report's day is no date of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import holding_verbs, word_set
from dateline.extract.syntax import governing_verb, token_at

__all__ = ["setting_dates"]

_SETTING_PREPS = frozenset({"at", "during", "on", "within"})
_HOLDING_DEPS = frozenset({"acl", "relcl", "advcl"})
_OBJECTS = frozenset({"dobj", "nsubj", "nsubjpass"})


def _framed(tok: Token) -> set[int]:
    """The words the gathering ``tok`` may be the setting of: 'met ... on the sidelines of the forum' gives
    'met'; 'their meeting ..., held at the forum' gives 'meeting' (what the holding participle tells of,
    however the parser hangs it: from the noun, or from the verb whose object the noun is)."""
    cur = tok
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lower_ in word_set("sideline_nouns"):
        cur = cur.head.head  # "the sidelines (of the forum)"
    if cur.dep_ != "pobj" or cur.head.lower_ not in _SETTING_PREPS:
        return set()
    head = cur.head.head
    if head.tag_ == "VBN" and head.dep_ in _HOLDING_DEPS and head.lemma_.lower() in holding_verbs("scheduling_verbs"):
        above = head.head  # "their meeting in Astana last October, held on the sidelines of ..."
        return {above.i, *(c.i for c in above.children if c.dep_ in _OBJECTS and c.i < head.i)}
    return {head.i} if head.pos_ in {"VERB", "AUX", "NOUN", "PROPN"} else set()


def setting_dates(state: DocState, events: list[EventDraft]) -> None:
    """Date an undated gathering by the dated engagement of its sentence that it is the setting of."""
    doc = state.doc
    if doc is None:
        return
    for gathering in events:
        if gathering.kind != "gathering" or gathering.date is not None:
            continue
        tok = token_at(doc, gathering.trigger[0])
        framed = _framed(tok) if tok is not None else set()
        if not framed:
            continue
        for event in events:
            if event is gathering or event.kind == "gathering" or event.date is None or event.date_from != "text" \
                    or event.status != gathering.status or event.sentence != gathering.sentence:
                continue
            trigger = token_at(doc, event.trigger[0])
            if trigger is not None and framed & {trigger.i, governing_verb(trigger).i}:
                gathering.date, gathering.date_from = event.date, "setting"
                gathering.date_start, gathering.date_end = event.date_start, event.date_start
                break
