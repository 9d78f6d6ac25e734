"""Titles written inside an organisation's name: "UN High Commissioner for Refugees Filippo Grandi".

The gazetteer tags "UN High Commissioner for Refugees" as the organisation (UNHCR), so no
title entity is left. When such an organisation name contains a title head and stands right
before a name (or in apposition after it), the part from the head on is the title and the
person serves the organisation's top body (``org_code``: UNHCR -> UN).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dateline.extract.places import org_by_acronym, org_code
from dateline.extract.syntax import entity_at
from dateline.extract.titles import titles

__all__ = ["OrgTitle", "ends_org_title", "official_code", "org_title_around"]


@dataclass(frozen=True)
class OrgTitle:
    title: str
    organization: str
    country: str
    start: int  # char offsets of the title phrase
    end: int


def official_code(acronym: str) -> str:
    """The code an organisation's official serves: the top body ('UNHCR' -> 'UN'), except for
    bodies with their own membership ('IAEA' -> 'IAEA'; ``own_code_bodies`` in titles.yaml)."""
    if acronym in titles().own_code_bodies:
        return acronym
    return org_code(acronym)


def _entity_at(doc: Doc, i: int) -> Span | None:
    if i < 0 or i >= len(doc) or doc[i].ent_type_ != "ORG" or not doc[i].ent_id_:
        return None
    return entity_at(doc, i)


def _title_in(ent: Span) -> OrgTitle | None:
    lex = titles()
    org = org_by_acronym(ent.ent_id_)
    if org is None:
        return None
    for h in range(ent.start, ent.end):
        for n in range(min(lex.max_head_tokens, ent.end - h), 0, -1):
            if ent.doc[h].text[:1].isupper() and lex.head(ent.doc[h:h + n].text) is not None:
                phrase = ent.doc[h:ent.end]
                return OrgTitle(phrase.text, org.name, official_code(org.acronym),
                                phrase.start_char, phrase.end_char)
    return None


def org_title_around(doc: Doc, start: int, end: int) -> OrgTitle | None:
    """A title inside an organisation name right before ``doc[start:end]`` or in apposition after it."""
    before = start - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    ent = _entity_at(doc, before)
    if ent is not None and ent.end == before + 1:
        found = _title_in(ent)
        if found is not None:
            return found
    if end + 1 < len(doc) and doc[end].text == ",":
        i = end + 1
        while i < len(doc) and doc[i].lower_ in {"the", "a"}:
            i += 1
        ent = _entity_at(doc, i)
        if ent is not None and ent.start == i and (ent.end >= len(doc) or doc[ent.end].is_punct):
            return _title_in(ent)
    return None


def ends_org_title(doc: Doc, i: int) -> bool:
    """Token ``i`` ends an organisation name that holds a title ('UN High Commissioner for Refugees')."""
    ent = _entity_at(doc, i)
    return ent is not None and ent.end == i + 1 and _title_in(ent) is not None
