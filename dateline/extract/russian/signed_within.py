"""A signing told in a relative clause on the engagement it was signed at.

"совершил государственный визит в Венгрию, в ходе которого был подписан ряд документов",
"провел переговоры с Президентом Монголии, по итогам которых подписан ...": the clause of the
signing hangs on the noun of a visit or talks told in the same sentence, and the documents are
between that engagement's states, not the states of the story the report is about.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian.nlp import RuDoc

__all__ = ["signed_within"]


def _host(doc: RuDoc, event: EventDraft, events: list[EventDraft]) -> EventDraft | None:
    """The told engagement whose noun the signing's relative clause ("в ходе которого") is on."""
    trigger = doc.token_at(event.trigger[0])
    if trigger is None or trigger.head is None or trigger.rel != "acl:relcl":
        return None
    relative = any(t.lemma == "который" and (t.head == trigger.index or t.head is not None and doc.tokens[
        t.head].head == trigger.index) for t in doc.tokens_of(trigger.sent))
    if not relative:
        return None
    noun = doc.tokens[trigger.head]
    return next((e for e in events if e is not event and e.kind in ("visit", "meeting", "multilateral")
                 and e.trigger[0] <= noun.start < e.trigger[1]), None)


def signed_within(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    for event in events:
        if event.kind != "agreement":
            continue
        host = _host(doc, event, events)
        if host is None or len(host.countries) < 2 or set(host.countries) == set(event.countries):
            continue
        states = [a for a in host.participants if state.actor(a).kind != "person"]
        event.drop_parties({a for a in [*event.source, *event.recipient, *event.participants]
                            if state.actor(a).kind != "person" and state.actor(a).country not in host.countries})
        event.participants += [a for a in states if a not in event.participants]
        event.countries = list(host.countries)
