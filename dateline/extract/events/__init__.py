"""Events: engagements coded by kind and PLOVER, with participants, place, date and evidence.

``run_events`` finds triggers sentence by sentence (cues are data: ``cues.yaml``), attaches
participants from the actors stage (through coreference), a place, a date from the time
stage, a status, and merges mentions of the same engagement into one event.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.arguments import (
    attach_date,
    attach_place,
    event_name,
    frame_reference,
    participants_for,
    pluperfect,
)
from dateline.extract.events.clause import (
    governing_verb,
    is_cancelled,
    is_hypothetical,
    is_negated,
    is_planned,
    is_request,
)
from dateline.extract.events.cues import Cue, cues, find_triggers, igo_meeting
from dateline.extract.events.merge import merge_events
from dateline.extract.events.plover import code_plover
from dateline.extract.events.spans import close_spans
from dateline.extract.places import lookup_place, org_code, org_entries
from dateline.record import Place

__all__ = ["run_events"]

_SIGN_LEMMAS = {"sign", "ink", "conclude", "initial", "ratify", "adopt", "endorse", "exchange",
                "approve", "agree", "finalize", "finalise", "signing"}


def _keep(cue: Cue, cues_in_sent: list[Cue]) -> bool:
    tok = cue.token
    kinds = {c.kind for c in cues_in_sent}
    if cue.kind == "meeting" and ("call" in kinds or "multilateral" in kinds):
        return False
    if cue.kind in {"multilateral", "meeting"} and cue.via != "verb" and any(
            c.kind == "gathering" and c.token is not tok and abs(c.token.i - tok.i) <= 6
            and (c.token.left_edge.i <= tok.i <= c.token.right_edge.i
                 or tok.left_edge.i <= c.token.i <= tok.right_edge.i)
            and _named_gathering(c.token) for c in cues_in_sent):
        return False  # "the OIC Council of Foreign Ministers session": the session is the event
    if cue.kind == "meeting" and cue.via == "noun" and _inside_name(tok):
        return False  # "General Meeting" of a named gathering
    if cue.kind == "meeting" and cue.via == "verb" and tok.lemma_.lower() == "meet" and _meets_non_officials(tok):
        return False  # "to meet business leaders", "met students": not an engagement between states
    if cue.kind in {"meeting", "visit", "multilateral", "call"} and _inside_document_clause(tok):
        return False  # "a statement under which coast guard officials will meet twice a year": its terms
    if cue.kind == "call" and any(c.lower_ == "courtesy" for c in tok.children):
        return False  # "a courtesy call on the President" is a meeting
    if cue.kind == "gathering" and tok.dep_ == "appos" and any(
            c.kind == "gathering" and c.token.i == tok.head.i for c in cues_in_sent):
        return False  # "COP29, the UN climate conference under way since Monday": one gathering
    if cue.kind == "gathering" and any(
            c.kind == "gathering" and c.token.i != tok.i and c.token.left_edge.i <= tok.i <= c.token.right_edge.i
            and c.token.i < tok.i for c in cues_in_sent):
        return False  # "the 29th session of the Conference of the Parties (COP29)": one gathering, named whole
    if cue.kind == "gathering" and not ((_named_gathering(tok) or _gathering_backref(tok))
                                        and _gathering_predicate(tok)):
        return False
    if cue.kind == "agreement" and cue.via == "noun":
        head = tok.head
        signs = {tok.head.lemma_.lower(), *(c.lemma_.lower() for c in tok.children)}
        if head.dep_ in {"pobj"} and head.head.lemma_.lower() in _SIGN_LEMMAS:
            signs.add("sign")
        if head.lemma_.lower() == "of" and head.head.lemma_.lower() in {"signing", "adoption", "conclusion"}:
            signs.add("sign")
        if not signs & _SIGN_LEMMAS:
            return False
    if cue.kind == "agreement" and cue.via == "verb":
        if any(c.kind == "agreement" and c.via == "noun" for c in cues_in_sent):
            return False  # the document noun is the trigger
    if cue.kind == "visit" and _non_visitor(tok):
        return False  # "troops arrived in ..."
    if cue.kind == "gathering" and (_counted(tok) or (tok.dep_ == "compound" and tok.head.ent_type_ == "TITLE")):
        return False  # "two weeks ago", "next week", "National Assembly president"
    if cue.kind == "agreement" and cue.via == "verb" and not _signs_a_document(tok):
        return False
    if cue.kind == "visit" and cue.via == "verb" and tok.lemma_.lower() in cues().travel:
        return _destination(tok) is not None
    if cue.kind == "visit" and (governing_verb_is_invitation(tok) or _invited_to_pay(tok)):
        return False  # "invited X to pay a visit": the invitation is the event
    if cue.kind == "meeting" and cue.via == "verb" and tok.lower_.startswith("co-chair"):
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in cues().chaired or c.lower_ in cues().chaired)
                   for c in tok.children)
    if cue.kind == "meeting" and cue.via == "verb" and tok.lemma_.lower() in {"receive", "host"}:
        if any(c.dep_ in {"nsubjpass", "nsubj"} and c.lemma_.lower() in _MEETING_NOUNS | _GATHERING_NOUNS
               for c in tok.children):
            return False  # "The talks were hosted by X": the talks are the event
        if any(c.dep_ == "agent" for c in tok.children):
            return True  # "X was received by Y"
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not objs:  # "received on Wednesday the Minister of ...": the parser hangs it elsewhere
            objs = [r for right in tok.rights for r in right.subtree
                    if r.ent_type_ in {"PERSON", "TITLE"} and r.i < tok.i + 12][:1]
        if any(o.lemma_.lower() in _GATHERING_NOUNS for o in objs):
            return False  # "Baku will host the conference": a gathering, not a meeting
        if not objs or not any(o.ent_type_ in {"PERSON", "NORP", "GPE", "TITLE"} or o.lemma_ in
                               {"delegation", "minister", "ambassador", "guest", "counterpart"}
                               or any(x.ent_type_ in {"PERSON", "TITLE", "NORP"} for x in o.subtree)
                               for o in objs):
            return False
    if cue.kind == "visit" and cue.via == "noun" and any(
            c.kind == "visit" and c.via == "verb" and (
                c.token.lemma_.lower() not in cues().travel or _destination(c.token) is not None)
            for c in cues_in_sent):
        return False  # "arrived ... on a working visit": the arrival is the trigger ("headed by" is no trip)
    if cue.kind == "invitation" and cue.via == "noun" and any(
            c.kind == "invitation" and c.via == "verb" for c in cues_in_sent):
        return False
    return True


def doc_text(tok) -> str:  # type: ignore[no-untyped-def]
    """A place name with its compound parts: 'Phnom Penh', 'Kuala Lumpur'."""
    left = min([tok.i, *(c.i for c in tok.children if c.dep_ == "compound")])
    return tok.doc[left:tok.i + 1].text


def _destination(verb):  # type: ignore[no-untyped-def]
    """The place a travel verb goes to: 'leave for Kampala', 'fly on to Phnom Penh', 'travel to Rome'."""
    preps = [c for c in verb.children if c.dep_ in {"prep", "dative"}]
    for particle in (c for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ in {"on", "back", "onward"}):
        preps.extend(c for c in particle.children if c.dep_ == "prep")
    words = {"to", "in", "for"} if verb.lemma_.lower() in {"leave", "depart", "head"} else {"to", "in"}
    if verb.lemma_.lower() in {"leave", "depart"}:
        words = {"for"}
    for prep in preps:
        if prep.lower_ not in words:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (obj.ent_type_ in {"GPE", "LOC", "FAC"} or obj.text[:1].isupper()):
                return obj
    return None


def _non_visitor(tok) -> bool:  # type: ignore[no-untyped-def]
    from dateline.extract.events.clause import governing_verb
    from dateline.extract.events.cues import cues

    verb = governing_verb(tok)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(s.lemma_.lower() in cues().non_visitors for s in subjects)


def _counted(tok) -> bool:  # type: ignore[no-untyped-def]
    """'two weeks ago', 'next week', 'three conferences': a time span or a count, not one gathering."""
    return tok.lemma_.lower() in {"week", "month", "year", "day"} or any(
        (c.like_num and c.tag_ == "CD" and c.ent_type_ != "ORDINAL" and not re.fullmatch(r"\d{4}", c.text))
        or c.lower_ in {"few", "several", "many", "numerous"}
        for c in tok.children if c.dep_ in {"nummod", "amod", "det", "quantmod"})


_DOCUMENT_OBJECTS = {"memorandum", "agreement", "programme", "program", "protocol", "roadmap", "statement",
                     "declaration", "treaty", "accord", "plan", "convention", "contract", "deal", "communique",
                     "charter", "pact", "document", "documents", "papers", "mou", "agreements", "arrangement",
                     "package", "letter", "notes", "minutes", "instruments", "instrument"}


def _signs_a_document(tok) -> bool:  # type: ignore[no-untyped-def]
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in _DOCUMENT_OBJECTS or o.lower_ in _DOCUMENT_OBJECTS for o in objs)


_OFFICIAL_NOUNS = {"counterpart", "minister", "president", "premier", "delegation", "ambassador", "envoy",
                   "secretary", "chancellor", "king", "emir", "prince", "head", "chairman", "chair", "speaker",
                   "prosecutor", "official", "diplomat", "governor", "mayor", "commissioner", "leader",
                   "director", "chief", "representative", "deputy", "attorney", "sultan", "vice", "chairperson"}


def _meets_non_officials(verb) -> bool:  # type: ignore[no-untyped-def]
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        return False
    obj = objs[0]
    if obj.ent_type_ in {"PERSON", "NORP", "GPE", "ORG", "TITLE"} or obj.pos_ in {"PRON", "PROPN"}:
        return False
    if any(t.ent_type_ in {"PERSON", "TITLE"} for t in obj.subtree):
        return False
    mods = {c.lower_ for c in obj.children if c.dep_ in {"compound", "amod"}}
    return obj.lemma_.lower() not in _OFFICIAL_NOUNS or bool(mods & {"business", "community", "religious", "civil",
                                                                    "student", "youth", "opposition"})


def _inside_document_clause(tok) -> bool:  # type: ignore[no-untyped-def]
    """The trigger is in a clause that spells out a signed document's terms."""
    cur = tok
    for _ in range(6):
        if cur.dep_ in {"relcl", "acl"}:
            head = cur.head
            for _ in range(4):  # "a Joint Statement on the ... Dialogue, under which officials will meet"
                if head.lemma_.lower() in _DOCUMENT_OBJECTS or head.lower_ in _DOCUMENT_OBJECTS:
                    return True
                if head.dep_ not in {"pobj", "prep", "compound", "appos"} or head.head is head:
                    break
                head = head.head
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def _invited_to_pay(tok) -> bool:  # type: ignore[no-untyped-def]
    """'a letter inviting the Emir, ..., to pay an official visit' however the parser attaches it."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in {"pay", "make"} or not any(
            c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return False
    return any(t.lemma_.lower() == "invite" for t in tok.doc[max(tok.sent.start, verb.i - 30):verb.i])


def governing_verb_is_invitation(tok) -> bool:  # type: ignore[no-untyped-def]
    cur = tok
    for _ in range(4):
        if cur.lemma_.lower() in {"invite", "invitation"} and cur is not tok:
            return True
        if cur.head is cur or cur.dep_ == "conj":
            return False  # "X invited Y, and the two agreed that the visit would take place on ..."
        cur = cur.head
    return False


def _inside_name(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.text[:1].isupper() and not tok.is_sent_start and any(
        c.text[:1].isupper() for c in tok.children if c.dep_ in {"compound", "amod"})


_GATHERING_NOUNS = {"conference", "forum", "session", "summit", "assembly", "congress", "symposium",
                    "expo", "exhibition", "games", "festival", "cop29", "cop"}
_MEETING_NOUNS = {"talks", "talk", "meeting", "negotiations", "consultations", "session", "conversation"}
_BACKREF_DETS = {"the", "this", "that", "these", "those"}

_FUTURE_AFTER = re.compile(r"^\W*(?:,? which )?(?:to be|will be|is to be|is due to be|is scheduled|is set|"
                           r"to take place|will take place)\b")
_HELD_AFTER = re.compile(r"^\W*(?:(?:to be|will be|was|is|were|are|being|,? which (?:will be|was|is))\s+)?"
                         r"(?:held|hosted|convened|scheduled|organi[sz]ed|opened|taking place|to take place)\b")

_GATHERING_PREDICATES = {"hold", "host", "take", "open", "convene", "attend", "participate", "organize",
                         "organise", "close", "wrap", "gather", "begin", "start", "end", "conclude",
                         "run", "schedule", "plan", "prepare", "address", "chair", "launch", "kick",
                         "co-chair", "bring", "draw", "invite", "welcome", "join", "stage", "mark", "follow",
                         "co-host", "co-organise", "co-organize"}


def _gathering_predicate(tok) -> bool:  # type: ignore[no-untyped-def]
    """A gathering is held, hosted, scheduled or attended - not merely named."""
    from dateline.extract.events.arguments import own_clauses

    if any(c.lemma_.lower() in _GATHERING_PREDICATES for c in own_clauses(tok)):
        return True  # "the summit (of the African Union), which Kazakhstan will host on July 3-4"
    after = tok.doc.text[tok.idx + len(tok):tok.idx + len(tok) + 40]
    if _HELD_AFTER.match(after):
        return True  # "the ... session to be held in Yaounde"
    governor = tok.head.head if tok.head.lower_ == "of" else tok.head
    if governor.lemma_.lower() in {"preparation", "preparations", "agenda", "outcome", "results", "sideline",
                                   "sidelines", "margin", "margins", "participation", "eve", "opening", "host",
                                   "hosting", "delegate", "delegation", "closing", "session", "work"}:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in {"at", "during", "ahead"}:
        return True  # "at the Informal Summit of the OTS in Shusha"
    cur = tok
    for _ in range(4):
        if cur.lemma_.lower() in _GATHERING_PREDICATES:
            return True
        if cur.head is cur:
            return False
        if cur.dep_ in {"nsubj", "nsubjpass"} and cur.head.lemma_.lower() in _GATHERING_PREDICATES | {"be"}:
            return cur.head.lemma_.lower() != "be" or any(
                c.dep_ in {"acomp", "attr", "xcomp"} and c.lemma_.lower() in {"due", "scheduled", "set", "expected"}
                for c in cur.head.children)
        cur = cur.head
    return False


def _gathering_backref(tok) -> bool:  # type: ignore[no-untyped-def]
    """'The two-day conference', 'the forum': a gathering named earlier in the report."""
    if not tok.text.islower() or tok.lemma_.lower() not in _GATHERING_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.children):
        return False
    return not any(c.text[:1].isupper() or c.ent_type_ in {"ORG", "GPE", "NORP", "ORDINAL"}
                   for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _named_gathering(tok) -> bool:  # type: ignore[no-untyped-def]
    if tok.text[:1].isupper() and not tok.is_sent_start:
        return True
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nummod", "npadvmod"}]
    if any(m.text[:1].isupper() or m.like_num or m.ent_type_ in {"ORDINAL", "DATE", "ORG", "GPE", "NORP"}
           or m.lower_ in {"annual", "international", "regional", "ministerial", "jubilee"}
           for m in mods):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.ent_type_ in {"ORG", "GROUP"} or g.text[:1].isupper() for g in c.subtree if g is not c)
        for c in tok.children)


def _embedded(tok) -> bool:  # type: ignore[no-untyped-def]
    cur = tok
    for _ in range(12):
        if cur.dep_ in {"relcl", "acl", "advcl", "ccomp", "pcomp"}:
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def news_day(state: DocState) -> str | None:
    """The day the lead reports, when it is not the publication day.

    "JAKARTA - Kallas pressed on Thursday for ..." published on Friday: what the report tells
    without a date of its own (talks held, a statement signed) happened on Thursday.
    """
    doc = state.doc
    if doc is None or state.published is None:
        return None
    leads = [s for s in doc.sents if s.end_char > state.body_start and sum(
        t.pos_ in {"VERB", "AUX"} for t in s) and len(s) > 5][:2]  # not a bare dateline or headline
    if not leads:
        return None
    lead = doc[leads[0].start:leads[-1].end]
    for t in state.times:
        if max(lead.start_char, state.body_start) <= t.span[0] < lead.end_char and t.start \
                and len(t.start) == 10 and t.end in (None, t.start):
            span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
            if span is None or _embedded(span.root):
                continue  # "X met Y, who arrived yesterday": the lead's day is the meeting's
            day = dt.date.fromisoformat(t.start)
            if 0 <= (state.published - day).days <= 6:
                return t.start
            return None
    return None


def _sentence_events(state: DocState, sent: Span, news: str | None = None) -> list[EventDraft]:
    news_day = news
    found = find_triggers(sent)
    kept = [c for c in found if _keep(c, found)]
    # One event per kind per sentence, except named agreements/gatherings.
    events: list[EventDraft] = []
    seen: set[tuple[object, ...]] = set()
    for cue in sorted(kept, key=lambda c: (c.via != "phrase", c.token.i)):
        if is_negated(cue.token) or is_hypothetical(cue.token) or is_cancelled(cue.token):
            continue
        if cue.kind in {"meeting", "visit", "multilateral", "call"} and is_request(cue.token):
            cue = Cue("other", cue.token, cue.via)  # "demanded a meeting": REQUEST, mode meet
        name = event_name(cue) if cue.kind in {"gathering", "agreement"} else None
        backref = cue.kind == "gathering" and cue.via == "noun" and _gathering_backref(cue.token) or \
            cue.via == "noun" and cue.kind in {"visit", "meeting", "call", "multilateral"} and any(
            c.dep_ == "det" and c.lower_ in _BACKREF_DETS for c in cue.token.children) and not any(
            c.dep_ in {"amod", "compound"} for c in cue.token.children) and not any(
            c.dep_ == "prep" and c.lower_ in {"of", "with", "between"} for c in cue.token.children)
        destination = _destination(cue.token) if cue.kind == "visit" and cue.via == "verb" else None
        key = (cue.kind, name.lower() if name and cue.kind in {"gathering", "agreement"} else
               destination.lower_ if destination is not None and cue.token.lemma_.lower() in cues().travel
               else None, backref)  # "who arrived in Belgrade on Wednesday, leaves for Podgorica"
        if key in seen:
            continue
        seen.add(key)
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
                event.extra["name_span"] = (sent.start_char + offset, sent.start_char + offset + len(name))
        if cue.via == "verb" and cue.token.lemma_.lower() in {"receive", "host"}:
            event.extra["hosted"] = True  # PLOVER mode: the guest visits the host
            if cue.token.lemma_.lower() == "receive":
                event.extra["reception"] = True  # an audience of its own; "X hosted Y" is the talks
        if cue.kind == "visit" and cue.token.lemma_.lower() in cues().travel:
            event.extra["travel"] = True
        if backref:
            event.extra["backref"] = True  # "during the visit", "the meeting, chaired by ..."
        participants_for(state, event, cue, sent)
        attach_date(state, event, cue, sent)
        if pluperfect(governing_verb(cue.token)):
            event.extra["pluperfect"] = True
        frame = frame_reference(cue)
        if frame is not None and frame[0] != cue.token.idx:
            event.extra["frame"] = frame
        planned = is_planned(cue.token, date_start=event.date_start, published=state.published) or (
            event.date is not None and event.date.text.lower().startswith("later")
            and governing_verb(cue.token).tag_ not in {"VBD", "VBN"})  # "leaves for Podgorica later on Thursday"
        if cue.kind == "gathering" and _FUTURE_AFTER.match(sent.doc.text[cue.token.idx + len(cue.token):][:40]) \
                and not any(c.lower_ in {"first", "only", "last", "largest", "biggest"} for c in cue.token.children):
            planned = True
        if cue.kind == "invitation":
            planned = False
        event.status = "planned" if planned else "occurred"
        if event.extra.get("date_role") == "end" and state.published is not None and (
                event.date_start is None or event.date_start <= state.published.isoformat()) \
                and state.published.isoformat() <= (event.date_end or ""):
            event.status = "occurred"  # "who will wrap up his visit on Friday" is on it now
        if event.extra.get("date_role") == "end" and event.date_start is None:
            # "who is on a visit that ends on Friday": under way on the day of the report
            ongoing = event.status == "occurred" and state.published is not None \
                and state.published.isoformat() <= (event.date_end or "")
            event.date_start = state.published.isoformat() if ongoing and state.published else event.date_end
        if event.status == "occurred" and state.published is not None and event.date_start \
                and len(event.date_start) == 4 and event.date_start == str(state.published.year) \
                and (event.date_end in (None, event.date_start)):
            event.date = None  # "the first visit in 2024", reported today: today's date
            event.date_start = event.date_end = None
        if event.date is None and event.status == "occurred" and cue.kind != "agreement" or (
                event.date is None and cue.kind == "agreement" and event.status == "occurred"):
            at_invitation = cue.kind == "invitation" and cue.token.head.lower_ == "at" or (
                cue.kind == "invitation" and any(c.lower_ == "at" for c in cue.token.ancestors))
            if at_invitation:
                event.extra["at_invitation"] = True
            if state.published is not None and not at_invitation and not pluperfect(governing_verb(cue.token)):
                event.date_start = event.date_end = news_day or state.published.isoformat()
                event.extra["date_from"] = "published"
        attach_place(state, event, cue, sent)
        if event.extra.get("travel") and destination is not None:
            place = lookup_place(doc_text(destination))
            if place is not None:  # "will leave for Lilongwe": the destination, not where the story is
                event.place = place
        if cue.kind == "meeting" and _separately(cue.token):
            events.extend(_split_by_recipient(state, event))
            continue
        if cue.kind == "gathering":
            _gathering_parties(state, event, cue.token)
        elif cue.kind == "multilateral" and cue.via in {"noun", "phrase"} and igo_meeting(cue.token):
            _igo_meeting_parties(state, event, cue.token)
        if cue.kind == "visit" and cue.token.lemma_.lower() in cues().travel and event.place is not None \
                and event.place.country and any(state.actor(a).country == event.place.country
                                                for a in event.source if state.actor(a).kind == "person"):
            continue  # "before leaving for Astana": the visitor goes home
        if cue.kind == "visit" and event.place is not None and event.place.country \
                and event.place.country not in event.countries:
            event.countries = sorted({*event.countries, event.place.country})  # the host state
        events.append(event)
    return events


def _own_host(state: DocState, trigger) -> tuple[str | None, Place | None]:  # type: ignore[no-untyped-def]
    """Host state and place told in the gathering's own clause: 'which Kazakhstan will host in Astana'."""
    from dateline.extract.events.arguments import own_clauses

    host: str | None = None
    where: Place | None = None
    for clause in own_clauses(trigger):
        if clause.lemma_.lower() not in {"host", "co-host", "hold", "organise", "organize", "convene", "stage",
                                         "take"}:
            continue
        for child in clause.children:
            if child.dep_ in {"nsubj"} and host is None:
                ids = [m.actor_id for m in state.mentions
                       if child.left_edge.idx <= m.start <= child.right_edge.idx
                       and state.actor(m.actor_id).kind == "country"]
                host = ids[0] if ids else None
            if child.dep_ == "prep" and child.lower_ in {"in", "at"} and where is None:
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ in {"GPE", "LOC", "FAC"}:
                        left = min([obj.i, *(c.i for c in obj.children if c.dep_ == "compound")])
                        where = lookup_place(obj.doc[left:obj.i + 1].text)
    return host, where


