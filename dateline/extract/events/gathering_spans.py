"""A gathering's days told in a sentence of their own: "COP31 opened on November 9 and will conclude on
November 20", "The forum began on Monday and closes on Wednesday".

The gathering was dated by the talks held on its sidelines (or by the report's day); a clause whose
subject names it again (its name's acronym, or the definite noun it was told by) with an opening and a
closing verb, each with a day, gives its first and last day.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import governing_verb, token_at
from dateline.extract.time.values import PartialDate, is_day

__all__ = ["gathering_spans"]

_UNSTATED = frozenset({"setting", "published", None})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LONGEST = 60  # days: longer is not one sitting


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9-]*[0-9A-Z]\b")
_BRACKETED = re.compile(r"\(([A-Z][A-Z0-9-]*[0-9A-Z])\)")


def _names(state: DocState, gathering: EventDraft) -> set[str]:
    """What a later subject may call the gathering: its name's acronyms, the one its sentence gives it in
    brackets ("the 31st session of the Conference of the Parties to the UNFCCC (COP31)"), its trigger noun."""
    acronyms = _ACRONYM.findall(gathering.name or "")
    bracketed = _BRACKETED.search(state.text, gathering.trigger[1], gathering.sentence[1])
    if bracketed is not None:
        acronyms.append(bracketed.group(1))
    told = state.text[gathering.trigger[0]:gathering.trigger[1]].lower()
    return {a.lower() for a in acronyms if len(a) >= 3} | {told}


def _names_it(subject: Token, names: set[str]) -> bool:
    if subject.lower_ in names and subject.pos_ == "PROPN":
        return True  # "COP31 opened ..."
    return subject.lower_ in names and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in subject.children)


def _day(state: DocState, sent: Span, verb: Token) -> str | None:
    """The one day told in ``verb``'s own clause."""
    days = [t.start for t in state.times if sent.start_char <= t.span[0] and t.span[1] <= sent.end_char
            and is_day(t.start) and t.end in (None, t.start)
            and (tok := token_at(sent.doc, t.span[0])) is not None and governing_verb(tok).i == verb.i]
    return days[0] if len(days) == 1 else None


def _span(state: DocState, sent: Span, names: set[str]) -> tuple[str, str] | None:
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in word_set("start_verbs"):
            continue
        if not any(c.dep_ in _SUBJECTS and _names_it(c, names) for c in verb.children):
            continue
        ends = [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in word_set("end_verbs")]
        first = _day(state, sent, verb)
        last = _day(state, sent, ends[0]) if ends else None
        if first and last and first < last <= str(PartialDate.parse(first).plus_days(_LONGEST)):
            return first, last
    return None


def gathering_spans(state: DocState, events: list[EventDraft]) -> None:
    """Give a gathering dated by no words of its own the first and last day a later clause tells of it."""
    doc = state.doc
    if doc is None:
        return
    for gathering in events:
        if gathering.kind != "gathering" or gathering.date_from not in _UNSTATED:
            continue
        names = _names(state, gathering)
        for sent in doc.sents:
            if sent.start_char < gathering.trigger[1]:
                continue
            found = _span(state, sent, names)
            if found is not None:
                gathering.date_start, gathering.date_end = found
                gathering.date_from = "text"
                break
