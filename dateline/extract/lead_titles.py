"""A lead sentence whose subject is a title with no name, and the person the next sentence names.

"France's foreign minister says ... . Bernard Kouchner told reporters ...": the untitled subject
of the next sentence holds the lead's title and serves its state. The title may carry its
complement ("The head of Peru's parliament has offered ... . Jose Jeri voiced ..."), and the
next subject may be the person's act ("Ecuador's president is calling ... . Daniel Noboa's call
came ..."). A post of a rebel group, party or company in the complement is no state's ("The leader
of Sudan's main southern rebel group").
"""

from __future__ import annotations

from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc, Token

from dateline.extract.document import DocState
from dateline.extract.people.roles import private_post
from dateline.extract.syntax import attribute_positions
from dateline.lexicons.loader import load_lexicon

__all__ = ["lead_title"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_WORDS = load_lexicon("people_titles.yaml")
_PRIVATE = frozenset(_WORDS["private_owners"]) | frozenset(_WORDS["private_qualifiers"])


def _title_end(head: Token) -> int:
    """The end of the lead's title phrase: the head, or its "of" complement ("head of Peru's parliament")."""
    complement = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if complement is None or any(t.ent_type_ == "PERSON" or t.is_punct for t in complement.subtree):
        return head.i + 1
    return complement.right_edge.i + 1


def _subject_person(root: Token) -> bool:
    """The name is the subject, or owns it ("Daniel Noboa's call came ...")."""
    return root.dep_ in _SUBJECTS or root.dep_ == "poss" and root.head.dep_ in _SUBJECTS


def lead_title(state: DocState, doc: Doc) -> None:
    """A lead sentence whose subject is a title with no name gives it to the untitled person who is
    the subject of the next sentence (see the module doc)."""
    from dateline.extract.people.title_info import parse_title

    sents = list(doc.sents)
    for sent, nxt in zip(sents, sents[1:], strict=False):
        head = next((t for i in attribute_positions(doc, ENT_TYPE, "TITLE", sent.start, sent.end)
                     if (t := doc[i]).dep_ in _SUBJECTS), None)
        if head is None:
            continue
        subject = list(head.subtree)  # a name elsewhere in the lead ("... that AU president X will") is another's
        if any(m.kind == "name" for m in state.mentions_starting(subject[0].idx, subject[-1].idx + len(subject[-1]))):
            continue
        start = min(t.i for t in head.subtree if t.i <= head.i)
        while start < head.i and doc[start].lower_ in {"a", "an", "the"}:
            start += 1
        info, end = parse_title(doc, start, head.i + 1), head.i + 1
        if info.title and not info.country and (end := _title_end(head)) > head.i + 1:
            info = parse_title(doc, start, end)  # "The head of Peru's parliament"
        if not info.title or not info.country or private_post(doc, start, end) \
                or any(t.lower_ in _PRIVATE for t in doc[head.i + 1:end]):
            continue  # "The leader of Sudan's main rebel group": no post of a state
        first = next((m for m in state.mentions_starting(nxt.start_char, nxt.end_char)
                      if m.kind == "name"), None)
        if first is None:
            continue
        person = state.actor(first.actor_id)
        span = doc.char_span(first.start, first.end, alignment_mode="expand")
        if person.kind != "person" or person.title or person.role == "other" or span is None \
                or not _subject_person(span.root):
            continue
        person.title, person.explicit_title, person.role = info.title, True, "official"
        person.country = person.country or info.country
        person.organization = person.organization or info.organization
