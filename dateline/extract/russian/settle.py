"""The kind an engagement ends with once the story frame has given it its parties.

A meeting is told before its parties are all known ("Участники совещания были приняты
Президентом Туркменистана": the story's five states); talks of three states or more are
``multilateral`` (the guide), unless told "двусторонние". A sitting of a body of two states and no organisation ("заседание
Высшего межгосударственного совета", "Высшего государственного совета Союзного государства") is
a ``meeting``, as the guide's bilateral bodies are.
"""

from __future__ import annotations

from dateline.extract.document import EventDraft
from dateline.extract.places import org_by_acronym
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc

__all__ = ["settle_kinds"]


def _states(codes: list[str]) -> tuple[list[str], list[str]]:
    states = [c for c in codes if len(c) == 3 and c.isupper() and org_by_acronym(c) is None]
    return states, [c for c in codes if c not in states]


def _bilateral(doc: RuDoc, index: int) -> bool:
    """"ряд двусторонних встреч": talks of two sides each, however many states the story has."""
    return any(t.lemma == "двусторонний" for t in doc.tokens[max(0, index - 3):index + 2])


def settle_kinds(doc: RuDoc, events: list[EventDraft]) -> None:
    for event in events:
        states, orgs = _states(event.countries)
        token = doc.token_at(event.trigger[0])
        if token is None:
            continue
        if event.kind == "meeting" and len(states) >= 3 and not _bilateral(doc, token.index):
            event.kind = "multilateral"
        elif event.kind == "multilateral" and len(states) == 2 and not orgs:
            if L.event_words("sittings").at([token.lemma], 0) is not None:
                event.kind = "meeting"
