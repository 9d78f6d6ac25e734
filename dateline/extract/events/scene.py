"""One scene across sentences: 'In Mombasa, Ruto told reporters ... . Ruto later met Museveni.'

Talks whose own sentence names no place take the place of the scene their participant is in, when
the sentence before them about that same person set one with a locative ('In Jeddah, X said',
'X spoke to reporters in Mombasa'). Only within the paragraph, only when no visit is told between
(a new trip moves the person), and only when the talks' sentence names no other day than the scene's.
"""

from __future__ import annotations

from spacy.tokens import Span

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.place import is_country
from dateline.extract.places import lookup_place
from dateline.extract.syntax import sentence_index, span_ents
from dateline.record import Place

__all__ = ["scene_places"]

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _scene_place(sent: Span) -> Place | None:
    """The one city a sentence sets its scene in: 'in <City>' / 'at <City>' on its main verb."""
    found: list[Place] = []
    said = {t.i for v in (sent.root,) for c in v.children if c.dep_ == "ccomp" for t in c.subtree}
    for ent in span_ents(sent):
        if ent.label_ not in _PLACE_ENTS or ent.root.i in said and found:
            continue  # "In Jeddah, X said Europe never wanted to ...": what was said is no scene
        prep = ent.root.head
        if ent.root.dep_ != "pobj" or prep.lower_ not in {"in", "at"} or prep.head.pos_ not in {"VERB", "AUX"}:
            return None  # a place told otherwise ('arrived from Riyadh', 'Kenya's leader'): no plain scene
        place = lookup_place(ent.text)
        if place is None or is_country(place):
            return None
        found.append(place)
    return found[0] if len({p.name for p in found}) == 1 else None


def _days(sent: Span) -> set[str]:
    return {e.text.lower() for e in span_ents(sent) if e.label_ == "DATE"}


def scene_places(state: DocState, events: list[EventDraft]) -> None:
    """Talks placed nowhere take the scene their participant was just set in (see the module)."""
    if state.doc is None:
        return
    sents = list(state.doc.sents)
    visits = [e for e in events if e.kind == "visit"]
    for event in events:
        if event.kind != "meeting" or event.place is not None:
            continue
        here = sentence_index(sents, event.sentence[0])
        if here is None or any(e.label_ in _PLACE_ENTS for e in span_ents(sents[here])):
            continue
        persons = {a for a in event.participants if state.actor(a).kind == "person"}
        for back in range(here - 1, max(here - 4, -1), -1):
            sent = sents[back]
            if "\n" in state.text[sent.end_char:sents[back + 1].start_char] + sent.text:
                break  # a new paragraph (or a dateline line) ends the scene
            if any(sent.start_char <= v.sentence[0] < sents[here].start_char for v in visits):
                break  # a trip told between: the person may have moved
            if not persons & {m.actor_id for m in state.mentions_in(sent.start_char, sent.end_char)}:
                continue
            days, own = _days(sent), _days(sents[here])
            place = _scene_place(sent)
            if place is not None and not (days and own and days != own):
                event.place, event.place_from = place, "story"
            break
