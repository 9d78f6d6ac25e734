"""The date of one event: the time expression of its clause, a span's first and last day.

``attach_date`` picks, among the sentence's time expressions, the one of the trigger's own clause
(or of a clause that modifies its noun), not another verb's ("X, who arrived on Sunday, was
received on Monday"); the document passes of ``dating`` fill in what a sentence does not say.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.arrival_days import arrival_clause_time
from dateline.extract.events.cues import Cue, cues
from dateline.extract.events.extended import extended_during
from dateline.extract.events.geometry import (
    clause_tokens,
    date_on_subject,
    foreign_clause,
    modifies,
    own_modifier,
    raising_heads,
    time_copula,
)
from dateline.extract.events.legs import onward_leg
from dateline.extract.events.ratifications import signed_in_clause
from dateline.extract.events.scheduled_days import after_schedule
from dateline.extract.events.under_way import host_day, stay_until, trigger_nouns
from dateline.extract.events.when_linked import fronted_time, linked_time
from dateline.extract.events.words import alternation, holding_verbs, word_list, word_set
from dateline.extract.syntax import (
    ancestors,
    climb,
    doc_text,
    governing_verb,
    in_subtree,
    reaches,
    token_at,
)
from dateline.extract.time.lexicon import number, words
from dateline.extract.time.values import PartialDate, Precision, is_day, precision_of
from dateline.record import TimeMention

__all__ = ["attach_date", "in_setting", "invitation_at", "pluperfect", "told_as_sent"]


def pluperfect(verb: Token) -> bool:
    """'had accepted', 'had met': before the reported moment, on a day the text does not give."""
    return any(c.lower_ == "had" and c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _present_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.lower_ in {"has", "have"} and c.dep_ == "aux" for c in verb.children)


def invitation_at(trigger: Token) -> bool:
    """An invitation told as the occasion's ground ('arrived at the invitation of X') or as sent before
    ('an invitation has been sent'): it was extended on a day the text does not give."""
    return trigger.head.lower_ == "at" or any(c.lower_ == "at" for c in trigger.ancestors) or told_as_sent(trigger)


def told_as_sent(trigger: Token) -> bool:
    """'X also said ... an invitation has been sent to Y': a party tells of an invitation already
    extended, on a day the text does not give (not one extended at the reported talks)."""
    verb = governing_verb(trigger)
    if verb.i == trigger.i or not _present_perfect(verb):
        return False
    cur = verb
    for _ in range(4):
        if cur.dep_ not in {"ccomp", "conj", "advcl"}:
            return False
        cur = cur.head
        if cur.lemma_.lower() in word_set("speech_verbs") and cur.pos_ in {"VERB", "AUX"}:
            return any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ in {"PRON", "PROPN"})
                       for c in cur.children)
    return False


def in_setting(trigger: Token) -> bool:
    """'on the sidelines of the summit', 'at the forum': the trigger frames another event."""
    for cur in ancestors(trigger, 4):
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lower_ in word_set("sideline_nouns"):
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ in {"at", "during", "on"} and cur.i == trigger.i:
            return cur.head.head.pos_ in {"VERB", "AUX"} and cur.head.head.i != trigger.i
        if cur.dep_ not in {"pobj", "prep", "compound", "amod"}:
            return False
    return False


def _trailing_schedule(tok: Token, trigger: Token, kind: str) -> bool:
    """', to be held in Moscow in November' right after the event's noun phrase, however parsed."""
    if kind not in {"gathering", "multilateral", "meeting", "visit"} or trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    cur = governing_verb(tok)
    if not (cur.lemma_.lower() in holding_verbs("scheduling_verbs") or _planned_participle(cur)) \
            or cur.dep_ not in {"advcl", "acl", "relcl", "xcomp"}:
        return False
    # not after a relative clause of the trigger: "talks, during which they reviewed the next session of
    # the committee, due to convene next December" schedules the session
    own_end = max([trigger.i] + [c.right_edge.i for c in trigger.children if c.dep_ not in {"relcl", "acl", "punct"}])
    phrase_end = trigger.head.head.right_edge.i if trigger.head.lower_ == "of" else own_end
    start = cur.left_edge.i
    return 0 <= start - max(own_end, min(phrase_end, start - 1)) <= 3 and start > trigger.i


