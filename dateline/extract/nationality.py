"""Nationality inference: the state an official serves when the text does not write it by the name.

In order: the actor dictionary (``known.py``, people.yaml) for full names; coordination
("Pakistani President X and Prime Minister Y"); a delegation ("the Chinese delegation was led
by ...", "a delegation of the Prosecutor General's Office of Kazakhstan led by X"); the one
unclaimed country of the sentence (not the destination of a traveller), for each of several
officials holding different posts when none travels and none has a country; and the state of
another official of the same institution.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from dateline.extract import nationality_story as story
from dateline.extract.boilerplate import travelling_state
from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.known import known_by_surname, known_by_surname_in, known_person
from dateline.extract.nationality_encounters import (
    encounter,
    other_party,
    others_trip,
    reported,
    visiting_title,
)
from dateline.extract.nationality_hosts import hosts_by_city
from dateline.extract.nationality_owners import (
    of_delegation,
    of_named_title,
    owned_posts,
    state_owned_posts,
)
from dateline.extract.nationality_sides import escorts, side_members
from dateline.extract.organisation_voices import organisation_voices
from dateline.extract.people.owners import mission_staff
from dateline.extract.places import country_code
from dateline.extract.syntax import doc_ents, lemma_positions
from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["infer_nationality", "stance"]


_WORDS = load_lexicon("people_coref.yaml")
_TRAVEL = frozenset(_WORDS["travel_verbs"])
_TRIP_NOUNS = frozenset(_WORDS["trip_nouns"])
_GENERIC_ORGS = frozenset(_WORDS["generic_organizations"])
_DESTINATION = frozenset(_WORDS["destination_prepositions"])
_RECIPIENT = frozenset(_WORDS["recipient_prepositions"])
_ONE_HOLDER = frozenset(load_lexicon("people_titles.yaml")["one_holder_titles"])
_STANCE = frozenset(load_lexicon("people_titles.yaml")["stance_prefixes"])
_SHARED_POSTS = frozenset(w.lower() for w in load_lexicon("people_titles.yaml")["shared_posts"])
_GUEST_VERBS = frozenset(_WORDS["guest_verbs"])
_LED_WORDS = frozenset(_WORDS["led_verbs"]) | {"lead", "head", "chair"}
_RELATIONAL = tuple(_WORDS["counterpart_nouns"])
_DELEGATION_WORDS = frozenset(_WORDS["delegation_nouns"]) | frozenset(_WORDS["headed_groups"])
_LED = "(?:" + "|".join(map(re.escape, _WORDS["led_verbs"])) + r")\s+by\b"
# "the Chinese delegation (, in Tehran on a visit,) was led by": the noun, a parenthetical, "led by".
_LED_AFTER = re.compile(
    r"^(?:\s*,[^,.;]{1,60},)?(?:\s+(?:" + "|".join(map(re.escape, _WORDS["passive_auxiliaries"])) + r"))?\s+" + _LED)
_DELEGATION_OF = re.compile(r"\b(?:" + "|".join(map(re.escape, _WORDS["delegations_of"])) + r")\s+(?:of|from)\b"
                            r"(?P<mid>[^.;]{0,100}?)\b" + _LED)


def _persons(state: DocState) -> list[ActorDraft]:
    return [a for a in state.actors if a.kind == "person"]


def _is_traveller(state: DocState, doc: Doc, person: ActorDraft, sent: Span) -> bool:
    """The person travels in this sentence (the country named is where they go, not theirs)."""
    for m in state.mentions_starting(sent.start_char, sent.end_char):  # not every mention, per sentence
        if m.actor_id != person.id:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in _GUEST_VERBS:
            return False  # "X received the Ambassador of India to discuss the visit": X is the host
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in _TRAVEL:
            return True
        if root.dep_ == "nsubj" and any(not reported(root.head, doc[i]) and not others_trip(root, doc[i])
                                        for i in lemma_positions(doc, _TRIP_NOUNS, sent.start, sent.end)):
            return True
        if root.dep_ == "poss" and root.head.lemma_.lower() in _TRIP_NOUNS:
            return True  # "Gonzales' one-day trip was a show of support for the Iraqi government"
    return False


def _infer_countries(state: DocState, doc: Doc) -> None:
    """Countries of officials the text places without naming them next to the title.

    * coordination: "Pakistani President X and Prime Minister Y" -> Y's country is X's;
    * a delegation: "the Chinese delegation was led by Deputy Prime Minister Wu Yi";
    * one unclaimed country in the sentence: "Iraqi officials say President Jalal Talabani ...".
    """
    persons = {a.id: a for a in _persons(state)}
    names = [m for m in state.mentions if m.kind == "name" and m.actor_id in persons]
    for prev, cur in zip(names, names[1:], strict=False):
        a, b = persons[prev.actor_id], persons[cur.actor_id]
        if b.country or not b.title or not a.country or _same_post(a, b):
            continue  # "President Milei and President Boric" serve two states
        between = state.text[prev.end:cur.start]
        if any(state.actor(m.actor_id).kind == "country" for m in state.mentions_starting(prev.end, cur.start)):
            continue  # "X, and the Uzbek side by Deputy Prime Minister Y": another state between them
        if re.match(r"\s*(?:,\s*)?and\s+(?:the\s+)?[A-Z][\w\- ]{0,60}$", between) and "," not in between[5:] \
                or _lower_title_after_and(between):  # "Egypt's president X and foreign minister Y"
            b.country = a.country
    for ent in doc_ents(doc):  # "the Chinese delegation was led by ...", "Kazakh prosecutors led by ..."
        if ent.label_ != "NORP":
            continue
        tok = doc[ent.start]
        noun = next((t for t in doc[tok.i + 1:min(len(doc), tok.i + 3)]
                     if t.pos_ in {"NOUN", "PRON", "NUM"} or t.lower_ == "one"), None)
        if noun is None or noun.ent_type_ or any(t.is_punct for t in doc[tok.i + 1:noun.i]):
            continue
        rest = state.text[noun.idx + len(noun):tok.sent.end_char]
        gapped = noun.lower_ == "one" or re.search(_LED, state.text[tok.sent.start_char:tok.idx]) is not None
        match = _LED_AFTER.search(rest) or (re.match(r"\s+by\b", rest) if gapped else None)  # "..., and the Uzbek side by Y"
        if match is None:
            continue
        at = noun.idx + len(noun) + match.end()
        after = [m for m in names if 0 <= m.start - at <= 90]
        if after and not persons[after[0].actor_id].country:
            persons[after[0].actor_id].country = tok.ent_id_ or country_code(tok.text)
    _delegation_of_country(state, persons, names)
    for sent in doc.sents:
        if story.pair_compound(doc, sent, state):
            continue  # "U.S.-Venezuelan relations": two states, neither given by the sentence alone
        in_sent = state.mentions_starting(sent.start_char, sent.end_char)
        people = {m.actor_id for m in in_sent if m.actor_id in persons}
        claimed = {persons[p].country for p in people if persons[p].country}
        countries = {state.actor(m.actor_id).country for m in in_sent
                     if state.actor(m.actor_id).kind == "country" and not _claimed_by_noun(doc, m)
                     and not _scope_of_title(doc, m) and not stance(doc, m) and not of_named_title(state, doc, m)}
        unclaimed = {c for c in countries if c and c not in claimed}
        todo = [persons[p] for p in people if persons[p].title and not persons[p].country
                and persons[p].role != "honorific"]
        if len(todo) == 1 and _is_traveller(state, doc, todo[0], sent):
            # A traveller's country is not where they go, but it can be the adjective of their
            # ministry before the name: "The Indonesian Foreign Ministry said Minister X would fly to ..."
            first = min((m.start for m in in_sent if m.actor_id == todo[0].id), default=sent.end_char)
            unclaimed = {c for m in in_sent if (c := state.actor(m.actor_id).country)
                         and m.end <= first and state.actor(m.actor_id).kind == "country"
                         and state.actor(m.actor_id).country in unclaimed
                         and not _destination(state.text, m.start)}
        if len(todo) == 1 and unclaimed and _subject(state, doc, todo[0], sent):
            unclaimed = {c for c in unclaimed if not all(
                _destination(state.text, m.start, _RECIPIENT) or other_party(doc, m) for m in in_sent
                if state.actor(m.actor_id).kind == "country" and state.actor(m.actor_id).country == c)}
        elif claimed and unclaimed:  # "[the Venezuelan minister] accused the United States": his other party
            unclaimed = {c for c in unclaimed if not all(other_party(doc, m, visits=False) for m in in_sent
                                                          if state.actor(m.actor_id).country == c)}
        if len(unclaimed) == 1 and len(todo) == 1 and len(claimed) <= 1:
            todo[0].country = next(iter(unclaimed))
        elif len(unclaimed) == 1 and len(todo) > 1 and not claimed and _one_government(state, doc, todo, sent):
            for person in todo:  # "the Somali capital ... delayed President X and Prime Minister Y"
                person.country = next(iter(unclaimed))
        elif len(todo) == 1 and not unclaimed and len(claimed) == 1 and countries == claimed \
                and not any(encounter(t) for t in sent) and not _guest(state, doc, todo[0]) \
                and not any(_same_post(todo[0], persons[p]) for p in people if persons[p] is not todo[0]):
            todo[0].country = next(iter(claimed))  # "agencies in Iran quote Deputy Speaker X as saying Ayatollah Y"


def _lower_title_after_and(between: str) -> bool:
    """'and foreign minister ', 'and deputy prime minister ': only a title's words after 'and'."""
    match = re.match(r"\s*and\s+((?:[a-z][\w\-]*\s+){1,5})$", between)
    if match is None:
        return False
    lex = titles()
    words = match.group(1).split()
    i = 0
    while i < len(words) - 1 and (words[i] in lex.modifiers or words[i] in lex.domains):
        i += 1
    return " ".join(words[i:]) in lex.heads


