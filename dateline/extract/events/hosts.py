"""A visit has two sides: the host state when the visit's own clause names only the visitor.

"Paraguay has made progress since Deputy Secretary Helen Marsh visited last month", "X is expected
to meet Kenyan President Y during his visit": the visit names no destination, but the sentence
tells the host: the state of the person the visitor meets in it, else the one state the sentence
names besides the visitor's. One pass over the document's events, before the story frame
(:mod:`.story`) that lends the host to the talks told with the visit.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.geometry import topic_mention
from dateline.extract.events.participants import countries_of
from dateline.extract.events.sameness import dates_compatible
from dateline.extract.events.words import word_set
from dateline.extract.heads import is_head
from dateline.extract.places import country_name, lookup_place, org_code, org_entries
from dateline.extract.syntax import ancestors, phrase_span, token_at

__all__ = ["hosting_states", "igo_hosts", "meeting_hosts", "placed_hosts", "visit_host_persons", "visit_hosts", "visiting_guests"]

_TALKS = frozenset({"meeting", "agreement", "call"})
_IGOS = frozenset(o.acronym for o in org_entries())


def _home(state: DocState, visit: EventDraft) -> set[str]:
    persons = [a for a in visit.source if state.actor(a).kind == "person"]
    return set(countries_of(state, persons or visit.source))


def _hostless(state: DocState, visit: EventDraft, home: set[str]) -> bool:
    """The visit names its visitor's state and no other, and no place of its own abroad."""
    if not home or set(visit.countries) - home:
        return False
    return visit.place is None or visit.place_from not in {"text", "destination"}


def _met_in_sentence(state: DocState, visit: EventDraft, events: list[EventDraft],
                     home: set[str]) -> tuple[list[str], set[str]]:
    """The persons of another state the visitor's talks in the same sentence are with."""
    hosts: list[str] = []
    states: set[str] = set()
    for event in events:
        if event is visit or event.kind not in _TALKS or event.sentence != visit.sentence:
            continue
        for a in event.participants:
            actor = state.actor(a)
            if actor.kind == "person" and actor.country and actor.country not in home and a not in visit.source:
                hosts.append(a)
                states.add(actor.country)
    return hosts, states


def _named_in_sentence(state: DocState, visit: EventDraft, home: set[str]) -> set[str]:
    """The states the sentence names (countries, demonyms, officials) besides the visitor's."""
    start, end = visit.sentence
    found: set[str] = set()
    trigger = token_at(state.doc, visit.trigger[0]) if state.doc is not None else None
    for m in state.mentions_starting(start, end):
        actor = state.actor(m.actor_id)
        if actor.kind == "country" and trigger is not None and (tok := token_at(trigger.doc, m.start)) is not None \
                and topic_mention(tok, trigger):
            continue  # "visited the emirate, a long-standing ally of France": France is no host
        if actor.kind in {"country", "person"} and actor.country and actor.country not in home \
                and country_name(actor.country) != actor.country:  # a state, not an IGO
            found.add(actor.country)
    return found


def visit_hosts(state: DocState, events: list[EventDraft]) -> None:
    """Give each host-less visit the host state its sentence tells (and the person met there)."""
    for visit in events:
        if visit.kind != "visit":
            continue
        home = _home(state, visit)
        if not _hostless(state, visit, home):
            continue
        hosts, states = _met_in_sentence(state, visit, events, home)
        if not states:
            states = _named_in_sentence(state, visit, home)
            hosts = []
        if len(states) != 1:
            continue
        host = next(iter(states))
        visit.recipient = list(dict.fromkeys([*visit.recipient, *hosts]))
        visit.participants = list(dict.fromkeys([*visit.source, *visit.recipient]))
        visit.countries = sorted({*visit.countries, host})
        if visit.place is None:
            place = lookup_place(country_name(host))
            if place is not None:
                visit.place, visit.place_from = place, "host"


