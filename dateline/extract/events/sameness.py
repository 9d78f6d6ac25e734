"""Whether two drafts of a document tell one engagement: kind, tense, dates, names and sides."""

from __future__ import annotations

import datetime as dt
from functools import cache

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.bilateral_bodies import draft_body
from dateline.extract.events.clause import past_modified
from dateline.extract.events.journeys import trip_purpose
from dateline.extract.events.occasions import distinct_sittings, held_apart
from dateline.extract.events.participants import countries_of
from dateline.extract.events.retold import also_met, met_again, retold
from dateline.extract.events.sides import other_counterpart
from dateline.extract.events.signings import same_document
from dateline.extract.events.words import word_set
from dateline.extract.places import igo_codes, org_entries
from dateline.extract.syntax import token_at
from dateline.extract.time.values import PartialDate

__all__ = ["dates_compatible", "same_engagement", "trip_talks_told_again", "with_members"]


def _jaccard(a: list[str], b: list[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def _persons(state: DocState, event: EventDraft) -> set[str]:
    return {a for a in event.participants if state.actor(a).kind == "person"}


def dates_compatible(a: EventDraft, b: EventDraft) -> bool:
    if not a.date_start or not b.date_start or a.date is None or b.date is None:
        return True  # an unstated date (or the publication-date default) fits any
    a_start, b_start = PartialDate.parse(a.date_start), PartialDate.parse(b.date_start)
    a_end = PartialDate.parse(a.date_end or a.date_start)
    b_end = PartialDate.parse(b.date_end or b.date_start)
    p = min(a_start.precision, b_start.precision)  # compared as far as both are known
    return str(a_start.coarsen(p)) <= str(b_end.coarsen(p)) and str(b_start.coarsen(p)) <= str(a_end.coarsen(p))


@cache
def _members() -> dict[str, frozenset[str]]:
    return {o.acronym: frozenset(o.members) for o in org_entries()}


def with_members(codes: list[str]) -> set[str]:
    """Codes plus the member states of the organisations among them (SCO -> CHN, IND, ...)."""
    out = set(codes)
    for code in codes:
        out |= _members().get(code, frozenset())
    return out


def _default_vs_past(state: DocState, a: EventDraft, b: EventDraft) -> bool:
    """``a`` is reported for today (no date of its own), ``b`` is dated weeks earlier: two events.

    "Vassilenko received Lebedev ..." and "the meeting ... held in Moscow last December".
    """
    if a.date_from != "published" or b.date is None or not b.date_end or state.published is None:
        return False
    end = PartialDate.parse(b.date_end)
    cutoff = PartialDate.of(state.published - dt.timedelta(days=7)).coarsen(end.precision)
    return str(end) < str(cutoff)


def _default_vs_planned(state: DocState, a: EventDraft, b: EventDraft) -> bool:
    """``a`` happened on the report's day (no date of its own), ``b`` is planned on days of its own after
    it: two sittings ("At the end of the session, the ministers signed ... They agreed to hold the second
    session in Kuwait City in the second half of this year")."""
    if a.date_from != "published" or a.status != "occurred" or b.status != "planned" or b.date is None \
            or b.date_role == "end" or not b.date_start or state.published is None:
        return False
    start = PartialDate.parse(b.date_start)
    return str(start) > str(PartialDate.of(state.published).coarsen(start.precision))


def _earlier_period(state: DocState, event: EventDraft) -> bool:
    """'Earlier this month, X met ...': a week, month or year of the report's own told as before the
    report: not an engagement of the report's day, though the period holds that day."""
    date = event.date
    if date is None or date.grain in {None, "day"}:
        return False
    words = state.text[max(0, date.span[0] - 12):date.span[1]].lower().split()
    return any(w in word_set("earlier_words") for w in words)


def _recalled(state: DocState, event: EventDraft) -> bool:
    """'since our meeting in Ashgabat', 'their previous meeting': a noun that puts its engagement
    before the report, with no date of its own."""
    if event.date is not None or state.doc is None:
        return False
    tok = token_at(state.doc, event.trigger[0])
    return tok is not None and past_modified(tok)


def _another_time(state: DocState, a: EventDraft, b: EventDraft) -> bool:
    """One of the two is told in an earlier period of the report's own (or recalled by its noun),
    the other on a day."""
    return any((_earlier_period(state, x) or _recalled(state, x) and not _recalled(state, y))
               and y.date_start is not None and len(y.date_start) == 10 for x, y in ((a, b), (b, a)))


def _told_again(state: DocState, event: EventDraft) -> bool:
    """'the significance of the five-sided meeting': a definite noun with no date or tense of its
    own names an engagement told before, whatever status the default gave it."""
    if event.date is not None or event.kind not in {"meeting", "multilateral", "visit"} or state.doc is None:
        return False
    tok = token_at(state.doc, event.trigger[0])
    return tok is not None and tok.pos_ == "NOUN" and tok.dep_ in {"pobj", "nsubj", "nsubjpass"} and any(  # "X's visit was planned"
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} and tok.dep_ == "pobj" or c.dep_ == "poss" and tok.dep_ != "pobj" for c in tok.children) and not any(
        c.lower_ in word_set("future_adjectives") or c.ent_type_ == "ORDINAL" or c.lower_ in {"last", "previous"}
        for c in tok.children)  # "the next meeting", "the third meeting": another one


def same_engagement(state: DocState, a: EventDraft, b: EventDraft) -> bool:
    """Whether two drafts of one document tell one real-world engagement (``a`` told first)."""
    if a.kind == b.kind and a.trigger == b.trigger and not (a.separate and b.separate):
        return True  # one trigger, one engagement, whatever tense two cues gave it
    if a.kind != b.kind or not dates_compatible(a, b) or not _sides_may_match(state, a, b):
        return False  # the cheap tests first: every draft of a long document is held against each event
    if a.status != b.status and a.kind not in {"gathering"} and not _told_again(state, b) \
            and not retold(state, a, b) and not trip_talks_told_again(state, a, b):
        # "will press for trade during his visit" ... "his two-day visit"; "arrived for talks ... is to meet Y"
        return False
    if a.sentence == b.sentence and a.kind == "meeting" and (draft_body(state, a) is None) != (draft_body(state, b) is None):
        return False  # "the next meeting of the A-B commission will be held ..., X said after talks with Y"
    if a.separate and b.separate and a.sentence == b.sentence or met_again(state, b) or also_met(state, a, b):
        return False  # "bilateral meetings with his Chilean and Peruvian counterparts": one each; "met again"
    if _named_again_undated(a, b):
        return True  # "talks in Baku on the sidelines of COP29 in November 2024 ... Babayev, who presided over COP29"
    if _default_vs_past(state, a, b) or _default_vs_past(state, b, a) \
            or _default_vs_planned(state, a, b) or _another_time(state, a, b):
        return False
    if a.kind == "gathering" and a.sentence == b.sentence and a.date is not None and b.date is not None \
            and (a.date_start, a.date_end) == (b.date_start, b.date_end) and not (a.place and b.place and a.place != b.place) \
            and not distinct_sittings(a, b):
        return True  # "the 29th session of the Conference of the Parties (COP29), ... from 11 to 22 November"
    if a.kind in {"gathering", "agreement"}:
        if a.name and b.name:
            na, nb = a.name.lower(), b.name.lower()
            if a.kind == "gathering" and held_apart(a, b, state.text):
                return False  # "the Ibero-American Summit in San Jose" and "the 2000 Ibero-American summit in Panama City"
            if na in nb or nb in na:
                return True
            if a.kind == "agreement" and same_document(a, b, state.text):
                return True  # "signed a document raising relations ..." and "the Joint Statement ... was signed"
            heads = {w for w in na.split()} & {w for w in nb.split()} & word_set("gathering_heads")
            orgs_a = {c for c in a.countries if c in igo_codes()}
            return bool(heads) and bool(orgs_a & set(b.countries)) and not distinct_sittings(a, b)
        return a.name is None or b.name is None and a.kind == "agreement"
    if a.kind == "invitation":
        if _reversed_invitation(state, a, b):
            return False  # "arrived at the invitation of Xi" and "invited Xi to pay a visit": two invitations
        # "X invited his counterpart to attend ... Y thanked him for the invitation": the thanks
        # name the same two people the other way round
        return set(a.recipient) == set(b.recipient) or not b.recipient or (
            len(_persons(state, a)) == 2 and _persons(state, a) == _persons(state, b)) or _inviters_own(state, a, b)
    if not b.participants or not a.participants:
        return True
    pa, pb = _persons(state, a), _persons(state, b)
    if a.kind in {"meeting", "multilateral", "call"} and _named_again(state, pa, pb):
        return True
    if a.kind == "visit":
        va = {x for x in a.source if state.actor(x).kind == "person"}
        vb = {x for x in b.source if state.actor(x).kind == "person"}
        if va and vb and not va & vb:
            return False  # X's visit to B and Y's visit to A: two visits
        if a.place is not None and b.place is not None and a.place.country and b.place.country \
                and a.place.country != b.place.country:
            return False  # a tour: Hanoi, then Phnom Penh
    if a.kind in {"meeting", "call"} and (_other_sides(state, a, b) or other_counterpart(state, pa, pb) or b.further):
        return False  # "met Xi in Hangzhou" and "flew in from meetings in Singapore"; another host: two talks
    if (a.reception or b.reception) and not (pb and pb <= pa or pa and pa <= pb):
        return False  # "... were received by President X": a reception of its own
    if len(pa) >= 2 and len(pb) >= 2 and not (pa <= pb or pb <= pa):
        return False  # the visitor met someone else: another meeting
    if a.kind == "multilateral" and _placed_apart(a, b):
        return False  # "their meeting in Manchester" and "endorsed ... at a meeting in Luxembourg": two sittings
    if a.kind == "multilateral" and a.countries and b.countries and (
            set(a.countries) <= with_members(b.countries) or set(b.countries) <= with_members(a.countries)):
        return True  # "SCO foreign ministers wrapped up talks" and the Council that met, with its members
    return bool(pa & pb) or _jaccard(a.countries, b.countries) >= 0.5


def trip_talks_told_again(state: DocState, a: EventDraft, b: EventDraft) -> bool:
    """One of two talks between the same states is what a trip is for ("arrived in Tehran for talks",
    "is heading to Washington for talks with X") and the other tells them in detail ("is expected to
    meet X on Thursday"): one set of talks, whatever tense each mention has (the trip's verb gave the
    first its tense, not the talks)."""
    if a.kind != "meeting" or b.kind != "meeting" or state.doc is None:
        return False
    states = set(a.countries)
    if len(states) < 2 or states != set(b.countries):
        return False
    toks = [token_at(state.doc, e.trigger[0]) for e in (a, b)]
    purposes = [t is not None and trip_purpose(t) for t in toks]
    return any(purposes) and not all(purposes)


def _named_again_undated(a: EventDraft, b: EventDraft) -> bool:
    """A gathering told again by the same proper name ('COP29', 'the Baku Global Forum'), one of the two
    mentions with no date of its own (the report's day is only its default): one gathering."""
    if a.kind != "gathering" or not a.name or not b.name or a.name.lower().strip() != b.name.lower().strip():
        return False
    if not any(ch.isupper() or ch.isdigit() for ch in a.name):
        return False  # "the summit" told twice names no sitting by itself
    return any(x.date is None or x.date_from == "published" for x in (a, b))


def _placed_apart(a: EventDraft, b: EventDraft) -> bool:
    """Both drafts are placed by their own words, in different cities."""
    return a.place is not None and b.place is not None and a.place_from == b.place_from == "text" \
        and a.place.name != b.place.name


def _sides_may_match(state: DocState, a: EventDraft, b: EventDraft) -> bool:
    """Talks or visits told twice share a person or most of their states, or are a body's meeting
    and its members', or tell their people by bare surnames: what the tests below end on, without them."""
    if a.kind not in {"meeting", "call", "visit", "multilateral"} or not a.participants or not b.participants:
        return True
    pa, pb = _persons(state, a), _persons(state, b)
    if pa & pb or _jaccard(a.countries, b.countries) >= 0.5 or _named_again(state, pa, pb):
        return True
    return a.kind == "multilateral" and (not a.countries or not b.countries or set(a.countries) <= with_members(
        b.countries) or set(b.countries) <= with_members(a.countries))


def _other_sides(state: DocState, a: EventDraft, b: EventDraft) -> bool:
    """One side shared, the other sides of two disjoint sets of states: the traveller's two talks, or
    the host's ('X met the Ambassador of Japan ... He also received the Ambassador of Korea')."""
    shared = [x for x in a.participants if x in b.participants]
    if not shared:
        return False
    home = set(countries_of(state, shared)) | igo_codes()
    other_a, other_b = set(countries_of(state, a.participants)) - home, set(countries_of(state, b.participants)) - home
    return bool(other_a) and bool(other_b) and not other_a & other_b


def _named_again(state: DocState, pa: set[str], pb: set[str]) -> bool:
    """'Mr. Roed-Larsen and Mr. Assad have been meeting': persons told by surname only, with no state
    of their own, are the persons of the talks told before whose names end so."""
    if not pa or not pb:
        return False
    for bare, told in ((pa, pb), (pb, pa)):
        if len(bare) < 2 or any(state.actor(a).country for a in bare):
            continue
        names = [state.actor(a).name.split() for a in told if state.actor(a).country]
        if any(n and any(n[-1].endswith(state.actor(b).name.split()[-1]) for b in bare) for n in names):
            return True  # "Mr. Grundberg-Lind and Mr. Alimi": Hans Grundberg-Lind's talks
    return False


def _inviters_own(state: DocState, a: EventDraft, b: EventDraft) -> bool:
    """'X has invited the leaders of 11 countries to a conference ... In his invitation letter, X said':
    an invitation noun told later with a possessor, whose inviter is the inviter of the one told before
    (the possessor itself, or the one the later clause names), is that one."""
    tok = token_at(state.doc, b.trigger[0]) if state.doc is not None else None
    if tok is None or tok.pos_ != "NOUN":
        return False
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [c for h in tok.ancestors if h.i - tok.i <= 2 and h.pos_ == "NOUN" and tok.dep_ == "compound"
               for c in h.children if c.dep_ == "poss"]  # "his invitation letter"
    if any(p.dep_ == "prep" and p.lower_ in {"to", "for"} and any(t.ent_type_ in {"PERSON", "GPE", "TITLE"} for t in p.subtree)
           for h in (tok, tok.head) for p in h.children):
        return False  # "Tokayev's invitation to the Japanese Prime Minister": an invitee of its own
    inviters = {x for x in a.source if state.actor(x).kind == "person"}
    return bool(owners) and bool(inviters) and (bool(inviters & set(b.source)) or any(
        m.actor_id in inviters for o in owners for m in state.mentions_starting(o.idx, o.idx + len(o))))


def _reversed_invitation(state: DocState, a: EventDraft, b: EventDraft) -> bool:
    """Each invitation's named inviter is the other's named invitee, and the later one is no 'the
    invitation' told again ('Dar thanked him for the invitation'): the guest invites his host back."""
    persons = {x for x in (*a.source, *a.recipient, *b.source, *b.recipient) if state.actor(x).kind == "person"}
    sa, ra = persons & set(a.source), persons & set(a.recipient)
    sb, rb = persons & set(b.source), persons & set(b.recipient)
    if not (sa and ra and sb and rb and sa == rb and sb == ra) or state.doc is None:
        return False
    tok = token_at(state.doc, b.trigger[0])
    return tok is not None and not (tok.pos_ == "NOUN" and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children))