def _one_government(state: DocState, doc: Doc, todo: list[ActorDraft], sent: Span) -> bool:
    """Officials of one sentence that can serve one state: no two hold the same post, none travels."""
    if any(_same_post(a, b) for n, a in enumerate(todo) for b in todo[n + 1:]):
        return False
    return not any(_is_traveller(state, doc, person, sent) for person in todo)


def _claimed_by_noun(doc: Doc, mention: Mention) -> bool:
    """'the Czech ambassador', 'the Chilean delegation', 'Kenya's ambassador': the demonym (or the
    possessive) belongs to the unnamed official or group it qualifies, not to a named official
    elsewhere in the sentence."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is not None and of_delegation(span):
        return True
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if span[0].ent_type_ == "GPE" and nxt.text in {"'s", "’s"} and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]  # "Kenya's ambassador was received by Foreign Minister X": the envoy's
    elif span[0].ent_type_ != "NORP":
        return False
    if nxt.ent_type_ == "TITLE":
        after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        return after is None or not after.text[:1].isupper() or after.ent_type_ == "TITLE"
    if nxt.lower_ in titles().relational:  # "his Omani counterpart on Monday", not "counterpart (and host) X"
        after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        return after is None or after.text in {".", ";"} or after.is_alpha and after.text.islower() \
            and after.lower_ != "and"
    return nxt.lemma_.lower() in _DELEGATION_WORDS


def stance(doc: Doc, mention: Mention) -> bool:
    """'the pro-Russian enclave', 'anti-American protests': a stance, not a state of the sentence."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.start >= 2 and doc[span.start - 1].text == "-" \
        and doc[span.start - 2].lower_ in _STANCE


