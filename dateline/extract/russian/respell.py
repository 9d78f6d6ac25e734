"""A name spelt again once the text has told its bearer's state.

A name is read into Latin letters when it is first met, by the scheme of the state its title
names ("заместитель министра иностранных дел Туркменистана Вепа Хаджиев" -> Vepa Hajiyev). A
title that names no state leaves the Russian scheme ("Vepa Khadzhiyev"); when a later sentence
tells the state ("Туркменскую делегацию возглавил ..."), the name is read again by that state's
scheme, unless the actor dictionary knows the person already.
"""

from __future__ import annotations

from dateline.extract.document import DocState
from dateline.extract.russian.translit import latin_name
from dateline.gazetteer import translit_key

__all__ = ["respell"]


def respell(state: DocState) -> None:
    for actor in state.actors:
        if actor.kind != "person" or not actor.country or not actor.aliases:
            continue
        cyrillic = actor.aliases[0]
        bare, known = latin_name(cyrillic)
        if known is not None or bare != actor.name:
            continue  # known to the dictionary, or already spelt by a state's scheme
        latin, _ = latin_name(cyrillic, actor.country)
        if latin != actor.name:
            actor.name, actor.key = latin, translit_key(latin)
