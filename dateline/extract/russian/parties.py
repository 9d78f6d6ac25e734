"""The parties of a Russian engagement as states and organisations, and the mentions that can be
parties: those of a sentence, and who invited ("по приглашению X")."""

from __future__ import annotations

from dateline.extract.document import DocState, Mention
from dateline.extract.places import org_by_acronym, org_code
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc, RuToken

__all__ = ["STOP", "invited_by", "party_countries", "sentence_mentions", "topic_mentions"]

STOP = frozenset({".", ";", ":", "!", "?", "(", ")"})


def party_countries(state: DocState, actor_ids: list[str], *, body: bool = False) -> list[str]:
    """The states (and organisations) of the parties; with ``body``, the member states of an
    organisation's group ("государства — члены ШОС") count as the organisation (``SCO``)."""
    codes: list[str] = []
    for actor_id in actor_ids:
        actor = state.actor(actor_id)
        if actor.kind == "group":
            head = actor.name.split()[0]
            if body and org_by_acronym(head) is not None:
                codes.append(org_code(head))
            else:
                codes += actor.members or []
        elif actor.kind == "organization" and actor.acronym:
            codes.append(org_code(actor.acronym))
        elif actor.country:
            codes.append(actor.country)
    return list(dict.fromkeys(codes))


def sentence_mentions(state: DocState, doc: RuDoc, sent: int) -> list[Mention]:
    start, end = doc.sents[sent]
    return [m for m in state.mentions if m.start >= start and m.end <= end]


def invited_by(doc: RuDoc, tokens: list[RuToken], mentions: list[Mention]) -> tuple[set[str], int | None]:
    """Actors named after "по приглашению" (up to the next punctuation or verb)."""
    keys = [t.lemma for t in tokens]
    for match in L.event_words("invitation_of").find(keys):
        first = tokens[match.last].start if match.last < len(tokens) else tokens[-1].end
        stop = next((t.start for t in tokens[match.last:] if t.text in STOP or t.pos == "VERB"),
                    tokens[-1].end)
        if any(t.text == "," for t in tokens[match.last:match.last + 1]):
            continue
        return {m.actor_id for m in mentions if first <= m.start < stop}, tokens[match.first].index
    return set(), None


def topic_mentions(state: DocState, doc: RuDoc, sent: int, trigger: RuToken, mentions: list[Mention]) -> set[int]:
    """Starts of the organisations and groups named after a verb of discussing that follows the
    trigger in its sentence ("в ходе телефонного разговора ... обсудил подготовку к заседанию
    Высшего Евразийского экономического совета"): what was discussed, no party."""
    tokens = doc.tokens_of(sent)
    keys = [t.lemma for t in tokens]
    after = [m.first for m in L.event_words("discussing").find(keys) if tokens[m.first].index > trigger.index]
    if not after or keys[trigger.index - tokens[0].index] in ("обсудить", "обсуждать"):
        return set()
    first = tokens[after[0]].start
    return {m.start for m in mentions if m.start >= first
            and state.actor(m.actor_id).kind in ("organization", "group")}