def _scope_of_title(doc: Doc, mention: Mention) -> bool:
    """'special envoy to Sudan', 'ambassador to Kazakhstan': the country a post is sent to is not
    the state its holder serves."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].lower_ != "to":
        return False
    return any(t.ent_type_ == "TITLE" for t in doc[max(0, span.start - 5):span.start - 1])


def _delegation_of_country(state: DocState, persons: dict[str, ActorDraft], names: list[Mention]) -> None:
    """'A delegation of the Prosecutor General's Office of Kazakhstan led by X': X serves Kazakhstan."""
    for match in _DELEGATION_OF.finditer(state.text):
        inside = {state.actor(m.actor_id).country for m in state.mentions
                  if match.start("mid") <= m.start < match.end("mid") and m.kind in {"country", "demonym"}
                  and state.actor(m.actor_id).kind == "country"
                  and re.search(r"\b(?:of|from)(?: the)?\s*$", state.text[max(0, m.start - 10):m.start].lower())}
        after = [m for m in names if 0 <= m.start - match.end() <= 90]
        if len(inside) == 1 and after and not persons[after[0].actor_id].country:
            persons[after[0].actor_id].country = next(iter(inside))


def _same_post(a: ActorDraft, b: ActorDraft) -> bool:
    """Two officials with one title ('President', 'Foreign Minister'): a state has one of each, but
    many members of a body ('Member of the Senate', 'MP': ``shared_posts``)."""
    if not (a.title and b.title):
        return False
    if a.title.lower() != b.title.lower():  # "King X and Sultan Y", "Premier X and Prime Minister Y"
        heads = (titles().head(a.title), titles().head(b.title))
        return a.title.lower() in _ONE_HOLDER and b.title.lower() in _ONE_HOLDER \
            and heads[0] is not None and heads[1] is not None and heads[0].title == heads[1].title

    words = a.title.lower().split()  # "Member of the Senate", "MP"; not "Deputy Prime Minister"
    return not (words[0] in _SHARED_POSTS and (len(words) == 1 or words[1] == "of"))


