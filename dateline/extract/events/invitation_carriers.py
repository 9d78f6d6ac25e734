"""An invitation carried by a messenger: its inviter and invitee, not the one who carries it.

Agency copy tells an invitation through the envoy who hands it over: "the Qatari ambassador, who
conveyed greetings from Emir X and handed over an invitation to visit Doha", "the Iranian
minister handed over to the head of state a message from President Y containing an invitation".
The messenger (the subject of the passing verb) takes no part in the invitation (GUIDE: "a
messenger who only passes the invitation on is not listed"). The inviter is the sender the
sentence gives ("from Y": on the invitation, on the message that contains it, on the passing
verb, or on the greetings conveyed in the same breath); the invitee is the one it is handed to
("to the head of state"), else (or when 'to His Highness' names no one but the messenger) the one the messenger met ("X received the ambassador ... The
ambassador handed over an invitation": X). "Y received a message from Z containing an
invitation": Z invites Y.

Only an invitation whose sentence names its sender is rebuilt; the word lists are
``event_words.yaml`` (``passing_verbs``, ``greeting_nouns``, ``carrier_container_verbs``,
``carrier_receiving_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.events.words import word_set
from dateline.extract.syntax import token_at

__all__ = ["carried_invitations", "passed_on_in_speech"]

_RELATIVE = frozenset({"who", "which", "that"})
_MET = frozenset({"meeting", "call"})


def _carrier_verb(trigger: Token) -> tuple[Token | None, list[Token]]:
    """The verb that passes or receives the invitation, and the nouns between ('message')."""
    through: list[Token] = []
    cur = trigger
    for _ in range(6):
        contained = cur.dep_ in {"advcl", "relcl"} and cur.lemma_.lower() in word_set("carrier_container_verbs")
        if cur.dep_ not in {"dobj", "pobj", "acl", "prep", "nsubjpass", "appos"} and not contained \
                or cur.head.i == cur.i:
            return None, []  # ", containing an invitation" may hang on the verb
        cur = cur.head
        lemma = cur.lemma_.lower()
        if cur.pos_ in {"VERB", "AUX"} and lemma in word_set("passing_verbs") | word_set("carrier_receiving_verbs"):
            return cur, through
        if cur.pos_ == "NOUN" and (lemma in word_set("greeting_nouns") or cur.lower_ in word_set("greeting_nouns")):
            through.append(cur)
        elif _alongside(cur):
            continue  # "conveyed a message from X, in addition to an invitation": a second thing passed
        elif not (cur.pos_ == "ADP" and cur.lower_ in {"with", "of", "from"}
                  or cur.pos_ == "PROPN" and cur.dep_ == "pobj" and cur.head.lower_ == "from"  # "from X, which included"
                  or cur.pos_ == "VERB" and lemma in word_set("carrier_container_verbs")):
            return None, []
    return None, []


def passed_on_in_speech(verb: Token) -> bool:
    """'the minister said that he had conveyed to X an invitation from Y': a messenger's pluperfect under a
    past verb of speech is the tense of reported speech; he passed it on at the talks the report tells,
    not on some earlier day."""
    return verb.lemma_.lower() in word_set("passing_verbs") and verb.dep_ == "ccomp" and verb.head.tag_ == "VBD" \
        and verb.head.lemma_.lower() in word_set("speech_verbs")


def _alongside(tok: Token) -> bool:
    """A word of 'in addition to', 'along with', 'together with': what is passed beside something else."""
    low, head = tok.lower_, tok.head.lower_
    return low == "in" and any(c.dep_ == "pobj" and c.lower_ == "addition" for c in tok.children) \
        or low == "addition" and head == "in" or low == "to" and head == "addition" \
        or low in {"along", "together"} and tok.dep_ in {"prep", "advmod"} \
        or low == "with" and head in {"along", "together"}


def _passed_beside(verb: Token) -> list[Token]:
    """The other things a passing verb hands over ('conveyed a message from X ..., in addition to an
    invitation'): the sender told on them sends the invitation too."""
    return [c for c in verb.children if c.dep_ == "dobj" and (
        c.lemma_.lower() in word_set("greeting_nouns") or c.lower_ in word_set("greeting_nouns"))]


def _controller(verb: Token) -> Token | None:
    """'asked the minister to convey his invitation': the verb whose object does ``verb`` (object
    control), so its own subject is the one the invitation's 'his' stands for."""
    if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children):
        return verb.head
    return None


def _persons_in(state: DocState, span: Span) -> list[str]:
    return state.named_persons(state.mentions_in(span.start_char, span.end_char))


def _noun_span(tok: Token) -> Span:
    """The noun phrase up to its head ('the Qatari ambassador'), not its relative clause."""
    return tok.doc[tok.left_edge.i:tok.i + 1]