def _igo_meeting_parties(state: DocState, event: EventDraft, trigger) -> None:  # type: ignore[no-untyped-def]
    """'the ASEAN Defence Ministers' Meeting, which Laos will host in Vientiane': IGO + host.

    When the text lists no member states, an IGO body's meeting is coded like a gathering: the
    organisation and its host (the guide's "planned meeting of an IGO body").
    """
    igos = {o.acronym for o in org_entries()}
    states = {state.actor(a).country for a in event.participants
              if state.actor(a).kind in {"country", "person"} and state.actor(a).country
              and state.actor(a).country not in igos}
    if len(states) >= 2:
        return
    lo, hi = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
    orgs = list(dict.fromkeys(m.actor_id for m in state.mentions if lo <= m.start < hi
                              and state.actor(m.actor_id).kind == "organization" and state.actor(m.actor_id).acronym))
    if not orgs:
        return
    persons = [a for a in event.participants if state.actor(a).kind == "person"]
    event.participants = orgs
    event.source, event.recipient = orgs[:1], orgs[1:]
    _gathering_parties(state, event, trigger)
    if persons:  # "Albusaidi will attend a meeting of the GCC Ministerial Council in Riyadh"
        from dateline.extract.events.arguments import countries_of

        event.participants = list(dict.fromkeys([*event.participants, *persons]))
        event.recipient = [a for a in event.participants if a not in event.source]
        event.countries = sorted({*event.countries, *countries_of(state, persons)})
    event.extra["igo_meeting"] = True  # its parties are settled: nothing to borrow from the story


