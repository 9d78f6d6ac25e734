"""An organisation that mediates, sponsors or hosts under its auspices the talks of others.

"talks mediated by the African Union", "African Union-sponsored peace talks", "negotiations under
UN auspices", "under the auspices of the OSCE": the organisation is a third party of the talks, not
their setting (the guide lists an IGO among a meeting's countries when one of its officials takes
part; the development sets code the AU-brokered Darfur talks as a meeting of Sudan and the AU, and
the UN-sponsored Cyprus negotiations as one of Cyprus and the UN). Talks between a government and
its rebels are no engagement between states unless such an organisation takes part in them.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_org
from dateline.extract.syntax import entity_at, governing_verb

__all__ = ["igo_mediated", "under_mediator"]


def under_mediator(tok: Token, hops: int = 4) -> bool:
    """``tok`` names the mediator: it hangs from a word of mediation ('United Nations' in 'under
    United Nations auspices', 'EU' in 'the auspices of the EU', 'Union' in 'Union-sponsored')."""
    cur = tok
    for _ in range(hops):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in word_set("mediator_words") or cur.lower_ in word_set("mediator_words"):
            return True
    return False


def _igo(tok: Token) -> bool:
    ent = entity_at(tok.doc, tok.i) if tok.ent_type_ == "ORG" else None
    org = lookup_org(ent.text) if ent is not None else None
    return org is not None and org.kind == "igo"


def igo_mediated(trigger: Token) -> bool:
    """The talks of ``trigger`` name an intergovernmental organisation as their mediator."""
    verb = governing_verb(trigger)
    near = [*trigger.subtree, *(t for c in verb.children if c.dep_ == "prep" for t in c.subtree)]
    return any(_igo(t) and under_mediator(t) for t in near)
