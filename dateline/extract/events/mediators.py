"""An organisation that mediates, sponsors or hosts under its auspices the talks of others.

"talks mediated by the African Union", "African Union-sponsored peace talks", "negotiations under
UN auspices", "under the auspices of the OSCE": the organisation is a third party of the talks, not
their setting (the guide lists an IGO among a meeting's countries when one of its officials takes
part; the development sets code the AU-brokered Darfur talks as a meeting of Sudan and the AU, and
the UN-sponsored Cyprus negotiations as one of Cyprus and the UN). Talks between a government and
its rebels are no engagement between states unless such an organisation takes part in them.

:func:`mediating_states`: a state that mediates, brokers or hosts the talks of two others sits at them
too ("indirect talks between Iran and the United States, mediated by Oman", "U.S.-brokered peace talks",
"Oman's role in hosting the rounds of talks between Iran and the United States"): a third side, which
makes the talks multilateral (GUIDE: representatives of three or more states are present).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import country_code, country_name, igo_codes, lookup_org
from dateline.extract.syntax import entity_at, governing_verb, token_at

__all__ = ["igo_mediated", "mediating_states", "under_mediator"]

_HOSTING = frozenset({"host", "mediate", "broker", "facilitate", "sponsor"})


def under_mediator(tok: Token, hops: int = 4) -> bool:
    """``tok`` names the mediator: it hangs from a word of mediation ('United Nations' in 'under
    United Nations auspices', 'EU' in 'the auspices of the EU', 'Union' in 'Union-sponsored')."""
    cur = tok
    for _ in range(hops):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in word_set("mediator_words") or cur.lower_ in word_set("mediator_words"):
            return True
    return False


def _igo(tok: Token) -> bool:
    ent = entity_at(tok.doc, tok.i) if tok.ent_type_ == "ORG" else None
    org = lookup_org(ent.text) if ent is not None else None
    return org is not None and org.kind == "igo"


def igo_mediated(trigger: Token) -> bool:
    """The talks of ``trigger`` name an intergovernmental organisation as their mediator."""
    verb = governing_verb(trigger)
    near = [*trigger.subtree, *(t for c in verb.children if c.dep_ == "prep" for t in c.subtree)]
    return any(_igo(t) and under_mediator(t) for t in near)


def _compound_mediator(trigger: Token) -> str | None:
    """'U.S.-brokered talks', 'Qatar-mediated negotiations': the state a hyphenated modifier names."""
    for mod in (c for c in trigger.children if c.dep_ in {"amod", "compound"}):
        found = re.fullmatch(r"(.+?)-(\w+)", mod.text)
        if found and found.group(2).lower() in word_set("mediator_words"):
            return country_code(found.group(1))
    return None


def _hosting_state(state: DocState, trigger: Token) -> list[str]:
    """'Oman's role in hosting the rounds of talks', 'thanked Oman for its role in mediating the talks',
    'appreciation for the Sultanate of Oman's role in hosting ...': the state last told before the
    hosting or mediating word as an owner ('Oman's') or as the one thanked (the object)."""
    for cur in list(trigger.ancestors)[:4]:
        if cur.tag_ != "VBG" or cur.lemma_.lower() not in _HOSTING or cur.dep_ != "pcomp":
            continue
        told = [t for t in cur.doc[cur.sent.start:cur.i] if t.ent_type_ == "GPE" and t.dep_ in {"poss", "dobj"}]
        if not told:
            return []
        last = told[-1]
        ent = entity_at(last.doc, last.i)  # "the Sultanate of Oman's": the mention starts with the entity
        lo = min(last.left_edge.idx, ent.start_char if ent is not None else last.idx)
        codes = [state.actor(m.actor_id).country for m in state.mentions_starting(lo, last.idx + len(last))
                 if state.actor(m.actor_id).kind == "country"]
        return [c for c in codes if c][-1:]
    return []


def _agent_mediators(state: DocState, trigger: Token) -> list[str]:
    """'talks ..., mediated by the Sultanate of Oman': a state hanging from a word of mediation near the talks."""
    verb = governing_verb(trigger)
    near = [*trigger.subtree, *(t for c in verb.children if c.dep_ in {"advcl", "acl", "prep", "agent"}
                               for t in c.subtree)]
    codes: list[str] = []
    for tok in near:
        if tok.ent_type_ != "GPE" or not under_mediator(tok):
            continue
        codes += [state.actor(m.actor_id).country or "" for m in state.mentions_starting(tok.idx, tok.idx + len(tok))
                  if state.actor(m.actor_id).kind == "country"]
    return [c for c in codes if c]


def mediating_states(state: DocState, events: list[EventDraft]) -> None:
    """Add the state that mediates, brokers or hosts two others' talks to them as a third side."""
    doc = state.doc
    if doc is None:
        return
    igos = igo_codes()
    for event in events:
        if event.kind not in {"meeting", "multilateral"} or event.separate:
            continue
        trigger = token_at(doc, event.trigger[0])
        if trigger is None or trigger.pos_ not in {"NOUN", "PROPN"}:
            continue
        compound = _compound_mediator(trigger)
        mediators = [*([compound] if compound else []), *_agent_mediators(state, trigger), *_hosting_state(state, trigger)]
        sides = {c for c in event.countries if c not in igos}
        mediators = [c for c in dict.fromkeys(mediators) if c not in sides]
        if len(sides) < 2 or not mediators:
            continue
        for code in mediators:
            actor = state.state_actor(code, country_name(code))
            event.recipient = [*event.recipient, actor.id]
            event.participants = [*event.participants, actor.id]
        event.countries = sorted({*event.countries, *mediators})
        event.kind, event.bilateral = "multilateral", False
