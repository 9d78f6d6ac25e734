"""Where an event takes place: the stated location, the host's country, else the dateline.

An invitation and a call have no place. The place of the clause is a location the trigger's verb or noun
governs through place prepositions, also nested ("met at the king's palace in Riyadh", "met with X in New
Delhi"). A seat of the host named without its city ("at the ministry", "at the presidential palace") marks
the event as told at the host's (``venue``): the story frame (:mod:`.story`) gives it the host's capital
when nothing else is said. Also read: a landmark or an organisation's seat ("at the State Department", "at
NATO headquarters"), a city naming the engagement ("the London meeting"), the destination of the journey the
talks are made for ("left for Brussels to hold talks"), the host a relative clause names ("the summit, which
Kyrgyzstan is to host"), a sitting's schedule (:mod:`.scheduled_places`), a place on a verb of speech above
last (:mod:`.said_places`). Online engagements have no place. The dateline city is the place of the talks of
the last three days with the dateline's state a party (or at a small-town dateline).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.tokens import Span, Token

from dateline.extract.described_places import settlement_nouns
from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.clause import ahead_of
from dateline.extract.events.correspondent import filed_abroad
from dateline.extract.events.cues import Cue, cues
from dateline.extract.events.departures import departure_place, journey_after
from dateline.extract.events.destinations import destination
from dateline.extract.events.geometry import clause_tokens, sides_of
from dateline.extract.events.headline_places import headline_place, headline_tells
from dateline.extract.events.held_elsewhere import another_engagement, talks_told_aside
from dateline.extract.events.hosted_places import host_verb_place, hosted_place, relative_host
from dateline.extract.events.named_cities import (
    city_of_state_told,
    continent,
    owned_venue,
    state_named_city,
)
from dateline.extract.events.said_places import said_at
from dateline.extract.events.scheduled_places import complement_elsewhere, scheduled_place
from dateline.extract.events.told_here import told_here
from dateline.extract.events.topic_venues import topic_venue
from dateline.extract.events.when_linked import linked_place, where_place
from dateline.extract.events.words import table, word_set
from dateline.extract.landmarks import capital_namesake, capital_of, landmark_in
from dateline.extract.places import (
    city_in_country,
    country_name,
    demonym_code,
    landmark_place,
    lookup_place,
    major_city,
    org_entries,
)
from dateline.extract.syntax import compound_name, governing_verb, in_subtree, span_ents
from dateline.record import Place

__all__ = ["attach_place", "held_remotely", "is_country", "merged_place", "seat_of", "standing_seat", "venue_phrase"]

_PLACE_PREPS = frozenset({"in", "at", "to"})
_NESTING_PREPS = frozenset({"in", "at", "inside", "with", "during", "by", "upon", "on"})  # "chaired by X in Y", "upon arrival in Y"
_VENUE_NEAR = frozenset({"outside", "near"})  # "at his residence outside Lagos": a venue near a city is in its state
_NAMED = frozenset({"PERSON", "TITLE", "FAC", "ORG", "GPE", "NORP"})


@cache
def _nest_nouns() -> frozenset[str]:
    """Nouns a place phrase may hang from: venues, officials, engagements ('during meetings in Caracas')."""
    return word_set("venue_nouns") | word_set("official_nouns") | word_set("meeting_nouns") | word_set(
        "visit_nouns") | word_set("gathering_nouns") | word_set("arrival_nouns")


def seat_of(code: str | None) -> Place | None:
    """The headquarters of an organisation by its code in ``countries`` ('EU' -> Brussels)."""
    seat = table("igo_seats").get(code.lower()) if code else None
    return city_in_country(seat[0], seat[1]) if seat else None


def standing_seat(code: str, country: str) -> bool:
    """The organisation sits at its seat in ``country`` as a standing body, with no host state."""
    seat = seat_of(code)
    if seat is None or seat.country != country:
        return False
    members = next((o.members for o in org_entries() if o.acronym == code), ())
    return not members or country not in members or code.lower() in word_set("standing_seats")


def is_country(place: Place | None) -> bool:
    """The place is a whole country ('Azerbaijan'), not a city or a venue in it."""
    return place is not None and bool(place.name) and place.country is not None \
        and demonym_code(place.name or "") == place.country


def merged_place(into: EventDraft, other: EventDraft) -> None:
    """The place of an event that takes in another mention of it: the other's when it has none
    (not its own clause's: the story may override it), the other's stated one over the dateline's
    ('... held talks. Before the London meeting, ...') or over the one its host's state gives ('met
    the visiting speaker of X ... is on a two-day visit to Cuba'), a city over its country ('in Azerbaijan'
    ... 'landed in Baku', not 'will travel on to Samarkand')."""
    if into.place is None:
        into.place = other.place
    elif into.place_from in {"dateline", "host"} and other.place is not None and other.place_from == "text":
        into.place, into.place_from = other.place, "text"
    elif is_country(into.place) and other.place is not None and other.place.country == into.place.country \
            and not is_country(other.place) and other.status == into.status:
        into.place, into.place_from = other.place, other.place_from


def _named_city(tok: Token) -> bool:
    """'the northern city of Aleppo': the name a place noun's of-phrase gives, whatever its label."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in word_set("place_nouns")


