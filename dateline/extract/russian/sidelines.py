"""Engagements held on the sidelines of a gathering ("встречались ... на полях саммита
Организации тюркских государств", "провели переговоры в ходе форума").

The organisation named in the sidelines phrase is the gathering's, not a party to the talks
held beside it (:func:`venue_mentions`, used when the talks' parties are read); and whoever met
on its sidelines attended the gathering (:func:`attendees`, after the story frame has named
them)."""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft, Mention
from dateline.extract.places import org_by_acronym
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc, RuToken

__all__ = ["attendees", "sat_before", "venue_mentions"]

_ENDS = frozenset({",", ".", ";", ":", "!", "?", "(", ")"})


def _venues(doc: RuDoc, sent: int) -> list[tuple[int, int, int]]:
    """The sidelines phrases of a sentence: (start, end, gathering trigger token index), a
    "на полях / в ходе / в рамках" followed by the noun of a summit, forum or conference (over
    its modifiers), or "для участия в" or "на полях" followed by a gathering or a sitting."""
    tokens = doc.tokens_of(sent)
    keys = [t.lemma for t in tokens]
    out = []
    attending = {m.first for m in L.event_words("attending").find(keys)}
    beside = {m.first for m in L.event_words("sidelines").find(keys)}
    for match in [*L.event_words("backref").find(keys), *L.event_words("attending").find(keys)]:
        i = match.last
        while i < len(tokens) and tokens[i].pos in ("ADJ", "NUM"):
            i += 1
        cue = L.cues().at(keys, i) if i < len(tokens) else None
        sitting = cue is not None and L.event_words("sittings").at(keys, i) is not None
        if cue is None or cue.value.kind not in ("gathering", "multilateral", "meeting") or (
                sitting or cue.value.kind != "gathering") and match.first not in attending | beside:
            continue  # a sitting ("в ходе заседания") is itself a meeting of the states at it; one
            # come to take part in ("прибыл для участия в заседании Совета") is not, nor one on
            # whose sidelines two of them met ("на полях заседания СМИД СНГ встретился с X")
        end = next((t.start for t in tokens[i:] if t.text in _ENDS or t.pos in ("VERB", "AUX")), tokens[-1].end)
        out.append((tokens[match.first].start, end, tokens[i].index))
    return out


def venue_mentions(state: DocState, doc: RuDoc, sent: int, trigger: RuToken,
                   mentions: list[Mention]) -> set[int]:
    """Starts of the organisations and groups named in a sidelines phrase of the sentence
    that does not hold the trigger itself, and the states named after its gathering's noun: the
    gathering's, no party to the talks."""
    out: set[int] = set()
    for start, end, gathering in _venues(doc, sent):
        if gathering == trigger.index or start <= trigger.start < end:
            continue
        out |= {m.start for m in mentions if start <= m.start < end
                and state.actor(m.actor_id).kind in ("organization", "group")}
        # the states of the gathering's name: "на полях саммита «Центральная Азия – Китай»"
        out |= {m.start for m in mentions if doc.tokens[gathering].end <= m.start < end
                and state.actor(m.actor_id).kind == "country"}
    return out


def sat_before(draft: EventDraft, events: list[EventDraft]) -> bool:
    """Whether a sitting or gathering of the draft's organisation was told before (by another
    name: "заседание Совета министров иностранных дел государств – членов ШОС", then "на полях
    заседания СМИД ШОС")."""
    orgs = {c for c in draft.countries if org_by_acronym(c) is not None}
    return any(e.kind in ("multilateral", "gathering") and orgs & set(e.countries) for e in events)


def attendees(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    """The people of talks held on a gathering's sidelines attended it (its persons, not its
    states: a gathering lists its host and organising IGO)."""
    for event in events:
        if event.kind not in ("meeting", "call", "agreement"):
            continue
        sent = doc.sentence_of(event.trigger[0])
        for _, _, index in _venues(doc, sent):
            gathering = next((g for g in events if g.kind in ("gathering", "multilateral")
                              and doc.token_at(g.trigger[0]) is doc.tokens[index]), None)
            if gathering is None:
                continue
            for actor_id in event.participants:
                if state.actor(actor_id).kind == "person" and actor_id not in gathering.participants:
                    gathering.participants.append(actor_id)
                    gathering.recipient.append(actor_id)


def took_part(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    """"В мероприятии также приняли участие X, Y и Z", "X подтвердил свое участие в саммите", "X
    выступил на пленарном заседании форума": a
    sentence that tells who took part (or will) and
    holds no event of its own names those who attended the gathering or sitting told last before
    it (the people, and for a sitting their states too)."""
    for sent in range(len(doc.sents)):
        start, end = doc.sents[sent]
        keys = [t.lemma for t in doc.tokens_of(sent)]
        if not any(k in ("принять", "подтвердить") and ("участие" in keys[i + 1:i + 4] or "участие" in keys[max(0, i - 4):i])
                   or L.event_words("speaking_at").at(keys, i) is not None and "на" in keys[i + 1:i + 5]
                   for i, k in enumerate(keys)) or any(
                start <= e.trigger[0] < end for e in events):
            continue  # (or spoke at it: "выступил на пленарном заседании форума")
        before = [e for e in events if e.trigger[0] < start]
        if not before or before[-1].kind not in ("gathering", "multilateral"):
            continue
        event = before[-1]
        for mention in state.mentions:
            actor = state.actor(mention.actor_id)
            if not start <= mention.start < end or actor.kind not in ("person", "country"):
                continue
            if actor.kind == "person" and actor.id not in event.participants:
                event.participants.append(actor.id)
                event.recipient.append(actor.id)
            if event.kind == "multilateral" and actor.country and actor.country not in event.countries:
                event.countries.append(actor.country)
