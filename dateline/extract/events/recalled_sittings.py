"""An earlier sitting of a two-state body, told again by the body's common noun, is talks of those states.

"Ministers co-chaired the fifth session of the Bahraini-Egyptian Joint Committee ... The fourth session
of the joint committee was held in Cairo in November 2024": the second sentence names no state, only
"the joint committee" the story named before with its pair. A sitting counted by an ordinal (or told
as the first, the last, the previous) of a body told by its definite common noun (or by the acronym
the story gave it: "the first since the third JCC held in Dar es Salaam in 2023"), held on a date its
own clause gives before the report's day, is a meeting of the pair the document last gave that body,
occurred on its own date and in its own place (not today's sitting told again). One pass per sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.bilateral_bodies import named_pair, sitting_body
from dateline.extract.events.cues import Cue
from dateline.extract.events.dates import attach_date
from dateline.extract.events.place import attach_place
from dateline.extract.events.words import word_set
from dateline.extract.places import country_name
from dateline.extract.syntax import governing_verb

__all__ = ["recalled_sittings"]


def _counting(word: Token) -> bool:
    """'fourth', '3rd', 'first', 'previous': a word that counts the sitting it modifies ('the fourth
    session'); the sittings of a sentence are the heads of such words (found in one pass)."""
    return word.ent_type_ == "ORDINAL" or word.lower_ in word_set("recalled_sitting_words")


def _common_noun(body: Token) -> bool:
    """'the joint committee', 'the intergovernmental commission': the body by its noun, no name of its own."""
    words = list(body.doc[body.left_edge.i:body.i + 1])  # its own words, not a clause hung on it
    return any(t.dep_ == "det" and t.lower_ == "the" for t in body.children) and all(
        not t.text[:1].isupper() for t in words if t.i != words[0].i) and not any(
        t.ent_type_ in {"GPE", "NORP"} for t in words)


def _pair_named_before(sent: Span, body: Token) -> tuple[str, str] | None:
    """The two states the last body of the same noun named before ``sent`` pairs ('the Kuwaiti-Uzbek
    Joint Committee for Economic Cooperation')."""
    doc = sent.doc
    for tok in reversed(doc[:sent.start]):
        if tok.lemma_.lower() == body.lemma_.lower() and (pair := named_pair(tok)) is not None:
            return pair
    return None


def _acronym_pair(sent: Span, sitting: Token) -> tuple[str, str] | None:
    """The pair of the body whose acronym ``sitting`` is, as the document defined it before ``sent``:
    'the Kenya-Tanzania Joint Commission for Cooperation (JCC) ... the third JCC'."""
    if len(sitting.text) < 2 or not sitting.text.isupper() or not sitting.is_alpha:
        return None
    doc = sent.doc
    for tok in reversed(doc[:sent.start]):
        if tok.text == sitting.text and tok.i > 0 and doc[tok.i - 1].text == "(":
            heads = [t for t in doc[max(0, tok.i - 9):tok.i - 1] if t.lower_ in word_set("bilateral_bodies")]
            return next((pair for t in reversed(heads) if (pair := named_pair(t)) is not None), None)
    return None


def _held_in_past(sitting: Token) -> bool:
    """The sitting's own verb tells it happened: 'was held', 'took place', 'the third JCC held in Dar es Salaam'."""
    body = sitting_body(sitting)
    nouns = [sitting, body] if body is not None else [sitting]  # the parser hangs the clause on either
    if any(c.lemma_.lower() in word_set("recalled_sitting_verbs") and (
            c.dep_ == "acl" and c.tag_ == "VBN" or c.dep_ == "relcl" and (c.tag_ == "VBD" or any(
                a.dep_ == "auxpass" and a.lower_ in {"was", "were"} for a in c.children)))
           for n in nouns for c in n.children):
        return True  # "the session held in Tashkent in 2024", "the first session, which convened in Nairobi in 2023"
    head = sitting.head
    if sitting.dep_ in {"nsubj", "nsubjpass"} and head.tag_ == "VBN" and head.lemma_.lower() in word_set(
            "recalled_sitting_verbs") and not any(c.dep_ in {"aux", "auxpass"} for c in head.children):
        return True  # the parser's reading of the reduced participle: "since the third JCC held in Dar es Salaam"
    verb = governing_verb(sitting)
    if verb.i == sitting.i:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & {"will", "shall", "'ll", "would", "to", "is", "are"}:
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and bool(auxes & {"was", "were", "had", "has", "have"})


def recalled_sittings(state: DocState, sent: Span) -> list[EventDraft]:
    """Meetings of the pair of a body named before, told by a counted sitting of its common noun with
    a date of their own before the report's day."""
    out: list[EventDraft] = []
    published = state.published.isoformat() if state.published is not None else None
    counted = {c.head.i for c in sent if c.dep_ in {"amod", "nummod"} and _counting(c)}
    for tok in sent:
        if tok.i not in counted or not _held_in_past(tok):
            continue
        if tok.lower_ in word_set("bilateral_sittings"):
            body = sitting_body(tok)
            pair = _pair_named_before(sent, body) if body is not None and _common_noun(body) else None
        else:
            pair = _acronym_pair(sent, tok)
        if pair is None:
            continue
        event = EventDraft(kind="meeting", trigger=(tok.idx, tok.idx + len(tok)),
                           sentence=(sent.start_char, sent.end_char), status="occurred")
        cue = Cue("meeting", tok, "noun")
        attach_date(state, event, cue, sent)
        if event.date is None or published is not None and (event.date_start or "") >= published[:len(event.date_start or "")]:
            continue  # a recalled sitting needs a date of its own, before the report's
        sides = [state.state_actor(code, country_name(code)).id for code in pair]
        event.source, event.recipient = sides[:1], sides[1:]
        event.participants = list(sides)
        event.countries = sorted(pair)
        event.pluperfect = True  # told of the past: its own date, never the report's
        event.own_parties = list(event.participants)
        attach_place(state, event, cue, sent)
        out.append(event)
    return out
