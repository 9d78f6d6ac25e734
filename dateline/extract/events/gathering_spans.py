"""A gathering's days told in a sentence of their own: "COP31 opened on November 9 and will conclude on
November 20", "The forum began on Monday and closes on Wednesday", "the general debate of UNGA81, which
opened on Tuesday and continues until 29th September", "The three-day dialogue ... opened on Friday".

The gathering was dated by the talks held on its sidelines (or by the report's day); a clause whose
subject names it again (its name's acronym, or the definite noun it was told by; or a relative clause
on such a name) with an opening verb and a day gives its first day, and its last day the closing verb
(or a verb of going on "until" a day) joined to it, or the number of days the naming noun counts.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import governing_verb, token_at
from dateline.extract.time.lexicon import number
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


_COUNTED = re.compile(r"\b(\w+)[- ]day\b", re.I)


def _naming(verb: Token, names: set[str]) -> Token | None:
    """The subject of ``verb`` that names the gathering again, or the name a relative clause hangs on."""
    named = next((c for c in verb.children if c.dep_ in _SUBJECTS and _names_it(c, names)), None)
    if named is None and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} \
            and any(c.dep_ in _SUBJECTS and c.lower_ in {"which", "that"} for c in verb.children):
        part = [o for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj"]  # "the general debate of UNGA81, which opened on Tuesday": its sitting
        if verb.head.lower_ in names or any(o.lower_ in names and o.pos_ in {"NOUN", "PROPN"} for o in part):
            named = verb.head
    return named


def _counted_days(noun: Token) -> int | None:
    """'The three-day dialogue': the days the naming noun counts (2 to 7)."""
    found = _COUNTED.search(noun.doc[noun.left_edge.i:noun.i + 1].text)
    days = number(found.group(1)) if found is not None else None
    return days if days is not None and 2 <= days <= 7 else None


def _span(state: DocState, sent: Span, names: set[str]) -> tuple[str, str, bool] | None:
    """The first and last day a clause on the gathering tells, and whether it tells it opened (a past verb)."""
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in word_set("start_verbs"):
            continue
        if (named := _naming(verb, names)) is None:
            continue
        ends = [c for c in verb.children if c.dep_ == "conj" and (c.lemma_.lower() in word_set("end_verbs") or any(
            p.dep_ == "prep" and p.lower_ in word_set("until_prepositions") for p in c.children))]
        first = _day(state, sent, verb)
        last = _day(state, sent, ends[0]) if ends else None
        if first and last is None and not ends and (days := _counted_days(named)) is not None:
            last = str(PartialDate.parse(first).plus_days(days - 1))
        if first and last and first < last <= str(PartialDate.parse(first).plus_days(_LONGEST)):
            return first, last, verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
                c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
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
                gathering.date_start, gathering.date_end, opened = found
                gathering.date_from = "text"
                if opened and state.published is not None and gathering.date_start <= state.published.isoformat():
                    gathering.status = "occurred"  # "to take part in the Assembly ... The Assembly opened on ..."
                break