def _planned_participle(cur: Token) -> bool:
    """A participle of planning ("scheduled", "set", "slated": the parser's lemma of "slated" is
    "slat", so the word's own forms count too)."""
    return cur.tag_ == "VBN" and bool({cur.lemma_.lower(), cur.lower_, cur.lower_.removesuffix("d")}
                                      & set(words()["tense"]["planned"]))


def _own_clause_time(tok: Token, trigger: Token, kind: str) -> bool:
    """A time in a clause modifying the trigger that tells when it happens, not what it is about (a
    stay's trigger, "is in Georgia on a visit that began on Tuesday", by its visit noun)."""
    nouns = trigger_nouns(trigger, kind)
    complement = None
    for cur in ancestors(tok, 12):
        if cur.dep_ == "relcl" and kind != "visit" and _of_a_person(cur):
            return False  # "held talks with X, who arrived on Tuesday": X's arrival, not the talks
        if cur.dep_ in {"relcl", "acl"} and any(own_modifier(cur, noun) for noun in nouns):
            if kind == "agreement" or kind == "invitation":
                return cur.lemma_.lower() in word_set("signing_verbs")
            if complement is not None and complement.head.i == cur.i and not _planned_participle(cur) \
                    and cur.lemma_.lower() not in word_set("raising_lemmas"):
                return False  # "talks, during which they agreed to hold the next round in 2027": the round's
            return cur.lemma_.lower() not in word_set("content_verbs") or (  # "the summit, set to take place on"
                _planned_participle(cur))
        if cur.dep_ in {"xcomp", "ccomp", "advcl"} and cur.pos_ in {"VERB", "AUX"}:
            complement = cur  # also "during which they reviewed the session, due to convene next November"
        if cur.i == trigger.i:
            return False
    return False


def _earlier_sitting(tok: Token, trigger: Token) -> bool:
    """A time in a clause on the trigger's noun that tells an earlier sitting of its series ("the 12th
    forum, last held in May 2019"; "the forum, which was first organised in 2013")."""
    for cur in ancestors(tok, 8):
        if cur.i == trigger.i:
            return False
        of_trigger = cur.head.dep_ == "pobj" and cur.head.head.lower_ == "of" and cur.head.head.head.i == trigger.i
        trailing = cur.dep_ == "advcl" and cur.tag_ == "VBN" and cur.i > trigger.i and (  # ", first held in 2018"
            cur.head.i == governing_verb(trigger).i) and not any(c.dep_.startswith("nsubj") for c in cur.children)
        if cur.dep_ in {"relcl", "acl"} and (own_modifier(cur, trigger) or of_trigger) or trailing:
            return any(c.dep_ == "advmod" and c.lower_ in word_set("earlier_sitting_adverbs") for c in cur.children)
    return False


def _of_a_person(clause: Token) -> bool:
    """A relative clause of a person ("X, who arrived on Tuesday"): what that person did."""
    return clause.head.ent_type_ in {"PERSON", "TITLE"} or any(
        c.lower_ in {"who", "whom", "whose"} for c in clause.subtree if c.i < clause.i)


def _when_clause(tok: Token, verb: Token) -> bool:
    """'since 2016, when Nazarbayev attended the APEC summit in Lima': the time a 'when' clause of the
    event's verb hangs from is its date."""
    return verb.dep_ == "relcl" and verb.head.i == tok.i and any(
        c.lower_ == "when" and c.dep_ == "advmod" for c in verb.children)


def _setting_held(tok: Token, trigger: Token, verb: Token) -> bool:
    """'last met at the informal CIS summit held in St Petersburg on December 22': the day the setting of
    the talks was held on (a clause of the noun that 'at' or 'during' sets the trigger's clause in); not
    the day it opened ('on the sidelines of the forum, which opened on Tuesday': talks on any of its days)."""
    frames = word_set("sideline_nouns") | word_set("framework_nouns")
    for cur in ancestors(tok, 6):
        if cur.dep_ in {"acl", "relcl"} and cur.lemma_.lower() in word_set("opening_verbs") and cur.tag_ == "VBD":
            return False
        if cur.dep_ in {"acl", "relcl"} and cur.lemma_.lower() in holding_verbs("scheduling_verbs"):
            noun = cur.head
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in frames:
                noun = noun.head.head  # "on the sidelines of / within the framework of the forum held on 1-3 March"
            return noun.dep_ == "pobj" and noun.head.lower_ in {"at", "during", "on", "within"} and noun.head.head.i in {
                verb.i, trigger.i} and noun.pos_ in {"NOUN", "PROPN"} and (noun.head.lower_ in {"at", "during"}
                                                                           or noun.lower_ in frames)
    return False


