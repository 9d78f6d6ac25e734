"""The organisation that holds a gathering, told apart from its name.

"The Fourth High-Level Conference on Water opened in Dushanbe. The conference, co-organized by the
Government of Tajikistan and the United Nations, will close on Friday": the organisers a later
sentence gives the gathering told by 'the' and its head word are those of the gathering with that head
the report named first (the guide lists a gathering's organising IGO). "... the extraordinary session of the Council of
Foreign Ministers of the Organization of Islamic Cooperation ... The 52nd session of the Council of
Foreign Ministers is scheduled to be held in Dakar": a sitting of a body whose name the report gave
first with its organisation is that organisation's sitting, though told without it. One pass over the
document's gatherings; and the states a gathering's own clause co-hosts it with.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.geometry import own_clauses
from dateline.extract.events.occasions import name_head
from dateline.extract.events.words import word_set
from dateline.extract.org_titles import official_code
from dateline.extract.places import igo_codes, lookup_place
from dateline.extract.syntax import token_at, word_positions
from dateline.extract.time.lexicon import words as time_words

__all__ = ["gathering_organisers"]

_ORGANISING = frozenset({"organize", "organise", "co-organize", "co-organise", "convene", "co-convene",
                         "sponsor", "co-sponsor"})
_CO_HOSTING = frozenset({"co-host", "co-organize", "co-organise", "co-chair"})
_CO_HOSTING_STEMS = tuple(w.removesuffix("e") for w in _CO_HOSTING)  # "co-hosted" (lemma "co-hoste"), "co-organizes"
_BODY = re.compile(r"\bof the ((?:Council|Committee|Commission|Conference|Assembly|Board)"
                   r"(?: (?:of|for|and|on|[A-Z][\w'’-]*))*)$")


def _codes(state: DocState, lo: int, hi: int) -> list[str]:
    """The codes of the organisations told in ``lo``..``hi``."""
    return list(dict.fromkeys(official_code(state.actor(a).acronym or "")
                              for a in state.named_organisations(state.mentions_in(lo, hi))))


def _organised_by(tok: Token) -> list[Token]:
    """'the conference, co-organized by X and Y', 'The forum is organised by X': the agent of the
    organising verb a definite gathering head noun is the object of, and a partner joined to that verb
    by 'with' ('organized by X jointly with Y', 'together with Y', 'in cooperation with Y')."""
    verbs = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _ORGANISING]
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _ORGANISING:
        verbs.append(tok.head)
    agents = [a for v in verbs for a in v.children if a.dep_ == "agent"]
    if not agents:
        return []
    partners = [p for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ == "with"]
    partners += [w for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ == "in"
                 for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in word_set("joint_work")
                 for w in n.children if w.dep_ == "prep" and w.lower_ == "with"]
    return agents + partners


def _told_organisers(state: DocState, events: list[EventDraft]) -> None:
    """Organisers told of 'the conference' after its name are the named conference's."""
    doc = state.doc
    assert doc is not None
    for i in word_positions(doc, frozenset(word_set("gathering_heads") - {"meeting", "session"})):
        tok = doc[i]
        head = tok.lower_
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        agents = _organised_by(tok)
        named = [e for e in events if e.kind == "gathering" and e.name and name_head(e) == head
                 and e.trigger[0] <= tok.idx]
        if not agents or not named:
            continue
        codes = [c for a in agents for c in _codes(state, a.idx, a.right_edge.idx + len(a.right_edge))]
        for event in (e for e in named if e.name == named[0].name):  # the report's own: the first it names
            event.countries = sorted({*event.countries, *codes})


def _body_owner(state: DocState, event: EventDraft) -> list[str]:
    """The organisation a body's name went with where the report first told it."""
    found = _BODY.search(event.name or "")
    if found is None:
        return []
    body = found.group(1)
    codes: list[str] = []
    for told in re.finditer(re.escape(body), state.text[:event.trigger[0]]):
        after = re.match(r"\s+of\s+(?:the\s+)?", state.text[told.end():told.end() + 12])
        if after is not None:  # "the Council of Foreign Ministers of the Organization of Islamic Cooperation"
            start = told.end() + after.end()
            codes += [c for m in state.mentions_in(start, start + 80) if m.start == start
                      for c in _codes(state, m.start, m.end)]
        codes += [c for m in state.mentions_in(max(0, told.start() - 40), told.start())  # "the OIC Council of ..."
                  if not state.text[m.end:told.start()].strip() for c in _codes(state, m.start, m.end)]
    return list(dict.fromkeys(codes))