def _gathering_parties(state: DocState, event: EventDraft, trigger=None) -> None:  # type: ignore[no-untyped-def]
    """A gathering's countries: its host (place or hosting country) and organising IGOs."""
    orgs = [a for a in event.participants if state.actor(a).kind == "organization" and state.actor(a).acronym]
    hosts = [a for a in event.participants if state.actor(a).kind == "country"]
    codes = {org_code(state.actor(a).acronym or "") for a in orgs}
    host, where = _own_host(state, trigger) if trigger is not None else (None, None)
    if host is not None:  # "the summit, which Equatorial Guinea will host in Malabo"
        hosts = [host, *[h for h in hosts if h != host]]
    if where is not None:
        event.place = where
    name_span = event.extra.get("name_span")
    if event.place is None and event.name and name_span and state.doc is not None:
        # "the Dushanbe Water Process conference": a place the NER marks inside the name, not
        # "Summit" (a town in New Jersey) or "Forum"
        span = state.doc.char_span(name_span[0], name_span[1], alignment_mode="expand")
        for ent in (span.ents if span is not None else []):
            place = lookup_place(ent.text) if ent.label_ in {"GPE", "LOC"} else None
            if place is not None and place.lat is not None and place.name:
                event.place = place
                break
    if event.place is None and hosts:  # "Baku will host COP29": the hosting city is the place
        for m in state.mentions:
            if m.actor_id == hosts[0] and event.sentence[0] <= m.start < event.sentence[1]:
                place = lookup_place(state.text[m.start:m.end])
                if place is not None and place.lat is not None and place.name != state.actor(hosts[0]).name:
                    event.place = place
                    break
    if event.place is not None and event.place.country:
        codes.add(event.place.country)
    elif hosts:
        codes.add(state.actor(hosts[0]).country)
    event.countries = sorted(c for c in codes if c)
    event.participants = [*orgs, *hosts[:1]]
    event.source, event.recipient = event.participants[:1], event.participants[1:]


