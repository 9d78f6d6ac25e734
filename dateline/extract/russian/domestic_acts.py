"""Acts of one state's own law signed: no agreement between states.

"Президент подписал Закон «О государственной службе»", "подписан указ о назначении посла",
"Постановление, подписанное Премьер-министром": what the signing verb signs is a law, decree or
resolution (``domestic_acts`` in ``ru_events.yaml``), an act of the signer's own state.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc, RuToken

__all__ = ["domestic_act", "held_at_home"]


def domestic_act(doc: RuDoc, trigger: RuToken) -> bool:
    """Whether what the signing verb signs is an act of one state's own law: its object or passive
    subject ("подписал Закон", "подписан указ"), or the noun its participle describes ("Закон,
    подписанный Президентом")."""
    signed = [t for t in doc.tokens_of(trigger.sent) if t.head == trigger.index and t.rel in ("obj", "nsubj", "nsubj:pass")]
    if trigger.rel in ("acl", "amod") and trigger.head is not None:
        signed.append(doc.tokens[trigger.head])
    return any(L.event_words("domestic_acts").at([t.lemma], 0) is not None for t in signed)


def held_at_home(state: DocState, doc: RuDoc, draft: EventDraft, trigger: RuToken) -> bool:
    """"Президент провел совещание с членами Кабинета министров по вопросам ...", "провел рабочее
    совещание по вопросам строительства": a sitting with no genitive name of its own that a verb of holding
    has as its object, in a clause naming parties of one state at most, is a working meeting at
    home, no engagement between states."""
    head = doc.tokens[trigger.head] if trigger.head is not None else None
    after = doc.tokens[trigger.index + 1] if trigger.index + 1 < len(doc.tokens) else None
    if after is not None and after.sent == trigger.sent and after.pos not in ("ADP", "PUNCT"):
        return False  # named by a genitive: "провели заседание Межправительственной комиссии"
    if trigger.rel != "obj" or head is None or L.event_words("holding").at([head.lemma], 0) is None:
        return False
    parties = [state.actor(a) for a in draft.participants]
    return not any(a.kind in ("organization", "group") for a in parties) and len(
        {a.country for a in parties if a.country}) <= 1
