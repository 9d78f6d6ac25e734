"""Trips and invitations of private people, and conferences of no state, are no engagement between states.

Real news tells many more journeys, invitations and conferences than official ones: "52,000
Venezuelans have arrived in Brazil", "the students are expected to fly back to the United Kingdom",
"a tourist visiting Uganda", "when a friend lost her job, Ms. Underwood invited her to stay with
her", "a study presented at a cardiology conference". At the end of the events stage every party
has been lent, borrowed or resolved, and three kinds are dropped:

- a visit whose travellers are only states told by the origin of private people (a demonym on
  "citizens", "tourists", or "Venezuelans" alone) or people named with no post or state and described
  by a private occupation, or, with no traveller resolved, whose verb's subject
  is such a noun ("the passengers arriving from Peru") and whose parties are states only;
- an invitation that names no state at all;
- a gathering with no state, no body and no one named, in a sentence that names none either, in a
  report that tells no other engagement, unless its name makes it a meeting of leaders ("a summit of
  Muslim leaders": its states are simply not told).

Named people the text gives a post or a state stay parties, titled or not ("Mr. Annan will head to south
Asia", "Mr. Rumsfeld visited U.S. troops"); a traveller named with neither whom the text describes by a
private occupation (``private_persons``: "a poet ... a speech he gave during a visit to the United
States") makes no visit between states. Delegations,
officials and teams of bodies stay ("a U.N. team arrived in Iran"): besides those, only the nouns of
``private_travellers`` (``event_words.yaml``) mark private people.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft, Mention
from dateline.extract.events.words import word_set
from dateline.extract.syntax import token_at

__all__ = ["without_private_parties"]


def _private_noun(token: Token) -> bool:
    return token.lemma_.lower() in word_set("private_travellers") or token.lower_ in word_set("private_travellers")


def _people_demonym(state: DocState, mention: Mention) -> bool:
    """'two Kenyan citizens', '52,000 Venezuelans': where people come from, not a state acting."""
    token = token_at(state.doc, mention.start) if state.doc is not None else None
    if token is None:
        return False
    if token.dep_ in {"amod", "compound", "nmod"}:
        return _private_noun(token.head)
    return token.tag_ in {"NNS", "NNPS"}  # "Venezuelans", "Russians travelling to the United Kingdom"


def _acting(state: DocState, actor_id: str, event: EventDraft) -> bool:
    """Anyone but a state told only by the origin of private people ('two Kenyan citizens') or a named
    person the text gives no post, no state and no official's role ('a poet ... a speech he gave during a
    visit to the United States')."""
    actor = state.actor(actor_id)
    if actor.kind == "person":
        return actor.title is not None or actor.country is not None or actor.role == "official" \
            or not _described_private(state, actor_id)
    if actor.kind != "country":
        return True
    lo, hi = event.sentence
    told = [m for m in state.mentions_in(lo, hi) if m.actor_id == actor_id]
    return not told or not all(m.kind == "demonym" and _people_demonym(state, m) for m in told)


def _described_private(state: DocState, actor_id: str) -> bool:
    """The text describes the person by a private occupation: 'X, a poet who ...', 'the businessman X',
    'dissident writer X' (an apposition to the name, or a noun the name is the apposition of)."""
    doc = state.doc
    if doc is None:
        return False
    for mention in (m for m in state.mentions if m.actor_id == actor_id and m.kind == "name"):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        described = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else []) \
            + [t for t in doc[max(span.start - 3, span.sent.start):span.start] if t.pos_ == "NOUN"]
        if any(t.lemma_.lower() in word_set("private_persons") for t in described):
            return True
    return False


def _traveller(state: DocState, event: EventDraft) -> Token | None:
    """Who makes the trip when no party tells it: the subject of 'arrived', 'took trips', the noun a
    participle 'visiting' describes, or the owner of 'trip'."""
    trigger = token_at(state.doc, event.trigger[0]) if state.doc is not None else None
    if trigger is None:
        return None
    if trigger.dep_ in {"acl", "amod"} and trigger.pos_ == "VERB":  # "a tourist visiting Uganda"
        return trigger.head
    owners = [c for c in trigger.children if c.dep_ in {"poss", "compound"}  # "the A380's trip"
              and not (c.i > 0 and c.doc[c.i - 1].text == "-")]  # not "the six-day trip": a length
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head if trigger.dep_ in {"dobj", "nsubj"} else None
    subjects: list[Token] = []
    for _ in range(3):  # "the students are expected to fly back": the subject of the verb it hangs from
        if verb is None:
            break
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects or verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            break
        verb = verb.head
    for token in owners + subjects:
        if token.i != trigger.i:  # "the trip will include stops in A and B": the trip is no traveller
            return token
    return None


