"""An entity ruler placed before spaCy's NER, fed from our gazetteer and lexicons.

The small English model tags "Kazakhstan Zhandos Umiraliyev" as one ORG and
"Azerbaijani Prosecutor" as an ORG. Pre-tagging countries (GPE), demonyms (NORP),
groups (GROUP), organisations (ORG), small towns that host talks (GPE: venues.yaml), landmarks
(FAC: "Casa Rosada", "Bellevue Palace") and titles (TITLE) lets the NER label what remains.
Entity ids carry the ISO code / acronym / canonical title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from dateline.extract.institutions import institution_of, parliament_country
from dateline.extract.landmarks import landmark_entries
from dateline.extract.places import _countries, group_entries, name_index, org_entries
from dateline.extract.titles import titles
from dateline.gazetteer import soft_fold
from dateline.lexicons.loader import load_lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import EntityRuler

__all__ = ["add_ruler", "ruler_patterns"]

_AMBIGUOUS_LOWER = frozenset(load_lexicon("place_words.yaml")["no_upper_case_form"])


def ruler_patterns(nlp: Language) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Phrase patterns from the lexicons: (case-sensitive names, lower-cased titles)."""
    exact: list[dict[str, Any]] = []
    lowered: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, phrase: str, ident: str, attr: str = "ORTH") -> None:
        key = (label, phrase if attr == "ORTH" else phrase.lower())
        if not phrase or key in seen:
            return
        seen.add(key)
        pattern = {"label": label, "pattern": phrase if attr == "ORTH" else phrase.lower(), "id": ident}
        (exact if attr == "ORTH" else lowered).append(pattern)

    for entry in _countries().values():
        for name in entry.names:
            add("GPE", name, entry.code)
            if name.lower() not in _AMBIGUOUS_LOWER and not name.isupper():
                add("GPE", name.upper(), entry.code)
        for demonym in entry.demonyms:
            add("NORP", demonym, entry.code)
        for capital in entry.capitals:
            add("GPE", capital, entry.code)
    exact.extend(_feature_patterns())
    for venue, (code, _lat, _lon, *others) in (load_lexicon("venues.yaml") or {}).items():
        for spelling in (venue, *others):
            add("GPE", spelling, code)  # "in Khiva": the small model reads a resort as an ORG
    for group in group_entries():
        for name in group.names:
            add("GROUP", name, group.key)
            add("GROUP", "the " + name, group.key)
    for org in org_entries():
        for name in org.names:
            add("ORG", name, org.acronym)
    for landmark in landmark_entries():
        for spelling in landmark.spellings:
            # A seat of government already listed as a country's metonym stays GPE ("the Kremlin said").
            # A legislature or an institution keeps its own reading ("Knesset Speaker").
            if soft_fold(spelling) not in name_index() and not parliament_country(spelling) \
                    and not institution_of(spelling):
                add("FAC", spelling, landmark.name)
    lex = titles()
    for variant, head in lex.heads.items():
        if head.noun_only:  # "a ministry official", not "the official news agency"
            lowered.append({"label": "TITLE", "pattern": [{"LOWER": variant, "POS": "NOUN"}], "id": head.title})
        elif head.variant.isupper():
            add("TITLE", head.variant, head.title)  # FM, PM, MP: case-sensitive
        elif variant[0].isalpha():
            add("TITLE", head.variant, head.title, "LOWER")
            if head.variant.endswith("."):  # "Sen.", "Gov.": the lower-cased phrase tokenizes apart ("sen" ".")
                add("TITLE", head.variant, head.title)
    return exact, lowered


def _feature_patterns() -> list[dict[str, Any]]:
    """'the Indian Ocean nation', 'the Gulf of Oman': a feature named by a one-word state, demonym or
    capital is one place (no mention of the state). Two token patterns over sets of words, not a phrase
    per name and feature: a few thousand phrases would cost every process a quarter second to load."""
    words = load_lexicon("place_words.yaml")
    entries = _countries().values()
    before = sorted({w for e in entries for w in (*e.names, *e.demonyms) if " " not in w})
    after = sorted({w for e in entries for w in (*e.names, *e.capitals) if " " not in w})
    return [
        {"label": "LOC", "id": "feature", "pattern": [  # "Indian Ocean", "Korean Peninsula"
            {"ORTH": {"IN": before}}, {"ORTH": {"IN": [w.capitalize() for w in words["features_after_state"]]}}]},
        {"label": "LOC", "id": "feature", "pattern": [  # "Gulf of Oman", "Sea of Japan"
            {"ORTH": {"IN": [w.capitalize() for w in words["features_before_state"]]}}, {"ORTH": "of"},
            {"ORTH": {"IN": after}}]},
        *({"label": "LOC", "id": "feature", "pattern": [{"ORTH": w.capitalize()} for w in part.split()]}
          for part in (*words.get("continent_parts", []), *words.get("continent_part_adjectives", []))),
        # "Central America", "South American leaders": no mention of the United States
    ]


def add_ruler(nlp: Language) -> None:
    """Insert the two rulers before the NER (idempotent): names (exact case), then titles.

    Phrase patterns (spaCy's PhraseMatcher) keep the ruler's cost a small share of the parse.
    """
    if "dateline_ruler" in nlp.pipe_names:
        return
    exact, lowered = ruler_patterns(nlp)
    # Phrase patterns only need the tokenizer: don't run the tagger/parser over ~2,400 phrases
    # at every model load and worker start.
    with nlp.select_pipes(disable=nlp.pipe_names):
        _add_rulers(nlp, exact, lowered)


def _add_rulers(nlp: Language, exact: list[dict[str, Any]], lowered: list[dict[str, Any]]) -> None:
    names = cast("EntityRuler", nlp.add_pipe("entity_ruler", name="dateline_ruler", before="ner",
                                             config={"overwrite_ents": True, "validate": False}))
    names.add_patterns(exact)
    title_ruler = cast("EntityRuler", nlp.add_pipe("entity_ruler", name="dateline_titles", before="ner",
                                                   config={"overwrite_ents": False, "validate": False,
                                                           "phrase_matcher_attr": "LOWER"}))
    title_ruler.add_patterns(lowered)
