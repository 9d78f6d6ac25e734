"""The parties of a gathering: the organising IGOs and the host state (its place, or who hosts it)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.cues import body_holds_its
from dateline.extract.events.format_sides import format_sides, member_groups
from dateline.extract.events.gathering_places import (
    convened_place,
    holder_city,
    named_host,
    named_venue,
    own_end,
    own_host,
    stated_place,
)
from dateline.extract.events.geometry import own_clauses
from dateline.extract.events.name_city import city_in_name
from dateline.extract.events.numbered_sessions import numbered_conveners
from dateline.extract.events.participants import countries_of
from dateline.extract.events.place import is_country, seat_of, standing_seat
from dateline.extract.events.words import holding_verbs, table, word_set
from dateline.extract.org_titles import official_code
from dateline.extract.places import lookup_place, org_entries
from dateline.extract.syntax import ancestors, climb, span_ents
from dateline.record import Place

__all__ = ["gathering_parties", "igo_meeting_parties"]










def _member_bodies(state: DocState, event: EventDraft, trigger: Token | None) -> list[str]:
    """The organisation whose member states the gathering's own words name as a group ('the SCO
    member states' are the SCO's: the same members)."""
    if trigger is None:
        return []
    groups = _named_in(state, [a for a in event.participants if state.actor(a).kind == "group"], _own_spans(trigger))
    wanted = {frozenset(state.actor(a).members or []) for a in groups}
    return [o.acronym for o in org_entries() if o.members and frozenset(o.members) in wanted]


def _paired(ent: Span) -> bool:
    """A name joined to another by a dash or a plus inside a gathering's name: one side of a format."""
    doc = ent.doc
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    return before in {"-", "–", "—", "+"} or after in {"-", "–", "—", "+"}


def _news(state: DocState, event: EventDraft) -> bool:
    """The gathering is the report's news: undated, or held in the week up to its publication."""
    if event.date_start is None:
        return True
    if state.published is None or len(event.date_start) != 10:
        return False
    return (state.published - dt.timedelta(days=7)).isoformat() <= event.date_start <= state.published.isoformat()


def _seat(acronym: str) -> Place | None:
    """The seat of a body that always sits there (``body_seats``): UNGA -> New York. Only the body
    named as the gathering itself sits there, not 'a summit of leaders of the Security Council'."""
    return seat_of(acronym) if acronym.lower() in word_set("body_seats") else None








def _chain(verb: Token) -> list[Token]:
    """A verb and the verbs it takes as complements: 'is due to host', 'is to be held'."""
    out = [verb]
    for _ in range(2):
        out += [c for v in out[-2:] for c in v.children if c.dep_ in {"xcomp", "acomp"} and c not in out]
    return out




def _preparing(verb: Token) -> list[Token]:
    """'Kuwait has begun preparations to host the summit', 'won the right to host', "Qatar's bid to
    host": the noun a hosting verb completes, and the verb that noun is the object of, whose subject
    (or the noun's possessor) is the host."""
    if verb.dep_ != "acl" or verb.head.lemma_.lower() not in word_set("hosting_preparations"):
        return []
    noun = verb.head
    return [noun, noun.head] if noun.dep_ in {"dobj", "nsubj"} and noun.head.pos_ in {"VERB", "AUX"} else [noun]


