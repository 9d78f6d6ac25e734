"""The actors the people stage has found so far, indexed: a look-up is by key, not a scan.

The people stage asks, for each name and entity of the document, whether its actor is already
known (a person by name key, a country by code, an organisation or a group by key, a person by
a later bare surname). Each of those was a scan of every actor found so far, which made a long
document's people stage quadratic in its length. The roster keeps one dictionary per question;
it answers exactly as the scans did (the first actor, in the order found, that matches).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from dateline.extract.document import ActorDraft, ActorKind, DocState, Mention
from dateline.extract.names import patronymic_heads, short_forms, surname_keys
from dateline.gazetteer import translit_key

__all__ = ["NameMentions", "Roster", "SurnameKeys", "name_keys"]


@dataclass(frozen=True, slots=True)
class SurnameKeys:
    """The keys a later bare surname is matched with against a person of two words or more."""

    lasts: frozenset[str]  # the surname ("assad" and "al-assad")
    whole: str  # the whole name's key: a surname of several words ends it
    short: tuple[str, ...]  # a middle or given name used alone ("lula", "faisal")
    first: str  # the first word: the family name where it is written first ("cho" for Cho Hyun)

    def suffixes(self) -> list[str]:
        """Every ending of ``whole`` that starts after a space: the keys ``whole`` ends with."""
        return [self.whole[i + 1:] for i, ch in enumerate(self.whole) if ch == " "]


@lru_cache(maxsize=4096)
def name_keys(name: str) -> SurnameKeys:
    """The keys of ``name`` (computed once a name, not once per surname and actor)."""
    words = name.split()
    return SurnameKeys(frozenset(surname_keys(name)), translit_key(name), tuple(short_forms(name)),
                       translit_key(words[0]))


@dataclass(slots=True)
class Roster:
    """``state.actors`` with an index per look-up of the people stage. Actors are added through
    :meth:`add` only (the stage never removes one, nor changes a name, key or country code)."""

    state: DocState
    _by_key: dict[tuple[ActorKind, str | None], ActorDraft] = field(default_factory=dict)
    _persons: list[ActorDraft] = field(default_factory=list)  # of two words or more, in order
    _surnames: dict[str, list[int]] = field(default_factory=dict)  # key -> positions in _persons
    _named: dict[str | None, list[ActorDraft]] = field(default_factory=dict)  # every person of a name key
    _heads: dict[str, list[ActorDraft]] = field(default_factory=dict)  # "abdulah bin zaed" -> ... Al Nahyan

    def __post_init__(self) -> None:
        for actor in list(self.state.actors):
            self._index(actor)

    def find(self, kind: ActorKind, key: str | None) -> ActorDraft | None:
        """The actor of ``kind`` with ``key`` (a country's key is its code)."""
        return self._by_key.get((kind, key))

    def persons_named(self, key: str) -> list[ActorDraft]:
        """Every person whose name key is ``key``, in the order found (namesakes are several)."""
        return self._named.get(key, [])

    def patronymic(self, key: str) -> ActorDraft | None:
        """The one person whose full name begins with the patronymic name of key ``key``
        ("Abdullah bin Zayed" after "Abdullah bin Zayed Al Nahyan"), if only one does."""
        found = self._heads.get(key, [])
        return found[0] if len(found) == 1 else None

    def add(self, actor: ActorDraft) -> ActorDraft:
        self.state.actors.append(actor)
        self._index(actor)
        return actor

    def mention(self, actor: ActorDraft, start: int, end: int, kind: str) -> ActorDraft:
        """A mention of ``actor`` at ``start``..``end``, on the actor and in the document's list."""
        actor.add_mention(start, end)
        self.state.mentions.append(Mention(start, end, actor.id, kind))
        return actor

    def _index(self, actor: ActorDraft) -> None:
        self._by_key.setdefault((actor.kind, actor.key), actor)
        if actor.kind == "person":
            self._named.setdefault(actor.key, []).append(actor)
            for head in patronymic_heads(actor.name):
                self._heads.setdefault(head, []).append(actor)
        if actor.kind != "person" or len(actor.name.split()) < 2:
            return
        position = len(self._persons)
        self._persons.append(actor)
        keys = name_keys(actor.name)
        for key in {*keys.lasts, *keys.suffixes(), *keys.short, keys.first}:
            self._surnames.setdefault(key, []).append(position)

    def first_person(self, key: str, matches: Callable[[ActorDraft, SurnameKeys], bool]
                     ) -> ActorDraft | None:
        """The first person (of two words or more, in the order found) that ``matches`` a bare
        surname whose key is ``key``: only those with ``key`` among their keys are tried, which
        are all the persons ``matches`` can accept when it asks for ``key`` in one of them."""
        candidates = self._surnames.get(key, []) if key else range(len(self._persons))
        for position in candidates:  # ascending: the order found
            actor = self._persons[position]
            if matches(actor, name_keys(actor.name)):
                return actor
        return None


class NameMentions:
    """The persons' name mentions of the document, sorted: whether a span overlaps one is two
    binary searches, not a scan of every mention (once per organisation entity, that was
    quadratic in a long document's length)."""

    def __init__(self, mentions: list[Mention]) -> None:
        spans = sorted((m.start, m.end) for m in mentions if m.kind == "name")
        self._starts = [s for s, _ in spans]
        self._reach: list[int] = []  # the furthest end among the first i + 1 spans
        for _, end in spans:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def overlaps(self, start: int, end: int) -> bool:
        """A name mention ``m`` with ``m.start < end and start < m.end``."""
        before = bisect_left(self._starts, end)  # the spans that start before ``end``
        return before > 0 and self._reach[before - 1] > start
