"""A person named again by initial and surname ("М.Нуртлеу", "с Б. Саидовым", "А.Лукашенко и
Ш.Мирзиёев", "Дж.Байрамов": дж, one sound, is initialled with both letters), which Natasha's NER often leaves out after the first mention.

Such a name is a mention of the person named before whose Cyrillic name has that surname (in any
case: the surname's stem, all but a last letter of a feminine "-а"/"-я") and, when it gives one,
a given name with that initial. A name matching no one, or more than one, is left alone.

A surname alone that the NER left out ("Находящийся в Баку с рабочим визитом Оверчук накануне был
принят ...") is, in the same way, a mention of the one person named before with that surname.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dateline.extract.document import ActorDraft, DocState

__all__ = ["bare_surnames", "initialled"]

_CAPITALISED = re.compile(r"(?<![\w.-])[А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")
_INITIALLED = re.compile(r"(?<![\w.])(Дж|[А-ЯЁ])\.\s?(?:[А-ЯЁ]\.\s?)?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)")


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _same_surname(word: str, surname: str) -> bool:
    """"Саидовым" of "Саидов", "Нарбаевой" of "Нарбаева", "Нуртлеу" of "Нуртлеу"."""
    word, surname = _fold(word), _fold(surname)
    if len(surname) < 4:
        return word == surname
    stem = surname[:-1] if surname[-1] in "ая" else surname
    return word.startswith(stem) and len(word) - len(surname) <= 3


def _matches(actor: ActorDraft, initial: str, surname: str) -> bool:
    for alias in actor.aliases or []:
        words = alias.split()
        if len(words) < 2 or not _same_surname(surname, words[-1]):
            continue
        if _fold(words[0]).startswith(_fold(initial)):
            return True
    return False


def initialled(state: DocState, mention: Callable[[ActorDraft, int, int], None]) -> None:
    """Mention the person each initial + surname names (``mention(actor, start, end)``)."""
    covered = [(m.start, m.end) for m in state.mentions]
    persons = [a for a in state.actors if a.kind == "person"]
    for found in _INITIALLED.finditer(state.text, state.body_start):
        start, end = found.span()
        if any(a < end and start < b for a, b in covered):
            continue
        named = [a for a in persons if _matches(a, found.group(1), found.group(2))]
        if len(named) == 1:
            mention(named[0], start, end)


def bare_surnames(state: DocState, mention: Callable[[ActorDraft, int, int], None]) -> None:
    """Mention the one person named before (with a given name) whose surname a capitalised
    word left out by the NER is."""
    covered = [(m.start, m.end) for m in state.mentions]
    persons = [a for a in state.actors if a.kind == "person"]
    for found in _CAPITALISED.finditer(state.text, state.body_start):
        start, end = found.span()
        if any(a < end and start < b for a, b in covered):
            continue
        named = [a for a in persons if any(m.actor_id == a.id and m.end <= start for m in state.mentions)
                 and any(len(alias.split()) >= 2 and _same_surname(found.group(0), alias.split()[-1])
                         for alias in a.aliases or [])]
        if len(named) == 1:
            mention(named[0], start, end)
