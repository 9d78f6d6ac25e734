"""Acts of one state's own law signed: no agreement between states.

"Президент подписал Закон «О государственной службе»", "подписан указ о назначении посла",
"Постановление, подписанное Премьер-министром": what the signing verb signs is a law, decree or
resolution (``domestic_acts`` in ``ru_events.yaml``), an act of the signer's own state.
"""

from __future__ import annotations

from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc, RuToken

__all__ = ["domestic_act"]


def domestic_act(doc: RuDoc, trigger: RuToken) -> bool:
    """Whether what the signing verb signs is an act of one state's own law: its object or passive
    subject ("подписал Закон", "подписан указ"), or the noun its participle describes ("Закон,
    подписанный Президентом")."""
    signed = [t for t in doc.tokens_of(trigger.sent) if t.head == trigger.index and t.rel in ("obj", "nsubj", "nsubj:pass")]
    if trigger.rel in ("acl", "amod") and trigger.head is not None:
        signed.append(doc.tokens[trigger.head])
    return any(L.event_words("domestic_acts").at([t.lemma], 0) is not None for t in signed)
