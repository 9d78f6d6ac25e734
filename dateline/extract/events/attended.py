"""'The meeting was attended by the Ambassador of Tajikistan to the Kingdom, X': the named people a
sentence says attended the talks told just before are parties of those talks.

A sentence says so with a bare back-reference to talks ('the meeting', 'the talks', 'the reception':
no name, no 'of' of its own) in one of these shapes: the subject of a passive 'attend' or 'join'
("The talks were also attended by A and B", "The talks in expanded format were joined by A"), the
object of an active 'attend'/'join', alone or with another object ("A and B also attended the
meeting", "A, among others, attended the welcome ceremony and the talks"), the object of 'in' after
'take part'/'participate' ("A took part in the talks"), of 'at', 'in' or 'during' after 'present'
("Also present at the meeting were A and B", "A was also present during the meeting"), a leading
gerund ("Attending the meeting were A and B", "Taking part in the talks were A"); or with no
reference at all: "Also present were A and B", "The Kazakh delegation included A and B" (the
delegation list of the talks: ``delegation_list_verbs``). The named persons of the phrase that tells
who (the 'by' phrase, the subject, or what follows the copula or the verb) up to its first clause of
its own are added to the last bilateral meeting told before it, within the sentences of
``_WINDOW`` before (and to every meeting told by the same words: "held separate meetings with A and
B. ... The meetings were attended by C"), when they serve one of its states (or no state the text
tells). Beyond that window, a sentence that names the talks by a bare back-reference (or follows one
within the window) reaches the talks told last before it, however long ago ("The talks were attended
by" at the end of a long report); "The reception was attended by" refers only to talks told by
receiving the guest (``reception_nouns``); "From the Senegalese side, it was attended by A" right after
such a sentence adds A to the same talks. One pass over the document's sentences, after the story frame; a gathering's or a
multilateral meeting's attendees are told elsewhere (:mod:`.attendance`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set

__all__ = ["meeting_attendees"]

_WINDOW = 6  # sentences before the attendance sentence where the talks may be told


def _bare_talks(noun: Token) -> bool:
    return (noun.lemma_.lower() in word_set("meeting_nouns") or _reception(noun)) and any(
        c.dep_ == "det" and c.lower_ in {"the", "this"} for c in noun.children) and not any(
        c.dep_ in {"compound", "poss", "nummod"} or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _reception(noun: Token) -> bool:
    """'the reception' (the guest's, told by 'received'): a back-reference to talks told by receiving."""
    return noun.lemma_.lower() in word_set("reception_nouns")


def _in_talks(word: Token, preps: set[str]) -> bool:
    """'in the talks' / 'at the meeting' hangs from ``word``."""
    return any(c.dep_ == "prep" and c.lower_ in preps and any(o.dep_ == "pobj" and _bare_talks(o) for o in c.children)
               for c in word.children)


def _talks_object(verb: Token) -> bool:
    """The talks are the object of ``verb``, alone or with another ('the ceremony and the talks')."""
    return any(c.dep_ == "dobj" and any(_bare_talks(o) for o in (c, *c.conjuncts)) for c in verb.children)


def _clause_end(sent: Span, start: int) -> int:
    """The character where the persons' phrase that starts at ``start`` ends: at a clause of its own
    ('who', 'which', a second verb), at a semicolon that opens one, or the end of the sentence. A
    semicolon before a mere item ("attended by A, Deputy Ruler; B, Minister of Foreign Affairs; and C")
    goes on with the list."""
    for tok in sent:
        if tok.idx > start and (tok.tag_ in {"WDT", "WP"} or tok.text == ";" and _opens_clause(sent, tok)
                                or tok.pos_ == "VERB" and tok.ent_type_ != "TITLE"):
            return tok.idx
    return sent.end_char


def _opens_clause(sent: Span, semicolon: Token) -> bool:
    """What follows a semicolon, up to the next one, holds a verb (no list item of names and titles)."""
    for tok in sent.doc[semicolon.i + 1:sent.end]:
        if tok.text == ";":
            return False
        if tok.pos_ in {"VERB", "AUX"} and tok.ent_type_ != "TITLE":
            return True
    return False


def _after(sent: Span, tok: Token) -> tuple[int, int]:
    start = tok.idx + len(tok)
    return start, _clause_end(sent, start)


def _copula_after(sent: Span, word: Token) -> Token | None:
    """The 'were' after a fronted predicate ('Also present were', 'Attending the meeting were'):
    the predicate opens the sentence (only adverbs before it) and no subject precedes the copula."""
    if any(t.pos_ not in {"ADV", "PUNCT", "CCONJ"} for t in sent if t.i < word.i):
        return None
    return next((t for t in sent if t.i > word.i and t.lemma_ == "be" and (t.head.i in {word.i, t.i}
                                                                             or word.head.i == t.i)), None)


def _attending(verb: Token, lemma: str) -> bool:
    """'attend(s) the talks', 'take(s) part / participate(s) in the talks'."""
    if lemma in word_set("attendee_verbs"):
        return _talks_object(verb)
    return lemma in word_set("attendee_in_verbs") and _in_talks(verb, {"in"}) \
        and (lemma != "take" or any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))


