"""Parties told by a plural back-reference: "the two countries", "both sides", "both men", "the
three nations" (as many states as it counts).

"Moscow has agreed to sell Caracas ten helicopters ... the two countries signed contracts",
"officials from both sides will hold talks before the summit", "X named Y his special envoy. Both
men visited the island in May": the clause names no party, the phrase points back at the two
states (or the two persons) told just before it, or, when none was, after it in a lead's own
sentence ("The two sides signed X after talks between A and B"). One look at the clause's subject (or the
subject its non-finite verb shares, or a "between" phrase of the trigger) and a walk back over
the mentions of that sentence and the two before it; the words are data
(``plural_state_nouns``, ``plural_person_nouns`` and ``dual_words`` in ``event_words.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.asides import reporting_tag
from dateline.extract.events.geometry import controller, topic_mention
from dateline.extract.events.words import word_set
from dateline.extract.places import country_name
from dateline.extract.syntax import ancestors, climb, token_at
from dateline.extract.time.lexicon import words

__all__ = ["plural_parties"]

_LOCATIVE = frozenset({"in", "at", "near", "into", "inside", "outside", "across", "from", "toward", "towards"})
_KINDS = frozenset({"meeting", "agreement", "call", "visit"})


def _count(tok: Token) -> int:
    """How many the phrase counts: 2 for 'the two', 'both'; 3 for 'the three' ('all three': 0, no
    number of its own); 0 when it counts none."""
    for c in tok.children:
        if c.lower_ in word_set("dual_words"):
            return 2
        number = words()["numbers"].get(c.lower_) if c.dep_ == "nummod" else None
        if isinstance(number, int) and 2 <= number <= 9:
            return number
    return 0


def _plural_phrase(tok: Token, nouns: frozenset[str]) -> bool:
    """'the two countries', 'both sides', or 'officials from both sides' / 'delegations of the two states'."""
    if tok.lemma_.lower() in nouns and tok.tag_ in {"NNS", "NNPS"} and _count(tok):
        return True
    return any(p.dep_ == "prep" and p.lower_ in {"from", "of"} and any(
        o.dep_ == "pobj" and o.lemma_.lower() in nouns and o.tag_ in {"NNS", "NNPS"} and _count(o)
        for o in p.children) for p in tok.children)


def _told_by(verb: Token, trigger: Token, nouns: frozenset[str]) -> Token | None:
    """The plural phrase that tells the event's two sides: the subject, or 'between the two countries'."""
    holders = [controller(verb) or verb, *climb(verb, {"xcomp"}, 2)]  # "the two countries are expected to hold talks"
    if verb.dep_ == "ccomp" and any(c.dep_ == "poss" and c.lower_ == "their" for c in trigger.children):
        holders.append(verb.head)  # "the two men said their talks also covered Haiti": the sayers' talks
    for c in (c for holder in holders for c in holder.children):
        if c.dep_ in {"nsubj", "nsubjpass"} and _plural_phrase(c, nouns):
            return c
    for p in trigger.children:
        if p.dep_ == "prep" and p.lower_ == "between":
            for o in p.children:
                if o.dep_ == "pobj" and _plural_phrase(o, nouns):
                    return o
    return None


def _locative(tok: Token) -> bool:
    """'in the Egyptian resort of ...', 'at the Russian embassy': a place, not a side ('captured the
    islands from Jordan', 'buys gas from Russia': the one a thing is taken from is a party)."""
    return any(cur.dep_ == "pobj" and cur.head.lower_ in _LOCATIVE and not _taken_from(cur.head)
               for cur in ancestors(tok, 5))


def _taken_from(prep: Token) -> bool:
    """'from' on a verb with a direct object: what is taken, bought or won from a state."""
    head = prep.head  # the verb, or its object the parser hangs the phrase on ("captured [the islands from Jordan]")
    return prep.lower_ == "from" and (head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in head.children)
                                      or head.dep_ == "dobj" and head.head.pos_ == "VERB")


def _window_start(sent: Span) -> int:
    doc = sent.doc
    start = sent.start
    for _ in range(2):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return int(doc[start].idx)