def _doer(verb: Token) -> Span | None:
    """Who does ``verb``: its subject, the noun its relative or participial clause hangs on,
    the agent of a passive, or the subject of the verb it is coordinated with."""
    control = _controller(verb)
    if control is not None:  # "asked the Singaporean minister to convey": the one asked
        return _noun_span(next(c for c in control.children if c.dep_ == "dobj"))
    cur = verb
    while True:
        for c in cur.children:
            if c.dep_ == "agent":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                return c.doc[pobj.left_edge.i:pobj.right_edge.i + 1] if pobj is not None else None
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in _RELATIVE:
            return subj.doc[subj.left_edge.i:subj.right_edge.i + 1]
        if cur.dep_ in {"relcl", "acl"} and cur.head.pos_ in {"NOUN", "PROPN"}:
            return _noun_span(cur.head)
        if cur.dep_ == "conj" and subj is None:
            cur = cur.head
            continue
        return None


def _from_persons(state: DocState, heads: list[Token]) -> list[str]:
    """The persons of 'from X' / 'on behalf of X' hung on any of ``heads``."""
    found: list[str] = []
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "from" or prep.lower_ == "on" and any(
                    g.lower_ == "behalf" for g in prep.children):
                found += _persons_in(state, prep.doc[prep.i:prep.right_edge.i + 1])
    return found


def _passing_kin(verb: Token) -> list[Token]:
    """The passing verbs coordinated with ``verb`` ('conveyed greetings from X and handed over')."""
    kin = [verb.head] if verb.dep_ == "conj" else []
    kin += [c for c in verb.children if c.dep_ == "conj"]
    return [k for k in kin if k.lemma_.lower() in word_set("passing_verbs")]


def _addressees(state: DocState, verb: Token, trigger: Token) -> list[str]:
    """'handed over to X', 'conveyed X an invitation', 'an invitation for X (to X) to visit'."""
    found: list[str] = []
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in {"for", "to"}:
            found += _persons_in(state, c.doc[c.i:c.right_edge.i + 1])
    for c in verb.children:
        if c.dep_ in {"dative", "prep"} and c.lower_ == "to":
            found += _persons_in(state, c.doc[c.i:c.right_edge.i + 1])
        elif c.dep_ == "dative":
            found += _persons_in(state, c.doc[c.left_edge.i:c.right_edge.i + 1])
    return found


def _met_by(events: list[EventDraft], event: EventDraft, messengers: list[str],
            state: DocState) -> list[str]:
    """The persons the messenger met last before the invitation (its host)."""
    told = [e for e in events if e.kind in _MET and e.trigger[0] <= event.trigger[0]
            and any(a in e.participants for a in messengers)]
    if not told:
        return []
    last = max(told, key=lambda e: e.trigger[0])
    return [a for a in last.participants if a not in messengers and state.actor(a).kind == "person"
            and state.actor(a).title]


def _own_inviter(state: DocState, trigger: Token, verb: Token) -> list[str]:
    """'asked the minister to convey his invitation to Y': 'his' is the one who asked (the messenger
    only carries it)."""
    control = _controller(verb)
    if control is None or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in trigger.children):
        return []
    asker = _doer(control)
    return _persons_in(state, asker) if asker is not None else []


def _dedupe(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def carried_invitations(state: DocState, events: list[EventDraft]) -> None:
    """Give each carried invitation its sender and addressee and take its messenger out."""
    doc = state.doc
    if doc is None:
        return
    for event in events:
        if event.kind != "invitation":
            continue
        trigger = token_at(doc, event.trigger[0])
        if trigger is None or trigger.lemma_.lower() != "invitation":
            continue
        verb, through = _carrier_verb(trigger)
        if verb is None:
            continue
        doer = _doer(verb)
        doers = _persons_in(state, doer) if doer is not None else []
        if verb.lemma_.lower() in word_set("carrier_receiving_verbs"):  # "Y received a message from Z"
            inviters = _from_persons(state, [trigger, *through, verb])
            # "received an invitation from Z to the Amir X": the one it is addressed to, not who took it
            messengers, invitees = [], [a for a in _addressees(state, verb, trigger) if a not in doers] or doers
        else:
            messengers = doers
            if not messengers:
                continue  # "the Georgian Prime Minister conveyed ...": who carries it is not known here
            inviters = _from_persons(state, [trigger, *through, verb, *_passed_beside(verb)]) \
                or _from_persons(state, _passing_kin(verb)) or _own_inviter(state, trigger, verb)
            # "conveyed to His Highness an invitation": a style the messenger's pronoun took names no one
            # else; the one he was received by is addressed
            invitees = [a for a in _addressees(state, verb, trigger) if a not in messengers] \
                or _met_by(events, event, messengers, state)
        inviters = [a for a in inviters if a not in messengers]
        if not inviters:
            continue
        invitees = [a for a in invitees or [p for p in event.participants if state.actor(p).kind == "person"]
                    if a not in inviters and a not in messengers]
        others = [a for a in event.participants if state.actor(a).kind != "person"]
        event.source = _dedupe([*inviters, *(a for a in event.source if a in others)])
        event.recipient = _dedupe([*invitees, *(a for a in event.recipient if a in others and a not in event.source)])
        event.participants = _dedupe(event.source + event.recipient)
        event.countries = sorted({*event.countries, *countries_of(state, event.participants)})
