"""The format of talks, where it decides their kind: held at a distance, or as a summit of two states.

Agency copy tells a call by the format of the talks as often as by a phone word: "held a meeting in
an online format", "talks in a video format", "consultations in videoconference mode". The guide
codes a telephone or video conversation as a `call`, whatever noun names it.

A summit of two states is their talks in person: "a summit between President X and President Y",
"X and Y held a bilateral summit", "India and Japan held their annual summit". The guide's `meeting`
is "a bilateral meeting or talks in person between two sides"; its `gathering` is a conference,
forum or summit with a name that others attend. A summit is told as two sides' talks when the noun
is modified by "bilateral", or its two sides are named beside it (between the two, or the two as
the subject that holds it) and each is a state or its official. "A summit with Y" is left to the
gathering's attendance (events/attendance.py), and a summit named after its format ("the
Russia-Turkey summit"), one with an organisation's side ("between Putin and EU leaders") or one
held in a third state ("a summit between A and B in the Egyptian resort of Sharm al-Sheikh",
"hosted by Egypt") stays a gathering.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.known import known_person
from dateline.extract.places import country_code, lookup_place
from dateline.extract.syntax import governing_verb

__all__ = ["bilateral_summit", "held_dialogue", "named_sides", "remote_format"]


def remote_format(tok: Token) -> bool:
    """'a meeting in an online format', 'talks in a video format', 'consultations in videoconference
    mode': talks (not a conference: one held online is still a gathering) whose format is remote."""
    if tok.lemma_.lower() not in word_set("remote_talk_nouns"):
        return False
    verb = governing_verb(tok)
    preps = [p for h in ({tok, verb} if verb is not None else {tok}) for p in h.children
             if p.dep_ == "prep" and p.lower_ in {"in", "via", "through"}]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in word_set("format_nouns") | {"mode"} and any(
        m.lower_ in word_set("call_format_modifiers") for m in o.children) for p in preps for o in p.children)


def held_dialogue(tok: Token) -> bool:
    """'the sixth round of strategic dialogue between A and B was held', 'A and B held a strategic
    dialogue': a dialogue the text says is held (or a round or session of one) is talks; a dialogue
    only called for ('urged dialogue between the sides') is not."""
    if tok.lemma_.lower() not in word_set("dialogue_nouns"):
        return False
    if not any(c.dep_ in {"amod", "compound"} or c.dep_ == "prep" and c.lower_ == "between" for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "their next 2+2 dialogue of foreign and defence ministers": a sitting of its members
    sitting = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in word_set("dialogue_sitting_nouns")
    verb = governing_verb(tok)
    return verb is not None and verb.lemma_.lower() in word_set("dialogue_holding_verbs") and (
        sitting or tok.dep_ in {"dobj", "nsubjpass", "nsubj"} and tok.head.i == verb.i)


def _count_sides(head: Token) -> int:
    """How many states (or their officials) the phrase of ``head`` names, its own place or time
    phrases left out: 'President X and Tanzanian President Y' is two; 0 when an organisation is
    among them ('Putin and EU leaders')."""
    skip = {t.i for c in head.children if c.dep_ in {"prep", "relcl", "acl"} for t in c.subtree}
    words = [t for t in head.subtree if t.i not in skip]
    if any(t.ent_type_ == "ORG" for t in words):
        return 0
    return len(_runs(words, {"PERSON"})) or len(_runs(words, {"GPE"}))  # "Samia Suluhu Hassan" is one


def named_sides(tok: Token) -> bool:
    """The summit's two sides are told beside it: 'between A and B', 'A and B held'. ("X announced
    plans for a summit with Y" stays a gathering with both in its persons: events/attendance.py.)"""
    for prep in tok.children:
        objs = [o for o in prep.children if o.dep_ == "pobj"] if prep.dep_ == "prep" else []
        if objs and prep.lower_ == "between" and _count_sides(objs[0]) == 2:
            return True
    verb = tok.head if tok.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in word_set("summit_holding_verbs"):
        return False
    return any(c.dep_ == "nsubj" and _count_sides(c) == 2 for c in verb.children)  # "India and Japan held"


def _runs(words: list[Token], labels: set[str]) -> list[str]:
    """The names of ``labels`` among ``words``, each run of one label one name."""
    names: list[str] = []
    for t in words:
        if t.ent_type_ in labels and (t.i == 0 or t.nbor(-1).ent_type_ != t.ent_type_ or names == []):
            names.append(t.text)
        elif t.ent_type_ in labels:
            names[-1] += " " + t.text
    return names


def _states(words: list[Token]) -> set[str]:
    """The states a phrase names: by demonym or name ("Tanzanian President", "in Egypt"), by a city
    ("in Seoul"), or by a known office holder ("President Yoon Suk Yeol")."""
    found: set[str] = set()
    for name in _runs(words, {"NORP", "GPE"}):
        place = lookup_place(name)
        code = country_code(name) or (place.country if place is not None else None)
        found |= {code} if code else set()
    for name in _runs(words, {"PERSON"}):
        known = known_person(name)
        found |= {known.country} if known is not None else set()
    return found


def _third_host(tok: Token) -> bool:
    """The summit is held in a state neither side serves ("a summit between the Israeli prime minister
    and Palestinian President X in the Egyptian resort of Sharm al-Sheikh"): the host's gathering."""
    verb = governing_verb(tok)
    heads = [tok, *([verb] if verb is not None else [])]
    places = [t for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in {"in", "at"}
              for t in p.subtree]
    where = _states(places)
    if not where:
        return False
    holder = next((c for a in [verb, *verb.ancestors] for c in a.children if c.dep_ == "nsubj"), None) \
        if verb is not None else None
    placed = {t.i for t in places}
    sides = [t for t in [*tok.subtree, *(holder.subtree if holder is not None else [])] if t.i not in placed]
    return not where & _states(sides)


def bilateral_summit(tok: Token) -> bool:
    """A summit told as the talks of two states (see the module's doc)."""
    if tok.lemma_.lower() not in word_set("summit_nouns") or tok.ent_type_ in {"EVENT", "ORG"} or tok.tag_ == "NNS":
        return False  # not "have shunned summits with Japan": summits in general
    if any(c.dep_ in {"compound", "amod", "nmod"} and (c.ent_type_ in {"ORG", "GPE", "NORP", "EVENT"} or "-" in c.text)
           for c in tok.children):
        return False  # "the Russia-Turkey summit", "the EU summit", "the Arab summit"
    if any(t.lemma_.lower() in word_set("hosting_words") for t in tok.sent) or _third_host(tok):
        return False  # "a summit hosted by Egypt", "... in Sharm al-Sheikh": the host's gathering
    bilateral = any(c.lower_ in word_set("dual_words") | {"bilateral"} for c in tok.children if c.dep_ == "amod")
    return bilateral or named_sides(tok)
