"""Cues that one trigger stands for one engagement per counterpart, beyond 'separately' itself.

- "held phone calls with the foreign ministers of Iran, Egypt and Saudi Arabia", "held separate
  phone calls with his Iranian and Saudi counterparts": a call joins two sides, so calls in the
  plural with several states are one call each (a "conference call" stays one);
- "received the ambassadors of France, Italy and Spain, who presented their credentials": each
  envoy hands over his own letters of credence, one meeting each (the convention of three of the
  four agency_train annotators; agency_dev a03's annotator made one multilateral), and
  ``credentials_received`` lets 'received credentials from' count as their reception;
- "met here Monday with visiting President X and President Y in separate meetings": the pairwise
  noun hangs anywhere in the clause, not only on the trigger or its verb;
- "received visiting Prime Minister X and President Y in separate meetings": guests of several
  states met one by one came one by one, a visit each (events/several.py);
- "met with A, B and C. During the meeting with A, ... The talks with B ...": the sentences after the
  trigger's tell its talks with its counterparts one by one, so they were met one by one;
- "held a series of meetings ... including with the foreign ministers of A, B and C", "several
  meetings with A and B": talks in the plural told as many, one per counterpart (not "a round of
  talks", one sitting);
- "held consultations with his Hungarian and Slovak counterparts in Budapest and Bratislava
  respectively": one each, and each part takes the listed place in its counterpart's state.

The word lists are data (``separately``, ``pairwise_modifiers``, ``plural_call_nouns``,
``credential_words``, ``series_nouns``, ``several_modifiers`` in ``event_words.yaml``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import country_name, lookup_place
from dateline.extract.syntax import compound_name, governing_verb
from dateline.record import Place

__all__ = ["clause_pairwise", "credentials_presented", "credentials_received", "lone_state_lent", "listed_places", "plural_calls",
           "received_one_by_one", "states_to_their_envoys", "subject_side", "told_in_series", "told_one_by_one", "told_separate"]

_IN_PREPS = frozenset({"in", "during", "at"})


def _clause(tok: Token) -> list[Token]:
    """The tokens of the trigger's clause (its verb's subtree)."""
    return list(governing_verb(tok).subtree)


def plural_calls(tok: Token) -> bool:
    """'held phone calls with A, B and C', 'telephone conversations with ...': calls in the plural."""
    return tok.tag_ in {"NNS", "NNPS"} and tok.lemma_.lower() in word_set("plural_call_nouns")


def told_in_series(noun: Token) -> bool:
    """'a series of meetings', 'a number of meetings', 'several meetings': talks in the plural told as
    many."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return False
    if any(c.dep_ == "amod" and c.lower_ in word_set("several_modifiers") for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in word_set(
        "series_nouns")


def credentials_presented(tok: Token) -> bool:
    """'received the ambassadors of A, B and C, who presented their credentials': each envoy alone."""
    words = word_set("credential_words")
    return any(t.lower_ in words for t in tok.sent)


def credentials_received(verb: Token) -> bool:
    """'received credentials from the newly appointed ambassadors of A, B and C', 'received the
    credentials of the ambassadors of A, B and C': the envoys named after 'from' or 'of' are received."""
    papers = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in word_set("credential_words")]
    if not papers:
        return False
    froms = [p for c in [verb, *verb.children] for p in c.children if p.dep_ == "prep" and p.lower_ == "from"]
    froms += [p for c in papers for p in c.children if p.dep_ == "prep" and p.lower_ == "of"]  # "the credentials of"
    return any(o.ent_type_ in {"PERSON", "TITLE"} or o.lemma_.lower() in word_set("guest_nouns")
               for p in froms for o in p.subtree if o.dep_ in {"pobj", "nmod", "compound", "appos", "conj"})


def received_one_by_one(verb: Token) -> bool:
    """'received credentials from ...', 'the credentials of ...' (``credentials_received``), or 'A and
    B received Gafarova separately': a guest named by a surname the tagger missed, received by each
    host in turn, is a party all the same."""
    if credentials_received(verb):
        return True
    return any(c.lower_ in word_set("separately") for c in verb.children) and any(
        c.dep_ == "dobj" and c.pos_ == "PROPN" and c.text[:1].isupper() and c.ent_type_ in {"", "ORG", "PERSON"}
        for c in verb.children)


def clause_pairwise(tok: Token) -> bool:
    """'met ... with A and B in separate meetings', 'talks with A and B, respectively in ...': a
    pairwise noun under an 'in' anywhere in the clause, or 'respectively'."""
    pairwise = word_set("pairwise_modifiers")
    for t in _clause(tok):
        if t.lower_ == "respectively":
            return True
        if t.dep_ == "pobj" and t.head.lower_ in _IN_PREPS and t.tag_ in {"NNS", "NNPS"} and any(
                c.lower_ in pairwise for c in t.children if c.dep_ in {"amod", "compound"}):
            return True
    return False


def listed_places(tok: Token) -> list[Place]:
    """'in Budapest and Bratislava respectively': the places a coordinated 'in' phrase of the clause
    lists, when it lists two or more."""
    for t in _clause(tok):
        if t.dep_ != "pobj" or t.head.lower_ != "in":
            continue
        if places := coordinated_places(t):
            return places
    return []


