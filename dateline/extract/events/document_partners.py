"""The partner a document is signed with, told by its own 'with' phrase:

- "signed an agreement with Rwanda and a memorandum of understanding with Kenya": each document is
  signed with the state of its own 'with' phrase, not with the state of the other's;
- "signed memoranda of understanding with Uzbekistan and Kyrgyzstan", "has signed separate agreements
  with Georgia and Türkiye": documents in the plural (or 'separate') signed with several states are
  one bilateral document per partner (not "a trilateral memorandum with A and B", one document).

Read after merging and after the listed documents (each an event of its own by then), on the parse
of the document's own phrase and of the verb that signs it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.documents import is_document
from dateline.extract.events.participants import countries_of
from dateline.extract.events.words import word_set
from dateline.extract.syntax import token_at

__all__ = ["document_partners"]

_PLURAL = frozenset({"NNS", "NNPS"})
_NOT_OWN = frozenset({"conj", "cc", "relcl", "acl", "appos", "punct"})


def _with_phrase(tok: Token) -> Token | None:
    """The document's own 'with' phrase, anywhere in its own words ('a memorandum of understanding on
    fisheries with Djibouti'; not inside a document coordinated with it), or the one of the verb
    whose object it is ('signed memoranda (with A and B)', however the parser hangs it)."""
    stack = [c for c in tok.children if c.dep_ not in _NOT_OWN]
    while stack:
        cur = stack.pop(0)
        if cur.dep_ == "prep" and cur.lower_ == "with":
            return cur
        if cur.pos_ not in {"VERB", "AUX"}:
            stack.extend(c for c in cur.children if c.dep_ not in _NOT_OWN)
    if tok.dep_ != "dobj":
        return None
    objects = [c for c in tok.head.children if c.dep_ == "dobj" or c.dep_ == "conj" and c.head.dep_ == "dobj"]
    if len(objects) != 1:
        return None  # "signed an agreement with Rwanda and a memorandum ...": not the verb's for both
    return next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > tok.i), None)


def _states_in(state: DocState, prep: Token) -> list[str]:
    """The country actors named inside a 'with' phrase, in order."""
    lo, hi = prep.idx, prep.right_edge.idx + len(prep.right_edge)
    return list(dict.fromkeys(m.actor_id for m in state.mentions_starting(lo, hi)
                              if state.actor(m.actor_id).kind == "country"))


def _several(tok: Token) -> bool:
    """Documents told as several: in the plural or 'separate', not one joint text of three sides."""
    mods = {c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"}}
    if mods & word_set("together_words"):
        return False
    return tok.tag_ in _PLURAL or tok.lower_ in word_set("document_sets") or bool(mods & word_set("pairwise_modifiers"))


def _own_partner(state: DocState, event: EventDraft, own: list[str], others: list[str]) -> None:
    """Drop the states another document's 'with' phrase names from this one's parties; its own
    partners are its parties when its name holds them (the name had kept them out; not 'a deal,
    with Thailand as the lone critic': set aside by its clause)."""
    gone = {a for a in others if a not in own} & set(event.participants)
    lo, hi = event.name_span or (0, 0)
    missing = [a for a in own if a not in event.participants and any(  # not one its clause set aside
        m.actor_id == a for m in state.mentions_starting(lo, hi))] if event.participants else []
    if not gone and not missing:
        return
    event.drop_parties(gone)
    event.recipient = [*event.recipient, *missing]
    event.participants = [*event.participants, *missing]
    event.countries = countries_of(state, event.participants)


def _one_each(state: DocState, event: EventDraft, partners: list[str]) -> list[EventDraft]:
    """One copy of ``event`` per partner state, with the sides the 'with' phrase does not name."""
    codes = {a: countries_of(state, [a]) for a in partners}
    rest = [a for a in event.participants if a not in partners]
    signer_codes = set(countries_of(state, rest)) - {c for cs in codes.values() for c in cs}
    if len(signer_codes) != 1:
        return [event]
    out = []
    for partner in partners:
        keep = [a for a in rest if set(countries_of(state, [a])) <= signer_codes | set(codes[partner])]
        parties = [*keep, partner]
        out.append(replace(event, source=[a for a in event.source if a in parties] or keep[:1],
                           recipient=[a for a in event.recipient if a in parties and a not in event.source] or [partner],
                           participants=parties, countries=countries_of(state, parties)))
    return out


def document_partners(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """Give each document the partner of its own 'with' phrase; several documents with several states, one each."""
    doc = state.doc
    if doc is None:
        return events
    phrases: dict[int, tuple[Token, list[str]]] = {}
    for event in (e for e in events if e.kind == "agreement"):
        tok = token_at(doc, event.trigger[0])
        prep = _with_phrase(tok) if tok is not None and is_document(tok) else None
        if tok is not None and prep is not None and (states := _states_in(state, prep)):
            phrases[id(event)] = (tok, states)
    out: list[EventDraft] = []
    for event in events:
        if id(event) not in phrases:
            out.append(event)
            continue
        tok, own = phrases[id(event)]
        others = [a for e in events if id(e) in phrases and e is not event and phrases[id(e)][0].sent == tok.sent
                  and phrases[id(e)][0].i != tok.i for a in phrases[id(e)][1]]
        _own_partner(state, event, own, others)
        partners = [a for a in own if a in event.participants]
        several = _several(tok) and len({c for a in partners for c in countries_of(state, [a])}) >= 2
        out.extend(_one_each(state, event, partners) if several else [event])
    return out
