"""When a visit or a gathering ends, from what the report says about its close.

A visit that began on a known day ends on the day the visitor leaves ("The delegation will
return home on Wednesday", "Nurtleu is due to fly to Kuala Lumpur on Wednesday", "will stay in
Azerbaijan until Thursday"); a gathering ends on the day it closes ("the conference, which closes
on Wednesday"). The verbs are data (``span_ends`` in ``event_cues.yaml``); the subject must be the
visitor or the occasion, so "the summit concludes on Thursday" does not end a leader's visit.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.cues import cues
from dateline.extract.events.legs import leaves_after, onward_leg
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, doc_text, governing_verb
from dateline.extract.time.values import PartialDate, is_day
from dateline.record import TimeMention

__all__ = ["close_spans"]

_MAX_DAYS = {"visit": 14, "gathering": 21}


def _words(key: str) -> frozenset[str]:
    return cues().span_ends.get(key, frozenset())


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, through 'is due to fly', 'before returning', 'which closes'."""
    for cur in ancestors(verb, 5):
        subjects = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            subj = subjects[0]
            if subj.lower_ in {"which", "that", "who"} and cur.dep_ == "relcl":
                return cur.head
            return subj
        if cur.dep_ not in {"xcomp", "conj", "pcomp", "advcl", "prep", "ccomp", "acl", "acomp"}:
            return None
    return None


def _is_visitor(state: DocState, subj: Token, visit: EventDraft, alone: bool) -> bool:
    ids = {m.actor_id for m in state.mentions
           if subj.left_edge.idx <= m.start < subj.right_edge.idx + len(subj.right_edge)}
    if ids & set(visit.source or visit.participants):
        return True
    words = doc_text(subj.doc)[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge)]
    if subj.pos_ == "PROPN" and any(
            state.actor(a).kind == "person" and state.actor(a).name.endswith(words)
            for a in visit.source or visit.participants):
        return True  # "Al-Faraya ... returns home on Friday", however coreference read the surname
    if ids and not ids & set(visit.participants):
        return False
    return alone and subj.lemma_.lower() in _words("visitors")


def _about(subj_or_obj: Token | None, nouns: set[str] | frozenset[str]) -> bool:
    """The word is one of ``nouns``, or a schedule of one ('the programme of the visit runs until ...')."""
    if subj_or_obj is None:
        return False
    if subj_or_obj.lemma_.lower() in nouns:
        return True
    return subj_or_obj.lemma_.lower() in word_set("schedule_nouns") and any(
        c.dep_ == "prep" and c.lower_ in {"of", "for"} and any(
            g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in c.children) for c in subj_or_obj.children)


def _names_it(subj: Token | None, event: EventDraft) -> bool:
    """The subject is the occasion's own name ("Baku Energy Week, which runs until May 8")."""
    if subj is None or event.kind == "visit":
        return False
    span = event.name_span or event.trigger
    return span[0] <= subj.idx < span[1] or subj.idx <= event.trigger[0] < subj.idx + len(subj)


def _misread_lasting(first: Token, event: EventDraft) -> bool:
    """'His stay runs until Friday', 'The program of his stay runs until 5 September and includes ...':
    the parser reads 'stay runs' as one noun; a lasting verb's form right after the occasion's noun and
    right before the 'until' still tells the day it lasts until."""
    doc, i = first.doc, first.i
    if i < 3 or doc[i - 1].lower_ not in word_set("until_prepositions"):
        return False
    verb, noun = doc[i - 2], doc[i - 3]
    nouns = word_set("visit_nouns") if event.kind == "visit" else _words("occasions") - word_set("visit_nouns")
    return verb.lemma_.lower() in _words("lasting") and verb.tag_ in {"NNS", "VBZ"} and noun.lemma_.lower() in nouns


def _ending(state: DocState, event: EventDraft, t: TimeMention, alone: bool) -> bool:
    doc = state.doc
    assert doc is not None
    span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    if alone and _misread_lasting(span[0], event):
        return True
    verb = governing_verb(span.root)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if event.kind == "visit" and (onward_leg(span.root, verb, verb) is not None or leaves_after(
            verb, event.place.country if event.place is not None else None)):
        subj = _subject(verb)  # "is in Brasília ... and travels on Thursday to São Paulo", "..., before returning"
        return subj is not None and _is_visitor(state, subj, event, alone)
    lemma = verb.lemma_.lower()
    subj = _subject(verb)
    before = state.text[max(0, t.span[0] - 12):t.span[0]].lower()
    visit_nouns = word_set("visit_nouns")
    occasions = visit_nouns if event.kind == "visit" else _words("occasions") - visit_nouns
    lasting = lemma in _words("lasting") and any(w in before for w in ("until", "till", "through"))
    if lemma in _words("closing") or lasting:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if (_about(subj, occasions) or _names_it(subj, event)) and alone or any(_about(o, occasions) for o in objs) and (
                event.kind != "visit" or subj is None or _is_visitor(state, subj, event, alone)):
            return True
        return False
    if event.kind != "visit":
        return False
    if lemma in _words("staying"):
        return ("until" in before or "till" in before) and subj is not None and _is_visitor(
            state, subj, event, alone)
    if lemma in _words("leaving"):
        return subj is not None and _is_visitor(state, subj, event, alone)
    return False


def close_spans(state: DocState, events: list[EventDraft]) -> None:
    """Give occurred visits and gatherings that began on a known day the day they end."""
    for kind in ("visit", "gathering"):
        open_ = [e for e in events if e.kind == kind and e.status == "occurred" and is_day(e.date_start)
                 and (e.date_end in (None, e.date_start) or e.date_role == "nth-day")]
        alone = len(open_) == 1
        for event in open_:
            start = PartialDate.parse(event.date_start or "").to_date()
            for t in state.times:
                if not is_day(t.start) or t.end not in (None, t.start):
                    continue
                if not (0 < (PartialDate.parse(t.start or "").to_date() - start).days <= _MAX_DAYS[kind]) \
                        or t.start <= (event.date_end or ""):
                    continue
                if _ending(state, event, t, alone):
                    event.date_end = t.start
                    break
