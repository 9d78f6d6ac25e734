"""Engagements are between states: talks that only one state's people take part in, or a visit no
state's official makes, told in a sentence that names no other state and no foreign party, are
domestic and dropped.

"The interior minister met union leaders in the capital", "a reporter visited a tree nursery
outside the capital", "the footballer arrived at his new club": no second state takes part. A
visit of one state's official stays when the story tells its host or a place abroad ("his two-day
visit"); left with the visitor's own state alone and placed nowhere, it is a trip at home ("the
president later visited the wounded at a local hospital"). Talks whose other side the sentence
names ("the Cuban leader", "envoys from Norway", "his counterpart", "the visiting delegation") stay
even when that side could not be resolved: a foreign side the earlier stages missed is no domestic
engagement.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import country_name, demonym_code, lookup_place, region_place
from dateline.extract.syntax import compound_name, entity_at, token_at
from dateline.gazetteer import fold
from dateline.record import Place

__all__ = ["between_states"]

_KINDS = frozenset({"visit", "meeting", "call"})


def _named_states(state: DocState, start: int, end: int) -> set[str]:
    """The states and organisations the sentence names through any mention (a name, a title, a
    country, a demonym)."""
    codes: set[str] = set()
    for mention in state.mentions_in(start, end):
        actor = state.actor(mention.actor_id)
        if actor.country:
            codes.add(actor.country)
        if actor.kind == "organization" and actor.acronym:
            codes.add(actor.acronym)
    return codes


def _foreign_side(text: str) -> bool:
    """'his counterpart', 'the visiting delegation', 'foreign envoys', 'both sides': the sentence tells
    of a side from abroad."""
    return bool(set(re.findall(r"[a-z][a-z-]*", text.lower())) & word_set("foreign_side_words"))


def domestic(state: DocState, event: EventDraft, visits: list[EventDraft]) -> bool:
    """Talks or a call of one state or none, or a visit of no state, whose sentence names no other
    state and no foreign side, and that no visit of that state's with another tells."""
    if event.kind == "visit" and _site_at_home(state, event):
        return True  # "Koizumi's visits to a wartime shrine in Tokyo", whatever states the sentence names
    if event.kind not in _KINDS or len(set(event.countries)) > 1:
        return False
    if event.kind != "visit" and not event.countries:
        return True  # "the station's reporter spoke with the agency's chief scientist": no state takes part
    if event.kind == "visit" and event.countries:
        # "his two-day visit": a stay abroad whose host the text leaves to the story, unless the
        # visit goes to a part of a state, not to a state ("visited flood-hit areas of Sindh"), or
        # the story lent it no host and no place abroad ("later visited the wounded at a hospital")
        return (_to_no_state(state, event) or _to_home(state, event) or _unhosted_at_home(state, event)) \
            and not (_named_states(state, *event.sentence) - set(event.countries))
    own = set(event.countries)
    if event.kind != "visit" and any(len(v.countries) >= 2 and own < set(v.countries) for v in visits):
        return False  # "X will visit Rwanda. The Amir is due to hold talks with President Y": the visit's talks
    named = _named_states(state, *event.sentence)
    if named - own:
        return False
    return not _foreign_side(state.text[event.sentence[0]:event.sentence[1]])


def _to_no_state(state: DocState, event: EventDraft) -> bool:
    """The visit's trigger goes to a region, a district, a camp or a continent, not to a state:
    'visited the flood-hit areas', 'a tour of the northern provinces', 'trips to the continent'."""
    if event.place is not None:
        return False
    goals = _goals(state, event)
    return bool(goals) and all(g.lemma_.lower() in word_set("stateless_destinations") and g.ent_type_ not in {
        "GPE", "NORP"} and not _abroad_in(g, set(event.countries)) for g in goals)


def _to_home(state: DocState, event: EventDraft) -> bool:
    """The visit's trigger goes to a region or territory of the visitor's own state (regions.yaml):
    'the Palestinian prime minister visited the Gaza Strip', 'the Moldovan president's trip to
    Transnistria'. Cities are left alone: the visitor's state is often read from the wrong person."""
    home = {state.actor(a).country for a in event.source} - {None}
    if not home:
        return False  # the visitor's own state must be known: 'Zambia's leader's visit to Egypt' is none
    goals = _goals(state, event)
    return bool(goals) and all(_home_part(g, home) or (p := _goal_place(g)) is not None and p.country in home
                               for g in goals)


def _unhosted_at_home(state: DocState, event: EventDraft) -> bool:
    """The visit's one state is its visitor's own and it is placed nowhere abroad: the story has lent
    its hosts and places by now, so none was told ("The Algerian president later visited some of
    the wounded at a local hospital", "the prime minister's office confirmed the visit"). A goal in a
    place the gazetteer does not know may be abroad, and stays ("visited a camp in Al-Fasher")."""
    home = {state.actor(a).country for a in event.source if state.actor(a).kind == "person"} - {None}
    return bool(home) and set(event.countries) <= home and event.place is None and not any(
        _elsewhere(t, home) for g in _goals(state, event) for t in g.subtree)


