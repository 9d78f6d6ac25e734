"""A title the NER reads as a person's name: "Amir" in "Sheikh Tamim bin Hamad Al Thani, Amir of
the State of Qatar," and "His Highness the Amir Sheikh Mishal".

Some titles are more often given names ("Amir Peretz"), so the lexicon does not tag them
everywhere; followed by "of" and a state, after "the" (a name takes no article), after a
state's possessive or adjective, or before an honorific no given name precedes ("Amir Sheikh
Tamim"), they are the title ("the Amir of Kuwait", "the Amir received", "Kuwait's Amir His
Highness Sheikh Mishal"), and the
word is relabelled TITLE (with the word as its id) before the people stage reads the
document, so it opens no person of its own and the apposition gives its person the title.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.extract.syntax import word_positions
from dateline.lexicons.loader import load_lexicon

__all__ = ["titles_read_as_names"]

_OF_STATE = frozenset(load_lexicon("name_words.yaml")["of_state_titles"])
_HONORIFICS = frozenset(load_lexicon("name_words.yaml")["of_state_title_honorifics"])


def titles_read_as_names(doc: Doc) -> None:
    """Relabel each such word followed by 'of [the] STATE', after 'the' or after a state's word as a TITLE, its id the
    word as a title ('Amir'); sets ``doc.ents``."""
    found: list[Span] = []
    for tok in (doc[i] for i in word_positions(doc, _OF_STATE)):
        if tok.lower_ not in _OF_STATE or not tok.text[:1].isupper() or tok.ent_type_ == "TITLE":
            continue
        if _of_state(doc, tok.i + 1) or tok.i > 0 and doc[tok.i - 1].lower_ == "the" or _state_before(doc, tok.i) or (
                tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _HONORIFICS):  # "Amir Sheikh Tamim"
            found.append(Span(doc, tok.i, tok.i + 1, label="TITLE", kb_id=tok.text[:1].upper() + tok.text[1:].lower()))
    if not found:
        return
    taken = {s.start for s in found}
    kept: list[Span] = []
    for ent in doc.ents:
        if not any(ent.start <= i < ent.end for i in taken):
            kept.append(ent)
        elif ent.end - ent.start > 1:  # "Amir Peretz" is never cut here: only a one-word entity goes
            kept.append(ent)
            taken -= {i for i in taken if ent.start <= i < ent.end}
            found = [s for s in found if not ent.start <= s.start < ent.end]
    doc.ents = sorted([*kept, *found], key=lambda s: s.start)


def _state_before(doc: Doc, i: int) -> bool:
    """A state's possessive or adjective right before token ``i``: "Kuwait's Amir", "the Qatari Amir"."""
    if i >= 2 and doc[i - 1].text in {"'s", "’s"}:
        return doc[i - 2].ent_type_ == "GPE" and bool(doc[i - 2].ent_id_)
    return i >= 1 and doc[i - 1].ent_type_ in {"GPE", "NORP"} and bool(doc[i - 1].ent_id_) \
        and doc[i - 1].ent_iob_ == "B" and (i < 2 or doc[i - 2].ent_type_ not in {"GPE", "NORP"})


def _of_state(doc: Doc, j: int) -> bool:
    """'of [the] STATE' from token ``j``."""
    if j >= len(doc) or doc[j].lower_ != "of":
        return False
    j += 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    return j < len(doc) and doc[j].ent_type_ == "GPE" and bool(doc[j].ent_id_)
