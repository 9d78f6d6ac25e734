"""Surnames, short forms and given names standing alone -> the person named in full (the one whose
title precedes it when two people share it: "President Aliyev" vs "Prosecutor General Aliyev",
else the most recent)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.extract.coref_common import covered as _covered
from dateline.extract.coref_common import most_recent as _most_recent
from dateline.extract.coref_common import persons as _persons
from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.known import listed_family_name
from dateline.extract.names import family_name_first, short_forms, surname, surname_keys
from dateline.extract.places import country_code, lookup_place
from dateline.extract.syntax import form_positions, word_positions
from dateline.gazetteer import translit_key
from dateline.lexicons.loader import load_lexicon

__all__ = ["resolve_surnames"]

_NAMES = load_lexicon("name_words.yaml")
_FAMILY_NAME_FIRST = frozenset(_NAMES["family_name_first"] + _NAMES["family_name_first_coref"])
_HYPHEN = frozenset({"-"})
_TITLE_GIVEN_NAMES = frozenset(_NAMES["title_given_names"])
_ROYAL_STYLES = frozenset(_NAMES["royal_styles"])


def _title_before(doc: Doc, tok: Token) -> str | None:
    i = tok.i - 1
    while i >= 0 and doc[i].ent_type_ == "TITLE":
        if doc[i].ent_iob_ == "B":
            return doc[i].ent_id_
        i -= 1
    return None


def _short_only(cands: list[ActorDraft], key: str) -> bool:
    """The key is a short form (not the surname) of every candidate so far."""
    return all(translit_key(surname(c.name)) != key for c in cands)


def resolve_surnames(state: DocState, doc: Doc) -> None:
    """Surnames, short forms and given names alone -> the person named in full."""
    persons = _persons(state)
    by_surname: dict[str, list[ActorDraft]] = {}
    for p in persons:
        if len(p.name.split()) >= 2:
            for key in surname_keys(p.name):  # "Assad" for Bashar al-Assad
                by_surname.setdefault(key, []).append(p)
            if p.country in _FAMILY_NAME_FIRST or p.country is None and listed_family_name(p.name.split()[0]) \
                    or family_name_first(p.name):
                # "Xi" for Xi Jinping; "Cho" for Cho Hyun, whose state the text tells later
                by_surname.setdefault(translit_key(p.name.split()[0]), []).append(p)
    for p in persons:  # "Lula" for Luiz Inacio Lula da Silva, "Faisal" for Faisal bin Farhan
        for key in short_forms(p.name):
            listed = by_surname.setdefault(key, [])
            if p not in listed and _short_only(listed, key):  # a surname beats a short form
                listed.append(p)
    given = _given_names(persons, by_surname)
    if not by_surname and not given:
        return
    _hyphenated_surnames(state, doc, by_surname)
    read = sorted(i for text, found in form_positions(doc).items() if text[:1].isupper() and (
        translit_key(text) in by_surname or translit_key(text) in given) for i in found)  # the others are passed over
    for tok in (doc[i] for i in read):
        if not tok.text[:1].isupper():
            continue
        cands = by_surname.get(translit_key(tok.text))
        if not cands and translit_key(tok.text) in given and _lone_name(tok):
            cands = [given[translit_key(tok.text)]]  # "Prabowo, who arrived on Wednesday, was received"
        if not cands or _covered(state, tok.idx, tok.idx + len(tok)) or _title_told(tok):
            continue
        head = _title_before(doc, tok)
        chosen = None
        if head and len(cands) > 1:
            matching = [c for c in cands if c.title and head.lower() in c.title.lower()]
            chosen = matching[0] if len(matching) == 1 else None
        if chosen is None:
            chosen = _most_recent(state, tok.idx, cands)
        if chosen is not None:
            chosen.add_mention(tok.idx, tok.idx + len(tok))
            state.mentions.append(Mention(tok.idx, tok.idx + len(tok), chosen.id, "surname"))


def _title_told(tok: Token) -> bool:
    """'His Majesty the Sultan', 'His Majesty Sultan Haitham': a title that is also a given name, told
    with the article or after a royal style, is the title (of the monarch), not the given name of another
    official ("Sultan bin Salim Al Habsi")."""
    return tok.lower_ in _TITLE_GIVEN_NAMES and tok.i > 0 and (
        tok.doc[tok.i - 1].lower_ == "the" or tok.doc[tok.i - 1].lower_ in _ROYAL_STYLES)


def _hyphenated_surnames(state: DocState, doc: Doc, by_surname: dict[str, list[ActorDraft]]) -> None:
    """'Diaz-Canel held talks': a hyphenated surname is three tokens, which the word-by-word look-up
    of ``_surnames`` never joins; the parts alone ("Canel") are no one's surname."""
    for i in word_positions(doc, _HYPHEN):
        if not 0 < i < len(doc) - 1 or doc[i - 1].whitespace_ or doc[i].whitespace_:
            continue
        first, last = doc[i - 1], doc[i + 1]
        cands = by_surname.get(translit_key(f"{first.text}-{last.text}"))
        if not cands or not first.text[:1].isupper() or _covered(state, first.idx, last.idx + len(last)):
            continue
        chosen = _most_recent(state, first.idx, cands)
        if chosen is not None:
            chosen.add_mention(first.idx, last.idx + len(last))
            state.mentions.append(Mention(first.idx, last.idx + len(last), chosen.id, "surname"))


def _given_names(persons: list[ActorDraft], by_surname: dict[str, list[ActorDraft]]) -> dict[str, ActorDraft]:
    """The given name of an official named by two words, when it is no one's surname or short form
    and no other person's given name: wire copy calls Prabowo Subianto "Prabowo" and Anwar Ibrahim
    "Anwar" (names written family name first have their key already)."""
    found: dict[str, list[ActorDraft]] = {}
    for p in persons:
        words = p.name.split()
        if len(words) == 2 and p.title and not family_name_first(p.name) and p.country not in _FAMILY_NAME_FIRST:
            found.setdefault(translit_key(words[0]), []).append(p)
    return {k: ps[0] for k, ps in found.items() if k and len(ps) == 1 and k not in by_surname}


def _lone_name(tok: Token) -> bool:
    """A one-word proper name standing as a phrase of its own ('Prabowo and Khaled signed'), not
    the first word of a longer name nor a place."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return tok.pos_ == "PROPN" and tok.dep_ != "compound" and not any(c.dep_ == "compound" for c in tok.children) \
        and (nxt is None or not nxt.text[:1].isupper()) and lookup_place(tok.text) is None \
        and country_code(tok.text) is None