def _elsewhere(tok: Token, home: set[str | None]) -> bool:
    """A proper name in the visit's goal that no place at home is: 'in Al-Fasher', 'the AU compound'."""
    if tok.pos_ != "PROPN" and tok.ent_type_ not in {"GPE", "LOC"}:
        return False
    place = lookup_place(tok.text)
    return place is None or place.country not in home


def _site_at_home(state: DocState, event: EventDraft) -> bool:
    """Every goal of the visit is a site (a shrine, a factory, a camp) in a place of the visitor's own
    state: 'the Japanese prime minister's visits to a shrine in Tokyo'."""
    home = {state.actor(a).country for a in event.source} - {None}
    goals = _goals(state, event)
    return bool(home) and bool(goals) and all(
        g.lemma_.lower() in word_set("stateless_destinations") and g.ent_type_ not in {"GPE", "NORP"}
        and (_placed_in(g, home) or _placed_in(g.head, home)) for g in goals)


def _placed_in(goal: Token, home: set[str | None]) -> bool:
    """'a shrine in Tokyo', 'visited a factory in Shanghai', 'a Tokyo shrine': the place the 'in' phrase
    of the goal (or of the word it hangs on), or the place name before it, names is in one of ``home``."""
    for mod in (c for c in goal.children if c.dep_ == "compound" and c.ent_type_ == "GPE"):
        place = lookup_place(compound_name(mod))
        if place is not None and place.country in home:
            return True
    for prep in (c for c in goal.children if c.dep_ == "prep" and c.lower_ == "in"):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"):
            ent = entity_at(goal.doc, obj.i)
            place = lookup_place(ent.text if ent is not None else obj.text)
            if place is not None and place.country in home:
                return True
    return False


def _home_part(goal: Token, home: set[str | None]) -> bool:
    """The goal is a part of a state that its own words place in the visitor's state: 'the western
    U.S. state of Arizona' (a U.S. president's visit), 'his home province', 'India's southern
    states' (an Indian minister's trip), 'the country's western regions' (told of his own), 'the
    central Iranian city of Isfahan', 'southwestern Pakistan' (a Pakistani minister's)."""
    mods = [c for c in goal.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    if goal.lemma_.lower() in word_set("home_city_heads") and any(
            m.dep_ == "amod" and demonym_code(compound_name(m)) in home for m in mods):
        return True  # "a visit to the central Iranian city of Isfahan" (an Iranian president's)
    if goal.ent_type_ == "GPE" and any(m.dep_ == "amod" and m.text.islower() and m.lower_ in word_set("compass_words")
                                       for m in mods):
        place = lookup_place(compound_name(goal))  # "a visit to southwestern Pakistan" (a Pakistani minister's)
        return place is not None and place.country is not None and place.country in home \
            and fold(place.name or "") == fold(country_name(place.country) or "")
    if goal.lemma_.lower() not in word_set("state_part_heads"):
        return False
    return any(m.lower_ == "home" or demonym_code(compound_name(m)) in home
               or m.dep_ == "poss" and m.lemma_.lower() in word_set("own_state_nouns") for m in mods)


def _goals(state: DocState, event: EventDraft) -> list[Token]:
    """Where the visit's trigger goes: its object ('visited X') and the objects of its 'to' and
    'of' ('a trip to X', 'a tour of X')."""
    tok = token_at(state.doc, event.trigger[0]) if state.doc is not None else None
    if tok is None:
        return []
    goals = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ in {"VERB", "AUX"} else []
    return goals + [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"to", "of"}
                    for o in p.children if o.dep_ == "pobj"]


def _goal_place(goal: Token) -> Place | None:
    """The region a visit's goal names (the whole entity: 'the Gaza Strip', 'Nagorno-Karabakh')."""
    ent = entity_at(goal.doc, goal.i)
    if ent is not None and ent.label_ in {"GPE", "LOC", "FAC"}:
        return region_place(ent.text)
    return region_place(compound_name(goal)) if goal.text[:1].isupper() else None


def _abroad_in(goal: Token, own: set[str]) -> bool:
    """'a textile factory in Sao Paulo': the site names a place of another state."""
    for tok in goal.subtree:
        if tok.ent_type_ == "GPE" and tok.ent_iob_ == "B":
            place = lookup_place(compound_name(tok))
            if place is None:
                ent = entity_at(tok.doc, tok.i)  # tok opens it (ent_iob_ 'B')
                place = lookup_place(ent.text) if ent is not None else None
            if place is not None and place.country and place.country not in own:
                return True
    return False


def between_states(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events without the domestic visits, talks and calls."""
    visits = [e for e in events if e.kind == "visit"]
    return [e for e in events if not domestic(state, e, visits)]