def _preparers(trigger: Token) -> list[tuple[int, int]]:
    """'Ukrainian authorities are preparing for a summit', 'Kenyan police made preparations for the
    summit', 'Ghana is preparing for the summit': a state, or its local services, readying for a
    gathering host it (not 'Bush is preparing for the summit': a guest)."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
        return []
    verb = trigger.head.head
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in word_set("preparation_nouns") and verb.dep_ == "dobj":
        verb = verb.head  # "made final preparations for the summit"
    elif verb.lemma_.lower() not in word_set("preparing_verbs"):
        return []
    return [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge)) for s in verb.children if s.dep_ == "nsubj" and (
        s.ent_type_ == "GPE" or s.lemma_.lower() in word_set("local_preparers") or s.lower_ in word_set("local_preparers"))]


def _own_spans(trigger: Token) -> list[tuple[int, int]]:
    """Character spans that name the gathering's organisers and host: its own words, and whoever
    holds it ('Brazil will host COP30', 'the capital is due to hold ...', "Seoul's hosting of ...")."""
    doc = trigger.doc
    end = own_end(trigger, trigger.i + 30)  # "... of the Parties to the UN Framework Convention (COP29)"
    spans = [(trigger.left_edge.idx, doc[end - 1].idx + len(doc[end - 1]))]
    holding = holding_verbs("hosting_clause_verbs")
    for clause in own_clauses(trigger):  # "which UNHCR and Switzerland will co-host", "which X is to host"
        verbs = _chain(clause)
        if any(t.lemma_.lower() in holding for t in clause.subtree):  # "which Baku is due to (host)"
            for v in verbs:
                spans += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in v.children
                          if c.dep_ in {"nsubj", "agent"} or c.dep_ == "prep" and c.lower_ == "with"
                          or c.dep_ == "advmod" and c.lower_ == "together"]
    spans += _preparers(trigger)
    for verb in ancestors(trigger, 4):
        if verb.pos_ in {"NOUN"} and verb.lemma_.lower() in holding | word_set("hosting_nouns"):
            spans += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                      for c in verb.children if c.dep_ == "poss"]
        if verb.pos_ in {"VERB", "AUX"}:
            if verb.lemma_.lower() in holding and not (trigger.head.lower_ in word_set("setting_prepositions") and any(
                    c.dep_ == "dobj" and c.i != trigger.i for c in verb.children)):  # not "held talks during the summit"
                for cur in [verb, *climb(verb, {"xcomp", "acomp"}, 2), *_preparing(verb)]:
                    spans += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                              for c in cur.children if c.dep_ in {"nsubj", "agent", "poss"}]
                    spans += _referent(cur)
            break
    return spans


def _referent(verb: Token) -> list[tuple[int, int]]:
    """The words a pronoun subject of the hosting verb stands for: 'Jordan says it will host a regional
    conference' (the saying verb's subject), 'the Association of Southeast Asian Nations, which held a summit
    in Thailand' (the noun the relative clause tells of)."""
    subjects = {c.lower_ for c in verb.children if c.dep_ == "nsubj"}
    if "it" in subjects and verb.dep_ == "ccomp":
        return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in verb.head.children
                if c.dep_ == "nsubj" and c.ent_type_ == "GPE"]
    if subjects & {"which", "that", "who"} and verb.dep_ == "relcl":
        return [(verb.head.left_edge.idx, verb.head.idx + len(verb.head))]
    return []


def _named_in(state: DocState, ids: list[str], spans: list[tuple[int, int]]) -> list[str]:
    """The gathering's hosts and organisers among the clause's parties, not the clause's other
    parties ('Erdogan rejected a request before next week's EU summit') nor its agenda ('to
    discuss a candidate to head the OAS')."""
    return [a for a in ids if any(m.actor_id == a and lo <= m.start < hi for m in state.mentions
                                  for lo, hi in spans)]


