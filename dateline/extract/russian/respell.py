"""A name spelt again once the text has told its bearer's state.

A name is read into Latin letters when it is first met, by the scheme of the state its title
names ("заместитель министра иностранных дел Туркменистана Вепа Хаджиев" -> Vepa Hajiyev). A
title that names no state leaves the Russian scheme ("Vepa Khadzhiyev"); when a later sentence
tells the state ("Туркменскую делегацию возглавил ..."), the name is read again by that state's
scheme, unless the actor dictionary knows the person already. A person whose state the text never
tells, and whose surname ends as the region's names do ("Помощник Президента – заведующий Отделом
... Хикмет Гаджиев"), is spelt by the scheme of the dateline's state, the agency's own (Trend's
Hajiyev, not Gadzhiyev), for the states whose names English copy writes by their own letters
(``agency_scheme`` in ``ru_foreign_names.yaml``); the person's state stays untold.
"""

from __future__ import annotations

from dateline.extract.document import DocState
from dateline.extract.russian.translit import latin_name, own_ending
from dateline.gazetteer import translit_key
from dateline.lexicons.loader import load_lexicon

__all__ = ["respell"]


def respell(state: DocState) -> None:
    agency = state.dateline.country if state.dateline is not None else None
    if agency not in load_lexicon("ru_foreign_names.yaml")["regional"]["agency_scheme"]:
        agency = None
    for actor in state.actors:
        if actor.kind != "person" or not actor.aliases:
            continue
        cyrillic = actor.aliases[0]
        scheme = actor.country or (agency if own_ending(cyrillic) and len(cyrillic.split()) >= 2 else None)
        if scheme is None:
            continue
        bare, known = latin_name(cyrillic)
        if known is not None or bare != actor.name:
            continue  # known to the dictionary, or already spelt by a state's scheme
        latin, _ = latin_name(cyrillic, scheme)
        if latin != actor.name:
            actor.name, actor.key = latin, translit_key(latin)