def _recent_states(state: DocState, before: int, sent: Span, trigger: Token, count: int = 2) -> list[str]:
    """The ``count`` states told last before ``before`` (this sentence and the two before it), not
    those named as a topic ("Iran and the U.S. discussed Iraq's security in the talks between the
    two countries")."""
    found: list[str] = []
    doc = sent.doc
    for m in sorted(state.mentions_starting(_window_start(sent), before), key=lambda m: m.start, reverse=True):
        actor = state.actor(m.actor_id)
        code = actor.country
        if actor.kind not in {"country", "person"} or not code or country_name(code) == code or code in found:
            continue  # an IGO is no side of "the two countries"
        tok = token_at(doc, m.start)
        if tok is None or _locative(tok) and not (count > 2 and _officials_from(tok)) \
                or actor.kind == "country" and topic_mention(tok, trigger):
            continue
        if count > 2 and _qualifies_thing(token_at(doc, m.end - 1) or tok):
            continue  # "Russia, Iran and Turkey back the Syrian ceasefire. The three countries ...": no Syria
        found.append(code)
        if len(found) == count:
            return found
    return []


def _states_told_after(state: DocState, phrase: Token, sent: Span, trigger: Token, count: int) -> list[str]:
    """A lead that names the sides after the phrase, in its own sentence, when none was told before
    ("The two sides signed a memorandum after talks between X and Y in Ottawa"): the first ``count``
    states told after it, exactly as many."""
    found: list[str] = []
    doc = sent.doc
    after = phrase.right_edge.idx + len(phrase.right_edge)
    for m in sorted(state.mentions_starting(after, sent.end_char), key=lambda m: m.start):
        actor = state.actor(m.actor_id)
        code = actor.country
        tok = token_at(doc, m.start)
        if actor.kind not in {"country", "person"} or not code or country_name(code) == code or code in found \
                or tok is None or _locative(tok) or actor.kind == "country" and topic_mention(tok, trigger):
            continue
        found.append(code)
    return found if len(found) == count else []


def _officials_from(tok: Token) -> bool:
    """'leaders from Japan and South Korea': the state officials come from, a side (not a place)."""
    prep = next((a for a in ancestors(tok, 4) if a.dep_ == "prep"), None)
    return prep is not None and prep.lower_ in {"from", "of"} and prep.head.lemma_.lower() in word_set("official_nouns")


def _qualifies_thing(tok: Token) -> bool:
    """A state's adjective on a noun that is no official nor person ('the Syrian ceasefire')."""
    head = tok.head
    return tok.dep_ in {"amod", "compound"} and head.ent_type_ not in {"PERSON", "TITLE"} \
        and head.lemma_.lower() not in word_set("official_nouns")


def _recent_persons(state: DocState, before: int, sent: Span) -> list[str]:
    """The two persons with a position told last before ``before``."""
    found: list[str] = []
    for m in sorted(state.mentions_starting(_window_start(sent), before), key=lambda m: m.start, reverse=True):
        actor = state.actor(m.actor_id)
        tok = token_at(sent.doc, m.start)
        if actor.kind == "person" and actor.title and actor.id not in found \
                and not (tok is not None and reporting_tag(tok)):  # "..., Press Secretary Z said": not a side
            found.append(actor.id)
            if len(found) == 2:
                return list(reversed(found))
    return []


def plural_parties(state: DocState, event: EventDraft, verb: Token, trigger: Token, sent: Span) -> list[str]:
    """Give an event whose clause tells its sides only as 'the two countries' or 'both men' those
    two; returns the states it adds (a state the text names only through an official has no actor)."""
    if event.kind not in _KINDS:
        return []
    states = word_set("plural_state_nouns")
    persons = word_set("plural_person_nouns")
    phrase = _told_by(verb, trigger, states | persons)
    if phrase is None:
        return []
    noun = phrase if phrase.lemma_.lower() in states | persons else next(
        o for p in phrase.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
    if noun.lemma_.lower() in persons:
        if _count(noun) != 2 or any(state.actor(a).kind == "person" for a in event.source):
            return []
        codes = []
        pair = _recent_persons(state, phrase.left_edge.idx, sent)
        event.source = [*pair, *(a for a in event.source if a not in pair)]
        event.recipient = [a for a in event.recipient if a not in pair]
    else:
        if len({state.actor(a).country for a in event.participants} - {None}) >= 2:
            return []  # "the presidents of two oil producing countries signed": the two presidents told
        count = _count(noun)  # "the three nations have met": the three states told last
        codes = _recent_states(state, phrase.left_edge.idx, sent, trigger, count) \
            or _states_told_after(state, phrase, sent, trigger, count)
        actors = [a.id for code in codes for a in state.actors if a.kind == "country" and a.country == code][:count]
        event.source = [*event.source, *(a for a in actors if a not in event.recipient)]
    event.source = list(dict.fromkeys(event.source))
    event.participants = list(dict.fromkeys(event.source + event.recipient))
    return codes
