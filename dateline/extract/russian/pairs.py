""""Лидеры двух стран договорились встретиться в декабре": an engagement whose sentence names no
person but "the two countries" (``the_two`` in ``ru_events.yaml``; a state it names is only the
title's of who reports it: "сообщил пресс-секретарь Президента Узбекистана") is between the two
sides of the engagement told last before it that names two states and a person of each; so is
one told of "two" office holders ("Тогда же состоялась встреча двух премьер-министров"), which
names no one else.

Talks to come told in a sentence whose subject is the sides in a plural noun ("Собеседники обсудили
подготовку к межмидовским консультациям", "министры договорились провести очередной раунд
консультаций"), or is the talks' own noun ("Очередной раунд консультаций решено провести в Астане"),
and that name no party of their own are between the two sides of the engagement told last before
them, not the story's first (``sides`` in ``ru_events.yaml``)."""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.heads import is_head
from dateline.extract.places import country_name, org_by_acronym
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc, RuToken
from dateline.extract.russian.parties import party_countries

__all__ = ["the_sides_told_before", "the_two_sides"]


def _pair(state: DocState, event: EventDraft) -> list[str] | None:
    persons = [a for a in event.participants if state.actor(a).kind == "person"]
    countries = party_countries(state, persons)
    return persons if len(persons) == 2 and len(countries) == 2 else None


def _two_states(state: DocState, event: EventDraft) -> list[str] | None:
    """The two states of an engagement told by its states alone ("состоялись межмидовские консультации
    между Кыргызстаном и Казахстаном"), not a sitting of an organisation."""
    if event.kind == "gathering" or len(event.countries) != 2 or any(org_by_acronym(c) for c in event.countries):
        return None
    return [state.state_actor(code, country_name(code)).id for code in event.countries]


def _same_office(title: str | None, told: str) -> bool:
    """The office told in the plural: the same title, or a head of state's (of government's) as
    each state names it ("двух премьер-министров": a Prime Minister and a Chairman of the Cabinet
    of Ministers)."""
    offices = (title or "").split(" – ")  # a chain: "Chairman of the Cabinet of Ministers – Head of ..."
    if told in offices:
        return True
    if is_head(told, government=False):
        return any(is_head(o, government=False) for o in offices)
    return is_head(told) and any(is_head(o) and not is_head(o, government=False) for o in offices)


def _two_holders(state: DocState, doc: RuDoc, sent: int) -> list[str] | None:
    """"встреча двух премьер-министров", "обоих президентов": "two" before a title; the two persons
    named before the sentence who hold it, of two states (None when not told so, [] when not two)."""
    tokens = doc.tokens_of(sent)
    keys = [t.lemma for t in tokens]
    told = [m.value.title for i, k in enumerate(keys[:-1]) if k in ("два", "оба")
            and (m := L.titles().at(keys, i + 1)) is not None]
    if not told:
        return None
    before = {m.actor_id for m in state.mentions if m.start < doc.sents[sent][0]}
    holders = [a.id for a in state.actors if a.kind == "person" and a.id in before and _same_office(a.title, told[0])]
    return holders if len(holders) == 2 and len(set(party_countries(state, holders))) == 2 else []


def the_two_sides(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    for i, event in enumerate(events):
        if event.kind not in ("meeting", "call", "visit", "agreement"):
            continue
        token = doc.token_at(event.trigger[0])
        if token is None:
            continue
        holders = _two_holders(state, doc, token.sent)
        named = [a for a in event.participants if state.actor(a).kind == "person"]
        if holders:  # (the two office holders, when the event names no one else)
            pair: list[str] | None = holders if set(named) <= set(holders) else None
        elif state.persons(event.participants) or holders is None and not L.event_words("the_two").find(
                [t.lemma for t in doc.tokens_of(token.sent)]):
            continue
        else:
            pair = next((p for e in reversed(events[:i]) if (p := _pair(state, e)) is not None), None)
        if pair is None:
            continue
        event.participants, event.source, event.recipient = list(pair), pair[:1], pair[1:]
        event.countries = party_countries(state, pair)


def _clause_subject(doc: RuDoc, token: RuToken) -> RuToken | None:
    """The subject of the first verb above the noun (through the nouns that govern it)."""
    current = doc.verb_above(token, 6)
    if current is None:
        return None
    if current.feats.get("VerbForm") == "Inf" and current.rel.startswith(("csubj", "xcomp")) \
            and current.head is not None:
        current = doc.tokens[current.head]  # "решено провести", "договорились провести"
    return next((t for t in doc.tokens_of(token.sent) if t.head == current.index
                 and t.rel.startswith("nsubj")), None)


def _told_by_sides(doc: RuDoc, token: RuToken) -> bool:
    noun = doc.tokens[token.head] if token.rel == "amod" and token.head is not None else token
    subject = _clause_subject(doc, noun)
    if subject is None:
        return False
    if subject.index == noun.index or noun.head == subject.index and noun.rel == "nmod":
        return True  # "Очередной раунд консультаций решено провести"
    return subject.feats.get("Number") == "Plur" and L.event_words("sides").at([subject.lemma], 0) is not None


def the_sides_told_before(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    """Talks to come that name no party, told of the sides: the two sides of the engagement told last."""
    for i, event in enumerate(events):
        if event.kind != "meeting" or event.status != "planned" or state.persons(event.own_parties or []) \
                or any(state.actor(a).kind == "country" for a in event.own_parties or []):
            continue
        token = doc.token_at(event.trigger[0])
        if token is None or not _told_by_sides(doc, token):
            continue
        told = [e for e in reversed(events[:i]) if e.trigger[1] <= event.trigger[0]]
        pair = next((p for e in told if (p := _pair(state, e)) is not None), None) or next(
            (p for e in told if (p := _two_states(state, e)) is not None), None)  # (of two people first)
        if pair is None:
            continue
        event.participants, event.source, event.recipient = list(pair), pair[:1], pair[1:]
        event.countries = party_countries(state, pair)