def _state_as_demonym(ent: Span) -> bool:
    """'met the pope at the Vatican': a state whose name is also its adjective, tagged as one, after a
    place preposition."""
    return ent.label_ == "NORP" and ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"at", "in"} \
        and is_country(lookup_place(ent.text))


def _governed(ent_root: Token, verb: Token, trigger: Token) -> bool:
    """'in Baku' on the verb or the trigger (or the trigger's own clause: 'the visit paid by X to
    Nairobi'), or nested in its place phrase or object: 'at the king's palace in Riyadh', 'met with
    X in New Delhi', 'met X in New Delhi' (never through a topic: 'the situation in Afghanistan')."""
    cur = ent_root
    if cur.dep_ == "compound" and cur.head.dep_ == "pobj" and cur.head.ent_type_ in {"DATE", "TIME"}:
        cur = cur.head  # "met in Kiev Tuesday": the parser makes the city a modifier of the day
    elif cur.dep_ == "compound" and cur.head.dep_ == "npadvmod" and cur.head.ent_type_ in {"DATE", "TIME"} \
            and cur.head.head.i in (verb.i, trigger.i) and cur.i > 0 and cur.doc[cur.i - 1].lemma_.lower() in \
            word_set("place_nouns"):
        return True  # "met in the capital Kyiv Tuesday": the parser hangs the city on the day, the day on the verb
    if cur.dep_ == "appos" or _named_city(cur):
        cur = cur.head if cur.dep_ == "appos" else cur.head.head  # "the capital, Ottawa", "the city of Aleppo"
    for depth in range(3):
        while depth and cur.dep_ == "conj" and cur.head.i < cur.i:
            cur = cur.head  # "met with A and B in Warsaw": the place hangs from the last of the coordinated
        if depth and cur.dep_ == "appos" and cur.head.dep_ == "pobj":
            cur = cur.head  # "met with his Georgian counterpart X in Tbilisi": the place hangs from the name
        if cur.dep_ != "pobj":
            return False
        prep = cur.head
        if depth and prep.lower_ == "of" and prep.head.lemma_.lower() in word_set("sideline_nouns"):
            cur = prep.head  # "met on the sidelines of the European Council in Brussels"
            continue
        if depth and prep.head.i == trigger.i and prep.lower_ in word_set("destination_prepositions") \
                and trigger.lemma_.lower() in word_set("visit_nouns"):
            return True  # "wraps up a tour of Southeast Asia in Jakarta": the stop the tour ends in
        if prep.lower_ not in (_PLACE_PREPS if depth == 0 else _NESTING_PREPS) and not (
                depth == 0 and prep.lower_ in _VENUE_NEAR and prep.head.lemma_.lower() in word_set("venue_nouns")):
            return False
        head = prep.head
        if not depth and head.dep_ == "dobj" and head.head.i == trigger.i and trigger.lemma_.lower() in word_set(
                "signed_verbs") and head.lemma_.lower() in word_set("document_nouns"):
            return True  # "signed documents in Havana": the parser hangs the place on the signed document
        if prep.lower_ in word_set("destination_prepositions") and journey_after(trigger, head):
            return False  # "After holding talks with X, Y will travel to Tanzania": not where the talks were
        if head.i in (verb.i, trigger.i) or in_subtree(trigger, head) or head.lemma_ in word_set("place_verbs") \
                and not complement_elsewhere(head, trigger) and not another_engagement(head, trigger) and not talks_told_aside(head):
            return True  # not 'agreed that X be held in Y', 'the meeting, which will take place in Y', 'who last met in Y
        if head.dep_ in {"acl", "relcl"} and head.head.i == trigger.i or sides_of(head, trigger):
            return True  # "the talks of the two leaders in Astana": the place hangs on the talks' sides
        if head.lemma_.lower() in word_set("route_nouns") and governing_verb(head).i == verb.i:
            return True  # "is on his way to Canada for a two-day trip"
        if not (head.ent_type_ in _NAMED or head.pos_ == "PROPN" or head.lemma_.lower() in _nest_nouns()):
            return False  # people or a venue in the place ("the king's palace in Riyadh"), not a topic
        if head.dep_ == "dobj" and head.head.i in (verb.i, trigger.i):
            return True
        cur = head
    return False


