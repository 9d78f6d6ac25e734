"""Officials of many states meeting as one group: a multilateral meeting.

- "Foreign ministers from 15 African nations are meeting in Nairobi", "Delegates from more than 30
  Asian countries met in Baku", "Top officials from countries neighbouring Syria held talks in
  Ankara": the subject is the officials of several states, told through a plural state noun;
- "EU foreign ministers held emergency talks in Luxembourg": the talks a group of an organisation's
  members holds (``holding_verbs``), as when it meets (``members_meet``);
- "X has been meeting with foreign ministers from several Central American nations": talks with
  such a group are multilateral too;
- "EU finance ministers agreed on a levy at a meeting in Luxembourg", "OPEC raised its quotas at a
  meeting in Iran", "the bloc endorsed the sanctions at a meeting": the meeting an organisation, or
  its members told as one group, sat at (``members_sitting``).

Two states are not many: "ministers of the two countries", "officials of both nations" stay
bilateral, and so does a bare "the countries" that refers back to states told before.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import ActorDraft, DocState, EventDraft
from dateline.extract.events.geometry import participle_subjects
from dateline.extract.events.participants import countries_of
from dateline.extract.events.place import seat_of
from dateline.extract.events.words import word_set
from dateline.extract.places import country_name, demonym_code, igo_codes, is_state_code, lookup_org
from dateline.extract.syntax import compound_name, lemma_tokens

__all__ = ["convening_subjects", "convening_verbs", "group_holds_talks", "host_sits", "listed_states", "many_states_meet",
           "many_states_noun", "members_meet", "members_organisation", "members_sitting", "sitting_organisation", "talks_with_many_states"]

_TWO = frozenset({"two", "both", "2"})


def _states_noun(noun: Token) -> bool:
    """'15 African nations', 'more than 30 Asian countries', 'countries neighbouring Syria', 'the
    member states': states in the plural, more than two and not merely told again."""
    if noun.tag_ not in {"NNS", "NNPS"} or noun.lemma_.lower() not in word_set("many_state_nouns"):
        return False
    mods = [c for c in noun.children if c.dep_ in {"nummod", "det", "predet", "amod", "compound", "acl", "relcl",
                                                   "quantmod", "advmod"}]
    words = {t.lower_ for c in mods for t in c.subtree}
    if words & _TWO:
        return False  # "the two countries", "both nations"
    return any(c.dep_ != "det" for c in mods) or not any(c.dep_ == "det" for c in mods)  # not a bare "the countries"


def many_states_noun(noun: Token) -> bool:
    """'foreign ministers from 15 African nations', 'delegates of the member states': officials (in the
    plural) of more than two states."""
    if noun.tag_ not in {"NNS", "NNPS"} or noun.lemma_.lower() not in word_set("official_nouns") | word_set(
            "igo_member_nouns"):
        return False
    return _states_of(noun) is not None


def _states_of(noun: Token) -> Token | None:
    """The plural state noun of 'ministers from 15 African nations' (also when the parser hangs the
    'from' phrase on the verb of 'met with ministers from ...')."""
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in {"from", "of"}]
    if noun.dep_ == "pobj" and noun.head.lower_ in {"with", "of"}:  # "a meeting of officials from 3 states" too
        preps += [p for p in noun.head.head.children if p.dep_ == "prep" and p.lower_ == "from"
                  and p.i == noun.right_edge.i + 1]
    return next((n for p in preps for o in p.children if o.dep_ == "pobj"
                 for n in [o, *(c for c in o.children if c.dep_ == "conj")] if _states_noun(n)), None)


