"""Talks told with no side of their own take the two states of the story around them.

VOA's news round-ups tell talks by the noun alone and name the sides in the sentences around it:
"Israel has transferred control of Jericho. Talks were under way to complete the handover of three
more towns ... Earlier, the Palestinian Authority said ..."; "Talks earlier Wednesday on transferring
control of the towns broke down. Palestinian officials said the obstacle is whether Israel will
agree ..."; "A Palestinian negotiator says Israel plans ... Those talks resumed Sunday". The talks
noun is its clause's subject, names no person as a side, and no talks are told before it in the report
(those lend their parties: events/merge.py); its sentence, the sentence before and the sentence after
name exactly two states between them (a story of two sides): those are the talks' sides. Talks
between those two states told anywhere else in the report are these talks (one engagement, found
once), and a story naming one state or three lends none. The talks join the events after the drafts are
merged: they lend no parties to the drafts told after them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import country_name, igo_codes, is_state_code

__all__ = ["story_sides"]

_TALKS = frozenset({"meeting", "multilateral", "visit", "call"})


def _trigger(state: DocState, event: EventDraft) -> Token | None:
    doc = state.doc
    assert doc is not None
    span = doc.char_span(*event.trigger, alignment_mode="expand")
    return span.root if span is not None else None


def _subject_noun(tok: Token) -> bool:
    """'Talks were under way', 'Those talks resumed Sunday': a talks noun that is its clause's subject,
    with no side of its own before it ("Croatia's accession talks": Croatia's, with a side the noun
    tells and the story may not)."""
    return tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"nsubj", "nsubjpass"} and \
        tok.lemma_.lower() in word_set("meeting_nouns") and not any(
            t.ent_type_ in {"GPE", "NORP", "ORG"} for c in tok.lefts for t in c.subtree) and not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children)  # "The talks will be held in Abuja":
    # the talks told before, whose sides those were (even when they were no engagement between states)


def _sides(state: DocState, sent: Span) -> set[str]:
    """The states and intergovernmental organisations a sentence names (itself, or an official or
    body of it): "EU member Slovenia blocked further negotiations" names two."""
    codes = set()
    for m in state.mentions_in(sent.start_char, sent.end_char):
        code = state.actor(m.actor_id).country
        if code and (is_state_code(code) or code in igo_codes()):
            codes.add(code)
    return codes


def _persons(state: DocState, sent: Span) -> bool:
    """'Abbas aide X says this week's meeting is an opportunity': a person told with the talks is
    whose talks they are, told elsewhere; the story lends no sides past him."""
    return any(state.actor(m.actor_id).kind == "person" for m in state.mentions_in(sent.start_char, sent.end_char))


def _around(tok: Token) -> list[Span]:
    doc, sent = tok.doc, tok.sent
    out = []
    if sent.start > 0:
        out.append(doc[sent.start - 1].sent)
    if sent.end < len(doc):
        out.append(doc[sent.end].sent)
    return out


def _actor(state: DocState, code: str) -> str | None:
    if is_state_code(code):
        return state.state_actor(code, country_name(code)).id
    return next((a.id for a in state.actors if a.country == code and a.kind in {"organization", "country"}), None)


def story_sides(state: DocState, drafts: list[EventDraft]) -> list[EventDraft]:
    """Talks that name fewer than two sides, and follow no talks told before them, given the two
    states their sentence and the sentences around it name: new drafts, for the caller to add after
    the drafts are merged (they lend no parties to the drafts told after them, nor absorb any)."""
    out: list[EventDraft] = []
    for i, draft in enumerate(drafts):
        if draft.kind != "meeting" or len(draft.participants) >= 2 or any(
                d.kind in _TALKS for d in drafts[:i]):
            continue
        tok = _trigger(state, draft)
        if tok is None or not _subject_noun(tok) or _persons(state, tok.sent):
            continue
        codes = set().union(_sides(state, tok.sent), *(_sides(state, s) for s in _around(tok)))
        if len(codes) != 2 or not set(draft.countries) <= codes or not any(is_state_code(c) for c in codes):
            continue
        if any(d is not draft and d.kind in _TALKS and codes <= set(d.countries) for d in drafts):
            continue  # those talks, told again
        ids = [_actor(state, c) for c in sorted(codes)]
        sides = [i for i in ids if i]
        if len(sides) != 2:
            continue
        out.append(replace(draft, source=sides[:1], recipient=sides[1:], participants=sides, countries=sorted(codes),
                           own_parties=sides))
    return out
