"""The city a gathering is named after: 'the Antalya Diplomacy Forum', 'the 28th St. Petersburg
International Economic Forum' are held there when nothing else in the text says where."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.events.words import word_set
from dateline.extract.places import major_city, name_index
from dateline.gazetteer import soft_fold
from dateline.record import Place

__all__ = ["city_in_name"]


# A gathering named after its city is a large city's ('the Antalya Diplomacy Forum'), not a town's
# that shares a word with a name ('Summit', 'Union').
_NAME_CITY_POPULATION = 100_000


def city_in_name(span: Span | None) -> Place | None:
    """'the Antalya Diplomacy Forum', 'the 28th St. Petersburg International Economic Forum': the city
    the name opens with, when nothing else in the text says where the gathering is."""
    if span is None:
        return None
    words = [t for t in span if not (t.like_num or t.ent_type_ in {"ORDINAL", "DATE", "CARDINAL"} or t.lower_ == "the")]
    if words and not words[0].text[:1].isupper():  # "the plenary session of the St. Petersburg ... Forum"
        words = words[next((i + 1 for i, t in enumerate(words) if t.lower_ == "of"), len(words)):]
    run: list[Token] = []
    for tok in words:
        if not tok.text[:1].isupper() and tok.text not in {"-", "."}:
            break
        run.append(tok)
    while len(run) > 1 and run[0].lower_ in word_set("city_name_prefixes"):
        run = run[1:]  # "the 11th Global Baku Forum": the city after a word that prefixes names
    for size in range(min(3, len(run)), 0, -1):
        first = run[0]
        text = span.doc[first.i:run[size - 1].i + 1].text
        if first.ent_type_ in {"NORP", "LOC"} or name_index().get(soft_fold(text), ("", ""))[1] in {"name", "demonym"}:
            return None  # "the Arab League summit", "the Russia-Africa summit": not a city's
        place = major_city(text, _NAME_CITY_POPULATION)
        if place is not None and place.country:
            return place
    return None
