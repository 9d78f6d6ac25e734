"""Talks told only by what the two sides did: "the two leaders discussed ...", "the sides agreed to
...", "X and his Hungarian counterpart Y have discussed ...", "the prime ministers of A and B, X and
Y, agreed on Monday to ...".

Agency copy often tells an engagement without a meeting word: the sides are the subject of a verb
of talking or agreeing. That is a meeting between them (a call when the report tells a call of the
same states: ``said.calls_told_again``); the plural back-reference ("the two leaders") takes its
parties from ``pairs.plural_parties`` and the story frame, the coordinated officials from their own
mentions. A subject of one side ("Azerbaijan discussed", "the minister discussed") is no such cue.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.time.lexicon import words

__all__ = ["addressee", "said_inside", "sides_talked", "told_official"]

_OFFICIAL_ENTS = frozenset({"PERSON", "TITLE"})


def _two(noun: Token) -> bool:
    """'the two leaders', 'both sides', 'the sides' (the two sides of talks told with the article)."""
    if any(c.lower_ in word_set("dual_words") or c.dep_ == "nummod" and words()["numbers"].get(c.lower_) == 2
           for c in noun.children):
        return True
    return noun.lemma_.lower() == "side" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _two_sides(subject: Token) -> bool:
    """'the two leaders', 'both sides', 'officials from both sides', 'delegations of the two countries'."""
    nouns = word_set("talking_sides_nouns")
    if subject.tag_ in {"NNS", "NNPS"} and _lemma(subject) in nouns and _two(subject):
        return True
    return subject.tag_ in {"NNS", "NNPS"} and _lemma(subject) in word_set("official_nouns") and any(
        p.dep_ == "prep" and p.lower_ in {"from", "of"} and any(
            o.dep_ == "pobj" and o.tag_ in {"NNS", "NNPS"} and _two(o)
            and o.lemma_.lower() in nouns | word_set("plural_state_nouns") for o in p.children)
        for p in subject.children)


def _lemma(tok: Token) -> str:
    """The lower-case lemma, also of a capitalised plural the tagger keeps as it is ('Ministers')."""
    lemma = tok.lemma_.lower()
    return lemma[:-1] if tok.tag_ == "NNPS" and lemma.endswith("s") else lemma


def _named(tok: Token) -> bool:
    return any(t.ent_type_ in _OFFICIAL_ENTS for t in tok.subtree)


def _names_before(verb: Token) -> bool:
    """Two named officials joined by 'and' right before the verb, however the parser hung them
    ('President X and Kenyan President Y discussed', parsed with the dateline as the subject)."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in {"aux", "advmod", "neg"} and doc[i].head.i == verb.i:
        i -= 1  # "have also discussed"
    run: list[Token] = []
    while i >= 0 and (doc[i].ent_type_ in _OFFICIAL_ENTS | {"NORP"} or doc[i].lower_ in word_set("name_joints")):
        run.append(doc[i])
        i -= 1
    run.reverse()
    starts = [t.i for t in run if t.ent_type_ == "PERSON" and (t.ent_iob_ == "B" or t.i == run[0].i)]
    return len(starts) >= 2 and bool(run) and run[-1].ent_type_ == "PERSON" and any(
        doc[j].lower_ == "and" for j in range(starts[0], starts[-1]))


def _coordinated_officials(subject: Token) -> bool:
    """'X and his Hungarian counterpart Y', 'President X and Prime Minister Y', 'the prime ministers
    of Kazakhstan and Kyrgyzstan', 'Egyptian and Palestinian officials', 'officials from Ghana and Togo':
    two officials (or the officials of two states) as one subject."""
    if subject.ent_type_ in _OFFICIAL_ENTS or _lemma(subject) in word_set("official_nouns"):
        conj = [c for c in subject.children if c.dep_ == "conj" and _named(c)]
        if conj and (subject.ent_type_ in _OFFICIAL_ENTS or _named(subject)):
            return True
    if subject.lower_ in {"he", "she"} and any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in subject.children):
        return True  # "X says he and Mr. Y also discussed ...": the speaker and the named official
    if subject.tag_ in {"NNS", "NNPS"} and _lemma(subject) in word_set("official_nouns") and any(
            m.dep_ in {"amod", "compound", "nmod"} and m.ent_type_ in {"GPE", "NORP"} and any(
                c.dep_ == "conj" and c.ent_type_ in {"GPE", "NORP"} for c in m.children) for m in subject.children):
        return True  # "Indian and Pakistani diplomats discussed": the officials of two states
    if subject.tag_ in {"NNS", "NNPS"} and _lemma(subject) in word_set("official_nouns"):
        return any(p.dep_ == "prep" and p.lower_ in {"of", "from"} and any(
            o.dep_ == "pobj" and o.ent_type_ in {"GPE", "NORP"} and any(
                c.dep_ == "conj" and c.ent_type_ in {"GPE", "NORP"} for c in o.children)
            for o in p.children) for p in subject.children)
    return False


def sides_talked(tok: Token) -> bool:
    """The verb tells talks by what its two-sided subject discussed or agreed (not negated)."""
    if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in word_set("sides_talking_verbs"):
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"] or _scheduled_subjects(tok)
    return any(_two_sides(s) or _coordinated_officials(s) for s in subjects) or _names_before(tok)