def _capital_by_demonym(clause: set[int], verb: Token, trigger: Token) -> Place | None:
    """'met on Sunday in the Egyptian capital': the capital of the state the adjective names; 'met in a
    Colombian town', 'at a Turkish resort': a place of that state, its city untold."""
    doc = verb.doc
    for i in sorted(clause):
        tok = doc[i]
        capital = tok.lemma_.lower() == "capital"
        if not capital and not (tok.lemma_.lower() in settlement_nouns() and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)) or not _governed(tok, verb, trigger):
            continue  # (not "the Turkish city of Antalya": its name says where)
        for child in tok.children:
            code = demonym_code(child.text) if child.dep_ in {"amod", "compound"} else None
            if code is not None:
                return capital_of(code) if capital else lookup_place(country_name(code))
    return None


def _seat_or_landmark(state: DocState, verb: Token, trigger: Token) -> Place | None:
    """'at the State Department' (a landmark the tagger reads as an organisation), 'at NATO
    headquarters', 'at the OTS Secretariat', 'at the headquarters of the OSCE': the landmark's city,
    the organisation's seat."""
    for head in (verb, trigger):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"at", "in", "inside", "to"}:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.ent_type_ in {"GPE", "LOC"}:
                    continue
                words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ != "det"]
                phrase = obj.doc[words[0].i:obj.i + 1].text if words else ""
                # also a landmark inside the phrase: "at the Ak Saray presidential complex"
                landmark = landmark_place(phrase) or landmark_in(phrase)
                if landmark is not None:
                    return landmark
                if obj.lemma_.lower() not in word_set("seat_nouns"):
                    continue
                owners = [c for c in obj.children if c.dep_ in {"compound", "nmod", "poss"}] + [
                    o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
                spans = [(o.left_edge.idx, o.idx + len(o)) for o in owners]
                for mention in state.mentions_starting_in(spans):
                    actor = state.actor(mention.actor_id)
                    seat = seat_of(actor.acronym) if actor.kind == "organization" else None
                    if seat is not None:
                        return seat
    return None


def _journey_purpose(verb: Token) -> Place | None:
    """'departed from Dushanbe for Brussels to hold talks with X', 'flew to Doha to meet Y': talks a
    journey is made for are where it goes."""
    if verb.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    journey = verb.head
    if journey.lemma_.lower() not in cues().travel | {"arrive"}:
        return None
    where = destination(journey)
    if where is None:  # "departed from Dushanbe for Brussels": the parser hangs the goal on the origin
        where = next((o for p in journey.children if p.dep_ == "prep" and p.lower_ == "from" for f in p.children
                      for q in f.children if q.dep_ == "prep" and q.lower_ in {"for", "to"}
                      for o in q.children if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"}), None)
    return lookup_place(compound_name(where)) if where is not None else None


def _city_modifier(trigger: Token) -> Place | None:
    """'the London meeting', 'the Montreal, Canada, summit': a city naming the engagement is where it is held (a
    country its topic: 'the Iran talks')."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    for child in trigger.children:
        if child.dep_ not in {"compound", "nmod"} or child.i > trigger.i or child.ent_type_ not in {"GPE", "LOC"}:
            continue
        place = lookup_place(compound_name(child))
        city = next((c for c in child.children if c.dep_ in {"compound", "nmod"} and c.i < child.i
                     and c.ent_type_ in {"GPE", "LOC"}), None) if is_country(place) else None
        if city is not None and place is not None and (told := lookup_place(compound_name(city))) is not None \
                and told.country == place.country:
            place, child = told, city  # "the Montreal, Canada, summit": the city told before its state
        if place is not None and place.country and not is_country(place) and demonym_code(child.text) is None:
            return place
    return None


def held_remotely(verb: Token, trigger: Token) -> bool:
    """'was held online', 'held in video format', 'took place via videoconference': no place."""
    for head in {verb.i: verb, trigger.i: trigger}.values():
        for child in head.children:
            if child.dep_ == "advmod" and child.lower_ in word_set("remote_adverbs"):
                return True
            if child.dep_ != "prep" or child.lower_ not in {"via", "by", "in", "through", "over"}:
                continue
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in word_set("remote_format_nouns") and (
                        obj.lemma_.lower() not in {"format", "mode", "link"}
                        or any(m.lower_ in word_set("remote_modifiers") for m in obj.children)):
                    return True
    return False


def venue_phrase(verb: Token, trigger: Token) -> bool:
    """'at the ministry', 'at the presidential palace': a seat of government named without a city."""
    for head in (verb, trigger):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"at", "in", "inside"}:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in word_set("venue_nouns") \
                        and obj.ent_type_ not in {"GPE", "LOC"}:
                    return True
    return False


def attach_place(state: DocState, event: EventDraft, cue: Cue, sent: Span) -> None:
    """The stated location ('in Baku'), else the host's country for visits, else the dateline."""
    event.place, event.place_from = None, None
    if event.kind in {"invitation", "call"}:
        return  # an invitation is extended, a call is made: neither has a place (the seed gold)
    verb = governing_verb(cue.token)
    if held_remotely(verb, cue.token):
        return  # "the meeting was held online": nowhere, not at the dateline
    best = said = None
    clause = clause_tokens(verb)
    # "In the run-up to COP30, X held talks in Moscow": a gathering named in passing is not where its clause is
    passing = event.kind == "gathering" and ahead_of(cue.token)
    relative = verb
    while relative.dep_ == "conj":  # "..., where he visited troops and spoke with X": the second verb too
        relative = relative.head
    # the clause's own first, the trigger's own phrase before them ("returned to Tokyo after a trip to Vietnam")
    for ent in sorted(span_ents(sent), key=lambda e: (e.root.i not in clause, not in_subtree(e.root, cue.token))):
        if ent.label_ not in {"GPE", "LOC", "FAC"} and not _named_city(ent.root) and not _state_as_demonym(ent) \
                or continent(ent.text) or (
                passing and not in_subtree(ent.root, cue.token)):
            continue
        if ent.root.i not in clause and not in_subtree(ent.root, cue.token) and relative.dep_ == "relcl" \
                and (relative is verb or not in_subtree(ent.root, relative)):
            continue  # "who arrived in Muscat from Munich, where he attended ...": another clause's place
        if _governed(ent.root, verb, cue.token):
            place = lookup_place(ent.text) or state_named_city(ent)  # "in the Venezuelan city of X"
            place = city_of_state_told(ent.doc, ent.end, place)  # "in San Jose, Costa Rica"
            if place is not None and said_at(ent.root, verb):
                said = said or place  # "..., X said in Baku": only when the clause names no place
            elif place is not None and (best is None or is_country(best) and place.country == best.country):
                best = place  # "the visit to Uzbekistan will continue in Bukhara": the city of the state
                if not (event.kind == "visit" and is_country(place)):
                    break
        if ent.root.dep_ == "dobj" and ent.root.head.i == verb.i == cue.token.i and event.kind == "visit":
            place = lookup_place(ent.text)
            if place is not None:
                best = place
                break
    if best is None and event.kind in {"meeting", "multilateral", "agreement"}:
        best = topic_venue(span_ents(sent), verb, cue.token, event.countries)  # "talks on security in Muscat"
    if event.status == "planned" and (scheduled := scheduled_place(verb, cue.token)) is not None:
        best = scheduled  # "the session, due to convene in Amman", "(in Abuja, where they) agreed to convene X in Accra"
    if best is None:
        best = said or _city_modifier(cue.token)  # "the London meeting", "the Astana talks"
    if best is None and not passing:
        best = _journey_purpose(verb) or departure_place(verb, cue.token)  # "left for Brussels to hold talks
        # with X"; "left New Delhi following three days of talks", "Before leaving Baku, X held talks"
    if best is None and not passing:
        best = _capital_by_demonym(clause, verb, cue.token)  # "in the Egyptian capital"
    if best is None and not passing:
        best = _seat_or_landmark(state, verb, cue.token)  # "at NATO headquarters", "at the State Department"
    if best is None and not passing:
        best = owned_venue(verb, cue.token)  # "at Venezuela's presidential palace": in its capital
    if best is None and event.kind == "gathering":
        best = host_verb_place(verb, cue.token)  # "the summit, which Djibouti will host in March"
    if best is None and event.kind in {"gathering", "multilateral", "meeting"}:
        best = hosted_place(state, cue.token) or relative_host(cue.token)  # "as Egypt prepares to host a summit"  # "the meeting of the ministers of A, B and C, which Ashgabat will host"
    if best is None and relative.dep_ == "relcl" and any(c.lower_ == "where" for c in relative.children):
        best = where_place(relative.head)  # "from Munich, where he attended the conference"
    if best is None and verb.dep_ == "advcl" and (where := next((c for c in verb.children if c.lower_ == "where"
                                                                 and c.i < verb.i), None)) is not None:
        before = verb.doc[where.i - 1] if where.i and verb.doc[where.i - 1].pos_ != "PUNCT" else None
        if before is not None and before.dep_ == "pobj" and before.ent_type_ in {"GPE", "LOC", "FAC"}:
            best = where_place(before)  # "traveled from Washington where he met X": the parser's advcl
    if best is None:
        best = linked_place(verb)  # "visited Amman in May, when he met X": in Amman
    event.venue = venue_phrase(verb, cue.token)
    if best is not None:
        event.place, event.place_from = capital_namesake(best, event.countries) or best, "text"  # San José, not California's
        return
    if event.kind == "visit" and event.recipient:
        hosts = [state.actor(a) for a in event.recipient]
        home = {state.actor(a).country for a in event.source}  # never the visitor's own state
        codes = [h.country for h in hosts if h.country and h.kind in {"country", "person"} and h.country not in home]
        host = lookup_place(country_name(codes[0])) if codes else None
        if host is not None:
            event.place, event.place_from = host, "host"
            return
        seat = next((seat for h in hosts if (seat := seat_of(h.acronym if h.kind == "organization"
                                                              else h.country)) is not None), None)
        if seat is not None:  # "a working visit to the EU institutions": the organisation's seat
            event.place, event.place_from = seat, "seat"
            return
    if state.dateline is not None and state.dateline.resolved is not None \
            and event.status == "occurred" and event.kind in {"visit", "meeting", "agreement",
                                                              "multilateral", "gathering"}:
        if event.date_start is None or _reported_from(state, event.date_start):
            here = state.dateline.resolved
            headline = headline_place(state)  # "... hold talks in Bishkek" above "TASHKENT /UzA/ - X held talks"
            if headline is not None and (headline.country in event.countries or headline_tells(state, event)):
                event.place, event.place_from = headline, "text"
                return
            home = {state.actor(a).country for a in event.source if state.actor(a).kind == "person"}
            if event.kind == "visit" and here.country in home:
                return  # "BAKU - X is on a visit to the OSCE": the visitor's home is no place of his visit
            if not event.countries or here.country in event.countries or _field_dateline(here) \
                    or filed_abroad(state, event) or told_here(verb) or any(
                    (seat := seat_of(code)) is not None and seat.country == here.country
                    and seat.name == here.name for code in event.countries):
                event.place, event.place_from = here, "dateline"  # also the seat of a party: "BRUSSELS - ... the EU"


_FIELD_TOWN = 1_000_000  # people: a dateline town smaller than this hosts no agency desk of its own


def _field_dateline(here: Place) -> bool:
    """'AVAZA, 12 August', 'SAMARKAND': a report from a town that is no capital and no large city is filed
    where the engagement is; one from a capital or a large city ('ANKARA') may tell of talks held elsewhere."""
    capital = capital_of(here.country) if here.country else None
    return capital is not None and capital.name != here.name and major_city(here.name or "", _FIELD_TOWN) is None


def _reported_from(state: DocState, day: str) -> bool:
    """The report's news, on its day or the three days before: a city's report tells of its last days' talks."""
    if state.published is None:
        return False
    before = (state.published - dt.timedelta(days=3)).isoformat()
    return before <= day <= state.published.isoformat()