def group_holds_talks(tok: Token, group: object) -> bool:
    """'EU foreign ministers held emergency talks in Luxembourg': talks (a noun) that the subject of
    a holding verb holds among themselves, the subject a group that ``group`` (a predicate on a noun)
    accepts; no other side ('talks with X') is told."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in word_set(
            "holding_verbs"):
        return False
    verb = tok.head
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in [*tok.children, *verb.children]):
        return False
    return any(c.dep_ == "nsubj" and group(c) for c in verb.children)  # type: ignore[operator]


def talks_with_many_states(tok: Token) -> bool:
    """'has been meeting with foreign ministers from several Central American nations', 'talks with
    delegates of 20 countries', 'a meeting of officials from three former Soviet republics': the other
    side (or the meeting's own members) is officials of many states."""
    heads = [tok] if tok.pos_ in {"NOUN", "PROPN"} else [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    objs = [o for h in heads for p in h.children if p.dep_ == "prep" and (p.lower_ == "with" or p.lower_ == "of" and (
                h.lemma_.lower() in word_set("meeting_nouns")))  # "a meeting of officials from 30 states"
            for o in p.children if o.dep_ == "pobj"]
    if tok.pos_ in {"VERB", "AUX"}:
        objs += [c for c in tok.children if c.dep_ == "dobj"]
    return any(many_states_noun(o) for o in objs)


def many_states_meet(tok: Token) -> bool:
    """Whether the trigger ``tok`` tells many states' officials meeting, among themselves or with
    one side ('met in Baku', 'held talks in Ankara', 'meeting with ministers from ...')."""
    if group_holds_talks(tok, many_states_noun) or talks_with_many_states(tok):
        return True
    if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in word_set("convening_verbs"):
        return False
    return any(many_states_noun(s) for s in convening_subjects(tok))


def convening_subjects(verb: Token) -> list[Token]:
    """Who meets: the verb's subject, the noun its participle describes ('ministers meeting in
    Vienna') or its relative clause tells of ('leaders of ASEAN who met in Laos'), or the subject of
    the verb it completes ('G7 leaders are scheduled to meet', 'EU ministers are expected to gather')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or participle_subjects(verb)
    if verb.dep_ == "relcl" and subjects and all(s.tag_ in {"WP", "WDT"} for s in subjects):
        subjects = [verb.head]  # "Leaders of ASEAN who met in Laos last week": the noun the relative clause tells of
    cur = verb
    for _ in range(2):  # "are due to meet": meet <xcomp due <acomp are
        if subjects or cur.dep_ not in {"xcomp", "acomp"}:
            break
        cur = cur.head
        subjects = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return subjects


def _states_group(state: DocState, event: EventDraft, tok: Token) -> ActorDraft | None:
    """The unnamed states of 'ministers from 15 African nations' as one group actor (no members known)."""
    nouns = [tok] if tok.pos_ not in {"VERB", "AUX"} else [  # "met with ministers from several nations"
        o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    nouns += [c for c in tok.children if c.dep_ == "dobj"] + convening_subjects(tok)
    nouns += [o for n in list(nouns) for p in n.children if p.dep_ == "prep" and p.lower_ in {"with", "of"}
              for o in p.children if o.dep_ == "pobj"]
    nouns += [n.head for n in list(nouns) if n.dep_ == "dobj"]
    nouns += [c for n in list(nouns) for c in n.children if c.dep_ == "nsubj"]
    noun = next((n for n in nouns if many_states_noun(n)), None)
    if noun is None:
        return None
    states = _states_of(noun)
    assert states is not None
    span = tok.doc[states.left_edge.i:states.right_edge.i + 1]
    # "officials from countries neighbouring Syria": Syria is what the states are told by, no party
    told_by = [(t.idx, t.idx + len(t)) for c in states.children if c.dep_ in {"acl", "relcl", "prep"} for t in c.subtree]
    for m in state.mentions_starting_in(told_by):
        if state.actor(m.actor_id).kind == "country" and m.actor_id in event.participants:
            event.drop_parties({m.actor_id})
    return _group_actor(state, span)


def _group_actor(state: DocState, span: Span) -> ActorDraft:
    """The group actor of the unnamed states ``span`` tells, made once."""
    key = f"states|{span.start_char}"
    group = next((a for a in state.actors if a.kind == "group" and a.key == key), None)
    if group is None:
        group = ActorDraft(id=state.new_actor_id(), kind="group", name=span.text, key=key,
                           mentions=[(span.start_char, span.end_char)])
        state.actors.append(group)
    return group


def host_sits(state: DocState, event: EventDraft, tok: Token) -> None:
    """'Delegates from 30 Asian countries met in Baku': the states are not named, but the group is a
    party, and the host, where the text places the meeting, is among them."""
    group = _states_group(state, event, tok)
    if group is not None and group.id not in event.participants:
        event.recipient, event.participants = [*event.recipient, group.id], [*event.participants, group.id]
        event.countries = countries_of(state, event.participants)
    if event.place is None or not event.place.country or event.place_from != "text":
        return
    if any(state.actor(a).kind == "organization" and (seat := seat_of(state.actor(a).acronym)) is not None
           and seat.name == event.place.name for a in event.participants):
        return  # "IAEA diplomats meeting in Vienna": at the organisation's seat, the organisation hosts
    event.countries = sorted({*event.countries, event.place.country})
    code = event.place.country
    host = state.state_actor(code, country_name(code))  # the host told only by its city: a party all the same
    if host.id not in event.participants:
        event.recipient, event.participants = [*event.recipient, host.id], [*event.participants, host.id]


def _members_noun(noun: Token) -> bool:
    """'ASEAN foreign ministers', 'EU leaders', 'IAEA diplomats', 'the foreign ministers of the
    GCC': an organisation's officials in the plural (not one state's: 'Arab', 'Turkish')."""
    if noun.tag_ not in {"NNS", "NNPS"} or noun.lemma_.lower() not in word_set("official_nouns") | word_set(
            "igo_member_nouns"):
        return False
    words = [t for c in noun.children if c.dep_ in {"compound", "nmod", "poss", "amod"} and c.i < noun.i
             for t in c.subtree]
    words += [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
    if any(t.ent_type_ in {"GPE", "NORP"} for t in words):
        return False
    whole = [noun.doc[o.left_edge.i + (o.left_edge.dep_ == "det"):o.right_edge.i + 1].text for p in noun.children
             if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]  # "the Association of ..."
    return any(t.text[:1].isupper() and (lookup_org(t.text) is not None or lookup_org(compound_name(t)) is not None)
               for t in words) or any(w[:1].isupper() and lookup_org(w) is not None for w in whole) or any(  # "EU leaders", "European Union leaders"; a name the parser chained by nmod
        c.dep_ == "nmod" and c.text[:1].isupper() and lookup_org(noun.doc[c.left_edge.i:c.i + 1].text) is not None
        for c in noun.children if c.i < noun.i)


def convening_verbs(sent: Span) -> list[Token]:
    """The tokens of ``sent`` whose lemma is a convening verb ('gathered', 'convened'), from the Doc's
    lemma index: what ``members_meet`` is asked about."""
    return lemma_tokens(sent, word_set("convening_verbs"))


def members_meet(tok: Token) -> bool:
    """'ASEAN foreign ministers met in Manila', 'EU foreign ministers, meeting in Luxembourg, agreed',
    'told IAEA diplomats meeting in Vienna', 'ministers from 15 African nations met': an organisation's
    members, or many states' officials, meet among themselves (no other side told), a multilateral
    meeting whoever else the sentence names."""
    if group_holds_talks(tok, _group_noun):  # "EU foreign ministers held emergency talks in Luxembourg"
        return True
    if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in word_set("convening_verbs") or any(
            c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False
    return any(_group_noun(s) for s in convening_subjects(tok))


def members_organisation(state: DocState, event: EventDraft, tok: Token) -> None:
    """'Leaders of the Association of Southeast Asian Nations who met in Laos': the organisation whose
    members meet sits, however far from the verb its name is (a relative clause's noun, a participle's)."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return
    igos = igo_codes()
    for noun in convening_subjects(tok):
        if not _members_noun(noun):
            continue
        own = [(t.idx, t.idx + len(t)) for t in noun.subtree if t.i < tok.i and not (
            t.left_edge.i <= tok.i <= t.right_edge.i and t.i != noun.i)]  # not the clause of the verb itself
        for m in state.mentions_starting_in(own):
            actor = state.actor(m.actor_id)
            if actor.kind == "organization" and actor.acronym in igos and actor.id not in event.participants:
                event.recipient, event.participants = [*event.recipient, actor.id], [*event.participants, actor.id]
                event.countries = countries_of(state, event.participants)


def _group_noun(noun: Token) -> bool:
    """An organisation's officials, or officials from many states ('delegates from 30 countries',
    'finance ministers from Japan, South Korea and China')."""
    return _members_noun(noun) or many_states_noun(noun) or len(listed_states(noun)) > 2


def listed_states(noun: Token) -> set[str]:
    """The states named one by one as those whose officials (in the plural) ``noun`` is: 'defence
    chiefs of Kenya, Uganda and Tanzania', 'ministers from Japan, South Korea and China', 'Japanese,
    Korean and Chinese negotiators'."""
    if noun.tag_ not in {"NNS", "NNPS"} or noun.lemma_.lower() not in word_set("official_nouns") | word_set(
            "igo_member_nouns"):
        return set()
    heads = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"from", "of"}
             for o in p.children if o.dep_ == "pobj"]
    heads += [c for c in noun.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
    codes: set[str] = set()
    for head in heads:
        for tok in _conjuncts(head):
            code = demonym_code(compound_name(tok)) if tok.ent_type_ in {"GPE", "NORP"} else None
            if code is not None and is_state_code(code):
                codes.add(code)
    return codes


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the words coordinated with it ('Kenya, Uganda and Tanzania')."""
    out, todo = [], [tok]
    while todo:
        cur = todo.pop()
        out.append(cur)
        todo += [c for c in cur.children if c.dep_ == "conj"]
    return out


def _organisation_noun(noun: Token) -> bool:
    """'OPEC', 'the Organization of Petroleum Exporting Countries', 'the 27-member bloc': an organisation
    of states itself (not one of its officials)."""
    if noun.lemma_.lower() in word_set("organisation_words") and noun.tag_ in {"NN", "NNP"}:
        return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    entry = lookup_org(compound_name(noun)) or lookup_org(noun.doc[noun.left_edge.i:noun.right_edge.i + 1].text)
    return noun.pos_ == "PROPN" and entry is not None and bool(entry.members)


def members_sitting(tok: Token) -> bool:
    """'EU finance ministers agreed on a levy at a meeting in Luxembourg', 'OPEC kept its quotas
    unchanged at a meeting in Vienna': a meeting noun the clause's subject (an organisation, or its
    members told as one group) acted at, no other side told ('at a meeting with X')."""
    if tok.lemma_.lower() not in word_set("meeting_nouns") or tok.dep_ != "pobj" \
            or tok.head.lower_ not in {"at", "during"}:
        return False
    verb = tok.head.head
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "prep" and c.lower_ in {"with", "between"}
                                                for c in [*tok.children, *verb.children]):
        return False
    return any(s.dep_ in {"nsubj", "nsubjpass"} and (_group_noun(s) or _organisation_noun(s)) for s in verb.children)


def sitting_organisation(state: DocState, event: EventDraft, tok: Token) -> None:
    """'The 27-member bloc endorsed the sanctions at a meeting in Luxembourg': the organisation a
    sitting's subject refers back to ('the bloc', 'the alliance'), the last one named before it, sits."""
    igos = igo_codes()
    if any(state.actor(a).kind == "organization" and state.actor(a).acronym in igos for a in event.participants):
        return
    verb = tok.head.head
    if not any(s.dep_ in {"nsubj", "nsubjpass"} and s.lemma_.lower() in word_set("organisation_words")
               for s in verb.children):
        return
    before = [m for m in state.mentions_starting(0, tok.sent.start_char)
              if state.actor(m.actor_id).kind == "organization" and state.actor(m.actor_id).acronym in igos]
    if before:
        named = max(before, key=lambda m: m.start).actor_id
        event.recipient, event.participants = [*event.recipient, named], [*event.participants, named]
        event.countries = countries_of(state, event.participants)
