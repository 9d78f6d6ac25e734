"""'After the talks, the two leaders signed a cooperation agreement': a document whose signers are told
only as a plural of persons or sides, and whose clause names no person, is signed by the two persons
of the bilateral talks told just before it.

The plural titles the report gives its officials are read first ("the two presidents",
``plural_officials``); this is for the plurals that name no title of theirs ("the two leaders" of two
parliaments' speakers, "the two sides", "both delegations"). The talks lend their persons only when
they are the last bilateral engagement told, a few sentences before, sharing a state with the document
(or any, when the document names none), with two persons not of one state, and told as the document
is (held or planned)."""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.events.signers import collective_signers
from dateline.extract.syntax import token_at

__all__ = ["signed_by_the_pair"]

_TALKS = frozenset({"meeting", "visit", "call"})
_NEAR = 800  # characters between the talks' sentence and the document's


def _persons(state: DocState, ids: list[str]) -> list[str]:
    return [a for a in ids if state.actor(a).kind == "person"]


def signed_by_the_pair(state: DocState, events: list[EventDraft], draft: EventDraft) -> None:
    """Lend ``draft`` (a document told signed by 'the two leaders', ``draft.collective``) the persons of
    the bilateral talks told last before it."""
    if draft.kind != "agreement" or not draft.collective or _persons(state, draft.participants):
        return
    if not _plural_of_persons(state, draft):
        return
    talks = next((e for e in reversed(events) if e.kind in _TALKS), None)
    if talks is not None and talks.kind == "visit":  # "X held talks with Y, who is on a visit": the talks
        talks = next((e for e in reversed(events) if e.kind in _TALKS - {"visit"}
                      and e.sentence[1] >= talks.sentence[0]), talks)
    if talks is None or talks.status != draft.status or not 0 <= draft.sentence[0] - talks.sentence[1] <= _NEAR:
        return
    persons = _persons(state, talks.participants)
    states = set(countries_of(state, persons))
    homes = [state.actor(p).country for p in persons]
    if len(persons) != 2 or None not in homes and len(set(homes)) != 2 \
            or draft.countries and not set(draft.countries) & set(talks.countries):
        return  # not a pair of two states' persons, or talks of other states
    draft.source = [*draft.source, *(p for p in talks.source if p in persons)]
    draft.recipient = [*draft.recipient, *(p for p in persons if p not in draft.source)]
    draft.participants = list(dict.fromkeys([*draft.participants, *draft.source, *draft.recipient]))
    draft.countries = sorted({*draft.countries, *states})


def _plural_of_persons(state: DocState, draft: EventDraft) -> bool:
    """The signing's subject (or agent) is a plural of persons or sides ('the two leaders', 'both
    sides'), not of states ('the two countries')."""
    tok = token_at(state.doc, draft.trigger[0]) if state.doc is not None else None
    return tok is not None and collective_signers(tok, "paired_signers")