def igo_meeting_parties(state: DocState, event: EventDraft, trigger: Token) -> None:
    """'the ASEAN Defence Ministers' Meeting, which Laos will host in Vientiane': IGO + host.

    When the text lists no member states, an IGO body's meeting is coded like a gathering: the
    organisation and its host (the guide's "planned meeting of an IGO body").
    """
    igos = {o.acronym for o in org_entries()}
    states = {state.actor(a).country for a in event.participants
              if state.actor(a).kind in {"country", "person"} and state.actor(a).country
              and state.actor(a).country not in igos}
    if (event.place is None or event.place_from == "dateline") and (stated := stated_place(trigger)) is not None:
        event.place, event.place_from = stated, "text"  # "BAKU - ... the meeting of the OSCE Council in Malta"
    if len(states) >= 2 or any(state.actor(a).kind == "group" and state.actor(a).members for a in event.participants):
        return  # the states told, or a group of them ("the GCC and Central Asian countries")
    spans = [(trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge))]
    if body_holds_its(trigger) or any(body_holds_its(t, trigger) for t in trigger.subtree if t.i != trigger.i):
        # "The ASEAN Economic Ministers will convene their 57th meeting", "... a meeting of its Committee"
        spans += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in trigger.head.children
                  if c.dep_ in {"nsubj", "nsubjpass"}]
    orgs = state.named_organisations(state.mentions_starting_in(spans))
    if not orgs:
        return
    persons = [a for a in event.participants if state.actor(a).kind == "person"]
    event.participants = orgs
    event.source, event.recipient = orgs[:1], orgs[1:]
    gathering_parties(state, event, trigger)
    if persons:  # "Albusaidi will attend a meeting of the GCC Ministerial Council in Riyadh"
        event.participants = list(dict.fromkeys([*event.participants, *persons]))
        event.recipient = [a for a in event.participants if a not in event.source]
        event.countries = sorted({*event.countries, *countries_of(state, persons)})
    event.igo_meeting = True  # its parties are settled: nothing to borrow from the story


def _convening(state: DocState, trigger: Token) -> list[str]:
    """'Leaders of the Group of Seven meet in Italy for a three-day summit', 'Leaders of the African
    Union have begun a summit': the organisation whose members gather for it (or open it) organises it."""
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in word_set("opening_verbs"):
        verb = trigger.head
    elif trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and \
            trigger.head.head.lemma_.lower() in word_set("convening_verbs"):
        verb = trigger.head.head
    elif trigger.dep_ == "pobj" and trigger.head.lower_ in {"at", "during"} and trigger.head.head.pos_ in {"VERB", "AUX"}:
        verb = trigger.head.head  # "Chirac and other European Union leaders signed the constitution at a summit in Rome"
        return _members_at(state, [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}])
    else:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    spans = [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge)) for s in subjects]
    doc = trigger.doc  # "ECOWAS heads of state met": a name the parser left outside the subject it modifies
    spans += [(doc[s.left_edge.i - 1].idx, s.left_edge.idx) for s in subjects if s.left_edge.i > 0
              and doc[s.left_edge.i - 1].is_upper and len(doc[s.left_edge.i - 1]) > 1]  # an acronym, any tag
    return state.named_organisations(state.mentions_starting_in(spans))


def _members_at(state: DocState, subjects: list[Token]) -> list[str]:
    """The organisation whose members are the subject that acts at a gathering ('EU leaders', 'the
    foreign ministers of ASEAN', 'Chirac and other European Union leaders'): it convenes it."""
    members = [t for s in subjects for t in (s, *s.conjuncts) if t.tag_ in {"NNS", "NNPS"}
               and t.lemma_.lower() in word_set("member_subjects")]
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in members]
    return state.named_organisations(state.mentions_starting_in(spans)) if spans else []