def _of_the_visit(tok: Token, trigger: Token, verb: Token, kind: str) -> bool:
    """'X, on a visit to Kenya from 11 to 14 March, held talks with Y on Wednesday': a time that
    reaches the talks' verb only through a visit noun is the visit's days, not the talks' day."""
    if kind == "visit":
        return False
    for cur in ancestors(tok, 6):
        if cur.i in {trigger.i, verb.i}:
            return False
        if cur.i != tok.i and cur.pos_ == "NOUN" and cur.lemma_.lower() in word_set("visit_nouns"):
            return True
    return False


@cache
def _superseded() -> re.Pattern[str]:
    """'first planned for January', 'originally scheduled for October': a date the text has since replaced."""
    return re.compile(rf"\b(?:{alternation(word_list('superseded_modifiers'))})\s+(?:{alternation(word_list('superseded_participles'))})"
                      r"\s+(?:for|on|in)\s+(?:the\s+)?\Z", re.I)


@cache
def _span_nouns() -> re.Pattern[str]:
    """'a two-day visit', 'his trip': a visit's words in a time expression."""
    return re.compile(rf"\b(?:{alternation(word_list('visit_nouns'))})\b", re.I)


def attach_date(state: DocState, event: EventDraft, cue: Cue, sent: Span) -> None:
    """The time expression of the trigger's clause; none when the clause states no date."""
    doc = sent.doc
    verb = governing_verb(cue.token)
    clause = clause_tokens(verb)
    name_span = event.name_span
    setting = event.kind == "gathering" and in_setting(cue.token)
    if event.kind == "invitation" and (cue.token.head.lower_ == "at" or any(
            a.lower_ == "at" and a.i < cue.token.i for a in cue.token.ancestors)):
        return  # "a visit at the invitation of X": when X invited is not said
    candidates = []
    named_year: TimeMention | None = None  # "the UN 2028 Water Conference": the year it is held
    for t in state.times:
        if not t.start or t.span[0] < sent.start_char or t.span[1] > sent.end_char:
            continue
        if name_span and name_span[0] <= t.span[0] < name_span[1]:
            if event.kind == "gathering" and _year_of_sitting(doc_text(doc), t):
                named_year = t
            continue
        precision = precision_of(t.start)
        before = doc_text(sent.doc)[max(0, t.span[0] - 40):t.span[0]].rstrip()
        if precision is Precision.YEAR and t.text[:1].isdigit() and re.search(r"\b[A-Z][\w-]*$", before) \
                and not re.search(r"\b(?:In|Since|From|By|Until|Through|Of|On|At|During)$", before):
            continue  # "Strategic Partnership 2025-2030", "Vision 2045": part of a name
        if precision is Precision.YEAR and _PERIOD_LEAD.search(doc_text(sent.doc), max(0, t.span[0] - 30), t.span[0]):
            continue  # "programme for 2024-2026", "for the years 2025-2027", "strategy until 2035": a period
        tok = token_at(doc, t.span[0])
        if tok is not None and (tok.i == cue.token.i or in_subtree(cue.token, tok) or tok.dep_ == "det"):
            tok = token_at(doc, max(t.span[0], t.span[1] - 1))  # "a three-day visit that began on Tuesday"
        if tok is None:
            continue
        if date_on_subject(tok, verb):
            tok = verb  # "said that on Wednesday Sugiono had held a call": the parser hangs the day on the name
        if event.kind == "visit" and onward_leg(tok, verb, cue.token) is not None:
            continue  # "is in Brasília on a visit and travels on Thursday to São Paulo": the stay ends then
        if _earlier_sitting(tok, cue.token):
            continue  # "the 16th session of the commission, first held in June 2018": the series' start
        if event.kind == "agreement" and signed_in_clause(tok, cue.token):
            candidates.append(((-1, True, 0), t))  # "approved a memorandum, which the ministers signed last May"
            continue
        own = _own_clause_time(tok, cue.token, event.kind) or (
            event.kind in {"gathering", "visit"} and modifies(tok, cue.token)) or _trailing_schedule(
            tok, cue.token, event.kind) or _when_clause(tok, verb) or after_schedule(tok, cue.token, event.kind)
        held = not own and event.kind in {"meeting", "multilateral", "agreement", "call"} and _setting_held(
            tok, cue.token, verb) and (t.end in (None, t.start) or not is_day(t.start) or (  # a setting over
                state.published is not None and (t.end or "") < state.published.isoformat()))  # before the report
        linked = not own and (linked_time(tok, verb) or fronted_time(tok, verb) or arrival_clause_time(tok, verb))  # "visited Amman in May, when he met X"
        if event.kind == "invitation" and (back := extended_during(tok, {cue.token.i, verb.i}, t, state.published)):
            candidates.append(((0, True, 0), back))  # "during their call on Monday": that day
            continue
        if not own and not held and not linked and foreign_clause(tok, cue.token, verb) is not None:
            continue  # another verb's date: "X, who arrived on Sunday, was received by Y"
        if event.kind == "invitation" and not reaches(tok, {cue.token.i, verb.i}, 3,
                                                       barrier={"xcomp", "ccomp", "dobj", "pobj", "relcl", "acl"}):
            continue
        attached = own or held or reaches(tok, {verb.i, cue.token.i, *raising_heads(verb), *time_copula(verb)}, 5)
        if not attached and tok.i not in clause and not linked:
            continue
        if not attached and not linked and precision is Precision.YEAR and event.kind != "agreement":
            continue  # a bare year elsewhere in the clause
        moved = verb.lemma_.lower() in word_set("rescheduling_verbs") and tok.dep_ == "pobj" \
            and tok.head.lower_ in {"to", "until", "till", "for"} and tok.head.head.i == verb.i
        if precision is not Precision.DAY and _present_perfect(verb) and event.kind in {"visit", "meeting", "call"} \
                and not moved:
            continue  # "has arrived ... since June": the report's day, not the month
        distance = min(abs(t.span[0] - cue.token.idx), abs(t.span[1] - cue.token.idx))
        span_days = event.kind in {"visit", "gathering"} and bool(t.end) and t.end != t.start
        # "the visit, originally scheduled for October, has been postponed to December": the new date
        superseded = bool(_superseded().search(doc_text(sent.doc), max(0, t.span[0] - 40), t.span[0]))
        rank = (3 if superseded else -1 if moved else 0 if own
                else 1 if attached and not _of_the_visit(tok, cue.token, verb, event.kind) else 2)
        candidates.append(((rank, not span_days, distance), t))
    if not candidates and named_year is not None:
        candidates.append(((2, True, 0), named_year))
    if not candidates:
        return
    best = min(candidates, key=lambda pair: pair[0])[1]
    own_best = min(candidates, key=lambda pair: pair[0])[0][0] <= 0
    event.date = best
    event.date_start = best.start
    event.date_end = best.end or best.start
    event.date_from = "text"
    if setting and not own_best:
        event.date_from = "setting"  # "met on Wednesday on the sidelines of the summit"
    if event.kind not in {"visit", "gathering"} and event.date_end != event.date_start \
            and _span_nouns().search(best.text) and is_day(best.start):
        event.date_end = event.date_start  # "began a two-day visit on Monday with talks": the talks' day
    if event.kind in {"visit", "gathering"}:
        _open_and_close(doc_text(doc), event, [t for key, t in candidates if key[0] <= 1], doc)
        if is_day(best.start) and best.end in (None, best.start):
            _nth_day_or_last(event, cue.token, token_at(doc, best.span[0]), own=own_best)
        elif is_day(best.start) and _span_nouns().search(best.text):  # "concluded a three-day visit on Tuesday":
            _nth_day_or_last(event, cue.token, token_at(doc, best.span[1] - 1), own=True)  # it ends that day
        if event.date_role == "end" and event.date_start is None:
            event.date_start = host_day(state, sent, cue.token, event.date_end or "")



