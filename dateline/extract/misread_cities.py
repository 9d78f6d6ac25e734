"""A city the tagger misreads after "in": "the two leaders last met in Thessaloniki", "talks in Durban";
or after the "to" of a journey: "will travel to Izmir", "a visit to Cartagena".

The small English model labels a less-known city as an organisation, a person or a work of art
("Durban" ORG, "Izmir" PERSON, "Thessaloniki" WORK_OF_ART) or leaves it bare ("Entebbe"), and the
event readers, which take a place from GPE, LOC and FAC entities only, lose it (and the people stage
takes "Izmir" for a person). The object of "in", or of a "to" on a word of going (``destination_heads``:
"travel", "visit", "trip"), that is a run of capitalised proper nouns naming a city of the gazetteer by its own primary name, with
a population of at least ``_MIN_POPULATION``, is a place whatever the label: it is relabelled GPE (with
no country code: a city where talks are held is no side of them), so that every later reader sees it. A run the
NER already reads as a place, or as part of a longer name ("in Durban Chamber of Commerce"), an
organisation's name or acronym ("in NATO"), a country's name, demonym or capital (the ruler's) and a
run with a determiner ("in the Gambia") are left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.extract.places import lookup_org, major_city, name_index
from dateline.gazetteer import soft_fold
from dateline.lexicons.loader import load_lexicon

__all__ = ["cities_after_in"]

_MIN_POPULATION = 50_000  # a town this large is named so in a report; a smaller one is more often a surname
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_GOING = frozenset(load_lexicon("place_words.yaml")["destination_heads"])


def _place_preposition(prep: Token) -> bool:
    """'in', or the 'to' of a word of going ('travel to', 'a visit to')."""
    return prep.dep_ == "prep" and (prep.lower_ == "in" or prep.lower_ == "to" and prep.head.lemma_.lower() in _GOING)


def _run(obj: Token) -> tuple[int, int] | None:
    """The token span of the proper-noun name ``obj`` ends ('Sharm' 'El' 'Sheikh'), or None."""
    start = obj.i
    while start > 0 and obj.doc[start - 1].head.i in range(start, obj.i + 1) and (
            obj.doc[start - 1].dep_ == "compound" and obj.doc[start - 1].pos_ == "PROPN"
            or obj.doc[start - 1].text == "-"):
        start -= 1
    words = obj.doc[start:obj.i + 1]
    if not all(t.text == "-" or t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    return start, obj.i + 1


def _misread(doc: Doc, start: int, end: int) -> bool:
    """The span is no place entity yet and no part of a longer entity of another kind (read from the
    tokens' own entity marks: one look per candidate, whatever the document's length)."""
    if any(t.ent_type_ in _PLACE_LABELS for t in doc[start:end]):
        return False
    return doc[start].ent_iob_ != "I" and (end >= len(doc) or doc[end].ent_iob_ != "I")


def cities_after_in(doc: Doc) -> None:
    """Relabel as GPE each known city the NER misread as the object of 'in' or of a journey's 'to' (sets
    ``doc.ents``)."""
    found: list[Span] = []
    for prep in doc:
        if not _place_preposition(prep):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        run = _run(obj) if obj is not None else None
        if run is None or obj is None or obj.i + 1 < len(doc) and doc[obj.i + 1].pos_ == "PROPN":
            continue  # "in Izmir Smith": a name runs on
        text = doc[run[0]:run[1]].text
        if text.isupper() or lookup_org(text) is not None or soft_fold(text) in name_index() \
                or not _misread(doc, *run):
            continue
        city = major_city(text, _MIN_POPULATION)
        if city is None or not city.country:
            continue
        found.append(Span(doc, run[0], run[1], label="GPE"))
    if not found:
        return
    taken = {i for f in found for i in range(f.start, f.end)}
    keep = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted([*keep, *found], key=lambda s: s.start)
