"""An entity ruler placed before spaCy's NER, fed from our gazetteer and lexicons.

The small English model tags "Kazakhstan Zhandos Umiraliyev" as one ORG and
"Azerbaijani Prosecutor" as an ORG. Pre-tagging countries (GPE), demonyms (NORP),
groups (GROUP), organisations (ORG) and titles (TITLE) lets the NER label what remains.
Entity ids carry the ISO code / acronym / canonical title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dateline.extract.places import _countries, group_entries, org_entries
from dateline.extract.titles import titles

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["add_ruler", "ruler_patterns"]

_AMBIGUOUS_LOWER = {"us", "chad", "turkey", "georgia", "jordan", "china", "guinea"}


def _token_pattern(nlp: Language, phrase: str, attr: str) -> list[dict[str, Any]]:
    tokens = [t.text for t in nlp.make_doc(phrase)]
    if attr == "LOWER":
        return [{"LOWER": t.lower()} for t in tokens]
    return [{"ORTH": t} for t in tokens]


def ruler_patterns(nlp: Language) -> list[dict[str, Any]]:
    """All ruler patterns, built from the lexicons (case-sensitive for names)."""
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, phrase: str, ident: str, attr: str = "ORTH") -> None:
        key = (label, phrase if attr == "ORTH" else phrase.lower())
        if not phrase or key in seen:
            return
        seen.add(key)
        patterns.append({"label": label, "pattern": _token_pattern(nlp, phrase, attr), "id": ident})

    for entry in _countries().values():
        for name in entry.names:
            add("GPE", name, entry.code)
            if name.lower() not in _AMBIGUOUS_LOWER and name.isupper() is False:
                add("GPE", name.upper(), entry.code)
        for demonym in entry.demonyms:
            add("NORP", demonym, entry.code)
        for capital in entry.capitals:
            add("GPE", capital, entry.code)
    for group in group_entries():
        for name in group.names:
            add("GROUP", name, group.key)
            add("GROUP", "the " + name, group.key)
    for org in org_entries():
        for name in org.names:
            add("ORG", name, org.acronym)
    lex = titles()
    for variant, head in lex.heads.items():
        if head.variant.isupper():
            add("TITLE", head.variant, head.title)  # FM, PM, MP: case-sensitive
        elif variant[0].isalpha():
            add("TITLE", head.variant, head.title, "LOWER")
    return patterns


def add_ruler(nlp: Language) -> None:
    """Insert the ruler before the NER (idempotent)."""
    if "dateline_ruler" in nlp.pipe_names:
        return
    ruler = nlp.add_pipe("entity_ruler", name="dateline_ruler", before="ner",
                         config={"overwrite_ents": True, "validate": False})
    ruler.add_patterns(ruler_patterns(nlp))  # type: ignore[attr-defined]
