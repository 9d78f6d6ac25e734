"""An event's status from its own clause: planned (a future or scheduled clause, "later this year", a
journey still under way to it, "to be held") or occurred; an event told as ending on, or held on, the
report's day is under way, so occurred. Called by ``build.py`` once an event has its date."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.ahead_phrases import after_now
from dateline.extract.events.clause import is_planned, past_modified, present_today
from dateline.extract.events.cues import Cue
from dateline.extract.events.journeys import departing, journey_ahead
from dateline.extract.events.looked_back import looked_back
from dateline.extract.events.presence import expected_presence
from dateline.extract.events.under_way import under_way
from dateline.extract.events.words import alternation, word_list, word_set
from dateline.extract.syntax import doc_text, governing_verb, token_at
from dateline.extract.time.lexicon import past_part
from dateline.extract.time.values import PartialDate, Precision, precision_of
from dateline.record import TimeMention

__all__ = ["set_status"]


@cache
def _future_after() -> re.Pattern[str]:
    """'the summit, which will be held ...', 'the forum to take place in ...': ahead of the report."""
    return re.compile(rf"^\W*(?:,? which )?(?:{alternation(word_list('future_after'))})\b")


def _future_time_clause(state: DocState, tok: Token) -> bool:
    """'hope to announce progress when Mr. X visits Moscow in July': a present tense in a clause of time
    under a future or planned clause tells the future."""
    if tok.tag_ not in {"VBZ", "VBP"} or tok.dep_ not in {"advcl", "relcl"} or not any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in word_set("time_clause_marks") for c in tok.children):
        return False
    head = tok.head
    for _ in range(4):  # "are hoping to announce ... when X visits", "will sign ... when he visits"
        if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in head.children):
            return True
        if head.dep_ in {"acl", "attr"} and head.head.i != head.i:
            head = head.head  # "will be a key issue discussed when X meets Y": the clause the noun is in
            continue
        if head.dep_ != "xcomp" or head.head.i == head.i:
            break
        head = head.head
        if head.lemma_.lower() in word_set("hoping_lemmas") or head.lower_ in word_set("hoping_lemmas"):
            return True
    return is_planned(tok.head, published=state.published)


def _later(state: DocState, told: TimeMention) -> bool:
    """'later this year', 'leaves for Podgorica later on Thursday': after the reported moment."""
    lead = state.text[max(0, told.span[0] - 10):told.span[0]].lower().split()
    return told.text.lower().startswith("later") or lead[-2:] == ["later", "on"] or lead[-1:] == ["later"]


def set_status(state: DocState, event: EventDraft, cue: Cue, sent: Span) -> None:
    """Planned or occurred; an event told as ending (or on) the report's day is under way."""
    verb = governing_verb(cue.token)
    later = event.date is not None and _later(state, event.date) and verb.tag_ not in {"VBD", "VBN"}
    planned = is_planned(cue.token, date_start=event.date_start, published=state.published) or later or (
        cue.kind == "visit" and expected_presence(cue.token)) or _future_time_clause(  # "X is due in Baku on Monday"
        state, cue.token) or cue.kind != "visit" and journey_ahead(cue.token) or (  # "on his way to X for talks Friday"
        cue.kind == "visit" and state.published is None and departing(cue.token))  # undated: "He then flies to X"
    planned = planned and not past_modified(cue.token) and not after_now(  # "as he did during his recent trip"
        cue.token)  # "the visit comes after his stop for talks Friday in India": behind
    ends = (cue.token.idx + len(cue.token), cue.token.right_edge.idx + len(cue.token.right_edge))  # "a conference
    if cue.kind in {"gathering", "multilateral", "meeting"} and any(_future_after().match(doc_text(sent.doc)[end:][:40]) for end in ends) \
            and not any(c.lower_ in word_set("once_modifiers") for c in cue.token.children):  # on X, to be held"
        planned = True
    published = state.published.isoformat() if state.published is not None else None
    if cue.kind == "invitation" or planned and not later and event.date is not None and published == event.date_start and (
            today := token_at(sent.doc, event.date.span[0])) is not None and present_today(today):
        planned = False  # "the summit, which opens today, will focus on trade": under way
    event.status = "planned" if planned else "occurred"
    if event.date_role == "end" and published is not None and (
            event.date_start is None or event.date_start <= published) and published <= (event.date_end or ""):
        event.status = "occurred"  # "who will wrap up his visit on Friday" is on it now
    if under_way(event, published):
        event.status = "occurred"  # "the forum, which opened on Monday, will close on Thursday", told on Wednesday
    if event.status == "planned" and cue.kind in {"visit", "gathering"} and looked_back(state, cue.token) is not None:
        event.status = "occurred"  # "accused of planning to attack X during his visit to Germany last week"
    if event.date_role == "end" and event.date_start is None:
        # "who is on a visit that ends on Friday": under way on the day of the report
        ongoing = event.status == "occurred" and published is not None and published <= (event.date_end or "")
        event.date_start = published if ongoing and published else event.date_end
    if event.status == "occurred" and state.published is not None \
            and precision_of(event.date_start) is Precision.YEAR \
            and PartialDate.parse(event.date_start or "").year == state.published.year \
            and event.date_end in (None, event.date_start) and not (event.date is not None and past_part(event.date.text)):
        event.date = None  # "the first visit in 2024", reported today: today's date
        event.date_start = event.date_end = None
