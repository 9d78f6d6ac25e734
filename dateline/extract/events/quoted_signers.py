"""A document a quote tells its speaker's side signed: '"We have signed a memorandum on green energy
with our Uzbek partners," Azerbaijani Energy Minister X said', '"The free trade agreement we signed
with Malaysia today will double our trade," X said'.

'We' as the subject of the signing verb (or of the relative clause that tells the document
concluded) is the speaker's side: the state of the person the reporting verb around the quote
names is a party of the document. 'They signed' tells of others and adds no one. Read once per
agreement, on the parse around its trigger (the reporting verb is at most a few steps up).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.document_clauses import pronoun_signing
from dateline.extract.events.participants import countries_of
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, governing_verb, token_at

__all__ = ["quoted_signers"]


def _we_sign(tok: Token) -> Token | None:
    """The signing verb whose subject is 'we': the document's governing verb or its own relative clause."""
    verbs = [governing_verb(tok), *([own] if (own := pronoun_signing(tok)) is not None else [])]
    return next((v for v in verbs if any(c.dep_ == "nsubj" and c.lower_ == "we" for c in v.children)), None)


def _speaker(verb: Token) -> Token | None:
    """The subject of the reporting verb whose quote holds ``verb`` (its ccomp, or a parataxis)."""
    for up in ancestors(verb, 4):
        if up.i != verb.i and up.pos_ == "VERB" and up.lemma_.lower() in word_set("speech_verbs"):
            return next((c for c in up.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    return None


def quoted_signers(state: DocState, events: list[EventDraft]) -> None:
    """Add the speaker's state to a document 'we' signed in his quote."""
    doc = state.doc
    if doc is None:
        return
    for event in (e for e in events if e.kind == "agreement"):
        tok = token_at(doc, event.trigger[0])
        verb = _we_sign(tok) if tok is not None else None
        speaker = _speaker(verb) if verb is not None else None
        if speaker is None:
            continue
        lo, hi = speaker.left_edge.idx, speaker.right_edge.idx + len(speaker.right_edge)
        people = [m.actor_id for m in state.mentions_starting(lo, hi) if state.actor(m.actor_id).kind == "person"
                  and state.actor(m.actor_id).country and state.actor(m.actor_id).role != "honorific"]
        code = state.actor(people[0]).country if people else None
        if code is None or code in event.countries:
            continue
        side = next((a.id for a in state.actors if a.kind == "country" and a.country == code), people[0])
        event.source = [side, *event.source]
        event.participants = [side, *(a for a in event.participants if a != side)]
        event.countries = sorted({*event.countries, *countries_of(state, [side])})