def _year_of_sitting(text: str, t: TimeMention) -> bool:
    """'the UN 2028 Water Conference', 'Expo 2030': a bare year in a gathering's name, not a plan's
    period ('the Vision 2030 Forum')."""
    before = re.findall(r"[A-Za-z]+", text[max(0, t.span[0] - 20):t.span[0]])
    return re.fullmatch(r"(?:19|20)\d\d", t.text.strip()) is not None and not (
        before and before[-1].lower() in word_set("period_names"))


_PERIOD_LEAD = re.compile(r"\b(?:for|until|till|through)(?:\s+the(?:\s+(?:years?|period(?:\s+of)?))?)?\s*$", re.I)


@cache
def _days_pattern() -> re.Pattern[str]:
    """'a four-day visit': a digit or a number word from two to ten, then "day"."""
    numbers = [w for w, n in words()["numbers"].items() if 2 <= n <= 10]
    return re.compile(rf"\b(\d|{alternation(numbers)})(?:\s*-\s*|\s)day\b")  # tokens joined: "two - day"


def _days_long(trigger: Token) -> int | None:
    """'a four-day visit', 'the three-day conference': its length in days."""
    text = " ".join(c.text for c in trigger.subtree if c.i < trigger.i).lower()
    match = _days_pattern().search(text)
    return number(match.group(1)) if match else None