def _separately(tok) -> bool:  # type: ignore[no-untyped-def]
    from dateline.extract.events.clause import governing_verb

    verb = governing_verb(tok)
    return any(c.lower_ in {"separately", "separate"} for c in [*verb.children, *tok.children])


def _split_by_recipient(state: DocState, event: EventDraft) -> list[EventDraft]:
    """'X met separately with A and B': one meeting per counterpart."""
    from dataclasses import replace

    from dateline.extract.events.arguments import countries_of

    people = [a for a in event.recipient if state.actor(a).kind == "person"]
    if len(people) < 2 or not event.source:
        return [event]
    out = []
    for person in people:
        part = replace(event, recipient=[person], participants=[*event.source, person],
                       extra=dict(event.extra))
        part.countries = countries_of(state, part.participants)
        out.append(part)
    return out


_DURATION = re.compile(r"\b(two|three|four|five|six|seven|[2-7])[- ]day\b[^.]{0,40}?\b(?:visit|trip|tour|stay)\b",
                       re.I)
_GATHERING_DURATION = re.compile(r"\b(two|three|four|five|six|seven|[2-7])[- ]day\b[^.]{0,30}?\b(?:conference|forum|"
                                 r"summit|session|meeting|event|congress|assembly|exhibition)\b", re.I)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _gathering_durations(state: DocState, events: list[EventDraft]) -> None:
    """'the two-day conference' opened on a known day: it ends N-1 days later."""
    gatherings = [e for e in events if e.kind == "gathering" and e.date_start and len(e.date_start) == 10
                  and e.date_end in (None, e.date_start) and e.date is not None]
    if len(gatherings) != 1:
        return
    for match in _GATHERING_DURATION.finditer(state.text):
        word = match.group(1).lower()
        days = _NUMBERS.get(word) or int(word)
        start = dt.date.fromisoformat(gatherings[0].date_start)
        gatherings[0].date_end = (start + dt.timedelta(days=days - 1)).isoformat()
        return


