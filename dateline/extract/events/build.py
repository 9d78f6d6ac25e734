"""One sentence's events: its kept triggers, each with participants, date, status and place."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.act_cues import days_before, other_counterparts, step_back
from dateline.extract.events.ahead_dates import own_words_only, preparers_aside
from dateline.extract.events.attendance import attendees
from dateline.extract.events.bilateral_bodies import sitting_body
from dateline.extract.events.ceremonies import ceremony_nouns, foreign_guests, leader_ceremony
from dateline.extract.events.cited_documents import cited_date, concluded_before
from dateline.extract.events.clause import (
    ahead_of,
    is_cancelled,
    is_hypothetical,
    is_negated,
    is_request,
    is_wish,
    past_modified,
)
from dateline.extract.events.company_visits import company_counterpart, company_visitor
from dateline.extract.events.contrast_clauses import contrasted, own_subject_verb
from dateline.extract.events.cues import (
    Cue,
    body_session,
    cues,
    find_triggers,
    igo_meeting,
    referred_sitting,
)
from dateline.extract.events.dates import attach_date, invitation_at, pluperfect
from dateline.extract.events.destinations import destination
from dateline.extract.events.document_clauses import own_date, own_parties_only
from dateline.extract.events.documents import (
    concluded_itself,
    named_between,
    signed_participle,
    to_be_signed,
)
from dateline.extract.events.event_status import set_status
from dateline.extract.events.filter import gathering_backref, keep
from dateline.extract.events.frame import frame_reference
from dateline.extract.events.gathering_places import stated_place
from dateline.extract.events.gatherings import gathering_parties, igo_meeting_parties
from dateline.extract.events.host_side import host_counterpart
from dateline.extract.events.hosts import visiting_guests
from dateline.extract.events.invitation_carriers import passed_on_in_speech
from dateline.extract.events.itinerary import (
    noun_stop_state,
    onward_stops,
    own_stop_only,
    stop_side,
    trip_purpose_stop,
)
from dateline.extract.events.many_states import (
    convening_verbs,
    host_sits,
    many_states_meet,
    members_meet,
    members_organisation,
    members_sitting,
    sitting_organisation,
    talks_with_many_states,
)
from dateline.extract.events.names import event_name
from dateline.extract.events.next_sittings import body_sitting
from dateline.extract.events.participants import participants_for
from dateline.extract.events.place import attach_place
from dateline.extract.events.presence import (
    expected_place,
    expected_presence,
    presence,
    unnamed_official,
)
from dateline.extract.events.relative_signings import signing_ahead
from dateline.extract.events.retold_days import retold_days
from dateline.extract.events.rosters import seat_roster
from dateline.extract.events.rounds import series_sitting
from dateline.extract.events.several import split_engagements, third_side, told_bilateral
from dateline.extract.events.sides import placed_officials, received_guest
from dateline.extract.events.signers import (
    between_parties,
    collective_signers,
    company_signers,
    coordinated_signers,
    role_aside,
)
from dateline.extract.events.signing_places import signed_in_topic
from dateline.extract.events.signings import signed_in_setting
from dateline.extract.events.sitting_documents import sitting_documents
from dateline.extract.events.under_way import host_day
from dateline.extract.events.visited import talks_of_visit, visited_person
from dateline.extract.events.visiting_subjects import visiting_subject
from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import ancestors, compound_name, governing_verb

__all__ = ["sentence_events"]

_BACKREF_DETS = frozenset({"the", "this", "that", "these", "those"})


def _backref(cue: Cue) -> bool:
    """'during the visit', 'the meeting, chaired by ...', 'reached the agreement on Wednesday': an
    event told before."""
    tok = cue.token
    if cue.kind == "agreement":
        return cue.via == "noun" and tok.text.islower() and any(
            c.dep_ in {"det", "poss"} and c.lower_ in _BACKREF_DETS | {"their", "its"} for c in tok.children) \
            and not any(c.dep_ in {"amod", "compound", "nummod", "nmod"} or c.dep_ == "prep" and c.lower_ in {
                "of", "with", "between", "on", "to"} and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
                for c in tok.children)  # "the agreement on trade" is named; "the agreement on Wednesday" is not
    return cue.kind == "gathering" and cue.via == "noun" and gathering_backref(tok) or \
        cue.via == "noun" and cue.kind in {"visit", "meeting", "call", "multilateral"} and any(
            c.dep_ == "det" and c.lower_ in _BACKREF_DETS for c in tok.children) and not any(
            c.dep_ in {"amod", "compound"} for c in tok.children) and not any(
            c.dep_ == "prep" and c.lower_ in {"of", "with", "between"} for c in tok.children)


def _counterpart(cue: Cue) -> Token | None:
    """Whom talks are with: 'talks with Sharon before he is to meet Friday with Abbas' are two."""
    tok = cue.token
    objs = [c for c in tok.children if c.dep_ == "dobj" and tok.pos_ in {"VERB", "AUX"}]
    objs += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    return next((o for o in objs if o.ent_type_ in {"PERSON", "GPE", "NORP", "ORG", "TITLE"}
                 or any(t.ent_type_ in {"PERSON", "TITLE"} for t in o.subtree)), None)


def _abroad(state: DocState, event: EventDraft, tok: Token) -> bool:
    """An official of a known state, staying in another state (one told by his post alone stands for
    his state: "Britain's top defense official is in Afghanistan")."""
    homes = {state.actor(a).country for a in event.source if state.actor(a).kind == "person"}
    if not homes and event.place is not None and unnamed_official(tok):
        homes = {state.actor(a).country for a in event.source if state.actor(a).kind == "country"}
    if event.place is None:  # "X will be the guest of Slovak Prime Minister Y": the host's state
        hosts = {state.actor(a).country for a in event.recipient if state.actor(a).kind == "person"}
        return bool(homes) and None not in homes and len(hosts) == 1 and None not in hosts and not hosts & homes
    return bool(event.place.country) and bool(homes) and None not in homes and event.place.country not in homes


def sentence_events(state: DocState, sent: Span, news_day: str | None = None) -> list[EventDraft]:
    found = find_triggers(sent)  # below: only the tokens of the lemmas each rule opens with
    found += [Cue("meeting", t, "verb") for t in convening_verbs(sent) if t.pos_ == "VERB" and t.lemma_.lower() in word_set(
        "convening_verbs") and members_meet(t) and not any(f.token.i == t.i for f in found)]  # "EU ministers gathered"
    found += [Cue("gathering", t, "noun") for t in ceremony_nouns(sent) if leader_ceremony(t) and not any(
        f.token.i == t.i for f in found)]  # "the delegation to the inauguration of President X"
    kept = [c for c in found if keep(c, found)]
    travel = cues().travel
    # One event per kind per sentence, except named agreements/gatherings.
    events: list[EventDraft] = []
    seen: set[tuple[object, ...]] = set()
    met_verbs: set[int] = set()  # token indices of the sentence's meeting verbs
    for cue in sorted(kept, key=lambda c: (c.via != "phrase", c.token.i)):
        denied = is_negated(cue.token) or is_hypothetical(cue.token) or is_cancelled(cue.token)
        cited_only = denied and cue.kind == "agreement" and concluded_itself(cue.token)
        if denied and not cited_only:  # "rejected the budget deal reached at the summit": reached all the same
            continue
        session = body_session(cue)
        if session is not None:  # "the regular meeting of the Council of Heads of Government": a named session
            cue = Cue("gathering", session, "noun")
        referred = referred_sitting(cue)
        if referred is not None:  # "ahead of the 25th meeting of the SCO Council": the sitting, not the clause's talks
            cue = Cue("multilateral", referred, "noun")
        if cue.kind in {"meeting", "visit", "multilateral", "call"} and (is_request(cue.token) or is_wish(cue.token)):
            continue  # "demanded a meeting", "hopes to visit Damascus": asked for or wished, not held nor agreed
        lemma = cue.token.lemma_.lower()
        name = event_name(cue) if cue.kind in {"gathering", "agreement"} else None
        backref = _backref(cue)
        place_to = destination(cue.token) if cue.kind == "visit" and cue.via == "verb" else None
        visited = next((c for c in cue.token.children if c.dep_ == "dobj" and c.ent_type_ in {"GPE", "LOC"}),
                       None) if cue.kind == "visit" and cue.via == "verb" else None
        met = _counterpart(cue) if cue.kind == "meeting" else None
        key = (cue.kind, name.lower() if name and cue.kind in {"gathering", "agreement"} else
               place_to.lower_ if place_to is not None and lemma in travel
               else visited.lower_ if visited is not None
               else met.lower_ if met is not None
               else body.lower_ if cue.kind == "meeting" and (body := sitting_body(cue.token)) is not None
               else None, backref, cue.kind in {"meeting", "multilateral"} and series_sitting(cue.token),
               cue.kind == "agreement" and own_subject_verb(governing_verb(cue.token)))
        # ("who arrived in Belgrade on Wednesday, leaves for Podgorica"; "the next round": another sitting)
        if key in seen or cue.kind == "meeting" and met is None and cue.via == "noun" and any(
                t.i in met_verbs for t in ancestors(cue.token, 3)):
            continue  # "met A and B in separate meetings": the talks of the verb, told again
        seen.add(key)
        if cue.kind == "meeting" and cue.via == "verb":
            met_verbs.add(cue.token.i)
        event = EventDraft(
            kind=cue.kind,
            trigger=(cue.token.idx, cue.token.idx + len(cue.token)),
            sentence=(sent.start_char, sent.end_char),
            status="occurred",
            name=name,
        )
        if name:
            offset = sent.text.find(name)
            if offset >= 0:
                event.name_span = (sent.start_char + offset, sent.start_char + offset + len(name))
        if cue.via == "verb" and lemma in cues().hosting:
            event.hosted = True  # PLOVER mode: the guest visits the host
            if lemma == "receive":
                event.reception = True  # an audience of its own; "X hosted Y" is the talks
        if cue.kind == "visit" and lemma in travel:
            event.travel = True
        event.backref = backref  # "during the visit", "the meeting, chaired by ..."
        event.bilateral = cue.kind in {"meeting", "call"} and told_bilateral(cue.token)
        event.further = cue.kind == "meeting" and other_counterparts(cue.token)  # "also met with other officials"
        participants_for(state, event, cue, sent)
        seat_roster(state, event, cue.token, sentence=True)  # "the meeting of the foreign ministers of A, B and C": those states
        if cue.kind == "visit" and any(c.dep_ == "poss" and c.lower_ == "your" for c in cue.token.children):
            event.source, event.recipient = [], [*event.source, *event.recipient]  # '"Your visit ...," X said': X hosts
        sitting = cue.kind == "meeting" and members_sitting(cue.token)
        if cue.kind == "meeting" and (members_meet(cue.token) or body_sitting(cue.token)
                                      or talks_with_many_states(cue.token) or sitting):
            event.kind = "multilateral"  # "EU foreign ministers, meeting in Luxembourg, agreed ...", "its next meeting"
            members_organisation(state, event, cue.token)  # "Leaders of ASEAN who met in Laos": ASEAN sits
            if sitting:
                sitting_organisation(state, event, cue.token)  # "the bloc endorsed ... at a meeting": the EU named before
        visiting_guests(state, event, cue.token)  # "met with visiting Chinese Foreign Minister X"
        received_guest(state, event, cue.token)  # "received at Bayan Palace visiting Egyptian Foreign Minister X"
        visiting_subject(state, event, cue.token)  # "visiting Nepali Foreign Minister X met his Indian counterpart"
        event.third_side = cue.kind == "meeting" and third_side(state, event, sent)
        attach_date(state, event, cue, sent)
        if cue.kind == "visit" and event.date is None:  # "visiting X, who is on a state visit from March 9 to 13"
            retold_days(state, event, cue, [c for c in found if c.kind == "visit" and c.token.i != cue.token.i], sent)
        cited = cited_date(state, cue.token) if cue.kind == "agreement" and cue.via == "noun" else None
        signed_on = own_date(state, cue.token if cue.via == "noun" else cue.token.head) if cited is None \
            and event.date is None and cue.kind == "agreement" and (cue.via == "noun" or cue.token.dep_ == "acl") \
            else None  # "the accord A and B signed in 2000", "the documents signed in Hanoi": their own date
        if (told := cited or signed_on) is not None:  # "the 2001 Agreement on Combating Smuggling (March 3, 2001)"
            event.date, event.date_start, event.date_from = told, told.start, "text"
            event.date_end = told.end or told.start
        verb = governing_verb(cue.token)
        earlier = pluperfect(verb) and not (cue.kind == "invitation" and passed_on_in_speech(verb))
        if earlier:  # (not "said he had conveyed an invitation": at the talks told)
            event.pluperfect = True
        frame = frame_reference(cue)
        if frame is not None and frame.offset != cue.token.idx:
            event.frame = frame
        set_status(state, event, cue, sent)
        named = cue.kind == "agreement" and cue.via == "noun" and cited is None and named_between(cue.token)
        if cited is not None and concluded_before(state, cited, cue.token) or named or cue.kind == "agreement" and (
                signed_participle(cue.token)):  # "decided to amend a 1982 accord", "the X Agreement between the two"
            event.status = "occurred"  # concluded before (in 1982, on a day not told), whatever the clause
            event.cited = cited is not None or named
            if named and not signed_on:  # "Under an agreement with Georgia, the base will close by 2007": the
                event.date = event.date_start = event.date_end = event.date_from = None  # clause's day is not its
        elif cue.kind == "agreement" and (to_be_signed(cue.token) or signing_ahead(cue.token)):
            event.status = "planned"  # "agreements are due to be signed", "the signing of X due to take place"
        if event.date is None and event.status == "occurred":
            at_invitation = cue.kind == "invitation" and invitation_at(cue.token)
            if at_invitation:
                event.at_invitation = True
            if state.published is not None and not at_invitation and not earlier and not past_modified(cue.token) \
                    and not named:  # a named document cited in passing: concluded on a day not told
                event.date_start = event.date_end = news_day or state.published.isoformat()
                event.date_from = "published"
                if cue.kind == "visit" and (received := host_day(state, sent, cue.token, event.date_start)):
                    event.date_start = event.date_end = received  # "X, who arrived on a visit, was received on Monday"
        if cue.kind in {"meeting", "call", "visit"}:
            step_back(event, days_before(cue.token))  # "a day after holding talks with Y": the day before
        attach_place(state, event, cue, sent)
        if event.kind == "multilateral" and (sitting or cue.kind == "meeting" and (
                many_states_meet(cue.token) or members_meet(cue.token))):
            host_sits(state, event, cue.token)  # "Delegates from 30 Asian countries met in Baku": Azerbaijan sits too
        if cue.kind == "visit" and company_visitor(state, cue.token):
            continue  # "a delegation of Qatar Airways visited Kigali": a company's trip
        if cue.kind == "meeting" and company_counterpart(state, cue.token):
            continue  # "the minister met executives of the Chinese company X": talks with a firm
        if cue.kind == "agreement":
            if company_signers(state, cue.token):
                continue  # "Boeing signed a deal with Japan Airlines"
            between_parties(state, event, cue.token)
            if cited_only:
                own_parties_only(state, event, cue.token)  # not the clause's side that rejects it
            role_aside(state, event, cue.token)  # "..., with Thailand as the lone critic": no signer
            event.collective = collective_signers(cue.token)
            event.separate = contrasted(verb)  # "A signed X, while B signed Y": two signings
            signed_in_topic(event, cue.token)  # "signed five memoranda of understanding in Cairo"
        if visited is not None and (seen_place := lookup_place(compound_name(visited))) is not None \
                and seen_place.country and (event.place is None or event.place.country != seen_place.country):
            event.place, event.place_from = seen_place, "text"  # "returned to Beijing after visiting Russia": Russia
        if event.travel and place_to is not None:
            place = lookup_place(compound_name(place_to))
            if place is not None:  # "will leave for Lilongwe": the destination, not where the story is
                event.place, event.place_from = place, "destination"
        stop = trip_purpose_stop(cue.token, [(c.token, d) for c in kept if c.kind == "visit" and c.via == "verb" and (
            c.token.lemma_.lower() in travel) and (d := destination(c.token)) is not None]) if cue.kind == "meeting" else None
        if stop is not None and (place := lookup_place(compound_name(stop))) is not None:
            event.place, event.place_from = place, "destination"  # "traveling to Amman for a meeting with X"
            own_stop_only(state, event, place.country)
            stop_side(state, event, place.country)  # "flew to Moscow for talks on gas": Russia is the other side
        if cue.kind in {"gathering", "multilateral"} and event.status == "planned" and ahead_of(cue.token):
            own_words_only(state, event, cue.token)  # "ahead of the summit, X met Y in Beijing on Monday"
            preparers_aside(state, event, cue.token)  # "discussed preparations for the summit": no attendee
        if cue.kind == "gathering":
            gathering_parties(state, event, cue.token)
            attendees(state, event, cue.token)  # "a summit hosted by X", "Y spoke at the forum"
        elif cue.kind == "multilateral" and cue.via in {"noun", "phrase"} and igo_meeting(cue.token):
            if referred is not None:  # the clause's persons meet elsewhere: not the sitting's
                event.participants = [a for a in event.participants if state.actor(a).kind != "person"]
            igo_meeting_parties(state, event, cue.token)
        elif cue.kind == "multilateral" and cue.via in {"noun", "phrase"} and event.place_from in {None, "dateline"} and (
                stated := stated_place(cue.token)) is not None:
            event.place, event.place_from = stated, "text"  # "the ministerial meeting of the X Dialogue in Tokyo"
        if cue.kind == "visit" and lemma in travel and event.place is not None \
                and event.place.country and any(state.actor(a).country == event.place.country
                                                for a in event.source if state.actor(a).kind == "person"):
            continue  # "before leaving for Astana": the visitor goes home
        if cue.kind == "visit" and event.place is None and expected_presence(cue.token) and (
                stay := expected_place(cue.token)) is not None:
            event.place = lookup_place(compound_name(stay))  # "X is due in Nairobi on Monday"
            event.place_from = "text" if event.place is not None else None
        if cue.kind == "visit" and presence(cue.token):
            if not _abroad(state, event, cue.token):
                continue  # "the president is in Chicago": at home, not a visit
            if event.status == "occurred" and event.date is not None and event.date_end != event.date_start \
                    and any(w in (event.date.text or "").lower() for w in word_set("period_words")):
                # "are in Azerbaijan this week": the stay is under way, its days are told elsewhere
                event.date = None
                event.date_start = event.date_end = news_day or (state.published.isoformat() if state.published
                                                                 else None)
                event.date_from = "published" if event.date_start else None
        if cue.kind == "visit" and cue.via == "noun":  # "a visit to Lima before traveling to Quito": Lima's
            own_stop_only(state, event, noun_stop_state(cue.token, any(c.kind == "visit" and c.via == "verb" for c in kept)))
        if cue.kind == "meeting" and event.place is not None and event.place_from == "text" and event.place.country \
                and len(event.countries) == 1 and event.place.country not in event.countries and (
                    placed_officials(cue.token) or host_counterpart(state, event, cue.token)):  # "held talks in Riyadh"
            event.countries = sorted({*event.countries, event.place.country})  # "met with officials in Amman"
            host = next((a.id for a in state.actors if a.kind == "country" and a.country == event.place.country), None)
            if host is not None and host not in event.participants:
                event.recipient, event.participants = [*event.recipient, host], [*event.participants, host]
        if cue.kind == "visit" and event.place is not None and event.place.country \
                and event.place.country not in event.countries and event.place_from != "seat":
            event.countries = sorted({*event.countries, event.place.country})  # the host state
        if cue.kind == "gathering" and leader_ceremony(cue.token) and not foreign_guests(state, event):
            continue  # "X attended the funeral of former President Y": at home, no state's guest
        onward = onward_stops(state, event, sent) if cue.kind == "visit" and not any(
            e.kind == "visit" for e in events) else []  # "a tour that will take him to A and B"
        parts = split_engagements(state, event, cue.token)
        for part in parts:  # "A, B and C presented their credentials": each part now with the host's state
            if part is not event and part.place is None and set(part.countries) != set(event.countries):
                attach_place(state, part, cue, sent)  # (the dateline's city, once the host is a side)
        events.extend(parts)
        events.extend(onward)
        if cue.kind == "visit" and visited_person(cue.token) is not None and not any(c.kind == "meeting" for c in kept):
            events.append(talks_of_visit(event))  # "visited his counterpart in Lome": the talks too
    coordinated_signers(state, events)  # "adopted a Joint Statement and signed a Treaty ... between A and B": A and B
    sitting_documents(events)  # "the final communique of the session was adopted": the session's parties
    signed_in_setting(events)  # "reached the agreement at a summit hosted by X in Lome": in Lome
    return events