def _head_words(title: str | None) -> set[str]:
    """The title-head words of a title ('Attorney-General and Minister for Justice' -> attorney-general, minister)."""
    return {w for w in (title or "").lower().replace(",", " ").split() if titles().head(w) is not None}


def _same_institution(state: DocState) -> None:
    """An official of 'the Prosecutor General's Office' with no state serves the state whose
    official of that office the text names (the host's, when both sides have one)."""
    persons = _persons(state)
    host = state.dateline.country if state.dateline else None
    for actor in persons:
        if actor.country or not actor.title or actor.organization is None \
                or actor.organization in _GENERIC_ORGS or actor.role == "honorific":
            continue
        # Not from a counterpart: two foreign ministers who meet serve two states.
        found = {p.country for p in persons if p is not actor and p.country and p.organization == actor.organization
                 and not _head_words(p.title) & _head_words(actor.title)}
        if len(found) == 1:
            actor.country = found.pop()
        elif host in found:
            actor.country = host


def _destination(text: str, start: int, words: frozenset[str] = _DESTINATION) -> bool:
    """The country mention at ``start`` follows a preposition of place or motion ('to', 'in')."""
    before = text[max(0, start - 12):start].lower().split()
    return bool(before) and before[-1] in words


def _subject(state: DocState, doc: Doc, person: ActorDraft, sent: Span) -> bool:
    """The person is named as the subject of the sentence's clause ('X said ...')."""
    for m in state.mentions_starting(sent.start_char, sent.end_char):
        if m.actor_id == person.id and m.kind in {"name", "surname"}:  # "Mirenko thanked Poland"
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and (span.root.dep_ in {"nsubj", "nsubjpass"}
                                     or span.root.dep_ == "appos" and span.root.head.dep_ in {"nsubj", "nsubjpass"}):
                return True
    return False


def _known_countries(state: DocState) -> None:
    """Officials the text names without a country: the actor dictionary (people.yaml)."""
    for actor in _persons(state):
        if actor.country or actor.role == "honorific":
            continue
        known = known_person(actor.name)
        if known is not None:
            actor.country = known.country_as(actor.title, state.published)
        else:  # "President Bush", "Prime Minister Modi"
            actor.country = known_by_surname(actor.name, actor.title)
        if actor.country is None and not actor.title:  # "Mr. Hu is to visit Seoul", China named before
            named = {a.country for a in state.actors if a.kind == "country" and a.country}
            actor.country = known_by_surname_in(actor.name, named)


def _guest(state: DocState, doc: Doc, person: ActorDraft) -> bool:
    """The person comes from elsewhere: travels, is received, leads a delegation or is a counterpart."""
    mine = [m for m in state.mentions if m.actor_id == person.id]
    if any(m.kind in {"relational", "delegation"} for m in mine):
        return True
    for m in [m for m in mine if m.kind == "name"][:1]:  # as the text introduces them
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if _is_traveller(state, doc, person, span.sent):
            return True
        root = span.root
        if root.dep_ in {"dobj", "pobj"} and (root.head.lemma_.lower() in _GUEST_VERBS
                                             or root.head.lower_ == "by" and root.head.head.lemma_.lower() in _LED_WORDS):
            return True
        if visiting_title(doc, span):
            return True
        left = state.text[max(0, m.start - 40):m.start].lower()
        if re.search(r"\b(?:" + "|".join(map(re.escape, _RELATIONAL)) + r")\W*(?:\w+\W+){0,2}$", left):
            return True
    return False


