"""A two-word title with a state's word between its words: "Top U.S. diplomat X", "the chief Chinese
diplomat, X," (the lexicon's "top diplomat", "chief diplomat" split by the state they serve).

``split_variants`` labels the title's last word a TITLE (before the people stage reads the phrase, so
the phrase runs on to the name) and ``split_title`` reads the phrase as the whole title of that state.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.extract.places import country_code
from dateline.extract.titles import titles

__all__ = ["split_title", "split_variants"]


def _opening(doc: Doc, i: int) -> tuple[int, str] | None:
    """For the title's last word at ``i``: the index of its first word and the state between them."""
    j = i - 1
    code = None
    while j >= 0 and doc[j].ent_type_ in {"GPE", "NORP"}:
        code = doc[j].ent_id_ or country_code(doc[j].text) or code
        j -= 1
    if j == i - 1 or j < 0 or code is None or f"{doc[j].lower_} {doc[i].lower_}" not in titles().heads:
        return None
    return j, code


def split_variants(doc: Doc) -> None:
    """Label the last word of each split title a TITLE (the word 'diplomat' alone is none)."""
    found = [Span(doc, t.i, t.i + 1, label="TITLE", kb_id=titles().heads[f"{doc[o[0]].lower_} {t.lower_}"].title)
             for t in doc if not t.ent_type_ and t.is_lower and (o := _opening(doc, t.i)) is not None]
    if found:
        doc.ents = sorted([e for e in doc.ents if not any(e.start <= f.start < e.end for f in found)] + found,
                          key=lambda s: s.start)


def split_title(doc: Doc, start: int, end: int) -> tuple[str, str, str | None, str | None] | None:
    """The title, state, organisation and sector of a phrase that is one split title ('Top U.S. diplomat'),
    its first word possibly left of the phrase (a sentence's first word); None otherwise."""
    if end - start < 2 or (opening := _opening(doc, end - 1)) is None or opening[0] < start - 1:
        return None
    if any(t.lower_ not in {"the", "'s", "’s"} for t in doc[max(0, start):opening[0]]):
        return None
    head = titles().heads[f"{doc[opening[0]].lower_} {doc[end - 1].lower_}"]
    return head.title, opening[1], head.organization, head.sector