def _visit_durations(state: DocState, events: list[EventDraft]) -> None:
    """'a two-day visit' that started on a known day ends N-1 days later."""
    visits = [e for e in events if e.kind == "visit" and e.date_start and len(e.date_start) == 10
              and (e.date_end in (None, e.date_start))]
    if not visits:
        return
    for match in _DURATION.finditer(state.text):
        word = match.group(1).lower()
        days = _NUMBERS.get(word) or int(word)
        near = [v for v in visits if v.sentence[0] <= match.start() < v.sentence[1]]
        targets = near or (visits if len(visits) == 1 else [])
        for visit in targets:
            start = dt.date.fromisoformat(visit.date_start)
            visit.date_end = (start + dt.timedelta(days=days - 1)).isoformat()


def _anaphoric_days(state: DocState, events: list[EventDraft]) -> None:
    """'Later that day', 'the next day': counted from the day of the engagement told just before.

    The time stage counts them from the last day the text names, which may be a background date
    ("who arrived on Monday"); the story's own thread is its dated engagements.
    """
    from dateline.extract.time.lexicon import anaphoric_offset

    ordered = sorted(events, key=lambda e: e.trigger[0])
    for n, event in enumerate(ordered):
        offset = anaphoric_offset(event.date.text) if event.date is not None else None
        if offset is None or event.extra.get("date_role"):
            continue
        span = event.date.span if event.date is not None else (0, 0)
        if any(event.sentence[0] <= t.span[0] < span[0] and t.start and len(t.start) == 10
               for t in state.times):
            continue  # "X, who arrived on Wednesday, was received that evening": that sentence's day
        before = [e for e in ordered[:n] if e.date_start and len(e.date_start) == 10
                  and e.date_end in (None, e.date_start) and e.kind != "gathering"
                  and (e.date is not None or e.extra.get("date_from") == "framed")
                  and (state.published is None or event.status == "planned"
                       or e.date_start <= state.published.isoformat())]
        if before:
            day = dt.date.fromisoformat(before[-1].date_start or "") + dt.timedelta(days=offset)
            event.date_start = event.date_end = day.isoformat()


