"""A title told with no name beside it ("Генеральный прокурор Кыргызстана пригласил ...",
"Министр также принял участие в заседании") stands for the one person of the story who holds it."""

from __future__ import annotations

import re
from collections.abc import Callable

from dateline.extract.document import ActorDraft, DocState
from dateline.extract.russian.nlp import RuDoc
from dateline.extract.russian.titles import TitleMatch

__all__ = ["title_alone"]

Mentioner = Callable[[ActorDraft, int, int], None]

_MINISTER = "Minister"  # the English of a bare "министр" (``ru_titles.yaml``)
_CHAIN = re.compile(r" – |, ")


def _holds_portfolio(title: str) -> bool:
    """A minister of a portfolio ("Foreign Minister", "Minister of Transport and Communications"),
    whom a bare "Министр" names: not a deputy, nor a prime minister ("премьер-министр" is another
    word)."""
    return (title.endswith(f" {_MINISTER}") or title.startswith(f"{_MINISTER} of ")) \
        and not title.startswith(("Deputy", "First Deputy", "Acting")) and "Prime" not in title


def _named_after(state: DocState, doc: RuDoc, title: TitleMatch, titles: list[TitleMatch]) -> bool:
    """"во главе с председателем делегации по связям со странами Центральной Азии Тинеке
    Стрик": a title whose own complement runs on to a name is that person's, not another
    holder's."""
    last = doc.tokens[title.last - 1]
    for token in doc.tokens[title.last:title.last + 10]:
        if token.sent != last.sent or token.pos in ("VERB", "AUX") or token.text in (
                ",", ".", ";", ":", "(", ")", "«", "»", '"') or any(t.first == token.index for t in titles):
            return False  # (not "Председатель Мажилиса пригласил Сахибу Гафарову": the object; nor
            # "переговоры главы ведомства с министром Вьетнама X": another title's holder)
        if any(m.start == token.start and state.actor(m.actor_id).kind == "person" for m in state.mentions):
            return True
    return False


def title_alone(state: DocState, doc: RuDoc, title: TitleMatch, titles: list[TitleMatch], mention: Mentioner) -> None:
    """A title with no name beside it ("Генеральный прокурор Кыргызстана пригласил ...") names
    the one person of the story who holds it (and is of its country, when it gives one)."""
    if title.used or title.last <= title.first:
        return
    head = next((t for t in doc.tokens[title.first:title.last] if t.pos in ("NOUN", "PROPN")), None)
    if head is None or head.feats.get("Number") == "Plur":
        return  # "министры иностранных дел": the officials of several states
    holders = [a for a in state.actors if a.kind == "person" and a.title is not None and (
        a.title == title.title or a.title.startswith((f"{title.title} –", f"{title.title},", f"{title.title} for "))
        or " of " in title.title and a.title.startswith(f"{title.title} of ")
        or title.title == _MINISTER and any(_holds_portfolio(part) for part in _CHAIN.split(a.title)))
        and (title.country is None or a.country == title.country)]  # (the first office of a chain:
    # "главу Кабмина" for "Председатель Кабинета министров – Руководитель Администрации Президента";
    # "Председатель Мажилиса" for "Chairman of the Mazhilis of the Parliament")
    if len(holders) > 1 and title.title == "President" and title.country is None and state.dateline is not None:
        # "Глава государства подтвердил ..." in an Astana report: Kazakhstan's, the agency's head of
        # state (not a minister two states' ministers are: neither)
        holders = [a for a in holders if a.country == state.dateline.country]
    if len(holders) == 1 and not _named_after(state, doc, title, titles):
        mention(holders[0], doc.tokens[title.first].start, doc.tokens[title.last - 1].end)