def _home_officials(state: DocState, doc: Doc) -> None:
    """State-agency copy names its own officials without a demonym: "BEIJING, Dec 5 -- ... Vice President
    Han Zheng will meet her". An official left without a state serves the dateline's country unless
    the text makes them a guest (a traveller, received, leading a delegation, a counterpart). A national
    agency filing from abroad ("NEW YORK, Sept 24 (KUNA) -- Minister of Foreign Affairs X met ...")
    travels with its own state's officials: theirs first, the dateline's when that post is taken. When
    an official of the agency's state is the guest ("talks with the visiting Ethiopian Minister X"),
    the unmarked ones are the host's."""
    dateline = state.dateline
    persons = _persons(state)
    own = travelling_state(dateline.outlet) if dateline else None
    homes = [c for c in (None if any(p.country == own and _guest(state, doc, p) for p in persons) else own,
                         dateline.country if dateline else None) if c]
    for actor in persons:
        if actor.country or not actor.title or actor.role == "honorific" or _guest(state, doc, actor):
            continue
        # The home state's own president is already named: this president is another state's.
        actor.country = next((h for h in homes if not any(p.country == h and _same_post(p, actor)
                                                          for p in persons)), None)


def _countries_of(state: DocState, doc: Doc, sent: Span) -> set[str]:
    """The countries a sentence names that none of its named officials serves."""
    in_sent = state.mentions_starting(sent.start_char, sent.end_char)
    named = {state.actor(m.actor_id).country for m in in_sent if state.actor(m.actor_id).kind == "person"}
    return {c for m in in_sent if (c := state.actor(m.actor_id).country)
            and state.actor(m.actor_id).kind == "country" and not _claimed_by_noun(doc, m)
            and not stance(doc, m) and not _scope_of_title(doc, m) and not story.passing_place(doc, m.start, m.end)} - named


def _neighbour_sentences(state: DocState, doc: Doc) -> None:
    """An official whose sentence names no country at all serves the one country of the sentence
    before (else after), when none of the officials named there serves it: "Iraqi judges have
    begun questioning ... . The chief judge X said ..." (the story's state, not a guess)."""
    todo = [p for p in _persons(state) if p.title and not p.country and p.role != "honorific"]
    if not todo:
        return
    for person, sents, at in story.first_sentences(state, doc, todo):
        if story.names_state(state, sents[at]) or _is_traveller(state, doc, person, sents[at]):
            continue
        for n in (at - 1, at + 1):
            found = _countries_of(state, doc, sents[n]) if 0 <= n < len(sents) else set()
            if len(found) == 1:
                person.country = found.pop()
                break
            if found:
                break


def infer_nationality(state: DocState, doc: Doc) -> None:
    """Countries of the persons left without one (after coreference has added their mentions)."""
    _known_countries(state)
    owned_posts(state)
    state_owned_posts(state, doc)  # "Peru has withdrawn its ambassador to Japan, X": Peru's
    side_members(state, doc, {a.id: a for a in _persons(state)})
    escorts(state, doc, {a.id: a for a in _persons(state)})
    mission_staff(state)  # "the embassy's counsellor X": the state of the envoy named before
    story.appositive_owners(state, doc)
    story.lead_states(state, doc, lambda p, s: _is_traveller(state, doc, p, s))  # "Iran's minister says ... . X said"
    story.state_media(state, doc)  # "Iran's official news agency quoted spokesman X": Iran
    story.voiced_officials(state, doc)  # "Officials in Taiwan say President X will travel to ...": Taiwan
    _infer_countries(state, doc)
    story.appointed_officials(state, doc)
    _same_institution(state)
    organisation_voices(state, doc)  # "The UN refugee agency said ... . Spokesman X": the UN, not the dateline's
    hosts_by_city(state, doc, lambda p: _guest(state, doc, p))  # "X held talks with Chancellor Y in Bonn"
    _home_officials(state, doc)
    story.bodies_named_before(state, doc)
    story.usage_countries(state, story.named_states(state))
    _neighbour_sentences(state, doc)
