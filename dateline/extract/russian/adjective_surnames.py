"""Surnames declined like adjectives, read back from the nominative the text gives.

"Швыдкой", "Толстой", "Заболотный", "Лановой" are declined as adjectives: "с Михаилом Швыдким",
"принял Михаила Швыдкого". From an oblique form the nominative's ending cannot be told (-ой, -ый
or -ий: "Швыдкого" is Швыдкой's and Швыдкий's alike), and pymorphy3 guesses -ий; "Лановым" is
the instrumental of Ланов and of Лановой alike. A man's surname of this kind ends -ой, -ый or -ий in
the nominative only (its oblique forms end -ого, -ому, -ым, -ом), so the surname's stem with one of
these endings after the man's initial or given name ("М.Швыдкой отметил", "Олег Лановой") is the
nominative itself (not a woman's oblique "Ивановой" after another name): the name takes it, and its
Latin spelling is read again.
"""

from __future__ import annotations

import re

from dateline.extract.document import DocState
from dateline.extract.russian.names import name_gender
from dateline.extract.russian.translit import latin_name
from dateline.gazetteer import translit_key

__all__ = ["adjective_surnames"]

_ENDINGS = ("ой", "ый", "ий")
_POSSESSIVE = ("ов", "ев", "ин", "ын")


def adjective_surnames(state: DocState) -> None:
    for actor in state.actors:
        if actor.kind != "person" or not actor.aliases:
            continue
        words = actor.aliases[0].split()
        last = words[-1] if len(words) >= 2 else ""
        if len(last) < 5 or name_gender(actor.aliases[0]) != "masc":
            continue
        if last.lower().endswith(_ENDINGS):
            stem = last[:-2]
        elif last.lower().endswith(_POSSESSIVE):
            stem = last  # "Лановым" read as Ланов's
        else:
            continue
        before = rf"(?:{re.escape(words[0][0])}\.\s?|{re.escape(words[0])}\s)"
        told = set(re.findall(rf"(?<![А-Яа-яЁё]){before}{re.escape(stem)}(ой|ый|ий)(?![А-Яа-яЁё])", state.text))
        if len(told) != 1 or stem + next(iter(told)) == last:
            continue
        nominative = " ".join([*words[:-1], stem + told.pop()])
        latin, _ = latin_name(nominative, actor.country)
        actor.aliases[0] = nominative
        actor.name, actor.key = latin, translit_key(latin)