def placed_hosts(state: DocState, events: list[EventDraft]) -> None:
    """A host-less visit placed abroad by the story ("his first visit to the country since 2016", the
    country told before) is hosted by the state of its place."""
    for visit in events:
        if visit.kind != "visit" or visit.place is None or not visit.place.country \
                or visit.place.country in _IGOS:
            continue
        home = _home(state, visit)
        if home and not set(visit.countries) - home and visit.place.country not in home:
            visit.countries = sorted({*visit.countries, visit.place.country})


def _is_head(state: DocState, actor_id: str) -> bool:
    return is_head(state.actor(actor_id).title)


def _heads(state: DocState, ids: list[str]) -> tuple[set[str], set[str]]:
    """The states of the heads of state or government among ``ids``, and of the other officials."""
    heads: set[str] = set()
    others: set[str] = set()
    for a in ids:
        actor = state.actor(a)
        if actor.kind != "person" or not actor.country:
            continue
        if is_head(actor.title) and country_name(actor.country) != actor.country:
            heads.add(actor.country)  # a state's head (an IGO's president hosts nothing)
        else:
            others.add(actor.country)
    return heads, others


def meeting_hosts(state: DocState, events: list[EventDraft]) -> None:
    """'The U.N. envoy has met with Syrian President X', 'Y urged President Z': talks between a head
    of state or government and a foreign official who is none are held in the head's state, when
    the text gives them no place and tells no visit of the head's state (then the head is the guest,
    and the talks are where the head's visit is)."""
    for event in events:
        if event.kind not in _TALKS - {"call"} or event.place is not None:
            continue
        heads, others = _heads(state, event.participants)
        travelling = {a for a in event.participants if state.actor(a).country in heads and _is_head(state, a)}
        stays = [e for e in events if e.kind == "visit" and e.status == "occurred" and bool(
                     e.date_start and event.date_start) and dates_compatible(e, event)  # told in the stay's days
                 and travelling & set(e.source) and e.place is not None and e.place.country not in heads]
        stay = next((e for e in stays if e.place is not None and e.place.country in others), None)
        if stay is not None:  # "Tokayev arrived in Beijing ... met with Premier Li Qiang": the head is the guest there
            event.place, event.place_from = stay.place, "host"
            continue
        if len(heads) == 1 and others and not heads & others and len(set(event.countries) - heads - others
                                                                         - _IGOS) == 0:
            place = lookup_place(country_name(next(iter(heads))))
            if place is not None:
                event.place, event.place_from = place, "host"


def _window(state: DocState, span: tuple[int, int]) -> tuple[int, int]:
    """The character span of the sentence ``span`` and the sentences just before and after it."""
    if state.doc is None:
        return span
    doc = state.doc  # the sentence found from the token at ``span[0]``, not by listing every sentence
    at = bisect_right(doc, span[0], key=lambda t: t.idx) - 1
    if at < 0 or not doc[at].sent.start_char <= span[0] < doc[at].sent.end_char:
        return span
    sent = doc[at].sent
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    after = doc[sent.end].sent if sent.end < len(doc) else sent
    return before.start_char, after.end_char


def visit_host_persons(state: DocState, events: list[EventDraft]) -> None:
    """'X is in Cuba for a visit that will include talks with Cuban President Y', 'After talks with
    X, the Syrian leader said ... X's visit to Damascus': a visit to one state whose parties name
    no person of it takes the one head of that state or its government named in its sentence or the sentences
    next to it (the host is a party, per the contract)."""
    for visit in events:
        if visit.kind != "visit":
            continue
        home = _home(state, visit)
        visitors = [a for a in visit.source if state.actor(a).kind == "person"]
        hosts = set(visit.countries) - home - _IGOS
        if not visitors or len(hosts) != 1:
            continue
        host = next(iter(hosts))
        if any(state.actor(a).kind == "person" and state.actor(a).country == host for a in visit.participants):
            continue
        start, end = _window(state, visit.sentence)
        found: list[str] = []
        for m in state.mentions_starting(start, end):
            actor = state.actor(m.actor_id)
            if actor.kind == "person" and actor.country == host \
                    and is_head(actor.title) and m.actor_id not in found:
                found.append(m.actor_id)
        if len(found) == 1:
            visit.recipient = [*visit.recipient, found[0]]
            visit.participants = list(dict.fromkeys([*visit.source, *visit.recipient]))


