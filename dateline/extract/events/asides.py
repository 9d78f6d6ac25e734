"""Mentions in an event's sentence that are no party of it, told aside.

"received by X, who asked him to convey his greetings to President Z" (Z is not there), "invited Y
to the conference of the Organization of Turkic States", "... to the meeting of the speakers of A, B and
C" (where to, not who), "X conveyed an
invitation from President Y" (Y invites, X only passes it on), "X will visit Y, Press Secretary Z
said" (Z tells the news). Used by :mod:`.participants`;
the words are data (``greeting_nouns``, ``gathering_nouns``, ``passing_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, in_subtree

__all__ = ["according_to", "greeted", "in_gathering", "in_subject", "invitation_from", "reporting_lead", "reporting_tag",
           "sitting_member", "speaker_states"]


def in_gathering(tok: Token, trigger: Token) -> bool:
    """``tok`` names (the body of) a gathering the event points to: 'to the summit of the SCO'."""
    for cur in list(ancestors(tok, 6))[1:]:
        if cur.i == trigger.i:
            return False
        if cur.lemma_.lower() in word_set("gathering_nouns"):
            return not in_subtree(trigger, cur)
    return False


def sitting_member(tok: Token, trigger: Token) -> bool:
    """``tok`` is a state an invitation's sitting is of, told only by of-phrases: 'invited X to the
    meeting of the speakers of the parliaments of A, B and C' (where to, not who invites or is
    invited); not 'to the summit in B' (its host, maybe the inviter's state)."""
    for cur in list(ancestors(tok, 12))[1:]:
        if cur.i == trigger.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ != "of":
            return False
        if cur.lemma_.lower() in word_set("gathering_nouns") | word_set("meeting_nouns") and any(
                c.dep_ == "prep" and c.lower_ == "of" and in_subtree(tok, c) for c in cur.children):
            return not in_subtree(trigger, cur)
    return False


def greeted(tok: Token, trigger: Token) -> bool:
    """``tok`` sends or receives greetings passed on ('conveyed the greetings of President X to Y')."""
    greetings = word_set("greeting_nouns")
    for cur in list(ancestors(tok, 5))[1:]:
        if cur.i == trigger.i:
            return False
        if cur.lemma_.lower() in greetings or cur.lower_ in greetings:
            return not in_subtree(trigger, cur)
        if cur.dep_ == "prep" and cur.lower_ == "from" and cur.head.lemma_.lower() in word_set("passing_verbs") \
                and any(c.dep_ == "dobj" and (c.lemma_.lower() in greetings or c.lower_ in greetings)
                        for c in cur.head.children):
            return not in_subtree(trigger, cur.head)  # "who conveyed a message from King X": X is not there
        if cur.dep_ in {"dative", "prep"} and cur.lower_ == "to" and any(  # "convey (on) his greetings to X"
                c.lemma_.lower() in greetings or c.lower_ in greetings
                for c in [*cur.head.children, *(g for k in cur.head.children if k.dep_ == "prt" for g in k.children)]
                if c.dep_ in {"dobj", "pobj"}):
            return not in_subtree(trigger, cur.head)
    return False


def invitation_from(tok: Token, trigger: Token) -> bool:
    """'an invitation from President X': the inviter."""
    return any(cur.dep_ == "pobj" and cur.head.lower_ == "from" and cur.head.head.i == trigger.i
               for cur in ancestors(tok, 3))


def in_subject(tok: Token, verb: Token) -> bool:
    """``tok`` is inside the verb's subject."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.i <= tok.i <= c.right_edge.i for c in verb.children)


def according_to(tok: Token) -> bool:
    """``tok`` names the source of what the clause reports: "According to him, the next meeting will be
    held in Budapest", "the talks, according to Foreign Minister X, will ...". The source tells the
    engagement and takes no part in it (unless the clause names him again)."""
    head = tok
    while head.dep_ in {"compound", "flat", "appos"} and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ != "to" or head.head.head.lower_ != "according":
        return False
    # 'According to X, the deal builds on "our meeting in Copenhagen"': X speaks of his own engagement
    return not any(t.lower_ in word_set("first_person_words") for t in tok.sent if t.i > head.i)


def reporting_tag(tok: Token) -> bool:
    """``tok`` names the speaker of a reporting tag after the news it reports: "X will pay a visit
    to Y at the invitation of Z, Press Secretary W said on Wednesday", "..., the ministry's
    spokesman W told reporters". The speaker tells the engagement and takes no part in it. The
    parser often hangs W on the name before as an apposition and leaves the verb subjectless."""
    head = tok
    while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
        head = head.head
    doc = tok.doc
    if head.dep_ == "appos" and head.right_edge.i + 1 < len(doc):
        verb = doc[head.right_edge.i + 1]
        return verb.pos_ == "VERB" and verb.lemma_.lower() in word_set("speech_verbs") and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_.lower() in word_set("speech_verbs") and any(
        c.dep_ == "ccomp" and c.i < head.i for c in verb.children)


def reporting_lead(tok: Token, verb: Token) -> bool:
    """``tok`` names the speaker of a reporting verb whose clause tells the engagement with a subject of
    its own: "Kremlin aide X said the two presidents would meet again" (X tells the news; "X said he
    would visit" is his own engagement, and a named subject is read from the clause itself)."""
    head = tok
    while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
        head = head.head
    speech = head.head
    if head.dep_ != "nsubj" or speech.lemma_.lower() not in word_set("speech_verbs"):
        return False
    told = next((c for c in speech.children if c.dep_ == "ccomp" and c.i > head.i and in_subtree(verb, c)), None)
    if told is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.pos_ in {"NOUN", "PROPN"} and not in_subtree(tok, subject)



def speaker_states(state: DocState, speakers: list[str], parties: list[str]) -> list[str]:
    """The states of the people who only tell of a document ("Venezuelan anti-drug chief X said the
    deal will be signed around July 8"): a state the parties do not already give takes part through
    its own mention in the report, or through the speaker when the report names it nowhere else."""
    told = {state.actor(a).country for a in parties} | {
        c for a in parties if state.actor(a).kind == "group" for c in state.actor(a).members or []}
    found: list[str] = []
    for speaker in speakers:
        code = state.actor(speaker).country
        if code is None or code in told:
            continue
        own = next((a.id for a in state.actors if a.kind == "country" and a.country == code), None)
        found.append(own if own is not None else speaker)
        told.add(code)
    return found
