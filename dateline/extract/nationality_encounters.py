"""Who an official engages in his sentence (nationality.py): the words of an encounter between
officials ("met", "held talks", "called on", "a phone call": an official with no state of his own
there may be the other side's) and the country a subject acts on or talks with (the other party,
never his own state).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.extract.document import Mention
from dateline.lexicons.loader import load_lexicon

__all__ = ["encounter", "others_trip", "other_party", "reported", "visiting_title"]

_WORDS = load_lexicon("people_coref.yaml")
_TRAVEL = frozenset(_WORDS["travel_verbs"])
_OTHER_PARTY_PREPOSITIONS = frozenset(_WORDS["other_party_prepositions"])
_ENCOUNTER = frozenset(_WORDS["guest_verbs"]) | frozenset(_WORDS["encounter_words"])
_CALLS = frozenset(_WORDS["encounter_calls"])
_SPEECH = frozenset(load_lexicon("event_words.yaml")["speech_verbs"])
_GUEST_PARTICIPLES = frozenset(load_lexicon("event_words.yaml")["guest_participles"])


def encounter(tok: Token) -> bool:
    """A word of an encounter between officials: "met", "held talks", "called on", "a phone call"."""
    lemma = tok.lemma_.lower()
    return lemma in _ENCOUNTER or lemma in _CALLS and (
        tok.pos_ == "NOUN" or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "on")


def other_party(doc: Doc, mention: Mention, *, visits: bool = True) -> bool:
    """A country the subject acts on or talks with or about: "X thanked Iran", "discussed trade with
    Kenya" (an object of the verb, of "with" or "about"): the other party or the topic, never the
    state the subject serves. With ``visits=False`` the place a subject visits ("visit Saudi Arabia
    for talks with King X") is not one: it is the host's state."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or mention.kind != "country":
        return False
    root = span.root
    if root.dep_ == "dobj" and root.head.pos_ == "VERB" and (visits or root.head.lemma_.lower() not in _TRAVEL):
        return True
    head = root.head
    return root.dep_ == "pobj" and head.lower_ in _OTHER_PARTY_PREPOSITIONS


def reported(verb: Token, noun: Token) -> bool:
    """A speaker does not travel by the trip he reports: 'X received Y, who arrived on a visit,
    spokesman Z said' (the trip outside the saying verb's own phrase, or inside what it says)."""
    if verb.lemma_.lower() not in _SPEECH:
        return False
    if noun.i < verb.left_edge.i or noun.i > verb.right_edge.i:
        return True
    return any(c.dep_ in {"ccomp", "parataxis"} and c.left_edge.i <= noun.i <= c.right_edge.i
               for c in verb.children)



def others_trip(subject: Token, noun: Token) -> bool:
    """The trip word is another person's: "X held talks with visiting Indian Foreign Minister Y", "X met
    the visiting delegation" (a guest participle on, or taking as its object, a noun outside the subject;
    not "X, visiting Delhi, met Y" nor "Visiting Delhi, X met Y")."""
    if noun.tag_ != "VBG":
        return False
    misread = noun.dep_ in {"xcomp", "advcl"} and noun.i == noun.head.i + 1  # "met visiting X" read as a verb
    target = next((c for c in noun.children if c.dep_ == "dobj"), None) if noun.dep_ == "pcomp" or misread \
        else noun.head if noun.dep_ in {"amod", "compound", "acl"} else None
    return target is not None and target.pos_ in {"PROPN", "NOUN"} and target.ent_type_ not in {"GPE", "LOC", "FAC"} \
        and not subject.left_edge.i <= target.i <= subject.right_edge.i


def visiting_title(doc: Doc, name: Span) -> bool:
    """'the visiting Ethiopian Minister of Women and Social Affairs X': a guest participle opens the title."""
    k = name.start - 1
    while k > name.sent.start and name.start - k <= 10 and (doc[k].text[:1].isupper() or doc[k].lower_ in {
            "of", "for", "and", "the", "'s", "’s"}):
        k -= 1
    return k < name.start - 1 and doc[k].lower_ in _GUEST_PARTICIPLES
