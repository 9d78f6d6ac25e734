"""One occasion, one event: the meeting of all the members of an organisation at its own summit is
the summit; a summit told again by its city or its organisation is that summit.

"The SCO summit opened in Astana on Thursday. The leaders of the SCO member states held a meeting in
narrow format", "The informal summit of the OTS was held in Bishkek. The heads of state of
Azerbaijan, Kazakhstan, Kyrgyzstan, Turkiye and Uzbekistan met at the summit": the guide codes a
named summit as a gathering only, so a multilateral meeting of every member state of the
gathering's organisation, on the gathering's day, is the gathering told again (its people attend
it). A meeting of some members ("the leaders of Angola, Brazil and Portugal held a trilateral
meeting during the summit") is an engagement of its own.

Agency copy names one summit several ways: "Astana will host the 24th meeting of the Council of
Heads of State of the SCO on 3-4 July ... preparations for the SCO summit ... The Astana summit is
expected to adopt ...". A gathering named by its city and head word ("the Astana summit") is the
gathering or summit-level sitting held in that city; one named by its organisation and head word
("the SCO summit") is the summit-level sitting of that organisation's council. Each is told once,
where the text first tells it, with what the later mentions add. One pass over the document's events.
"""

from __future__ import annotations

import re

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.org_titles import official_code
from dateline.extract.places import igo_codes, lookup_org, lookup_place, org_entries
from dateline.extract.syntax import token_at
from dateline.extract.time.lexicon import words as time_words

__all__ = ["distinct_sittings", "held_apart", "name_head", "one_occasion", "one_summit", "planned_lender"]


def _same_days(a: EventDraft, b: EventDraft) -> bool:
    """Neither is dated, or their days overlap."""
    if not a.date_start or not b.date_start:
        return True
    return a.date_start <= (b.date_end or b.date_start) and b.date_start <= (a.date_end or a.date_start)