def _a_side(verb: Token, deps: set[str]) -> bool:
    """The verb's subject is a side of the talks: 'the (Kazakh) delegation', 'the Turkmen side'."""
    return any(c.dep_ in deps and c.lemma_.lower() in word_set("delegation_list_nouns")
               and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in verb.children)


def _delegation_list(sent: Span, verb: Token, lemma: str) -> tuple[int, int] | None:
    """'The Kazakh delegation included A and B', 'The delegation was made up of A': what follows;
    'The Turkmen side was represented by A and B': the 'by' phrase."""
    if lemma in word_set("side_represent_verbs"):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None or not _a_side(verb, {"nsubjpass"}):
            return None
        return agent.idx, _clause_end(sent, agent.idx)
    if lemma not in word_set("delegation_list_verbs") or lemma == "make" and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    return _after(sent, verb) if _a_side(verb, {"nsubj", "nsubjpass"}) else None


def _who(sent: Span, verb: Token) -> tuple[int, int] | None:
    """The character range that names the attendees, when ``verb`` says the talks were attended."""
    lemma = verb.lemma_.lower()
    if lemma in word_set("attendee_verbs") and any(c.dep_ == "nsubjpass" and _bare_talks(c) for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)  # "were attended by A and B"
        return None if agent is None else (agent.idx, _clause_end(sent, agent.idx))
    if verb.tag_ == "VBG" and _attending(verb, lemma):  # "Attending the meeting were A and B"
        copula = _copula_after(sent, verb)
        return None if copula is None else _after(sent, copula)
    if verb.pos_ == "VERB" and _attending(verb, lemma):  # "A and B also attended the meeting", "A took part in the talks"
        return (sent.start_char, verb.idx) if any(c.dep_ == "nsubj" for c in verb.children) else None
    if verb.lower_ in word_set("attendee_adjectives") and verb.head.lemma_ == "be":
        copula = verb.head
        at_talks = _in_talks(verb, {"at", "in", "during"})
        if copula.i > verb.i and (at_talks or not any(c.dep_ == "prep" for c in verb.children)) \
                and _copula_after(sent, verb) is not None:  # "Also present (at the meeting) were A and B"
            return _after(sent, copula)
        also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in (*verb.children, *copula.children))
        bare = also and not any(c.dep_ in {"prep", "ccomp", "advcl", "xcomp"} for c in (*verb.children, *copula.children))
        if copula.i < verb.i and (at_talks or bare) and any(c.dep_ == "nsubj" for c in copula.children):
            return sent.start_char, copula.idx  # "A and B were also present (during the meeting)"
        return None
    return _delegation_list(sent, verb, lemma)


