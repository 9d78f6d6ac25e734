"""A given name the gazetteer reads as a place: "President Santiago Pena", "Minister Victoria
Abdullah", "Governor Florence Omondi".

The ruler tags every known city and country, so a given name that is also a city ("Santiago",
"Victoria", "Florence", "Lagos") comes out of the parse as a GPE and the person is lost: the
name run after the title stops at it. In a person's slot -- right after a title or a style
("President", "Mr.") -- a one-word place followed by a capitalised name word is the person's given
name, and the place reading is dropped (it would otherwise add the city's state to the events).
A country's name ("Israel" in "Israeli Defense Minister Israel Katz") is only read so when the
title already has its state before it (a demonym or a possessive: a title's state is told once),
the NER itself calls the next word a person, or the name words after it close on the clause's verb
or a comma ("Deputy Foreign Minister Georgia Khatiashvili met ..."), since a country after a bare
title is more often a headline's topic ("UN Envoy Ukraine Talks").

Outside a title's slot, the person's title can follow the name: "received Paris Sabri, Iraq's
deputy minister of foreign affairs," -- a one-word place, name words and a comma that opens an
apposition whose head is a title (``_titled_after``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.extract.places import name_index
from dateline.extract.titles import titles
from dateline.gazetteer import soft_fold
from dateline.lexicons.loader import load_lexicon

__all__ = ["given_names_read_as_places"]

_WORDS = load_lexicon("name_words.yaml")
_STOPS = frozenset(_WORDS["name_stops"])
_PREFIXES = frozenset(_WORDS["person_prefixes"])
_NOT_NAMES = frozenset(_WORDS["not_names"])
_OTHER_READINGS = frozenset({"GPE", "NORP", "TITLE", "GROUP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL",
                             "MONEY", "PERCENT"})


def given_names_read_as_places(doc: Doc) -> None:
    """Relabel as PERSON each one-word place that opens a name right after a title or a style
    (sets ``doc.ents``; nothing changes when there is none)."""
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        if ent.label_ not in {"GPE", "LOC"} or len(ent) != 1 or ent.start == 0 or ent.end >= len(doc):
            continue
        if not _person_slot(doc[ent.start - 1]):
            titled = _titled_after(doc, ent)
            if titled is not None:  # "received Israel Katz, the Minister of Defense of Israel,"
                ents[n] = Span(doc, ent.start, titled, label="PERSON")
                changed = True
                continue
            given = _given_before(doc, ent)
            if given is not None:  # "President Alejandro Toledo": the city is the family name
                ents[n] = Span(doc, given, ent.end, label="PERSON")
                changed = True
            continue
        end = _name_end(doc, ent.end)
        if end == ent.end or not _country_allowed(ent, doc[ent.end]):
            continue
        ents[n] = Span(doc, ent.start, end, label="PERSON")
        changed = True
    if changed:
        merged: list[Span] = []
        for span in sorted(ents, key=lambda s: (s.start, -len(s))):
            if merged and span.start < merged[-1].end:
                continue  # a PERSON the NER found over the surname, now inside the new name
            merged.append(span)
        doc.ents = merged


def _given_before(doc: Doc, ent: Span) -> int | None:
    """'Peruvian President Alejandro Toledo': a city (not a country) right after one or two given
    names in a title's slot is the family name ("Toledo", "Florence"), unless a verb follows it (a
    clause's subject): the index the name starts at."""
    hit = name_index().get(soft_fold(ent.text))
    if hit is not None and hit[1] == "name" or ent.end < len(doc) and doc[ent.end].pos_ in {"VERB", "AUX"}:
        return None  # "told President Putin Moscow would ...": the city opens a clause
    k = ent.start
    while k > 0 and ent.start - k < 2 and doc[k - 1].ent_type_ in {"", "PERSON"} and _name_word(doc[k - 1]) \
            and doc[k - 1].whitespace_:
        k -= 1
    return k if k < ent.start and k > 0 and _person_slot(doc[k - 1]) else None


def _person_slot(prev: Token) -> bool:
    """The word before opens a person's slot: a title ('President') or a style ('Mr.')."""
    return prev.ent_type_ == "TITLE" or prev.lower_ in _PREFIXES and prev.text[:1].isupper()


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.pos_ == "PROPN" \
        and tok.ent_type_ not in _OTHER_READINGS and tok.lower_ not in _STOPS \
        and tok.lower_ not in _NOT_NAMES and tok.lower_ not in titles().heads \
        and tok.lower_ not in titles().modifiers


def _name_end(doc: Doc, i: int) -> int:
    """The end of the name words after the given name (at most three: 'Pena Palacios')."""
    end = i
    while end < len(doc) and end - i < 3 and _name_word(doc[end]):
        end += 1
    return end


def _country_allowed(ent: Span, after: Token) -> bool:
    hit = name_index().get(soft_fold(ent.text))
    is_country = hit is not None and hit[1] == "name"
    return not is_country or after.ent_type_ == "PERSON" or _title_has_state(ent.doc, ent.start - 1) \
        or _closed_name(ent.doc, after.i)


def _closed_name(doc: Doc, i: int) -> bool:
    """The name words from ``i`` are unknown to the gazetteer and the NER alike, and the clause's
    verb or a comma follows them: 'Deputy Foreign Minister Georgia Khatiashvili met ...'."""
    end = _name_end(doc, i)
    if any(doc[k].ent_type_ or soft_fold(doc[k].text) in name_index() for k in range(i, end)):
        return False
    return end < len(doc) and (doc[end].pos_ in {"VERB", "AUX"} or doc[end].text in {",", "(", ";"})


_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "at", "of", "for", "near", "via", "into", "across", "outside"})


def _titled_after(doc: Doc, ent: Span) -> int | None:
    """'received Paris Sabri, Iraq's deputy minister of foreign affairs,': a one-word place (not
    after a preposition of place) and one or two name words (the NER's guess of a place among them
    aside, when the gazetteer does not know it), then a comma and an apposition whose first noun is
    a title: the end of the person's name."""
    prev = doc[ent.start - 1]
    if prev.lower_ in _PLACE_PREPOSITIONS or prev.text[:1].isupper() and prev.is_alpha:
        return None
    end = ent.end
    while end < len(doc) and end - ent.end < 2 and (_name_word(doc[end]) or doc[end].ent_type_ in {"GPE", "LOC"}
                                                   and doc[end].pos_ == "PROPN" and doc[end].is_title
                                                   and soft_fold(doc[end].text) not in name_index()):
        end += 1
    if end == ent.end or end + 1 >= len(doc) or doc[end].text != ",":
        return None
    for k in range(end + 1, min(len(doc), end + 8)):
        if doc[k].ent_type_ == "TITLE":
            return end
        if doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX"}:
            return None
    return None


def _title_has_state(doc: Doc, i: int) -> bool:
    """The title ending at ``i`` has its state before it: 'Israeli Defense Minister',
    "Israel's Defense Minister"."""
    while i >= 0 and (doc[i].ent_type_ == "TITLE" or doc[i].lower_ in titles().modifiers
                      or doc[i].lower_ in titles().domains):
        i -= 1
    return i >= 0 and (doc[i].ent_type_ == "NORP" or doc[i].text in {"'s", "\u2019s"}
                       and i > 0 and doc[i - 1].ent_type_ == "GPE")
