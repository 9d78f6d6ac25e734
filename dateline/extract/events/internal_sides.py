"""Talks whose two sides are one state's government and the armed or political opposition to it.

"peace talks between the government and rebels", "The Sudanese government and the main rebel group
say they are continuing talks", "Delegations from the interim government and opposition groups are
meeting in X": the sides are told, and they are one state and a group inside it, so the talks are no
engagement between states (wherever they are held, whoever brokers them). A state's official named
as the other party ("... met the U.N. envoy", "talks with President X") keeps the talks.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.syntax import governing_verb

__all__ = ["government_and_opposition"]

_CLIMB = frozenset({"conj", "xcomp", "ccomp", "advcl"})


def _non_state(tok: Token) -> bool:
    """'rebels', 'opposition groups', 'the main rebel group', 'the opposition', 'the rebel Sudan
    People's Liberation Army' (a name told as a rebel or opposition one)."""
    lemma = tok.lemma_.lower()
    if lemma in word_set("non_state_subjects") or tok.lower_ in word_set("non_state_subjects"):
        return True
    modifiers = {c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"}}
    if tok.pos_ == "PROPN":
        return bool(modifiers & word_set("non_state_subjects"))
    return lemma in word_set("non_state_parties") and bool(modifiers & word_set("non_state_modifiers"))


def _government(tok: Token) -> bool:
    return tok.lemma_.lower() in word_set("government_nouns")


def _paired(phrase: Token) -> bool:
    """The phrase coordinates a government with a group opposed to it ('the government and rebels',
    'Somalia's interim government and opposition groups')."""
    for tok in phrase.subtree:
        pair = [tok, *(c for c in tok.children if c.dep_ == "conj")]
        if len(pair) >= 2 and any(_government(t) for t in pair) and any(_non_state(t) for t in pair):
            return True
    return False


def _subject(verb: Token) -> Token | None:
    """The subject of the verb, or of the verbs it hangs from ('the government and the rebels say they
    are continuing talks': past the pronoun to the sides it stands for)."""
    cur: Token | None = verb
    for _ in range(3):
        if cur is None:
            return None
        subj = next((c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.pos_ != "PRON":
            return subj
        cur = cur.head if cur.dep_ in _CLIMB and cur.head.i != cur.i else None
    return None


def _official_counterpart(trigger: Token, verb: Token) -> bool:
    """A named official or state is the talks' object: 'met the U.N. envoy', 'talks with President X'."""
    objects = [o for owner in (trigger, verb) for c in owner.children
               for o in ([c] if c.dep_ == "dobj" and c.i != trigger.i else
                         [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "with" else [])]
    return any(t.ent_type_ in {"PERSON", "TITLE", "GPE", "ORG"} or t.lemma_.lower() in word_set("official_nouns")
               for o in objects for t in o.subtree)


def government_and_opposition(trigger: Token) -> bool:
    """The talks are told as held between one state's government and its rebels or opposition."""
    verb = governing_verb(trigger)
    if _official_counterpart(trigger, verb):
        return False
    if any(p.dep_ == "prep" and p.lower_ == "between" and _paired(p) for p in trigger.children):
        return True
    subject = _subject(verb)
    return subject is not None and _paired(subject)