def one_occasion(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """Drop a multilateral meeting of all the members of a gathering's organisation on its days."""
    members = {o.acronym: frozenset(o.members) for o in org_entries() if o.members}
    igos = {o.acronym for o in org_entries()}
    gatherings = [g for g in events if g.kind == "gathering"]
    told_again: set[int] = set()
    for meeting in (e for e in events if e.kind == "multilateral"):
        states = {c for c in meeting.countries if c not in igos}
        for gathering in gatherings:
            whole = [o for o in gathering.countries if o in members and members[o] <= states]
            if whole and _same_days(gathering, meeting) and meeting.status == gathering.status:
                people = [a for a in meeting.participants if state.actor(a).kind == "person"]
                gathering.attendees = list(dict.fromkeys([*gathering.attendees, *people]))
                told_again.add(id(meeting))
                break
    return [e for e in events if id(e) not in told_again]


def _name_words(event: EventDraft) -> list[str]:
    """The words of a gathering's name without articles, ordinals and its head word."""
    words = [w.removesuffix("'s").removesuffix("’s").strip("'’") for w in (event.name or "").replace("-", " ").split()]
    return [w for w in words if w and w.lower() not in {"the", "this", "next", "upcoming", "forthcoming"}]


def name_head(event: EventDraft) -> str | None:
    """The name's head word: 'summit' of "the 12th Summit of the OTS" and of "the Gabala summit"."""
    return next((w.lower() for w in _name_words(event) if w.lower() in word_set("gathering_heads")), None)


def _bare(event: EventDraft) -> list[str]:
    """The words before the head of a name that ends with its head ('Gabala' of "the Gabala summit")."""
    words = _name_words(event)
    return words[:-1] if len(words) >= 2 and words[-1].lower() == name_head(event) else []


def _by_city(event: EventDraft) -> str | None:
    """'the Astana summit', 'the Gabala summit': the city a gathering is named by, alone."""
    words = _bare(event)
    place = lookup_place(" ".join(words)) if words else None
    return place.name if place is not None and place.lat is not None and place.name else None


def _by_org(event: EventDraft) -> str | None:
    """'the SCO summit', 'the Shanghai Cooperation Organisation summit': the organisation alone."""
    words = _bare(event)
    entry = lookup_org(" ".join(words)) if words else None
    return official_code(entry.acronym) if entry is not None else None


def _summit_level(state: DocState, event: EventDraft) -> bool:
    """A gathering headed 'summit', or a sitting of heads of state ('the meeting of the Council of
    Heads of State of the SCO')."""
    if event.kind == "gathering":
        return name_head(event) == "summit"
    if event.kind != "multilateral" or not event.igo_meeting:
        return False
    said = state.text[event.trigger[0]:event.sentence[1]].lower()[:120]
    return any(w in said for w in word_set("summit_bodies"))


def _alias(state: DocState, event: EventDraft) -> str | None:
    """The short name a gathering's full name gives in brackets: 'the 29th session of the Conference
    of the Parties to the UN Framework Convention on Climate Change (COP29)' -> 'COP29'."""
    if event.name_span is None:
        return None
    after = state.text[event.name_span[1]:min(event.sentence[1], event.name_span[1] + 120)]
    match = re.match(r"[^,;()]*?\(([A-Z][A-Za-z]*-?\d*)\)", after)
    return match.group(1) if match is not None else None


def _one(state: DocState, a: EventDraft, b: EventDraft) -> bool:
    """``b``, told after ``a``, is the same summit."""
    alias = _alias(state, a) if a.kind == "gathering" and b.kind == "gathering" else None
    if alias is not None and alias in re.findall(r"[\w-]+", b.name or ""):
        return True  # "... (COP17) ... Preparations for COP17 are under way": the one sitting, told by its short name
    if a.status != b.status or not _same_days(a, b) or b.kind != "gathering" or a.kind == "gathering" and _number(
            a.name or "") not in {None, _number(b.name or "")} and _number(b.name or "") is not None:
        return False  # "the third GCC-Central Asia Summit ... the 46th GCC Summit": two sittings
    city = _by_city(b)
    if city is not None and a.place is not None and a.place.name == city and (name_head(a) == name_head(b) or (
            _summit_level(state, a) and _summit_level(state, b))):
        return True
    org = _by_org(b)  # the organisation's own summit, not one it holds with another ("the ASEAN-GCC Summit")
    return org is not None and {c for c in a.countries if c in igo_codes()} == {org} and _summit_level(
        state, a) and _summit_level(state, b)


def _number(name: str) -> int | None:
    """The sitting's number a name tells: 'the 46th ASEAN Summit' 46, 'the second ... Summit' 2 (not
    "first": 'the four-day event, the first IAP conference held in the region' tells the same one)."""
    for word in re.findall(r"[A-Za-z0-9]+", name.lower()):
        if (m := re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", word)) is not None:
            return int(m.group(1))
        if word in time_words()["ordinals"] and word != "first":  # "the first IAP conference to take place in X"
            return int(time_words()["ordinals"][word])
    return None


def distinct_sittings(a: EventDraft, b: EventDraft) -> bool:
    """Two named gatherings that share a head word and an organisation are still two when their
    organisers differ ('the ASEAN-GCC Summit' and 'the ASEAN Summit') or their numbers do ('the 46th
    ASEAN Summit' and 'the 47th ASEAN Summit')."""
    igos = igo_codes()
    if {c for c in a.countries if c in igos} != {c for c in b.countries if c in igos}:
        return True
    na, nb = _number(a.name or ""), _number(b.name or "")
    return na is not None and nb is not None and na != nb


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def held_apart(a: EventDraft, b: EventDraft, text: str) -> bool:
    """Two sittings of one series, not one gathering told twice: each placed in another state by a
    city its own sentence names ('the Ibero-American Summit in San Jose' and 'the 2000 Ibero-American
    summit in Panama City'; not a body's seat no sentence names), or each named with another year
    ('the 2019 forum' and 'the 2024 forum')."""
    def told(e: EventDraft) -> bool:
        return e.place is not None and bool(e.place.name) and bool(e.place.country) and e.place_from == "text" \
            and (e.place.name or "") in text[e.sentence[0]:e.sentence[1]]
    if told(a) and told(b) and a.place and b.place and a.place.country != b.place.country:
        return True
    ya, yb = set(_YEAR.findall(a.name or "")), set(_YEAR.findall(b.name or ""))
    return bool(ya) and bool(yb) and not ya & yb


def _generic(event: EventDraft) -> bool:
    """'the regional summit', 'the two-day conference': a gathering named by common words only, with
    no organiser or host of its own."""
    words = _name_words(event)
    return event.kind == "gathering" and not event.countries and name_head(event) is not None and all(
        w.islower() for w in words)


def _named_alike(events: list[EventDraft], told_again: set[int]) -> None:
    """'China ruled out talks during the regional summit ... the ASEAN summit': a gathering told by
    common words is the one named gathering of the report with its head word."""
    for generic in (e for e in events if _generic(e)):
        same = [e for e in events if e.kind == "gathering" and e is not generic and not _generic(e)
                and id(e) not in told_again and name_head(e) == name_head(generic)]
        if len(same) == 1 and same[0].status == generic.status and (_same_days(same[0], generic) or "published" in {
                same[0].date_from, generic.date_from}):  # a day only the report's date gave
            same[0].attendees = list(dict.fromkeys([*same[0].attendees, *generic.attendees]))
            told_again.add(id(generic))


def _head_told(state: DocState, event: EventDraft) -> str | None:
    """'On the sidelines of the Forum', 'The Assembly opened in Geneva': the head word of a gathering
    the text tells by a definite head noun alone (no name of its own)."""
    if event.kind != "gathering" or event.name:
        return None
    head = state.text[event.trigger[0]:event.trigger[1]].lower()
    before = state.text[max(0, event.trigger[0] - 40):event.trigger[0]]
    words = re.search(r"\b[Tt]he\s+((?:[a-z][\w-]*\s+){0,2})$", before)
    if head not in word_set("gathering_heads") - {"meeting", "session"} or words is None:
        return None
    if set(words.group(1).split()) & word_set("another_occasion_words"):
        return None  # "The next forum will take place in 2027": the series' next one, not the forum told
    return head


def _told_by_head(state: DocState, events: list[EventDraft], told_again: set[int]) -> None:
    """'X is in Lisbon for the 11th Global Forum of the UN Alliance of Civilizations. On the sidelines
    of the Forum ... The Forum opened on Monday': a gathering told by 'the' and its head word alone is
    the one named gathering of the report with that head, whatever days or status the mention's own
    clause gives; its days are the named gathering's when the name came without any."""
    subject = [e for e in events if (t := token_at(state.doc, e.trigger[0])) is not None and t.dep_.startswith("nsubj")] \
        if state.doc is not None else []
    for bare in [*subject, *(e for e in events if e not in subject)]:  # "The Forum opened on Monday" dates it first
        head = _head_told(state, bare)
        same = [e for e in events if e.kind == "gathering" and e.name and id(e) not in told_again
                and head in (w.lower() for w in _name_words(e))] if head else []  # "the session of the ... Conference"
        if len(same) != 1:
            continue
        named = same[0]
        if named.date_start is None and bare.date_start is not None:
            named.date, named.date_start, named.date_end = bare.date, bare.date_start, bare.date_end
            named.date_from, named.status = bare.date_from, bare.status
        named.attendees = list(dict.fromkeys([*named.attendees, *bare.attendees,
                                              *(a for a in bare.participants if state.actor(a).kind == "person")]))
        told_again.add(id(bare))


def one_summit(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """Fold a gathering told again by its city, its organisation or common words into the gathering
    told first (or named)."""
    sittings = [e for e in events if e.kind in {"gathering", "multilateral"}]
    told_again: set[int] = set()
    for i, later in enumerate(sittings):
        first = next((e for e in sittings[:i] if id(e) not in told_again and e.trigger[0] < later.trigger[0]
                      and _one(state, e, later)), None)
        if first is None:
            continue
        if first.kind == "multilateral":  # the text calls the sitting a summit: a gathering, by its name
            first.kind, first.name, first.name_span = "gathering", later.name, later.name_span
        first.place = first.place or later.place
        if first.date_start is None and later.date_start is not None:
            first.date, first.date_start, first.date_end = later.date, later.date_start, later.date_end
        first.countries = sorted({*first.countries, *later.countries})
        first.attendees = list(dict.fromkeys([*first.attendees, *later.attendees,
                                              *(a for a in later.participants if state.actor(a).kind == "person")]))
        told_again.add(id(later))
    _named_alike(sittings, told_again)
    _told_by_head(state, sittings, told_again)
    return [e for e in events if id(e) not in told_again]


def planned_lender(events: list[EventDraft], draft: EventDraft, last: EventDraft | None) -> EventDraft | None:
    """Whose parties a planned meeting that names none takes: 'The ministers agreed to hold the next
    trilateral meeting in Tbilisi' the report's main meeting's (not whatever was told last), 'It was
    decided to hold the next meeting in Quito' the body's sitting the report told. A meeting lent a
    sitting's parties is the body meeting again: multilateral (``next_sittings`` codes it)."""
    lend = next((e for e in events if e.kind == draft.kind and e.status == "occurred"), last) or next(
        (e for e in events if e.kind == "multilateral" and e.status == "occurred"), None)
    if lend is not None and lend.kind == "multilateral":
        draft.kind = "multilateral"
    return lend