def coordinated_places(first: Token) -> list[Place]:
    """The places ``first`` and its conjuncts name ('in Ghana, Ethiopia and South Africa'), when they
    are two or more, each in a known state; else none."""
    heads = [first]
    for cur in heads:
        heads += [c for c in cur.children if c.dep_ == "conj"]
    places = [p for h in heads if (p := lookup_place(compound_name(h))) is not None and p.country]
    return places if len(places) >= 2 else []


def told_separate(tok: Token) -> bool:
    """'separately', 'separate', 'bilateral meetings', 'in separate courtesy calls' anywhere in the
    trigger's sentence: its guests were met one by one."""
    words = word_set("separately")
    pairwise = word_set("pairwise_modifiers")
    return any(t.lower_ in words or t.tag_ in {"NNS", "NNPS"} and any(
        c.lower_ in pairwise for c in t.children if c.dep_ in {"amod", "compound"}) for t in tok.sent)


def _next_sentences(tok: Token, n: int) -> list[Span]:
    """The `n` sentences after the one `tok` is in, each found from its first token."""
    doc, i = tok.doc, tok.sent.end
    out: list[Span] = []
    while i < len(doc) and len(out) < n:
        out.append(doc[i].sent)
        i = out[-1].end
    return out


def told_one_by_one(tok: Token) -> bool:
    """'X met with A, B and C. During the meeting with A ... In the meeting with C ...': within the next
    few sentences, talks with two or more of the persons it met, each told apart by name."""
    if tok.pos_ != "VERB":
        return False
    met = {t.lower_ for t in tok.subtree if t.i > tok.i and t.pos_ == "PROPN" and t.ent_type_ in {"", "PERSON"}}
    sents = _next_sentences(tok, 5)  # the sentences after the trigger's, not a walk of the whole document
    told = {w.lower_ for s in sents for t in s if t.pos_ in {"NOUN", "PROPN"}
            and t.lemma_.lower() in word_set("meeting_nouns") and t.tag_ in {"NN", "NNS"}
            for p in t.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"
            and not any(c.dep_ == "cc" for c in o.children) for w in o.subtree if w.lower_ in met}
    return len(told) >= 2


def lone_state_lent(parts: list[EventDraft], home: set[str]) -> list[EventDraft]:
    """'held separate meetings with Uzbek Senate Chairperson X and Minister of Investment Y': when the
    counterparts told of a state are all of one state, one whose state the text does not give (Y) is
    of that state too, not talks of the subject's state with itself."""
    foreign = {frozenset(set(p.countries) - home) for p in parts if set(p.countries) - home}
    if len(foreign) != 1 or not home:
        return parts
    (states,) = foreign
    for part in parts:
        if not set(part.countries) - home:
            part.countries = sorted({*part.countries, *states})
    return parts


def subject_side(state: DocState, event: EventDraft, tok: Token) -> EventDraft:
    """'The Ambassador of Japan X, the Ambassador of Poland Y and the Ambassador of Brazil Z
    presented their credentials to President W': the actors told inside the verb's subject are one
    side and the rest the other, however deep in a long list the parse hangs the last of them."""
    doc = tok.doc
    subjects = [c for c in governing_verb(tok).children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return event
    lo, hi = min(c.left_edge.i for c in subjects), max(c.right_edge.i for c in subjects)
    told = {m.actor_id for m in state.mentions_starting(doc[lo].idx, doc[hi].idx + len(doc[hi]))}
    ids = [*event.source, *event.recipient]
    inside = [a for a in ids if a in told]
    outside = [a for a in ids if a not in told]
    host = event.place.country if event.place is not None else state.dateline.country if state.dateline else None
    if not outside and host and credentials_presented(tok) and all(state.actor(a).country != host for a in inside):
        # "the ambassadors of Georgia and Armenia presented their credentials at the Elysee": the
        # state they are accredited to, where they presented them (or the dateline's), receives them
        outside = [state.state_actor(host, country_name(host) or host).id]
    if not outside or not inside or not credentials_presented(tok) and not any(
            state.actor(a).kind == "person" for a in inside):
        return event
    if len(set(inside) & set(event.source)) >= len(set(inside) & set(event.recipient)):
        return replace(event, source=list(dict.fromkeys(inside)), recipient=list(dict.fromkeys(outside)))
    return replace(event, source=list(dict.fromkeys(outside)), recipient=list(dict.fromkeys(inside)))


def states_to_their_envoys(state: DocState, event: EventDraft) -> EventDraft:
    """'received the credentials of ..., the Ambassador of Brazil X and the Ambassador of Kenya Y':
    a state the parse put on one side whose only named official is on the other side (Kenya beside
    the host, its envoy Y among the guests) is that official's side, before the talks are split; so
    is a state left beside a named host when the other side is told as states only ('received the
    credentials of the ambassadors of Germany, India and Egypt': Egypt beside the host)."""
    def persons(ids: list[str]) -> set[str | None]:
        return {state.actor(a).country for a in ids if state.actor(a).kind == "person"}

    def states_only(ids: list[str]) -> bool:  # "the ambassadors of Germany, India and Egypt"
        return bool(ids) and all(state.actor(a).kind == "country" for a in ids)

    sides = [event.source, event.recipient]
    for i, side in enumerate(sides):
        other = sides[1 - i]
        moved = [a for a in side if state.actor(a).kind == "country" and state.actor(a).country not in persons(side)
                 and (state.actor(a).country in persons(other) or persons(side) and states_only(other))]
        if moved:
            sides[i] = [a for a in side if a not in moved]
            sides[1 - i] = [*other, *moved]
    return replace(event, source=sides[0], recipient=sides[1])
