"""A body's next sitting is the body meeting again.

"The Coordination Council of Prosecutors General of the CIS held its regular meeting in Bishkek ...
The council decided that its next meeting will be held in Baku next year", "Justice ministers of the
five Central Asian states met in Tashkent ... The ministers agreed that their next meeting will be
held in Bishkek": the next meeting of the body (or of the ministers) whose sitting the report told
is a planned multilateral meeting, not talks between the last two people the story named. Its
countries are the organisation and the host when the sitting was one of an organisation's body (the
guide's "planned meeting of an IGO body whose participants the text does not list"), else the
states that met. It names no one. One pass over the document's events.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import igo_codes
from dateline.extract.syntax import governing_verb, token_at

__all__ = ["body_sitting", "next_sittings"]


def body_sitting(trigger: Token) -> bool:
    """'(The council) decided that its next meeting ...', '(The ministers) agreed that their next
    meeting ...', 'the next meeting of the council': the sitting belongs to a body or a group of
    officials told before (not "the two ministers", "both sides")."""
    if not any(c.dep_ == "amod" and c.lower_ in word_set("future_adjectives") for c in trigger.children):
        return False
    owners = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj"]
    if any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in trigger.children):
        verb = governing_verb(trigger)
        while verb.dep_ in {"ccomp", "xcomp", "advcl"} and verb.head.i != verb.i:
            verb = verb.head  # "that its next meeting will be held": the deciding clause
        owners += [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    bodies = word_set("igo_bodies") | word_set("sitting_bodies")
    return any((o.lemma_.lower() in bodies or o.lower_ in bodies) and o.text.islower()
               and not any(c.lower_ in word_set("dual_words") or c.like_num for c in o.children)
               for o in owners)


def _bare_next(trigger: Token) -> bool:
    """'the next meeting', 'the next session' with no owner and no counterpart: the sitting of
    whatever body the report told last ('decided to hold the next meeting in Baku in 2026')."""
    return any(c.dep_ == "amod" and c.lower_ in word_set("future_adjectives") for c in trigger.children) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in trigger.children) and not any(
        c.dep_ in {"poss", "compound"} or c.dep_ == "prep" and c.lower_ in {"of", "with", "between"}
        or c.dep_ == "amod" and c.lower_ in word_set("bilateral_modifiers") for c in trigger.children)


def next_sittings(state: DocState, events: list[EventDraft]) -> None:
    """Make the next sitting of a body told before a planned multilateral meeting of that body
    (``body_sitting`` made it multilateral while the sentence was read: it keeps its parties then)."""
    if state.doc is None:
        return
    igos = igo_codes()
    for event in events:
        if event.kind not in {"meeting", "multilateral"} or event.status != "planned":
            continue
        trigger = token_at(state.doc, event.trigger[0])
        if trigger is None or trigger.pos_ != "NOUN":
            continue
        sitting = next((e for e in reversed(events) if e.kind in {"multilateral", "gathering"}
                        and e.trigger[0] < event.trigger[0] and e.status == "occurred"), None)
        if not body_sitting(trigger) and not (sitting is not None and _bare_next(trigger) and not any(
                sitting.trigger[0] < e.trigger[0] < event.trigger[0] for e in events if e.kind == "meeting")):
            continue  # "it was decided to hold the next meeting in Baku": the sitting told last, no talks since
        if sitting is None:
            if event.kind == "multilateral" and len([c for c in event.countries if c not in igos]) <= 2:
                event.kind = "meeting"  # "the next meeting of the (two states') commissions": bilateral talks
            continue
        orgs = [c for c in sitting.countries if c in igos]
        host = event.place.country if event.place is not None else None
        event.kind = "multilateral"
        event.countries = sorted({*orgs, *([host] if host else [])}) if orgs else list(sitting.countries)
        kept = [a for a in sitting.participants if state.actor(a).kind != "person"]
        if orgs:
            kept = [a for a in kept if state.actor(a).kind == "organization"]
        event.participants = kept
        event.source, event.recipient = kept[:1], kept[1:]
        event.attendees = []
        event.igo_meeting = bool(orgs)