def _co_hosts(state: DocState, trigger: Token) -> list[str]:
    """'the UN 2028 Water Conference, which Tajikistan will co-host with the Netherlands', 'the
    conference, co-hosted by Italy and Ukraine,': the states the gathering's own clause has co-host it
    (wherever it is held)."""
    return [state.actor(m.actor_id).country or "" for clause in own_clauses(trigger)
            if clause.lower_.startswith(_CO_HOSTING_STEMS) for p in clause.children
            if p.dep_ == "prep" and p.lower_ == "with" or p.dep_ == "nsubj" and p.head.i != trigger.i
            or p.dep_ == "agent"
            for m in state.mentions_in(p.idx, p.right_edge.idx + len(p.right_edge))
            if state.actor(m.actor_id).kind == "country" and state.actor(m.actor_id).country]


_NUMBERED = re.compile(r"^(?:the\s+)?(\d+(?:st|nd|rd|th)|[A-Za-z]+)\s+(?=\S)", re.IGNORECASE)


def _series(name: str) -> str | None:
    """'Fourth High-Level Conference on Water', 'the 2nd High-Level Conference on Water': the series an
    edition counted by its ordinal belongs to (its name without the ordinal), else None."""
    found = _NUMBERED.match(name)
    if found is None:
        return None
    word = found.group(1).lower()
    if not (word[:1].isdigit() or word in time_words()["ordinals"]):
        return None
    rest = name[found.end():].strip()
    return rest.lower() if len(rest.split()) >= 2 else None


def _series_organisers(events: list[EventDraft], igos: frozenset[str]) -> None:
    """'The Fourth Conference on Water, co-organised by Tajikistan and the UN ... The First Conference on
    Water was held in Dushanbe in 2018': an edition of a series the report gives no organiser for has the
    organising IGOs another edition of the same series has (editions move from host to host, so only the
    organisation is lent)."""
    known: dict[str, set[str]] = {}
    for event in events:
        if event.kind == "gathering" and event.name and (series := _series(event.name)) is not None:
            known.setdefault(series, set()).update(c for c in event.countries if c in igos)
    for event in events:
        if event.kind != "gathering" or not event.name or any(c in igos for c in event.countries):
            continue
        if (series := _series(event.name)) is not None and known.get(series):
            event.countries = sorted({*event.countries, *known[series]})


_CITY_NAMED = re.compile(r"^(?:the\s+)?(?:(?:19|20)\d\d\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(\w+)$")


def _city_named(name: str) -> bool:
    """'the Tianjin summit', 'the 2004 Istanbul summit': a gathering named by its city (and year) alone."""
    found = _CITY_NAMED.match(name.strip())
    place = lookup_place(found.group(1)) if found is not None else None
    return place is not None and place.lat is not None and place.name is not None \
        and place.name.lower() == found.group(1).lower() if found is not None else False


def _city_editions(events: list[EventDraft], igos: frozenset[str]) -> None:
    """'... the NATO summit in Ankara will be the second held in Turkiye after the 2004 Istanbul summit',
    'Kyrgyzstan took over the SCO presidency at the Tianjin summit': a summit named by its city alone
    in a report whose other gatherings of that head are one organisation's is an edition of that
    organisation's (one organisation only: with two, the city says nothing of whose)."""
    for event in events:
        if event.kind != "gathering" or not event.name or any(c in igos for c in event.countries) \
                or not _city_named(event.name):
            continue
        head = name_head(event)
        owners = {frozenset(c for c in e.countries if c in igos) for e in events
                  if e is not event and e.kind == "gathering" and name_head(e) == head}
        owners.discard(frozenset())
        if len(owners) == 1 and len(owner := next(iter(owners))) == 1:
            event.countries = sorted({*event.countries, *owner})


def gathering_organisers(state: DocState, events: list[EventDraft]) -> None:
    """Add the organising IGOs the report tells apart from a gathering's name."""
    if state.doc is None:
        return
    _told_organisers(state, events)
    igos = igo_codes()
    for event in events:
        if event.kind == "gathering" and (trigger := token_at(state.doc, event.trigger[0])) is not None:
            event.countries = sorted({*event.countries, *_co_hosts(state, trigger)})
        if event.kind == "gathering" and not any(c in igos for c in event.countries):
            owner = _body_owner(state, event)
            if len(owner) == 1:
                event.countries = sorted({*event.countries, *owner})
    _series_organisers(events, igos)
    _city_editions(events, igos)
