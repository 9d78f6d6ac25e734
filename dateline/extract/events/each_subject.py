"""'A and B both held talks with C': one engagement per coordinated subject.

A floating quantifier ("both", "each") after coordinated subjects says that each of them did what
the verb tells on their own: "the foreign and defence ministers both held talks with the visiting
minister" is two meetings (the guest and each minister), "President X and Prime Minister Y each
discussed the issue with Z" likewise. Without the quantifier the subjects sit together ("A and B
held talks with C": one meeting), and "both sides" / "both countries" name the two sides of one
engagement, not two engagements. Documents likewise: "A and B each signed an agreement with C", "A and B
signed separate agreements with C" are one agreement per subject state.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.events.words import word_set
from dateline.extract.syntax import governing_verb

__all__ = ["by_subject"]

_OFFICIAL_ENTS = frozenset({"PERSON", "TITLE", "NORP"})


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _floating(verb: Token, subject: Token) -> bool:
    """A 'both' / 'each' standing alone between the subject's start and the verb ('A and B both
    met', 'A and B were both meeting'), not a determiner of a noun ('both sides', 'each country')."""
    words = word_set("distributive_quantifiers")
    for tok in verb.doc[subject.left_edge.i:verb.i]:
        if tok.lower_ not in words or tok.i == subject.left_edge.i:
            continue
        if tok.dep_ in {"det", "predet", "preconj", "nummod"} and tok.head.i != tok.i and tok.head.pos_ in {"NOUN", "PROPN"} \
                and tok.head.i > tok.i:
            continue  # "both sides", "each delegation", "both A and B"
        return True
    return False


def _names_before(quantifier: Token) -> int | None:
    """The first token of the coordinated officials told right before a quantifier the parser took
    for the subject ('President X and French President Y both ...'), or None."""
    doc, first = quantifier.doc, None
    i = quantifier.i - 1
    while i >= 0:
        tok = doc[i]
        if tok.ent_type_ in _OFFICIAL_ENTS or tok.ent_type_ and i > 0 and doc[i - 1].ent_type_ == "TITLE":
            first = i
        elif not (tok.lower_ in {"and", ","} and i > 0 and doc[i - 1].ent_type_ == "PERSON"):
            break
        i -= 1
    return first if first is not None and any(doc[j].lower_ == "and" for j in range(first, quantifier.i)) else None


def by_subject(state: DocState, event: EventDraft, tok: Token) -> list[EventDraft]:
    """The engagements of a meeting (or call) told once for coordinated subjects that each took part:
    one per subject person, each with the other side; [] when the clause does not tell that."""
    if event.kind == "agreement":
        return _by_subject_state(state, event, tok)
    if event.kind not in {"meeting", "call"}:
        return []
    verb = governing_verb(tok)
    subject = _subject(verb)
    if subject is None:
        return []
    doc = verb.doc
    if subject.lower_ in word_set("distributive_quantifiers"):
        first = _names_before(subject)  # "..., President X and President Y both discussed": read as the subject
        if first is None:
            return []
        lo, hi = doc[first].idx, subject.idx
    elif _floating(verb, subject):
        lo, hi = doc[subject.left_edge.i].idx, doc[subject.right_edge.i].idx + len(doc[subject.right_edge.i])
    else:
        return []
    inside = [m.actor_id for m in state.mentions_in(lo, hi) if m.actor_id in event.participants]
    persons = [a for a in dict.fromkeys(inside) if state.actor(a).kind == "person"]
    others = [a for a in event.participants if a not in inside]
    if len(persons) < 2 or not others:
        return []
    own = set(countries_of(state, persons))
    if set(countries_of(state, others)) & own:
        return []  # a subject's own state on the other side: not two sides
    parts = []
    for person in persons:
        country = state.actor(person).country
        side = [person, *(a for a in dict.fromkeys(inside) if state.actor(a).kind == "country"
                          and country and state.actor(a).country == country)]
        part = replace(event, source=side, recipient=list(others), participants=[*side, *others], separate=True)
        part.countries = sorted(set(countries_of(state, part.participants)))
        parts.append(part)
    return parts


def _by_subject_state(state: DocState, event: EventDraft, tok: Token) -> list[EventDraft]:
    """'Kazakhstan and Uzbekistan each signed an agreement with the EU', 'A and B signed separate
    agreements with C': documents of coordinated subject states that each signed with the same other
    side, one agreement per subject state (not "A and B signed an agreement with C": one, three-sided)."""
    verb = governing_verb(tok)
    subject = _subject(verb)
    if subject is None or tok.pos_ not in {"NOUN", "PROPN"} or not (_floating(verb, subject) and not any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children) or any(
            c.dep_ == "amod" and c.lower_ in word_set("separate_modifiers") for c in tok.children)):
        return []  # (not "A and B both signed the declaration with C": one text they all signed)
    doc = verb.doc
    lo, hi = doc[subject.left_edge.i].idx, doc[subject.right_edge.i].idx + len(doc[subject.right_edge.i])
    inside = [a for a in dict.fromkeys(m.actor_id for m in state.mentions_in(lo, hi)) if a in event.participants]
    others = [a for a in event.participants if a not in inside]
    states = list(dict.fromkeys(c for a in inside if (c := state.actor(a).country)))
    if len(states) < 2 or not others or set(countries_of(state, others)) & set(states):
        return []
    parts = []
    for country in states:
        side = [a for a in inside if state.actor(a).country == country]
        part = replace(event, source=side, recipient=list(others), participants=[*side, *others], separate=True)
        part.countries = sorted(set(countries_of(state, part.participants)))
        parts.append(part)
    return parts