def _owner(state: DocState, trigger: Token) -> str | None:
    """The organisation 'its summit' belongs to: the last one its sentence names before it."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in trigger.children):
        return None
    told = [m for m in state.mentions_in(trigger.sent.start_char, trigger.idx)
            if state.actor(m.actor_id).kind == "organization" and state.actor(m.actor_id).acronym]
    return told[-1].actor_id if told else None


def gathering_parties(state: DocState, event: EventDraft, trigger: Token | None = None) -> None:
    """A gathering's countries: its host (place or hosting country) and organising IGOs."""
    orgs = [a for a in event.participants if state.actor(a).kind == "organization" and state.actor(a).acronym]
    hosts = [a for a in event.participants if state.actor(a).kind == "country"]
    if trigger is not None:
        own = _own_spans(trigger)
        if event.name_span is not None and event.name_span[0] < own[0][0]:  # "the Organization of Turkic States summit"
            own[0] = (event.name_span[0], own[0][1])
        orgs, hosts = _named_in(state, orgs, own), _named_in(state, hosts, own)
        holders = [m.actor_id for m in state.mentions if any(lo <= m.start < hi for lo, hi in own[1:])]
        hosts += [a for a in dict.fromkeys(holders) if a not in hosts and (
            state.actor(a).kind == "country" or state.actor(a).kind == "person" and state.actor(a).country)]
        orgs += [a for a in dict.fromkeys(holders) if a not in orgs
                 and state.actor(a).kind == "organization" and state.actor(a).acronym]
        orgs += [a for a in _convening(state, trigger) if a not in orgs]
        if not orgs and (owner := _owner(state, trigger)) is not None:
            orgs.append(owner)  # "Kazakhstan will chair the OTS and host its summit": the OTS's summit
    codes: set[str | None] = {official_code(state.actor(a).acronym or "") for a in orgs}
    codes.update(_member_bodies(state, event, trigger))  # "the Council of Heads of Government of the SCO member states"
    codes.update(numbered_conveners(event.name or ""))  # "COP31": the UN convenes it
    codes.update(official_code(c) for words, convener in table("named_conveners").items()
                 if re.search(rf"\b{re.escape(words)}\b", (event.name or "").lower()) for c in convener)  # "East Asia Summit"
    bare = re.sub(r"^the\s+", "", (event.name or "").lower().strip())
    codes.update(official_code(c) for c in table("bare_conveners").get(bare, []))  # "the General Assembly" alone
    host, where = own_host(state, trigger) if trigger is not None else (None, None)
    hosted_by_name = host is None and trigger is not None and (host := named_host(state, trigger)) is not None
    if host is not None:  # "the summit, which Equatorial Guinea will host in Malabo"
        hosts = [host, *[h for h in hosts if h != host]]
    if where is not None:
        event.place = where
    elif trigger is not None and (stated := stated_place(trigger)) is not None:
        event.place, event.place_from = stated, "text"  # not the clause's other place ("... in Almaty, and the summit in Dushanbe")
    told_from = event.place if event.place_from == "dateline" and where is None else None
    if told_from is not None:  # "ANKARA - ... at the Munich Security Conference": the name says where first
        event.place, event.place_from = None, None
    name_span = event.name_span
    if event.place is None and event.name and name_span and state.doc is not None:
        # "the Dushanbe Water Process conference": a place the NER marks inside the name, not
        # "Summit" (a town in New Jersey) or "Forum"
        span = state.doc.char_span(name_span[0], name_span[1], alignment_mode="expand")
        first = span.start if span is not None else 0
        for ent in (span_ents(span) if span is not None else []):
            if any(up.dep_ == "prep" and up.i >= first and (up.lower_ == "with" or up.lower_ in word_set(
                    "gathering_topic_prepositions")) for up in ent.root.ancestors):
                continue  # "a summit with Palestinian Authority President Mahmoud Abbas": a party, not a place;
                # "an international conference on Afghanistan": its topic
            if _paired(ent):
                continue  # "the ASEAN-GCC-China Summit", "the Turkiye-Africa summit": a side of the format
            place = lookup_place(ent.text) if ent.label_ in {"GPE", "LOC"} else None
            if place is not None and place.lat is not None and place.name:
                event.place = place
                break
    if event.place is None and trigger is not None:
        event.place = stated_place(trigger)
    if (event.place is None or event.place_from == "dateline" or is_country(event.place)) and name_span and state.doc:
        named = city_in_name(state.doc.char_span(name_span[0], name_span[1], alignment_mode="expand"))
        if named is not None and not (is_country(event.place) and event.place and event.place.country != named.country):
            # "the Munich Security Conference" told from Berlin; "Turkiye hosted the Antalya Diplomacy Forum"
            event.place, event.place_from = named, "text"
    if event.place is None and trigger is not None:  # "the U.N. General Assembly": the body sits at its seat
        event.place = next((_seat(state.actor(a).acronym or "") for a in orgs if any(
            m.actor_id == a and (m.start <= trigger.idx < m.end or trigger.lemma_.lower() in word_set(
                "gathering_parts") and trigger.idx < m.start <= trigger.right_edge.idx)  # "the 80th session of the UNGA"
            for m in state.mentions)), None)
        if event.place is None:  # "a speech to the General Assembly": the body its bare name is sits there too
            event.place = next((s for b in table("bare_bodies").get(bare, []) if (s := _seat(b)) is not None), None)
    if event.place is None and hosts:  # "Baku will host COP29": the hosting city is the place
        for m in state.mentions:
            if m.actor_id == hosts[0] and event.sentence[0] <= m.start < event.sentence[1]:
                place = lookup_place(state.text[m.start:m.end])
                if place is not None and place.lat is not None and place.name != state.actor(hosts[0]).name \
                        and not is_country(place):  # "Baku will host", not "Turkiye hosted"
                    event.place = place
                    break
    if event.place is None and trigger is not None:  # "Tianjin prepares to host the SCO summit": a city no actor names
        event.place = holder_city(trigger.doc, own[1:] if own else []) or convened_place(trigger) or named_venue(trigger)
    if event.place is None and hosted_by_name and host is not None:  # "Malaysia, this year's host of the summit"
        land = lookup_place(state.actor(host).name)
        event.place, event.place_from = (land, "host") if land is not None and is_country(land) else (None, None)
    hosted_apart = trigger is not None and bool(hosts) and state.actor(hosts[0]).country not in {None, told_from and told_from.country}
    if told_from is not None and event.status != "planned" and not hosted_apart:  # a gathering ahead is not where the
        # report is from; nor one its own words give another host ("thanked Vietnam for its support to Azerbaijan's hosting of COP29")
        event.place, event.place_from = (told_from, "dateline") if event.place is None else (event.place, "text")
    elif told_from is not None and hosted_apart and event.place is None:
        land = lookup_place(state.actor(hosts[0]).name)  # the host state, its city untold
        event.place, event.place_from = (land, "host") if land is not None and is_country(land) else (None, None)
    here = state.dateline.resolved if state.dateline is not None else None
    if event.place is None and hosts and here is not None and here.country == state.actor(hosts[0]).country \
            and event.status == "occurred" and _news(state, event):
        event.place, event.place_from = here, "dateline"  # "ASHGABAT - The meeting, hosted by Turkmenistan's ministry"
    if event.place is None and not hosts and not orgs and here is not None and here.country \
            and event.status == "occurred" and event.date_start is not None and _news(state, event) \
            and any(c.isupper() or c in "\"“«" for c in event.name or ""):  # not "the regional summit" told again
        event.place, event.place_from = here, "dateline"  # 'ASHGABAT - On the sidelines of the conference "X"': held here
    held_in = event.place.country if event.place is not None and event.place.country else (
        state.actor(hosts[0]).country if hosts else None)
    seated = held_in is not None and not hosts and any(c and standing_seat(c, held_in) and c.lower() not in word_set(
        "universal_organisations") for c in codes)  # "the EU summit in Brussels": the Union's own, no host state
    codes.add(None if seated else held_in)
    words = (trigger.left_edge.idx, trigger.idx) if trigger is not None else None  # "an Armenian-Azerbaijani summit"
    sides = format_sides(state, event, words, held_in)  # "the China-Central Asia summit", "a Russia-Turkey summit in Sochi"
    sides += [g for g in member_groups(state, event) if g not in sides and not any(  # "... of the Central Asian states"
        o.members and frozenset(o.members) == frozenset(state.actor(g).members or []) for o in org_entries())]
    codes.update(countries_of(state, sides))
    event.countries = sorted(c for c in codes if c)
    event.participants = list(dict.fromkeys([*orgs, *hosts[:1], *sides]))
    event.source, event.recipient = event.participants[:1], event.participants[1:]
