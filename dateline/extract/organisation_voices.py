"""The spokesperson of an intergovernmental organisation the story makes its subject.

"The UN refugee agency said on Monday it was concerned. Spokesman William Spindler told
reporters ...": a spokesperson whose own phrase names no state, in the sentence where a listed
organisation is the subject or in the one after it, speaks for that organisation (its code as
``org_titles.official_code`` gives it: the UN for a UN office, the body itself for an agency with
its own membership). Run before the dateline's state is given to officials left without one
("GENEVA ... Spokesman X" is not Swiss).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.extract.document import DocState
from dateline.extract.nationality_story import first_sentences, names_state
from dateline.extract.org_titles import official_code
from dateline.extract.places import org_by_acronym
from dateline.extract.titles import titles

__all__ = ["organisation_voices"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _subject_organisation(sent: Span) -> str | None:
    """The code of the one listed organisation that is (or names) the sentence's subject."""
    found: set[str] = set()
    for tok in sent:
        if tok.ent_type_ != "ORG" or not tok.ent_id_ or org_by_acronym(tok.ent_id_) is None:
            continue
        head = tok
        while head.dep_ in {"compound", "amod", "appos", "poss"} and head.head.i != head.i:
            head = head.head  # "The UN refugee agency said", "UNHCR's spokesman"
        if head.dep_ in _SUBJECTS or tok.dep_ in _SUBJECTS:
            found.add(official_code(tok.ent_id_))
    return found.pop() if len(found) == 1 else None


def _speaks(title: str | None) -> bool:
    """A bare spokesperson's title ("Spokesman", "deputy spokeswoman", "chief spokesperson"): no
    ministry or office of its own ("Foreign Ministry spokeswoman" speaks for a state)."""
    lex = titles()
    words = (title or "").split()
    spoken = [w for w in words if (head := lex.head(w)) is not None and head.title == "Spokesperson"]
    return bool(spoken) and all(w in spoken or w.lower() in lex.modifiers for w in words)


def organisation_voices(state: DocState, doc: Doc) -> None:
    """Give each spokesperson left without a state the organisation the story makes its subject."""
    todo = [a for a in state.actors if a.kind == "person" and not a.country and a.role != "honorific"
            and _speaks(a.title)]
    if not todo:
        return
    for person, sents, at in first_sentences(state, doc, todo):
        if names_state(state, sents[at]):
            continue  # the sentence names a state: not the organisation's voice alone
        for n in (at, at - 1):
            code = _subject_organisation(sents[n]) if n >= 0 else None
            if code is not None:
                person.country = code
                break
