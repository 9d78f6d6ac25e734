"""Where and by whom a document was signed, told over the story around it (read after merging,
no parse):

- "The protocol was signed by Minister X and Minister Y": the persons a document told again names
  and that serve its states are its signers; "the document" told with a subset of the named one's
  states is that one;
- "After the talks, the two sides witnessed the signing of several agreements": a document signed
  at an engagement told before takes that engagement's parties and place;
- "reached the agreement at a summit hosted by X in Lome": a document placed nowhere by its own
  clause is signed where the engagement its sentence tells was held.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.documents import document_words
from dateline.extract.events.participants import countries_of, non_state
from dateline.extract.events.place import is_country
from dateline.extract.events.signers import signers_unnamed, told_by_states
from dateline.extract.events.words import word_set

__all__ = ["cited_in_passing", "cited_parties", "document_set", "one_signing", "same_document", "signed_at", "signed_in_setting",
           "state_documents", "story_sides", "told_signers"]

_OCCASIONS = frozenset({"meeting", "multilateral", "visit", "gathering"})
_STORY = 800  # characters: the few sentences before a signing that tell its occasion


def same_document(a: EventDraft, b: EventDraft, text: str = "") -> bool:
    """'signed an agreement on the border regime ... The document was signed by the ministers': a
    document told without its name is the one named, when its states are all among the named one's
    (a signer the text names by title only leaves a state out) and two or more are told."""
    unnamed = word_set("unnamed_documents")
    if document_set(a.name) and document_set(b.name) and len(set(a.countries)) >= 2 \
            and set(a.countries) == set(b.countries) and _same_day(a, b) and _near(a, b) \
            and not _further(text[b.sentence[0]:b.sentence[1]]):
        return True  # "signed several new agreements ... The two countries signed five agreements"
    na, nb = (a.name or "").lower().split(), (b.name or "").lower().split()
    if not na or not nb or not (na[0] in unnamed or nb[0] in unnamed or _abbreviates(na, nb) or _abbreviates(nb, na)):
        return False
    if _new_set(a, b, text) or _new_set(b, a, text):
        return False  # "signed the Joint Statement ... Then a package of documents was signed": more besides it
    sa, sb = set(a.countries), set(b.countries)
    return bool(sa) and bool(sb) and len(sa | sb) >= 2 and (sa <= sb or sb <= sa)


_TOPIC = re.compile(r"\s(?:on|in|for|to|between|with|involving|covering|relating|concerning|worth)\s")


def document_set(name: str | None) -> bool:
    """'five agreements', 'several new accords', 'a number of cooperation documents on trade': a set
    of documents told by its count, not one document's name (its head word is a plural document noun)."""
    if not name:
        return False
    head = _TOPIC.split(f" {name.lower()} ", maxsplit=1)[0].split()
    if len(head) > 2 and head[0] in word_set("quantity_nouns") and head[1] == "of":
        head = head[2:]  # "a number of cooperation documents", "a package of agreements"
    if not head:
        return False
    last = head[-1]
    return last in word_set("document_sets") or last.endswith("s") and last[:-1] in document_words()


def _new_set(told: EventDraft, named: EventDraft, text: str) -> bool:
    """'a package of documents', 'several documents' beside one named document ("the Joint Statement"):
    a set told as new by its indefinite word holds more than that one, so it is not that one told again
    (not "the documents", "12 documents were signed in total": the signing told again or counted)."""
    if not document_set(told.name) or document_set(named.name) or told.name_span is None \
            or (named.name or "").lower().split()[0] in word_set("unnamed_documents"):
        return False
    before = re.findall(r"[a-z]+", text[max(0, told.name_span[0] - 12):told.name_span[0]].lower())
    first = (told.name or "").lower().split()[0]
    return bool(before) and before[-1] in word_set("new_set_determiners") or first in word_set("new_set_determiners")


def _further(sentence: str) -> bool:
    """'The two sides also signed three memoranda': a further signing, not the one told again."""
    return bool(set(re.findall(r"[a-z]+", sentence.lower())) & word_set("further_adverbs"))


def _same_day(a: EventDraft, b: EventDraft) -> bool:
    """One told without a date of its own, or both dated the same day ("last year" unresolved is no day)."""
    if a.date is None or b.date is None:
        return True
    return a.date_start is not None and a.date_start == b.date_start


