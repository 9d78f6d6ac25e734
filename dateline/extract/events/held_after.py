"""'X and Y will hold the first meeting of the panel in March. The talks will be held in Islamabad.'

The place of talks told in the next sentence: a sentence right after the one an engagement is told
in, in the same paragraph, whose subject is a definite noun naming that kind of engagement ('the
talks', 'the summit', 'this meeting') and whose verb holds it somewhere ('will be held in', 'takes
place in', 'opens in', 'convenes in'), gives its place to the engagement told last before it when
that one has none, or only the country the city is in ('Kyrgyzstan will host the next summit of the
OTS. The event will be held in Cholpon-Ata on November 5-6'), and its day when it has none. Nothing
else of the kind may be told between the two.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.place import is_country
from dateline.extract.events.words import table, word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import entity_at, sentence_index, token_at
from dateline.record import Place, TimeMention

__all__ = ["places_told_after"]

_KINDS = frozenset({"meeting", "multilateral", "gathering"})
_DEFINITE = frozenset({"the", "this", "these", "that", "those"})


def _noun(tok: Token) -> str | None:
    """The engagement noun as ``frame_nouns`` has it ('talks', 'meetings' -> 'meeting')."""
    nouns = table("frame_nouns")
    return tok.lower_ if tok.lower_ in nouns else tok.lemma_.lower() if tok.lemma_.lower() in nouns else None


def _held_noun(sent: Span) -> tuple[Token, Token] | None:
    """'The talks will be held ...': the clause's verb and its definite engagement subject."""
    verb = sent.root
    if verb.lemma_.lower() in word_set("speech_verbs"):  # "The event will be held in X, the ministry said"
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
    if verb.lemma_.lower() not in word_set("held_after_verbs"):
        return None
    if verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return None  # "the talks take place", not "the talks take time"
    for subj in verb.children:
        if subj.dep_ in {"nsubj", "nsubjpass"} and _noun(subj) \
                and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subj.children) \
                and not any(c.dep_ in {"compound", "nmod"} for c in subj.children):  # not "the climate talks"
            return verb, subj
    return None


def _held_place(verb: Token) -> Place | None:
    """'in Pakistan's capital, Islamabad', 'in Vienna', 'at the resort of Avaza': the city (else the country)."""
    found: list[Place] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for tok in obj.subtree:
                if tok.ent_type_ in {"GPE", "LOC"} and tok.ent_iob_ == "B":
                    ent = entity_at(tok.doc, tok.i)
                    place = lookup_place(ent.text) if ent is not None else None
                    if place is not None:
                        found.append(place)
            if not found and obj.text[:1].isupper():  # "in Cholpon-Ata", tagged as no place
                place = lookup_place(obj.doc[obj.left_edge.i:obj.i + 1].text)
                if place is not None:
                    found.append(place)
    cities = [p for p in found if not is_country(p)]
    return cities[0] if cities else found[0] if found else None


def places_told_after(state: DocState, events: list[EventDraft]) -> None:
    """Talks placed nowhere take the place the next sentence holds them in (see the module)."""
    if state.doc is None:
        return
    sents = list(state.doc.sents)
    nouns = table("frame_nouns")
    for event in events:
        if event.kind not in _KINDS or event.place is not None and not is_country(event.place):
            continue
        here = sentence_index(sents, event.sentence[0])
        if here is None or here + 1 >= len(sents):
            continue
        after = sents[here + 1]
        if "\n" in state.text[sents[here].end_char:after.start_char]:
            continue  # a new paragraph
        held = _held_noun(after)
        kinds = nouns[_noun(held[1]) or ""] if held is not None else ()
        if held is None or event.kind not in kinds:
            continue
        if any(o is not event and o.kind in kinds and event.trigger[0] < o.trigger[0] < after.start_char
               for o in events):
            continue  # other talks told between: 'the talks' may be those
        place = _held_place(held[0])
        if place is None or event.place is not None and (is_country(place) or place.country != event.place.country):
            continue  # a country told again, or another one's city
        event.place, event.place_from = place, "story"
        when = _held_time(state, held[0]) if event.date_start is None else None
        if when is not None:
            event.date, event.date_start, event.date_end, event.date_from = when, when.start, when.end or when.start, "text"


def _held_time(state: DocState, verb: Token) -> TimeMention | None:
    """'... will be held in Cholpon-Ata on November 5-6': the date the holding verb's clause gives."""
    for time in state.times:
        tok = token_at(verb.doc, time.span[0]) if time.start else None
        if tok is not None and tok.sent == verb.sent and verb in tok.ancestors:
            return time
    return None
