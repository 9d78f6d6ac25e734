"""I, me, my inside a quotation -> the person who speaks it.

Agency copy tells a leader's past trips and talks through his own words: '"During my visit to
Tashkent last year we agreed to double trade," Lukashenko said', 'Lavrov said: "I remember well my
talks in Vientiane"', '"I met President Erdogan in Istanbul in January," Tokayev told reporters'.
The first person of such a quote, when it is a party of the engagement its clause tells (the owner
of the trip or talks, the subject of the verb that tells them), is its speaker: the person the
reporting verb beside the quote names as its subject, after the closing mark ('," X said', '," said
X', '," the President told reporters') or before the opening one ('X said: "', 'X told reporters,
"'). A quote no reporting verb attributes next to it (a headline's quote, one attributed by
'according to') is left alone, and so is the first person outside quotes (an interview's
questions, a column's author) or one that only thanks or judges ('I am grateful for her visit').
'We' and 'our' are left alone: the speaker's side or state, or the speaker with his guest ('our
talks'), as often as the speaker himself.

Read once per Doc: the quotes are found in the text by one pattern, and the first-person words by
the per-Doc word index (``syntax.word_positions``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.syntax import token_at, word_positions
from dateline.lexicons.loader import load_lexicon

__all__ = ["resolve_quoted_speakers"]

_FIRST_PERSON, _QUOTE_VERBS, _NOUNS, _VERBS = (frozenset(load_lexicon("people_coref.yaml")[section]) for section in (
    "first_person", "quote_verbs", "quoted_engagement_nouns", "quoted_engagement_verbs"))
_QUOTE = re.compile(r"[\"“]([^\"“”]{2,3000})[\"”]")
_REACH = 20  # tokens between a quote's mark and its reporting verb: '," HH the Amir Sheikh X bin Y Al-Z said'
_KINDS = frozenset({"name", "surname", "title", "pronoun", "relational"})


def _subject_person(state: DocState, verb: Token, lo: int, hi: int) -> ActorDraft | None:
    """The person the subject of the reporting verb ``verb`` names, outside the quote ``lo``..``hi``."""
    for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        if start < hi and end > lo:
            continue  # the subject lies inside the quote: 'I said', not its speaker
        for m in state.mentions_starting(start, end):
            actor = state.actor(m.actor_id)
            if m.kind in _KINDS and actor.kind == "person" and actor.role != "honorific":
                # "We agreed with President X ...," the head of state said: a speaker read as one the
                # quote itself names is the title's wrong holder, not the one who speaks
                named = any(n.actor_id == actor.id and n.kind in {"name", "surname"}
                            for n in state.mentions_starting(lo, hi))
                return None if named else actor
    return None


def _party(tok: Token) -> bool:
    """The first-person word is a party of an engagement its clause tells: the owner of the trip or
    the talks ('my visit', 'my talks in Vientiane') or the subject of the verb ('I met X', 'I held
    talks', 'I agreed with X'), not a speaker's thanks or views ('I am grateful for her visit')."""
    if tok.dep_ == "poss":
        return tok.head.lemma_.lower() in _NOUNS or tok.head.lower_ in _NOUNS
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = tok.head
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in _VERBS


def _reporting_verb(tokens: list[Token]) -> Token | None:
    """The first verb of speech among ``tokens``, the words next to a quote's mark."""
    return next((t for t in tokens if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in _QUOTE_VERBS), None)


def _speaker(state: DocState, doc: Doc, lo: int, hi: int) -> ActorDraft | None:
    """The person who speaks the quote whose words lie between ``lo`` and ``hi`` (the marks excluded)."""
    close = token_at(doc, hi)  # the closing mark
    if close is not None and close.i + 1 < len(doc):
        end = min(close.i + 1 + _REACH, close.sent.end)
        verb = _reporting_verb([doc[i] for i in range(close.i + 1, end)])
        if verb is not None and (person := _subject_person(state, verb, lo, hi)) is not None:
            return person
    opening = token_at(doc, lo - 1) if lo >= 1 else None
    if opening is not None and opening.i > 0 and doc[opening.i - 1].text in {":", ","}:
        mark = doc[opening.i - 1]
        start = max(mark.sent.start, mark.i - _REACH)
        verb = _reporting_verb([doc[i] for i in range(mark.i - 1, start - 1, -1)])
        if verb is not None:
            return _subject_person(state, verb, lo, hi)
    return None


def resolve_quoted_speakers(state: DocState, doc: Doc) -> None:
    """Every first-person word inside an attributed quote of the body -> the quote's speaker."""
    words = [doc[i] for i in word_positions(doc, _FIRST_PERSON)]
    words = [t for t in words if t.idx >= state.body_start and (t.lower_ != "i" or t.text == "I")]
    if not words:
        return
    quotes = [(m.start(1), m.end(1)) for m in _QUOTE.finditer(state.text) if m.start() >= state.body_start]
    starts = [lo for lo, _ in quotes]
    speakers: dict[int, ActorDraft | None] = {}
    for tok in words:
        at = bisect_right(starts, tok.idx) - 1
        if at < 0 or not (quotes[at][0] <= tok.idx < quotes[at][1]):
            continue
        if not _party(tok) or state.covered(tok.idx, tok.idx + len(tok), _KINDS):
            continue
        if at not in speakers:
            speakers[at] = _speaker(state, doc, *quotes[at])
        actor = speakers[at]
        if actor is not None:
            state.mentions.append(Mention(tok.idx, tok.idx + len(tok), actor.id, "pronoun"))
            actor.add_mention(tok.idx, tok.idx + len(tok))