def meeting_attendees(state: DocState, events: list[EventDraft]) -> None:
    """Add to the talks told just before the named people a sentence says attended them."""
    doc = state.doc
    if doc is None:
        return
    talks = sorted((e for e in events if e.kind == "meeting"), key=lambda e: e.trigger[0])
    if not talks:
        return
    recalled = _recalled(talks)
    sents = list(doc.sents)
    last: tuple[int, list[EventDraft]] | None = None  # the sentence that told attendees last, and of which talks
    for index, sent in enumerate(sents):
        for verb in sent:
            span = _who(sent, verb)
            if span is None:
                it = _it_attended(sent, verb) if last is not None and last[0] in {index - 1, index} else None
                if it is not None and last is not None:  # "From the Senegalese side, it was attended by A"
                    for target in last[1]:
                        _add(state, target, _people(state, it))
                continue
            window = _window_start(sents, index)
            past = "VBD" in {verb.tag_, verb.head.tag_, *(c.tag_ for c in verb.children if c.lemma_ == "be")}
            told = [e for e in talks if e.trigger[0] < verb.idx and e not in recalled
                    and not (past and e.status == "planned")]  # "were present": not the talks agreed for later
            refs = _back_references(sent, verb)
            if refs and all(_reception(t) for t in refs):
                told = [e for e in told if _received(doc, e)]  # "The reception was attended by": who received
            before = [e for e in told if window <= e.trigger[0]]
            if not before and (refs or any(_bare_talks(t) for near in sents[max(index - _WINDOW, 0):index]
                                           for t in near)):
                before = told[-1:]  # "The talks were attended by": the story's talks, however long ago told
            if not before:
                continue
            targets = [e for e in before if e.trigger == before[-1].trigger]  # "held separate meetings with A and B"
            for target in targets:
                _add(state, target, _people(state, span))
            last = index, targets


def _people(state: DocState, span: tuple[int, int]) -> list[str]:
    return [m.actor_id for m in state.mentions_starting(*span) if m.end <= span[1]
            and state.actor(m.actor_id).kind == "person" and state.actor(m.actor_id).role != "honorific"]


def _it_attended(sent: Span, verb: Token) -> tuple[int, int] | None:
    """'it was attended by A' right after a sentence that told the talks' attendees: the 'by' phrase."""
    if verb.lemma_.lower() not in word_set("attendee_verbs") or not any(
            c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return None if agent is None else (agent.idx, _clause_end(sent, agent.idx))


def _received(doc: Doc, talks: EventDraft) -> bool:
    """The talks are told by receiving the guest ('X received Y', 'Y was received by X')."""
    span = doc.char_span(*talks.trigger, alignment_mode="expand")
    return span is not None and (span.root.lemma_.lower() == "receive" or _reception(span.root))


def _back_references(sent: Span, verb: Token) -> list[Token]:
    """The bare back-references to talks the attendance clause names them by ('The talks were attended
    by', 'attended the ceremony and the talks'); none for a delegation list or 'Also present were'."""
    return [t for t in sent if verb.left_edge.i <= t.i <= verb.right_edge.i and _bare_talks(t)]


def _window_start(sents: list[Span], index: int) -> int:
    """Where the talks an attendance sentence tells of may be told: ``_WINDOW`` sentences before it,
    and ``_WINDOW`` before each bare back-reference to them in between ("The talks then continued in
    an extended format"): the story of those talks goes on."""
    start = max(index - _WINDOW, 0)
    cur = index - 1
    while cur >= start:
        if any(_bare_talks(t) for t in sents[cur]):
            start = max(min(start, cur - _WINDOW), 0)
        cur -= 1
    return sents[start].start_char


def _recalled(talks: list[EventDraft]) -> list[EventDraft]:
    """Talks told after others but dated before them ('The two leaders recalled their talks in
    Bishkek on August 27'): told in passing, no one present now attends them."""
    latest = ""
    found = []
    for event in talks:  # in the order told
        start = event.date_start or ""
        if start and latest and start[:len(latest)] < latest[:len(start)]:
            found.append(event)
        latest = max(latest, start)
    return found


def _add(state: DocState, target: EventDraft, people: list[str]) -> None:
    for person in dict.fromkeys(people):
        country = state.actor(person).country
        if person in target.participants or country and country not in target.countries:
            continue
        target.recipient = [*target.recipient, person]
        target.participants = [*target.participants, person]
