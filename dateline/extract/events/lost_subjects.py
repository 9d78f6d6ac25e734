"""The subject a parse hid inside a fronted phrase.

"On the sidelines of the conference, which opened in Dushanbe on Monday, President of Tajikistan
X on 14 July met with A, B and C": after a long fronted phrase the parser often hangs the subject
on that phrase ('X' the object of 'of'), so the verb is left with no subject at all. A finite
trigger verb with no subject whose words just before it (a time told between them aside) end a
named person has that person, with the title told just before the name, as its subject.

The parse may also split the name: "..., which opened on Tuesday, Minister of Foreign Affairs of
the Republic of Uzbekistan Bakhtiyor Saidov met with A, B and C" gives the verb 'Saidov' as its
subject and hangs 'Bakhtiyor' (and the title) on the fronted phrase. A subject that is the last
word of a person's name whose first word lies outside the subject's phrase is that whole person.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState
from dateline.extract.syntax import token_at

__all__ = ["lost_subject"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_TIME_PREPS = frozenset({"on", "in", "at", "this", "last"})
_ASIDE_WORDS = frozenset({"also", "today", "yesterday", "here", "earlier", "later", "then"})
_TITLE_LINKS = frozenset({"of", "the", "for", "-", "–"})


def _time_aside(tok: Token) -> bool:
    """'on 14 July', 'today', 'on Monday', 'also': words that may stand between a subject and its verb."""
    if tok.ent_type_ in _TIME_ENTS or tok.lower_ in _ASIDE_WORDS:
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in _TIME_PREPS and nxt is not None and nxt.ent_type_ in _TIME_ENTS


def lost_subject(state: DocState, verb: Token) -> set[int]:
    """The tokens of the named person (and the title told before the name) that is ``verb``'s
    subject though the parse gave the verb none; empty when the verb has a subject, is not a
    finite main verb, or no person's name ends just before it."""
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return set()
    doc, first = verb.doc, verb.sent.start
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) == 1 and subjects[0].pos_ == "PROPN" and subjects[0].left_edge.i == subjects[0].i:
        i = subjects[0].i  # "... Bakhtiyor Saidov met": only the surname is the subject
    elif subjects:
        return set()
    else:
        i = verb.i - 1
        while i > first and _time_aside(doc[i]):
            i -= 1
    end = doc[i]
    if i <= first or end.pos_ != "PROPN":
        return set()
    end_char = end.idx + len(end)
    person = next((m for m in state.mentions_starting(doc[first].idx, end_char)
                   if m.end == end_char and m.kind == "name" and state.actor(m.actor_id).kind == "person"), None)
    start = token_at(doc, person.start) if person is not None else None
    if start is None or subjects and start.i == end.i:
        return set()
    j = start.i - 1  # the title told before the name: 'President of the Republic of Tajikistan'
    while j >= first and (doc[j].pos_ == "PROPN" or doc[j].lower_ in _TITLE_LINKS):
        j -= 1
    return set(range(j + 1, i + 1))