def _explicit_day(event: EventDraft) -> bool:
    return event.date is not None and bool(event.date_start) and len(event.date_start or "") == 10 \
        and event.date_end in (None, event.date_start)


def _framed_dates(events: list[EventDraft]) -> None:
    """'During the talks, X invited Y'; 'Following the meeting, they signed': that event's date."""
    for event in events:
        frame = event.extra.get("frame")
        if not frame or event.date is not None:
            continue
        offset, kinds, which = frame
        earlier = [e for e in events if e is not event and e.kind in kinds and e.trigger[0] < offset
                   and e.status == ("occurred" if event.kind == "invitation" else event.status)]
        if not earlier and event.kind == "invitation":  # "During the planned talks" is rare
            earlier = [e for e in events if e is not event and e.kind in kinds and e.trigger[0] < offset]
        if not earlier:
            continue
        days = [e for e in earlier if e.date_start and len(e.date_start) == 10]
        # "Following the meeting" names the day's meeting, not "the commission's previous meeting in 2024"
        ref = max(days or earlier, key=lambda e: e.trigger[0])
        if ref.date is None and ref.extra.get("date_from") != "framed" or not ref.date_start:
            continue
        multi_day = (ref.date_end or ref.date_start) != ref.date_start and len(ref.date_start) == 10
        if ref.kind in {"visit", "gathering"} and multi_day and which is None:
            continue  # some day of a multi-day visit: not known
        event.date = ref.date
        if which == "last" and multi_day:  # "on the last day of his visit"
            event.date_start = event.date_end = ref.date_end
        else:
            event.date_start, event.date_end = ref.date_start, ref.date_start if ref.kind in {
                "visit", "gathering"} or which == "first" else (ref.date_end or ref.date_start)
        event.extra["date_from"] = "framed"