def _near(a: EventDraft, b: EventDraft) -> bool:
    """Two mentions told a sentence or two apart (one paragraph's lead and its details; not "five
    agreements and three memoranda" told side by side in one sentence)."""
    gap = max(a.sentence[0], b.sentence[0]) - min(a.sentence[1], b.sentence[1])
    return 0 <= gap <= 400


def _abbreviates(short: list[str], long: list[str]) -> bool:
    """'the MoU' told after 'a memorandum of understanding on ...': the initials of the named one."""
    return len(short) == 1 and 2 <= len(short[0]) <= 5 and short[0].isalpha() and len(long) >= len(short[0]) \
        and "".join(w[0] for w in long[:len(short[0])]) == short[0]


def told_signers(state: DocState, told: EventDraft, again: EventDraft) -> EventDraft:
    """'The protocol was signed by Minister X and Minister Y', 'Presidents A of Sudan and B of Chad
    reached the agreement Wednesday at a summit hosted by C': the persons that a document told again
    names and that serve its states are its signers (the host of the setting serves none of them);
    the states stay those told first, unless fewer than two were (then the states and organisations
    the second telling names sign too: "Trade ministers from Korea and ASEAN signed the agreement")."""
    states = set(told.countries)
    signers = [a for a in again.participants if state.actor(a).kind == "person"
               and (len(states) < 2 or state.actor(a).country in states)
               or len(states) < 2 and state.actor(a).kind in {"country", "organization", "group"}]
    return replace(again, source=[a for a in again.source if a in signers],
                   recipient=[a for a in again.recipient if a in signers], participants=signers,
                   countries=countries_of(state, signers) if len(states) < 2 else [])


def signed_at(state: DocState, events: list[EventDraft]) -> None:
    """'After the talks, the Amir and the Rwandan President witnessed the signing of several
    agreements', 'The presidents met in Tarija on Friday. They signed agreements ...': a document
    signed at an engagement told before, naming fewer than two states of its own, is signed by that
    engagement's parties (the persons and states it names too, unless it names another state); one
    placed nowhere by its own words (or only by the dateline) is signed where it was held."""
    for event in events:
        if event.kind != "agreement" or event.cited and event.date is None:
            continue  # a named document cited in passing is no signing at today's talks (cited_parties)
        talks = _occasion(state, events, event)
        if talks is None or not set(event.countries) <= set(talks.countries):
            continue  # a state of its own that the talks do not include: not told as theirs
        if len(set(event.countries)) < 2:
            event.source = list(dict.fromkeys([*event.source, *talks.source]))
            event.recipient = [a for a in dict.fromkeys([*event.recipient, *talks.recipient]) if a not in event.source]
            event.participants = list(dict.fromkeys([*event.source, *event.recipient]))
            event.countries = sorted({*event.countries, *talks.countries})
        if event.date is None and talks.date is not None and talks.date_end in {None, talks.date_start} \
                and talks.trigger[0] > event.trigger[0]:  # a lead, then "They met on Monday": Monday, not the report's day
            event.date, event.date_start, event.date_end, event.date_from = talks.date, talks.date_start, \
                talks.date_start, talks.date_from
        if talks.place is not None and (event.place is None or event.place_from == "dateline" and talks.place_from in {
                "text", "destination"} and talks.date_start == event.date_start):
            event.place, event.place_from = talks.place, talks.place_from


def _occasion(state: DocState, events: list[EventDraft], event: EventDraft) -> EventDraft | None:
    """The engagement a document is signed at: the one its frame refers back to ("after the
    talks"), else the talks or visit its own sentence tells ("will be signed in June, when the
    president visits Moscow"), else those the sentence before tells when they share a party
    ("The presidents met in Tarija. Chavez, Morales and Kirchner signed agreements"), between
    two states or more, with the document's status; else the talks of the same signers told in the
    next sentence (a lead and its details)."""
    def fits(e: EventDraft) -> bool:  # not "the 1982 accord" cited beside today's visit
        return e.kind in _OCCASIONS and len(set(e.countries)) >= 2 and e.status == event.status \
            and _same_days(event, e)

    frame = event.frame
    if frame is not None:
        earlier = [e for e in events if e.kind in frame.kinds and fits(e) and e.trigger[0] <= frame.offset]
        return max(earlier, key=lambda e: e.trigger[0]) if earlier else None
    same = next((e for e in events if fits(e) and e.sentence == event.sentence), None)
    if same is not None:
        return same
    before = [e for e in events if fits(e) and e.trigger[0] < event.trigger[0]
              and 0 <= event.sentence[0] - e.sentence[1] <= 2 and set(e.participants) & set(event.participants)]
    if before:
        return before[-1]
    # "Lula and Chavez have signed a series of agreements. The two presidents met Monday in Caracas.":
    # the lead tells the signing, the next sentence the talks it was signed at (the same signers), when
    # no talks of theirs were told before it
    if any(e.kind in _OCCASIONS and e.trigger[0] < event.trigger[0] and set(e.countries) & set(event.countries)
           for e in events):
        return None  # the story told the talks before: "The two ministers last met on December 15" is others
    after = [e for e in events if fits(e) and e.trigger[0] > event.trigger[0] and e.kind != "gathering"
             and 0 <= e.sentence[0] - event.sentence[1] <= 2 and _persons(state, event)
             and _persons(state, event) <= _persons(state, e)]
    return after[0] if after else None


