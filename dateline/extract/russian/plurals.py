"""A plural title over coordinated states ("переговоры между премьер-министрами Казахстана и
Узбекистана", "министры иностранных дел Азербайджана и Грузии"): each state's holder of that
office, when the report names exactly one (anywhere in it: "Олжас Бектенов и Абдулла Арипов
подписали ..." after it), is a party where the title stands."""

from __future__ import annotations

from collections.abc import Callable

from dateline.extract.document import ActorDraft, DocState
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc

__all__ = ["plural_holders"]

_JOINS = frozenset({"и", ","})


def _states_after(doc: RuDoc, first_country: str | None, last: int) -> list[str]:
    """The title's own state and the states coordinated right after it ("... Казахстана и
    Узбекистана")."""
    codes = [first_country] if first_country else []
    keys = [t.lemma for t in doc.tokens]
    i = last
    while i + 1 < len(keys) and keys[i] in _JOINS and doc.tokens[i].sent == doc.tokens[last - 1].sent:
        found = L.countries().at(keys, i + 1)
        if found is None:
            break
        codes.append(found.value)
        i = found.last
    return codes


def plural_holders(state: DocState, doc: RuDoc, titles: list[tuple[int, int, str, str | None]],
                   mention: Callable[[ActorDraft, int, int], None]) -> None:
    """``titles``: (first, last token index, English title, state) of the titles found."""
    for first, last, title, country in titles:
        head = next((t for t in doc.tokens[first:last] if t.pos in ("NOUN", "PROPN")), None)
        if head is None or head.feats.get("Number") != "Plur":
            continue
        codes = _states_after(doc, country, last)
        if len(codes) < 2:
            continue
        start, end = doc.tokens[first].start, doc.tokens[last - 1].end
        for code in codes:
            holders = [a for a in state.actors if a.kind == "person" and a.country == code and a.title == title]
            if len(holders) == 1:
                mention(holders[0], start, end)