def _scheduled_subjects(tok: Token) -> list[Token]:
    """The subject an infinitive of talking takes from the schedule it hangs on: "A and B are expected to
    discuss", "officials from both sides were set to discuss", "the two leaders are due to review" (the
    sides are the subject of 'expected', 'set', 'due'). Not "X urged A and B to discuss": the object
    of a verb of urging is no subject of its own."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.i == tok.i:
        return []
    if head.lemma_.lower() not in word_set("scheduled_adjectives") | word_set("scheduled_participles"):
        return []
    if head.dep_ == "acomp":
        head = head.head  # "are due to discuss": the subject hangs on 'are'
    if any(c.dep_ in {"neg", "dobj"} for c in head.children):
        return []  # "are not expected to discuss"
    return [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]


def addressee(verb: Token) -> list[Token]:
    """The words right after a verb of telling that may name whom it addresses: 'told Turkish Foreign
    Minister X', 'urged his Pakistani counterpart', 'told visiting Croatian Prime Minister X', 'told a
    Chinese envoy' (the opening article or 'visiting' left out)."""
    doc, i = verb.doc, verb.i + 1
    while i < len(doc) and doc[i].lower_ in word_set("addressee_openers"):
        i += 1  # however hung: "visiting" is often read as the verb's complement
    run: list[Token] = []
    while i < len(doc) and (doc[i].ent_type_ in _OFFICIAL_ENTS | {"NORP", "GPE"} or doc[i].lower_ in word_set("name_joints")
                            and doc[i].lower_ not in {"and", ","}):
        run.append(doc[i])
        i += 1
    return [] if not run or run[0].lower_ in {"'s", "’s", "of", "-"} else run


def _addressee_after(verb: Token) -> bool:
    """The words right after the verb name an official, however the parser hung them."""
    run = addressee(verb)
    if any((t.ent_type_ == "PERSON" or t.lemma_.lower() == "counterpart") and t.dep_ in {"dobj", "dative", "iobj"}
           and t.head.i == verb.i for t in run):
        return True  # the official is the verb's object
    return bool(run) and _first_object(verb, run)


def _first_object(verb: Token, run: list[Token]) -> bool:
    """The addressee the parser hung elsewhere: a verb of telling names whom it addresses first, so an
    official named right after it ('told Minister X Monday the ...', parsed as 'X Monday', or 'told a
    Chinese envoy') is addressed, unless the parser made the run the subject of what was said."""
    inside = {t.i for t in run}
    roots = [t for t in run if t.head.i not in inside]
    if any(t.dep_ in {"nsubj", "nsubjpass", "poss"} for t in roots):
        return False  # "urged Pakistan's leaders": a subject or an owner, not the addressee told
    person = any(t.ent_type_ == "PERSON" for t in run)
    envoy = any(t.dep_ in {"dobj", "dative"} and t.head.i == verb.i and _lemma(t) in word_set("official_nouns")
                and any(m.ent_type_ in {"NORP", "GPE"} for m in t.children) for t in run)
    return person or envoy


def said_inside(verb: Token, trigger: Token) -> bool:
    """A trigger under a verb of telling that is not the telling told again: in what was said ('told Y
    that the talks would resume') or opening the addressee ('told visiting Prime Minister Y')."""
    if verb.lemma_.lower() not in word_set("addressing_verbs"):
        return False
    if trigger.i == verb.i + 1 and trigger.lower_ in word_set("addressee_openers"):
        return True
    cur = trigger
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.dep_ == "ccomp":
            return True
        cur = cur.head
    return False


def _official_who(subject: Token, verb: Token) -> bool:
    """'Vice President X, who urged President Y to ...': the relative pronoun stands for the official
    the clause hangs from."""
    return subject.lower_ == "who" and verb.dep_ == "relcl" and verb.head.ent_type_ in _OFFICIAL_ENTS


def _by_phone(verb: Token, modifiers: frozenset[str]) -> bool:
    """'told X by phone', 'urged Y in a telephone call', 'over the phone'."""
    return any(p.dep_ == "prep" and p.lower_ in {"by", "over", "in", "during", "on"} and any(
        o.dep_ == "pobj" and (o.lower_ in modifiers or any(c.lower_ in modifiers for c in o.children))
        for o in p.children) for p in verb.children)


def told_official(tok: Token, call_modifiers: frozenset[str]) -> Literal["meeting", "call"] | None:
    """'X told Turkish Foreign Minister Y on Monday that ...', 'X urged his Pakistani counterpart to
    ...': what an official said to a named official of (as it turns out) another state: talks face to
    face, a call when told 'by phone' (or when the report tells a call: ``said.calls_told_again``)."""
    if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in word_set("addressing_verbs") \
            or any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    named = tok.i > 0 and tok.doc[tok.i - 1].ent_type_ == "PERSON"  # "... Minister X told", however parsed
    if not named and (subject is None or not (subject.ent_type_ in _OFFICIAL_ENTS or subject.lower_ in {"he", "she"}
                                              or _lemma(subject) in word_set("official_nouns")
                                              or _official_who(subject, tok))):
        return None
    if not _addressee_after(tok):
        return None
    return "call" if _by_phone(tok, call_modifiers) else "meeting"
