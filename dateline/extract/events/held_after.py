"""'X and Y will hold the first meeting of the panel in March. The talks will be held in Islamabad.'

The place of talks told in the next sentence: a sentence right after the one an engagement is told
in, in the same paragraph, whose subject is a definite noun naming that kind of engagement ('the
talks', 'the summit', 'this meeting') and whose verb holds it somewhere ('will be held in', 'takes
place in', 'opens in', 'convenes in'; also in a participle on the subject: 'The meeting, held at the
State Department, focused on ...'), gives its place to the engagement told last before it when that
one has none, or only one its clause does not state: the dateline's, the host state's ('ANKARA -
Fidan met al-Shaibani on Friday. The meeting took place in Antalya'), or a country the place is a
city of. The place may be a city, a landmark ('at the Kremlin') or a capital named by its state ('in
the Georgian capital') or a town the tagger does not know as a place ('Kyrgyzstan will host the next
summit of the OTS. The event will be held in Cholpon-Ata on November 5-6'); the engagement also takes
that clause's day when it has none. Nothing else of the kind may be told between the two, and the holding
clause keeps its own time: 'X received Y on Tuesday. The next round of consultations will be held in Tokyo'
places no reception that has occurred (a future holding is another sitting), nor does a past holding place
talks still planned.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.place import is_country
from dateline.extract.events.words import table, word_set
from dateline.extract.landmarks import resolve_landmark
from dateline.extract.places import lookup_place
from dateline.extract.syntax import entity_at, sentence_index, token_at
from dateline.record import Place, TimeMention

__all__ = ["places_told_after"]

_KINDS = frozenset({"meeting", "multilateral", "gathering"})
_DEFINITE = frozenset({"the", "this", "these", "that", "those"})
_FUTURE_AUX = frozenset({"will", "shall", "would", "'ll", "'d"})  # "would": a plan, reported
_UNSTATED = frozenset({"dateline", "host"})  # places an engagement's own clause does not state


def _noun(tok: Token) -> str | None:
    """The engagement noun as ``frame_nouns`` has it ('talks', 'meetings' -> 'meeting')."""
    nouns = table("frame_nouns")
    return tok.lower_ if tok.lower_ in nouns else tok.lemma_.lower() if tok.lemma_.lower() in nouns else None


def _engagement_subject(subj: Token) -> bool:
    """'the talks', 'this meeting': a definite engagement noun of its own (not 'the climate talks')."""
    return subj.dep_ in {"nsubj", "nsubjpass"} and _noun(subj) is not None \
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subj.children) \
        and not any(c.dep_ in {"compound", "nmod"} for c in subj.children)


def _holding(verb: Token) -> bool:
    """'was held', 'took place', 'convened': a verb that holds an engagement somewhere."""
    if verb.lemma_.lower() not in word_set("held_after_verbs"):
        return False
    # "the talks take place", not "the talks take time"
    return verb.lemma_.lower() != "take" or any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _held_noun(sent: Span) -> tuple[Token, Token] | None:
    """'The talks will be held ...', 'The meeting, held at the ministry, focused on ...': the verb
    that holds the engagement and its definite engagement subject."""
    verb = sent.root
    if verb.lemma_.lower() in word_set("speech_verbs"):  # "The event will be held in X, the ministry said"
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
    for subj in verb.children:
        if not _engagement_subject(subj):
            continue
        if _holding(verb):
            return verb, subj
        participle = next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN" and _holding(c)), None)
        if participle is not None:
            return participle, subj
    return None


def _object_place(obj: Token) -> Place | None:
    """The place an 'in'/'at' object names: a city or country, a landmark ('the Kremlin', 'the Ak
    Saray presidential complex'), a capital named by its state ('the Georgian capital')."""
    for tok in obj.subtree:
        if tok.ent_type_ in {"GPE", "LOC"} and tok.ent_iob_ == "B":
            ent = entity_at(tok.doc, tok.i)
            place = lookup_place(ent.text) if ent is not None else None
            if place is not None:
                return place
    if obj.text[:1].isupper():  # "in Cholpon-Ata", tagged as no place
        place = lookup_place(obj.doc[obj.left_edge.i:obj.i + 1].text)
        if place is not None:
            return place
    return resolve_landmark(obj.doc[obj.left_edge.i:obj.right_edge.i + 1].text)


def _held_place(verb: Token) -> Place | None:
    """'in Pakistan's capital, Islamabad', 'in Vienna', 'at the resort of Avaza': the city (else the country)."""
    found: list[Place] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"}:
            continue
        for obj in prep.children:
            place = _object_place(obj) if obj.dep_ == "pobj" else None
            if place is not None:
                found.append(place)
    cities = [p for p in found if not is_country(p)]
    return cities[0] if cities else found[0] if found else None


def _open(event: EventDraft, place: Place) -> bool:
    """The engagement's place is not its clause's own, or only its country: the told one may replace it
    (a country never a city of it: 'ASHGABAT - ... at the Ministry of Foreign Affairs of Turkmenistan')."""
    if event.place is None:
        return True
    if is_country(place) and event.place.country == place.country:
        return False
    if event.place_from in _UNSTATED:
        return True
    return is_country(event.place) and not is_country(place) and event.place.country == place.country


def places_told_after(state: DocState, events: list[EventDraft]) -> None:
    """Talks placed nowhere (or only where nothing states) take the place the next sentence holds
    them in (see the module)."""
    if state.doc is None:
        return
    sents = list(state.doc.sents)
    nouns = table("frame_nouns")
    for event in events:
        if event.kind not in _KINDS or (event.place is not None and event.place_from not in _UNSTATED
                                        and not is_country(event.place)):
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
        if not _same_time(event, held[0]):
            continue  # "... received Y. The next round will be held in Tokyo": another sitting, ahead
        place = _held_place(held[0])
        if place is not None and _open(event, place):
            event.place, event.place_from = place, "story"
            when = _held_time(state, held[0]) if event.date_start is None else None
            if when is not None:
                event.date, event.date_start, event.date_end, event.date_from = when, when.start, when.end or when.start, "text"


def _same_time(event: EventDraft, verb: Token) -> bool:
    """The holding clause's tense does not contradict the engagement's status: a future holding ('will be
    held', 'is to take place', a reported 'would be held') tells no engagement that has occurred, a past
    one ('was held') none planned; the verb's own auxiliaries tell it ('..., the ministry said' does not)."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    tense = "future" if any(c.lower_ in _FUTURE_AUX or c.tag_ == "TO" for c in auxes) else "past" if (
        verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes)) else None  # its own auxiliaries, not 'said'
    if tense == "future":
        return event.status != "occurred"
    if tense == "past":
        return event.status != "planned"
    return True


def _held_time(state: DocState, verb: Token) -> TimeMention | None:
    """'... will be held in Cholpon-Ata on November 5-6': the date the holding verb's clause gives."""
    for time in state.times:
        tok = token_at(verb.doc, time.span[0]) if time.start else None
        if tok is not None and tok.sent == verb.sent and verb in tok.ancestors:
            return time
    return None