def _nth_day(word: str) -> int | None:
    """'the third day': 3; 'the second' to 'the seventh' (the last day counts as 0: not known)."""
    if word in word_set("last_day_words"):
        return 0
    n = words()["ordinals"].get(word)
    return n if n is not None and 2 <= n <= 7 else None


def _nth_day_or_last(event: EventDraft, trigger: Token, time_tok: Token | None, *, own: bool) -> None:
    """'on the third day of a visit' (began two days earlier); 'a visit that ends on Friday'."""
    day = PartialDate.parse(event.date_start or "")
    head = trigger.head
    if head.lower_ == "of" and head.head.lemma_.lower() == "day" and not own:
        nth = next((n for c in head.head.children if (n := _nth_day(c.lower_)) is not None), None)
        if nth:
            event.date_start = str(day.plus_days(-(nth - 1)))
            event.date_end = str(day)
            event.date_role = "nth-day"
            return
    verb = governing_verb(time_tok) if time_tok is not None else None
    lemma = verb.lemma_.lower() if verb is not None else ""
    lead = event.date.text.lower() if event.date is not None else ""
    before = doc_text(trigger.doc)[max(0, (time_tok.idx if time_tok is not None else 0) - 8):
                                   time_tok.idx if time_tok is not None else 0].lower()
    closing = lemma in word_set("end_verbs") or (
        lemma in (cues().span_ends.get("lasting") or frozenset())
        and ("until" in before or "till" in before or "through" in before
             or lead.startswith(("until", "till", "through"))))
    # "a visit that began on Tuesday and ends today": the clause of the first verb
    clause = None if verb is None else ([verb, *climb(verb, {"conj"}, 4)])[-1]
    if stay_until(trigger, time_tok, event.kind):
        event.date_end = str(day)
        event.date_start = None
        event.date_role = "end"
        return
    if verb is not None and closing and (
            any(c.i == trigger.i and c.dep_ == "dobj" for c in verb.children)  # "wraps up his visit on Friday"
            or (any(own_modifier(clause, n) for n in trigger_nouns(trigger, "visit"))
                if clause is not None and clause.dep_ in {"relcl", "acl"} else False)
            or any(c.i == trigger.i and c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)):
        length = next((n for n in map(_days_long, trigger_nouns(trigger, "visit")) if n), None)
        event.date_end = str(day)
        event.date_start = str(day.plus_days(-(length - 1))) if length else None
        event.date_role = "end"


def _open_and_close(text: str, event: EventDraft, times: list[TimeMention], doc: Doc | None = None) -> None:
    """'under way since Monday and running until November 22': one span from two expressions."""
    start_words = tuple(word_list("span_start_words"))
    end_words = tuple(word_list("span_end_words"))

    def lead(t: TimeMention) -> str:
        return " ".join(text[max(0, t.span[0] - 14):t.span[0]].lower().split())

    def verb(t: TimeMention) -> str:
        span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand") if doc is not None else None
        return governing_verb(span.root).lemma_.lower() if span is not None and len(span) else ""

    days = [t for t in times if is_day(t.start) and t.end in (None, t.start)]
    starts = [t for t in days if lead(t).endswith(start_words) or verb(t) in word_set("start_verbs")]
    ends = [t for t in days if (lead(t).endswith(end_words) or verb(t) in word_set("end_verbs"))
            and not lead(t).endswith("from") and t not in starts]
    first, last = starts[0].start if starts else "", ends[-1].start if ends else ""
    if first and last and first < last <= str(PartialDate.parse(first).plus_days(60)):
        event.date = starts[0]
        event.date_start, event.date_end = starts[0].start, ends[-1].start