def _faction(traveller: Token | None) -> bool:
    """The traveller is told as a movement's or a faction's, by a word before him or before the post
    his name is given: 'separatist politicians', 'the rebel delegation', 'opposition leader X' (not
    'the Civil Aviation Minister': only the words right before the noun and before its post count)."""
    if traveller is None:
        return False
    nouns = [traveller] + [c for c in traveller.children if c.dep_ in {"compound", "appos"} and c.i < traveller.i
                           and c.pos_ == "NOUN"] if traveller.pos_ == "PROPN" else [traveller]
    return any(c.dep_ in {"amod", "compound"} and c.i < n.i and c.lower_ in word_set("non_state_traveller_modifiers")
               for n in nouns for c in n.children)


def _nobodys(traveller: Token) -> bool:
    """A traveller told by a common noun that names no post, no group of officials and no one's state or
    body: 'international experts continue to arrive in Nigeria', 'the race heads to Granada' (not 'a
    U.N. team', 'the delegation', 'the guests', 'IAEA inspectors', 'he')."""
    posts = word_set("official_nouns") | word_set("visitor_group_nouns") | word_set("guest_nouns") | word_set(
        "sent_envoy_nouns")
    return traveller.pos_ == "NOUN" and traveller.lemma_.lower() not in posts and traveller.lower_ not in posts \
        and not any(t.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} for t in traveller.subtree)


def _private(state: DocState, event: EventDraft) -> bool:
    parties = {*event.source, *event.recipient, *event.participants, *event.attendees, *event.witnesses}
    if event.kind == "visit":  # the destination is always told: who travels decides
        if _faction(_traveller(state, event)):
            return True  # "separatist politicians from Indian Kashmir are making a trip to Pakistani Kashmir"
        if event.source:
            return not any(_acting(state, a, event) for a in event.source)
        traveller = _traveller(state, event)
        return traveller is not None and (_private_noun(traveller) or _nobodys(traveller)) and not any(
            state.actor(a).kind != "country" for a in parties)
    if event.kind == "invitation":  # "Ms. Underwood invited her to stay": no state at all
        return not event.countries
    return False


def _stateless_gathering(state: DocState, event: EventDraft) -> bool:
    """'a cardiology conference', 'the candidates forum': no state, no body, no one, none around it."""
    parties = {*event.source, *event.recipient, *event.participants, *event.attendees, *event.witnesses}
    return event.kind == "gathering" and not event.countries and not parties and not _summit(state, event) \
        and not _states_around(state, event)


def _states_around(state: DocState, event: EventDraft) -> bool:
    """'In the run-up to the Bay of Bengal Economic Forum, the Bangladeshi minister received ...': its
    sentence tells of states or their officials, so the gathering may be theirs."""
    lo, hi = event.sentence
    for mention in state.mentions_in(lo, hi):
        actor = state.actor(mention.actor_id)
        if actor.kind != "person" or actor.role == "official" or actor.title is not None:
            return True
    return False


def _summit(state: DocState, event: EventDraft) -> bool:
    """'the summit', 'a summit of Muslim leaders': a meeting of leaders by its very name."""
    words = state.text[event.trigger[0]:event.trigger[1]].lower().split()
    return any(w in word_set("leaders_gatherings") for w in words)


def without_private_parties(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events without the trips and invitations of private people, and without the conferences of
    no state in a report that tells no engagement of states beside them (a report of engagements may
    tell its summit or conference without its states: "the conference" of a story that has them)."""
    kept = [e for e in events if not _private(state, e)]
    stateless = [e for e in kept if _stateless_gathering(state, e)]
    return kept if len(stateless) < len(kept) else []
