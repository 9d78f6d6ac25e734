"""Delegations arriving together are no visit: "в столицу прибудут делегации всех государств
Содружества", "В Астану прибыли делегации Казахстана, Узбекистана и Туркменистана" tell who comes to
a gathering, not one state's visit to another (the gathering, when told, has them as attendees).

A visit told by a travel verb whose own word for the travellers is "делегации" in the plural (the
verb's subject, or the noun the parser hangs on it) is dropped.
"""

from __future__ import annotations

from dateline.extract.document import EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc

__all__ = ["no_delegations_arriving"]


def _delegations_travel(doc: RuDoc, event: EventDraft) -> bool:
    verb = doc.token_at(event.trigger[0])
    if verb is None or verb.pos not in ("VERB", "AUX") or verb.feats.get("Number") != "Plur":
        return False
    return any(t.head == verb.index and t.rel in ("nsubj", "nmod") and t.feats.get("Number") == "Plur"
               and L.title_words("delegations").at([t.lemma], 0) is not None
               for t in doc.tokens_of(verb.sent))


def no_delegations_arriving(doc: RuDoc, events: list[EventDraft]) -> list[EventDraft]:
    return [e for e in events if not (e.kind == "visit" and _delegations_travel(doc, e))]
