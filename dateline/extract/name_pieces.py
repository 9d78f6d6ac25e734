"""Where the person names of the NER and of the actor dictionary are, as token ranges, for
``name_spans``: the NER's PERSON entities cut at an inner or final "and" or comma ("Sadyr Japarov
and" + "Emomali Rahmon"), its organisations that are listed persons ("Kassym-Jomart Tokayev"
opening a lead), and capitalised runs it left untagged that the dictionary lists ("his Kyrgyz,
Tajik and Turkmen counterparts Sadyr Japarov, ...").
"""

from __future__ import annotations

from spacy.attrs import ENT_TYPE, POS
from spacy.tokens import Doc, Span

from dateline.extract.known import known_person
from dateline.extract.syntax import attribute_positions, doc_ents, form_positions

__all__ = ["inner_hyphen", "person_pieces"]


def inner_hyphen(doc: Doc, k: int) -> bool:
    """Token ``k`` is the hyphen inside a hyphenated given name: "Kassym-Jomart"."""
    return doc[k].text == "-" and k >= 1 and k + 1 < len(doc) and not doc[k].whitespace_ \
        and not doc[k - 1].whitespace_ and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() \
        and doc[k + 1].text[:1].isupper()


def person_pieces(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of the NER's PERSON entities (and listed persons it calls organisations),
    cut at an inner or final "and" or comma: "Sadyr Japarov and Emomali Rahmon" is two names."""
    pieces: list[tuple[int, int]] = []
    for ent in doc_ents(doc):  # doc.ents reads every token on each access
        if ent.label_ != "PERSON" and not _listed_person(ent):
            continue
        start, end = ent.start, ent.end
        while end > start and (doc[end - 1].lower_ == "and" or doc[end - 1].text == ","):
            end -= 1  # "Sadyr Japarov and" + "Emomali Rahmon"
        for k in range(start + 1, end - 1):
            if doc[k].lower_ == "and" or doc[k].text == ",":
                pieces.append((start, k))
                start = k + 1
        pieces.append((start, end))
    pieces += _listed_runs(doc)
    return sorted((a, b) for a, b in pieces if b > a)


def _listed_runs(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised runs outside any entity that are persons of the actor dictionary (people.yaml):
    the NER missed "Sadyr Japarov" in "his Kyrgyz, Tajik and Turkmen counterparts Sadyr Japarov, ..."."""
    runs: list[tuple[int, int]] = []
    proper = attribute_positions(doc, POS, "PROPN")  # the untagged proper nouns: no Token made at the others
    outside = set(attribute_positions(doc, ENT_TYPE, ""))
    fit = outside.intersection(i for form, at in form_positions(doc).items()  # untagged, capitalised or "-":
                               if form[:1].isupper() or form == "-" for i in at)  # a run's words, read once
    after = 0
    for k in sorted(outside.intersection(proper)):
        if k < after or not (doc[k].text[:1].isupper() and doc[k].is_alpha):
            continue
        for n in (4, 3, 2):
            if k + n <= len(doc) and all(j in fit for j in range(k, k + n)) \
                    and known_person(doc[k:k + n].text.replace(" - ", "-")):
                runs.append((k, k + n))
                after = k + n
                break
    return runs


def _listed_person(ent: Span) -> bool:
    """An entity the NER calls an organisation that is a person of the actor dictionary
    (people.yaml): "Kassym-Jomart Tokayev" opening a sentence."""
    return ent.label_ == "ORG" and not any(t.ent_id_ for t in ent) \
        and known_person(ent.text.replace(" - ", "-")) is not None
