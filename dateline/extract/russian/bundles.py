""""Подписан пакет документов", "были подписаны 15 документов": documents signed in a bundle, not
named one by one, and told passively, are signed by no one the text names unless their own
sentence names someone ("министры подписали пакет документов" keeps the ministers of the talks).
The story's visitor and host, or the officials of the talks told before, are not taken as their
signers (their states still count). So too a named document signed, told passively in a sentence
of its own ("По итогам переговоров подписан Меморандум о ..."): the text does not say who signed
(``ru_dev/README``), unless a later sentence does ("Документ скрепили подписями X и Y", joined
before the story frame lends its people)."""

from __future__ import annotations

from collections.abc import Sequence

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.domestic_acts import domestic_act
from dateline.extract.russian.nlp import RuDoc

__all__ = ["bundle_signers", "unsigned"]


def _bundle(doc: RuDoc, event: EventDraft) -> bool:
    """Whether the signing's sentence counts or bundles its documents ("пакет документов в сфере
    ...", "ряд межправительственных соглашений", "более двадцати документов", "15 документов"):
    a bundle word or a number a few words before a document word."""
    token = doc.token_at(event.trigger[0])
    if token is None:
        return False
    tokens = doc.tokens_of(token.sent)
    keys = [t.lemma for t in tokens]
    documents = {m.first for m in L.event_words("documents").find(keys)}
    bundles = L.event_words("document_bundles")
    return any((tokens[i].text[:1].isdigit() or bundles.at(keys, i) is not None)
               and documents & set(range(i + 1, i + 5)) for i in range(len(tokens)))


def _passive(doc: RuDoc, event: EventDraft) -> bool:
    """"подписан", "были подписаны", "подписание": a signing told without its signers as the
    verb's subject (not "министры подписали")."""
    token = doc.token_at(event.trigger[0])
    return token is None or token.pos != "VERB" or token.feats.get("VerbForm") == "Part" \
        or token.feats.get("Voice") == "Pass"


def _told_signing(state: DocState, doc: RuDoc, event: EventDraft, actor: str) -> bool:
    """Whether a person the signing's sentence names is told as its signer: a mention of theirs
    inside the signing verb's clause ("подписаны Президентами X и Y"), or inside the clause of a
    signing verb of the next sentence ("Документ в тот же день подписали X и Y"); not told in a
    clause the signing is a relative of ("X посетил Баку, в ходе которого были подписаны ...") nor
    as the guest or party of an engagement it was signed at ("в ходе визита Президента X ...
    подписан ряд документов"). Persons only another sentence names are its own."""
    trigger = doc.token_at(event.trigger[0])
    if trigger is None:
        return True
    told_here = False
    for start, _ in state.actor(actor).mentions:
        token = doc.token_at(start)
        if token is None or token.sent not in (trigger.sent, trigger.sent + 1):
            continue
        told_here = told_here or token.sent == trigger.sent
        seen: set[int] = set()
        while token is not None and token.index not in seen:
            seen.add(token.index)
            cue = L.cues().at([token.lemma], 0) if token.pos in ("NOUN", "VERB") else None
            if token.index == trigger.index or cue is not None and cue.value.kind == "agreement" \
                    and token.pos == "VERB" and token.sent != trigger.sent and not domestic_act(doc, token):
                return True
            if cue is not None and cue.value.kind != "agreement" and token.pos == "NOUN":
                break  # a noun of the engagement the signing was held at
            token = doc.tokens[token.head] if token.head is not None else None
    return not told_here


def _persons(state: DocState, ids: list[str]) -> bool:
    return any(state.actor(a).kind == "person" for a in ids)


def unsigned(state: DocState, doc: RuDoc, events: list[EventDraft]) -> list[EventDraft]:
    """Signings held, told passively, that name no person of their own before the story frame."""
    return [e for e in events if e.kind == "agreement" and e.status == "occurred"
            and _passive(doc, e) and not _persons(state, [*e.source, *e.recipient, *e.participants])]


def bundle_signers(state: DocState, doc: RuDoc, events: list[EventDraft],
                   told_unsigned: Sequence[EventDraft] = ()) -> None:
    for event in events:
        if event.kind != "agreement" or not _passive(doc, event) or not (
                _bundle(doc, event) or any(event is e for e in told_unsigned)):
            continue
        own = {a for a in event.own_parties or [] if state.actor(a).kind == "person"
               and _told_signing(state, doc, event, a)}
        if own:
            continue
        for ids in (event.source, event.recipient, event.participants):
            ids[:] = [a for a in ids if state.actor(a).kind != "person"]