def _persons_shared(state: DocState, event: EventDraft, own: set[str]) -> int:
    theirs = set(event.extra.get("own_parties") or event.participants)
    return sum(state.actor(a).kind == "person" for a in theirs & own)


def _narrative_dates(state: DocState, events: list[EventDraft], lead_day: str | None) -> None:
    """An undated occurred event told right after a dated meeting happened that day.

    "The ministers met in Tashkent on Monday. ... The two then signed a joint statement": the
    signing is Monday's, not the publication date. Talks held during a multi-day visit are not
    dated by the visit's first day.
    """
    ordered = sorted(events, key=lambda e: e.trigger[0])
    last: EventDraft | None = None
    dated: list[EventDraft] = []
    for event in ordered:
        if event.status != "occurred":
            continue
        if _explicit_day(event) or event.extra.get("date_from") == "framed" and event.date_start \
                and len(event.date_start) == 10:
            if event.kind in {"meeting", "call", "multilateral", "agreement"} or last is None and (
                    event.kind == "visit" and event.date_end in (None, event.date_start)
                    and lead_day is None):  # the lead's day beats an arrival told in passing
                last = event  # a meeting's day; an arrival's day only before any meeting is dated
                dated.append(event)
            continue
        if event.date is None and last is not None and event.kind not in {"gathering", "visit"} \
                and not event.extra.get("pluperfect") and not event.extra.get("at_invitation") \
                and (event.kind != "invitation" or last.kind in {"meeting", "call", "multilateral", "agreement"}):
            # the latest dated meeting this event shares a party with, else the latest one
            own = set(event.extra.get("own_parties") or event.participants)

            shared = [(k, n, e) for n, e in enumerate(dated)
                      if (k := _persons_shared(state, e, own))]
            # the meeting of the same people (most shared, then latest), else the latest meeting
            source = max(shared, key=lambda x: (x[0], x[1]))[2] if shared else last
            event.date_start = event.date_end = source.date_start
            event.extra["date_from"] = "narrative"


def run_events(state: DocState) -> None:
    """Find and code every engagement (requires actors, mentions, times; assigns events)."""
    doc = state.doc
    assert doc is not None
    drafts: list[EventDraft] = []
    lead_day = news_day(state)
    for sent in doc.sents:
        if sent.end_char <= state.body_start:
            continue
        drafts.extend(_sentence_events(state, sent, lead_day))
    events = merge_events(state, drafts)
    close_spans(state, events)  # spans first: "on the last day of his visit" needs the visit's end
    _visit_durations(state, events)
    _gathering_durations(state, events)
    _framed_dates(events)
    _anaphoric_days(state, events)
    _narrative_dates(state, events, lead_day)
    for event in events:
        code_plover(event)
    state.events = events