def _persons(state: DocState, event: EventDraft) -> set[str]:
    return {a for a in event.participants if state.actor(a).kind == "person"}


def _same_days(document: EventDraft, occasion: EventDraft) -> bool:
    """The document's own date, if any, falls in the occasion's (a month holds its days); a
    document dated by a bare year ("the 1982 accord") is none of an undated occasion's."""
    own, theirs = document.date_start, occasion.date_start
    if document.date is None or not own:
        return True
    if not theirs:
        return len(own) > 4
    return own.startswith(theirs) or theirs.startswith(own)


def state_documents(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """'The letter was signed by someone calling himself X': a document with no state or
    organisation among its parties is no agreement between states (one side alone first takes
    the other sides of its story)."""
    story_sides(state, events)
    _city_of_occasion(events)
    for event in events:  # "The two sides signed a memorandum": the talks' states, not their people
        if event.kind == "agreement" and event.own_parties is not None and told_by_states(state, event):
            own = set(event.own_parties)
            lent = {a for a in event.participants if a not in own and state.actor(a).kind == "person"}
            if len(countries_of(state, [a for a in event.participants if a not in lent])) < 2 \
                    and not signers_unnamed(state, event):
                continue  # the states are told only through those people ("Georgian Prime Minister X")
            event.drop_parties(lent)
    return [e for e in events if e.kind != "agreement" or e.countries and not _settlement(state, e)]


def _city_of_occasion(events: list[EventDraft]) -> None:
    """'signed several agreements during a visit to India by X ... received a welcome in New Delhi': a
    document placed only in a country is signed in the city where the engagement of its states was
    held in that country (the story names the city later than the document took its place)."""
    for event in events:
        if event.kind != "agreement" or not is_country(event.place) or event.place is None:
            continue
        city = next((e.place for e in events if e.kind in _OCCASIONS and e.status == event.status
                     and e.place is not None and not is_country(e.place) and e.place.country == event.place.country
                     and len(set(event.countries) & set(e.countries)) >= 2 and _same_period(event, e)), None)
        if city is not None:
            event.place = city


def _same_period(one: EventDraft, other: EventDraft) -> bool:
    """The document (``one``) has no date of its own (only the report's day), or is told in the month
    of the occasion: 'the agreements reached during the visit in May 2024' are not signed at today's
    talks."""
    a = None if one.date_from == "published" else one.date_start
    b = other.date_start
    if not a or not b:
        return True
    size = min(len(a), len(b), 7)
    return a[:size] == b[:size]


def _settlement(state: DocState, event: EventDraft) -> bool:
    """'President X and former rebel leader Y signed the peace agreement': a state's side and a
    non-state one (a domestic settlement), with no second state."""
    return len(set(event.countries)) == 1 and any(non_state(state, a) for a in event.participants)


def story_sides(state: DocState, events: list[EventDraft]) -> None:
    """'Fillon travelled to Beijing ... He oversaw the signing of 12 deals': a document signed by one
    side alone is signed in the engagement of that side told last before it in the story (a few
    sentences back, with the document's status), whose parties sign it; one dated another day by
    its own words is only between that engagement's states (not signed by its people nor there)."""
    for event in events:
        if event.kind != "agreement" or len(set(event.countries)) != 1 or event.cited:
            continue
        before = [e for e in events if e.kind in _OCCASIONS and e.trigger[0] < event.trigger[0]
                  and 0 <= event.sentence[0] - e.sentence[1] <= _STORY and e.status == event.status
                  and len(set(e.countries)) >= 2 and set(event.countries) <= set(e.countries)]
        if not before:
            continue
        talks = max(before, key=lambda e: e.trigger[0])
        if not _same_days(event, talks):  # "In 2019, the two countries signed ...": the story's states only
            event.countries = sorted({*event.countries, *talks.countries})
            continue
        event.source = list(dict.fromkeys([*event.source, *talks.source]))
        event.recipient = [a for a in dict.fromkeys([*event.recipient, *talks.recipient]) if a not in event.source]
        event.participants = list(dict.fromkeys([*event.source, *event.recipient]))
        event.countries = sorted({*event.countries, *talks.countries})
        if event.place is None and talks.place is not None:
            event.place, event.place_from = talks.place, talks.place_from


def signed_in_setting(events: list[EventDraft]) -> None:
    """'reached the agreement at a summit hosted by X in Lome', 'adopted a joint communique following
    their talks in Ashgabat': a document placed nowhere by its own clause is signed where the
    engagement its sentence tells was held (not one cited with an older date)."""
    for event in events:
        if event.kind != "agreement" or event.place is not None and event.place_from == "text":
            continue
        setting = next((e for e in events if e.kind in {"meeting", "multilateral", "gathering", "visit"}
                        and e.place is not None and e.place_from == "text" and e.status == event.status
                        and e.date_start == event.date_start), None)
        if setting is not None:
            event.place, event.place_from = setting.place, "text"


def cited_parties(state: DocState, events: list[EventDraft]) -> None:
    """'Talks with the United States ... The goal of the talks is to replace the 1991 treaty': an
    older document cited by the story of today's engagement is between that engagement's states
    (the one told in its sentence or the two before), not signed by today's people nor where they meet;
    one cited by its name alone is dated by no day of the story either (``cited_in_passing``)."""
    for event in events:
        if event.kind != "agreement" or not event.cited:
            continue
        own = set(event.own_parties if event.own_parties is not None else event.participants)
        borrowed = [a for a in event.participants if a not in own and state.actor(a).kind == "person"]
        if borrowed:
            event.drop_parties(borrowed)
            event.countries = sorted(set(countries_of(state, event.participants)) | set(countries_of(state, list(own))))
        if event.place_from != "text":
            event.place, event.place_from = None, None
        if len(set(event.countries)) >= 2:
            continue
        story = [e for e in events if e.kind in _OCCASIONS and len(set(e.countries)) >= 2 and not e.cited
                 and e.trigger[0] < event.trigger[0] and 0 <= event.sentence[0] - e.sentence[0] <= 600
                 and set(event.countries) <= set(e.countries)]
        if story:
            event.countries = sorted(set(story[-1].countries))


def cited_in_passing(state: DocState, events: list[EventDraft]) -> None:
    """'The two sides discussed cooperation within the framework of the Comprehensive Economic Partnership
    Agreement between the two countries': a document cited by its name alone, with no date of its own, was
    concluded on a day, at a place and by people the story does not tell (its states stay; read after the
    story and the dates have lent theirs)."""
    for event in events:
        if event.kind != "agreement" or not event.cited or event.date_from == "text":
            continue
        event.date, event.date_start, event.date_end, event.date_from = None, None, None, None
        event.place, event.place_from = None, None
        # "between the two countries" read through the talks' people: their states, not they
        event.drop_parties([a for a in event.participants if state.actor(a).kind == "person"])


def one_signing(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """'The ceremony of signing of new cooperation documents took place after the talks between X and
    Y. In total, 12 documents were signed.': a set of documents told again once the signing has taken
    its talks' parties is the one signing, on the same day (the first telling kept, with the place the
    second gives when it has none; not "In 2019, the two countries signed five documents")."""
    kept: list[EventDraft] = []
    for event in events:
        first = next((k for k in kept if k.kind == "agreement" and event.kind == "agreement"
                      and k.date_start == event.date_start and same_document(k, event, state.text)), None)
        if first is None:
            kept.append(event)
            continue
        signers = [a for a in event.participants if a not in first.participants
                   and state.actor(a).kind == "person" and state.actor(a).country in first.countries]
        first.recipient = [*first.recipient, *signers]
        first.participants = [*first.participants, *signers]
        if first.place is None:
            first.place, first.place_from = event.place, event.place_from
    return kept