def _name_after(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """'the visiting Foreign Minister of Oman Sayyid Badr bin Hamad Al Busaidi': the parser may end the
    guest's phrase inside the name it runs into; the proper nouns right after it are the guest's too."""
    last = token_at(doc, hi - 1)
    end = last.i + 1 if last is not None else len(doc)
    while end < len(doc) and doc[end].ent_type_ in {"PERSON", "TITLE"} and doc[end].sent == doc[end - 1].sent:
        if doc[end].ent_type_ == "PERSON":  # "Sheikh", "Sayyid": an honorific inside the run
            hi = doc[end].idx + len(doc[end])
        end += 1
    return lo, hi


def visiting_guests(state: DocState, event: EventDraft, trigger: Token) -> None:
    """'met with visiting Chinese Foreign Minister Wang Yi', 'received the visiting Lao delegation':
    the one 'visiting' modifies is the guest (the parser often reads it as the verb's object), the
    clause's other side is the host."""
    if event.kind != "visit" or trigger.lower_ not in word_set("guest_participles") or any(
            c.dep_ in {"aux", "auxpass", "nsubj"} for c in trigger.children):
        return  # "X is visiting Wang Yi", "X, visiting Beijing, said": a verb of its own
    guest = trigger.head if trigger.dep_ == "amod" else next(
        (c for c in trigger.children if c.dep_ == "dobj"), None)
    while guest is not None and (guest.dep_ == "compound" or guest.dep_ == "nmod" and guest.head.ent_type_ == "PERSON"):
        guest = guest.head  # "visiting Syrian President (Ahmed al-Sharaa)", "visiting Minister of Kuwait (Sheikh X)"
    before = trigger.i - 1
    while before > 0 and trigger.doc[before].ent_type_ in {"DATE", "TIME"}:
        before -= 1  # "received on Monday visiting Jordanian Foreign Minister X": the day told between
    opening = trigger.dep_ in {"amod", "csubj"} and trigger.i == trigger.sent.start  # "Visiting Prime Minister X is to"
    if guest is None or not opening and (trigger.i == 0 or trigger.doc[before].pos_ not in {"ADP", "DET", "VERB"}
                                         and trigger.doc[before].tag_ != "PRP$"):  # "his visiting counterpart X"
        return
    lo, hi = _name_after(trigger.doc, *phrase_span(guest))  # not "X, who conveyed a message from King Y"
    if trigger.doc[before].tag_ == "PRP$" and trigger.dep_ == "amod":
        lo = trigger.idx  # "his visiting counterpart X": 'his' is the host's
    guests = list(dict.fromkeys(m.actor_id for m in state.mentions_starting(lo, hi)
                                if state.actor(m.actor_id).kind == "person"))
    if not guests and trigger.dep_ == "amod" and guest.ent_type_ not in {"GPE", "LOC"}:
        # "a visiting U.S. official", "the visiting Japanese minister": the unnamed guest's state
        # (not "after visiting Peru and Ecuador", where the places are what is visited)
        guests = list(dict.fromkeys(m.actor_id for m in state.mentions_starting(lo, hi)
                                    if state.actor(m.actor_id).kind == "country"))
    hosts = [a for a in event.participants if a not in guests and state.actor(a).kind in {"person", "country"}]
    verb = next((a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if not hosts and verb is not None:  # the visit's own words name the guest only: the clause's subject hosts
        spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ in {"acl", "relcl"}:  # "Sheikh Tamim (met with visiting ...)": the noun the clause hangs from
            spans.append((verb.head.left_edge.idx, verb.idx))
        told = [m.actor_id for m in state.mentions_starting_in(spans)]
        own = [m.actor_id for c in verb.children if c.dep_ == "nsubj" for m in state.mentions_starting(*phrase_span(c))]
        hosts = list(dict.fromkeys(a for a in told if state.actor(a).kind == "person")) or list(
            dict.fromkeys(a for a in own if state.actor(a).kind == "country"))  # "Turkish leaders received ..."
    hosts = [a for a in hosts if a not in guests]
    if guests and not hosts and opening:  # the guest alone is told: the visitor, the host left to the story
        event.source, event.recipient = guests, [a for a in event.recipient if a not in guests]
        event.participants = list(dict.fromkeys(event.source + event.recipient))
    if guests and hosts and not set(countries_of(state, guests)) & set(countries_of(state, hosts)):
        event.source, event.recipient = guests, hosts
        event.participants = list(dict.fromkeys(guests + hosts + event.participants))
        event.countries = sorted({*event.countries, *countries_of(state, event.participants)})


def _talks_with_igos(state: DocState, visit: EventDraft) -> set[str]:
    """The IGOs the visit's sentence holds talks with ('holding talks with EU and NATO leaders')."""
    if state.doc is None:
        return set()
    found: set[str] = set()
    for m in state.mentions_starting(*visit.sentence):
        actor = state.actor(m.actor_id)
        tok = token_at(state.doc, m.start)
        if actor.kind != "organization" or not actor.acronym or tok is None:
            continue
        code = org_code(actor.acronym)
        if code in _IGOS and any(cur.lower_ == "with" and cur.dep_ == "prep" and (
                cur.head.lemma_.lower() in word_set("meeting_nouns") or cur.head.lemma_.lower() == "meet")
                for cur in ancestors(tok, 5)):
            found.add(code)
    return found


def igo_hosts(state: DocState, events: list[EventDraft]) -> None:
    """'X is in Belgium, holding talks with EU and NATO leaders': a visit whose talks in the same
    sentence are with intergovernmental bodies only, and with no one of the state it is in, is paid
    to those bodies; the host is the IGO, not the seat's state (guide: Bayramov in Brussels meeting
    the EU's High Representative gives AZE and EU)."""
    for visit in events:
        if visit.kind != "visit" or visit.place is None or not visit.place.country:
            continue
        seat = visit.place.country
        home = _home(state, visit)
        if seat in home or set(visit.countries) - home - _IGOS != {seat}:
            continue
        talks = [e for e in events if e.kind == "meeting" and e.sentence == visit.sentence]
        igos = ({c for e in talks for c in e.countries if c in _IGOS} or _talks_with_igos(state, visit)) - home
        if not igos or any(seat in e.countries and any(
                state.actor(a).kind != "country" and state.actor(a).country == seat for a in e.participants)
                for e in talks):
            continue
        if any(state.actor(a).country == seat for a in visit.participants if state.actor(a).kind == "person"):
            continue  # a person of the seat's state receives the visitor
        visit.recipient = [a for a in visit.recipient if not (state.actor(a).kind == "country"
                                                              and state.actor(a).country == seat)]
        visit.recipient = list(dict.fromkeys([*visit.recipient, *(a for e in talks for a in e.participants
                                                                  if state.actor(a).kind == "person"
                                                                  and state.actor(a).country in igos)]))
        visit.participants = list(dict.fromkeys([*visit.source, *visit.recipient]))
        visit.countries = sorted(home | igos | {c for c in visit.countries if c in _IGOS})


def hosting_states(state: DocState, events: list[EventDraft]) -> None:
    """A visit still placed nowhere once the story has lent it its parties ('It is the first time a
    Russian president has visited the kingdom', 'X will also visit, for the third time'): it is in the
    one state among its parties that is not the visitor's (never an organisation: it has no land)."""
    for visit in events:
        if visit.kind != "visit" or visit.place is not None:
            continue
        home = _home(state, visit)
        abroad = {c for c in visit.countries if c not in home and c not in _IGOS and country_name(c) != c}
        if not home or len(abroad) != 1:
            continue
        place = lookup_place(country_name(next(iter(abroad))))
        if place is not None:
            visit.place, visit.place_from = place, "host"
