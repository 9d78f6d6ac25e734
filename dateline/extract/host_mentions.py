"""'Kobakhidze and his host then held talks': the guest's host is the person who invited or
received the guest (part of the coreference stage, ``coref.run_coref``).

"his host", "her hosts", "their host" owned by a guest go to the person of another state the text
named as inviting the guest ("at the invitation of X", "X invited ..."), else as receiving the guest
("was received by X", "X received ...", "hosted by X"), else to the person of another state named
last. "the host country", "host city" are no person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.extract.coref_common import POSSESSIVES, most_recent, persons
from dateline.extract.counterparts import Resolver
from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.syntax import ancestors, token_at, word_positions
from dateline.lexicons.loader import load_lexicon

__all__ = ["host_mentions"]

_WORDS = load_lexicon("people_coref.yaml")
_HOST_NOUNS = frozenset(_WORDS["host_nouns"])
_INVITING = frozenset(_WORDS["inviting_words"])
_RECEIVING = frozenset(_WORDS["guest_verbs"])


def _role_of(tok: Token) -> int:
    """2 when ``tok`` names an inviter, 1 a receiver of a guest, else 0."""
    for cur in ancestors(tok, 4):
        lemma = cur.lemma_.lower()
        if lemma in _INVITING:
            return 2  # "at the invitation of X", "X invited"
        if lemma in _RECEIVING and cur.pos_ == "VERB" and (tok.dep_ in {"nsubj"} or cur.i != tok.i and any(
                a.dep_ == "agent" for a in ancestors(tok, 3))):
            return 1  # "X received ...", "was received by X"
    return 0


def _host_of(state: DocState, doc: Doc, noun: Token, owner: ActorDraft | None) -> ActorDraft | None:
    named: dict[str, int] = {}
    for m in state.mentions_starting(0, noun.idx):
        actor = state.actor(m.actor_id)
        if actor.kind != "person" or not actor.country or actor is owner \
                or owner is not None and owner.country == actor.country:
            continue
        tok = token_at(doc, m.start)
        role = _role_of(tok) if tok is not None else 0
        named[actor.id] = max(named.get(actor.id, 0), role)
    if not named:
        return None
    best = max(named.values())
    return most_recent(state, noun.idx, [p for p in persons(state) if named.get(p.id, -1) == best])


def host_mentions(state: DocState, doc: Doc, resolve: Resolver) -> None:
    """Give 'his host' the guest's host (``resolve`` reads 'his' as coreference does)."""
    for tok in (doc[i] for i in word_positions(doc, _HOST_NOUNS)):
        if tok.lower_ not in _HOST_NOUNS or tok.pos_ != "NOUN" or tok.i == 0 \
                or doc[tok.i - 1].lower_ not in POSSESSIVES or tok.dep_ == "compound":
            continue  # "the host country", "hosted"
        pron = doc[tok.i - 1]
        if any(m.start <= pron.idx < m.end for m in state.mentions_starting(max(0, pron.idx - 200), tok.idx + 1)
               if m.kind in {"relational", "name", "title"}):
            continue
        owner = resolve(state, doc, pron)
        host = _host_of(state, doc, tok, owner)
        if host is not None:
            host.add_mention(pron.idx, tok.idx + len(tok))
            state.mentions.append(Mention(pron.idx, tok.idx + len(tok), host.id, "relational"))
