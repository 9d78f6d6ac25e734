"""Clause facts around a trigger: tense/status, negation, hypotheticals, requests, cancellations."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.extract.events.adding_phrases import adding_preposition
from dateline.extract.events.ahead_phrases import phrase_ahead
from dateline.extract.events.clause_roles import listed_participle
from dateline.extract.events.cues import cues, igo_meeting, noun_kind
from dateline.extract.events.name_tails import name_tail
from dateline.extract.events.numbered_sessions import numbered_gathering
from dateline.extract.events.words import holding_verbs, word_set
from dateline.extract.syntax import ancestors, climb, governing_verb
from dateline.extract.time.lexicon import anaphoric_offset
from dateline.extract.time.values import PartialDate

__all__ = ["ahead_of", "is_cancelled", "is_hypothetical", "is_negated", "is_planned", "is_request", "is_wish",
           "is_rescheduled", "own_future", "past_modified", "present_today", "verb_phrases"]

_ENCLOSING_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _aux_lemmas(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


def is_rescheduled(tok: Token) -> bool:
    """'postponed the meeting until Friday', 'the talks were delayed to next week': moved to a
    later day, still planned (not called off)."""
    verb = governing_verb(tok)
    if verb.lemma_.lower() not in word_set("rescheduling_verbs"):
        return False
    return any(p.dep_ == "prep" and p.lower_ in {"until", "till", "to", "for"} and any(
        t.ent_type_ == "DATE" for t in p.subtree) for p in [*verb.children, *tok.children]) or any(
        p.dep_ == "prep" and p.lower_ in {"until", "till"} and any(t.ent_type_ == "DATE" for t in p.subtree)
        for p in verb.subtree)  # "postponed a meeting to discuss the crisis until Friday"


def is_negated(tok: Token) -> bool:
    verb = governing_verb(tok)
    if is_rescheduled(tok):
        return False
    neg = cues().negation
    if tok.pos_ in {"NOUN", "PROPN"} and noun_kind(tok) == "gathering" and _setting(tok) and not any(
            c.dep_ == "neg" for c in tok.children):
        return False  # "will not discuss reforms at this week's meeting of Asian and African leaders": it is held
    if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in tok.children):
        return True
    if any(c.lower_ in word_set("nonspecific_determiners") and c.dep_ == "det" for c in tok.children):
        return True  # "no agreement", "not authorized to sign any agreements": no engagement in particular
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "NOUN" and any(
            c.lower_ == "no" and c.dep_ == "det" for c in tok.head.head.children):
        return True  # "there are no plans for a meeting", "no date has been set for the talks"
    if any(v.lemma_.lower() in word_set("refraining_verbs") and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in v.children) for v in [verb, *ancestors(verb, 2)]):
        return True  # "held off extending the invitation": refrained from it
    return verb.lemma_.lower() in word_set("negating_verbs") or any(
        c.lemma_.lower() in neg and c.dep_ in {"xcomp", "advmod"} for c in verb.children
        if c.lemma_.lower() in word_set("calling_off_verbs"))


def _enclosing_verbs(tok: Token, depth: int = 4) -> list[Token]:
    """Verbs (and nouns, adjectives) above the trigger's clause, ``depth`` steps at most."""
    above = list(ancestors(governing_verb(tok), depth + 1))[1:]
    return [t for t in above if t.pos_ in _ENCLOSING_POS]


def _setting(tok: Token) -> bool:
    """The event is when or where the clause happens ('before the summit', 'on the sidelines of the forum')."""
    cur = tok
    for _ in range(3):
        if cur.dep_ != "pobj":
            return False
        prep = cur.head
        if prep.lower_ in word_set("setting_prepositions"):
            return True
        if prep.lower_ != "of" or prep.head.lemma_.lower() not in word_set("setting_nouns"):
            return False
        cur = prep.head
    return False


def verb_phrases(verb: Token) -> set[str]:
    """The verb's lemma, and with each bare particle after it ('call off', 'rule out'): the forms a
    list of verbs may name it by."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children
                      if c.dep_ in {"prt", "advmod", "prep"} and not list(c.children)}


def is_cancelled(tok: Token) -> bool:
    """'refused to meet', 'rejected an invitation', 'postponed the visit'."""
    cancelling = cues().cancelling
    if is_rescheduled(tok):
        return False  # "postponed the meeting until Friday": still to be held
    if _setting(tok):
        return False  # "rejected a request before next week's summit": the summit is the time, not the object
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in word_set("calling_off_nouns"):
        return True  # "protested the cancellation of Mr. X's planned visit"
    verb = governing_verb(tok)
    chain = [verb, *_enclosing_verbs(tok)] if verb.i != tok.i else [*_enclosing_verbs(tok)]
    if tok.pos_ in {"NOUN", "PROPN"}:
        chain = [tok.head, *chain]
    for v in chain:
        if not cancelling.isdisjoint(verb_phrases(v)) and v.pos_ in {"VERB", "AUX"}:
            if v.lemma_.lower() == "rule" and not any(c.lower_ == "out" for c in v.children):
                continue
            if v.lemma_.lower() in word_set("stance_verbs") and any(c.dep_ == "poss" for c in tok.children):
                continue  # "the cleric is opposing Blair's expected visit": a stance, the visit stands
            return True
        if any(c.dep_ == "neg" for c in v.children) and v.lemma_.lower() in word_set("intent_verbs"):
            return True
    return False


def _asked_for(tok: Token, verb: Token) -> bool:
    """The trigger is what is asked for ('pressed for talks', 'urged X to meet'), not the setting
    of the asking ('pressed for cooperation on the second day of a visit')."""
    for cur in ancestors(tok, 6):
        if cur.i == verb.i:
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in word_set("taking_up_nouns"):
            continue  # "will seek a renewal of peace talks": the talks taken up are what is sought
        if cur.dep_ == "pobj" and cur.head.lower_ not in {"for", "to"} and not listed_participle(cur.head):
            return False
        if cur.dep_ in {"npadvmod", "advmod", "nsubj", "nsubjpass"}:
            return False
    return True


def is_wish(tok: Token) -> bool:
    """'hopes to visit Damascus soon', 'wants to visit Venezuela', 'would like to visit Japan', 'would
    welcome a visit by X', 'favors talks with X': a wish, neither held nor scheduled (not "welcomed the
    visit of X")."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in word_set("favouring_verbs"):
        return True  # "says he favors talks with the United States": put forward, not held
    verb = governing_verb(tok)
    if verb.i != tok.i and verb.lemma_.lower() not in holding_verbs("paying_verbs") | word_set(
            "wishing_verbs") | word_set("conditional_wishing_verbs") | word_set("resuming_verbs"):
        return False  # "hoping to announce the talks' progress": the talks are not what is wished
    for up in [verb, *([verb.head] if verb.dep_ == "xcomp" else [])]:
        if up.i == tok.i or up.pos_ not in {"VERB", "AUX"}:
            continue
        if up.lemma_.lower() in word_set("wishing_verbs") or up.lower_ in word_set("wishing_verbs"):
            return True
        if up.lemma_.lower() in word_set("conditional_wishing_verbs") and any(
                c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in up.children):
            return True
    return False


def is_request(tok: Token) -> bool:
    """'demanded a meeting', 'called for talks' (PLOVER REQUEST, mode meet)."""
    requesting = cues().requesting
    gov = governing_verb(tok)  # "urged X to pursue diplomacy, including talks with Y": the diplomacy's verbs too
    verbs = [gov, *_enclosing_verbs(tok, 2), *([governing_verb(gov.head), *_enclosing_verbs(gov.head, 2)] if listed_participle(gov) else [])]
    for v in verbs:
        lemma = v.lemma_.lower()
        if lemma in requesting and v.pos_ == "VERB" and v.i != tok.i and _asked_for(tok, v):
            if lemma == "call" and not any(c.lower_ == "for" for c in v.children):
                continue
            return True
    return False


def is_hypothetical(tok: Token) -> bool:
    if tok.lemma_.lower() in word_set("gathering_nouns") and _setting(tok):
        return False  # "a truce offered to take place during a regional summit": the summit is the time, not the offer
    verb = governing_verb(tok)
    hyp = cues().hypothetical
    if _aux_lemmas(verb) & hyp:
        return True
    between = [t for t in ancestors(tok, 6) if t.i != tok.i and t.i != verb.i and verb.is_ancestor(t)]
    for up in [verb, *between, *_enclosing_verbs(tok, 3)]:  # "was ready to host talks", "ready for talks": an offer
        if up.lemma_.lower() in word_set("readiness_words") and _set_occasion(tok):
            continue  # "Tianjin is ready to host the SCO summit": the summit is set, the city ready for it
        if up.lemma_.lower() in word_set("offering_words"):
            return True
        if up.pos_ == "NOUN" and up.lemma_.lower() in word_set("refusal_nouns"):
            return True  # "the refusal of Israel to sign the accord"
    return any(c.dep_ == "mark" and c.lower_ in word_set("condition_marks") and not (  # not "whether X raised it
        c.lower_ == "whether" and _setting(tok)) for c in verb.children)  # during the talks": the talks were held


def _set_occasion(tok: Token) -> bool:
    """A gathering the calendar holds: 'the SCO summit', 'the 17th BRICS summit', 'COP31' (not 'a
    summit', 'the Russia-Ukraine summit', 'talks'), whose readiness is no offer to hold it."""
    if numbered_gathering(tok.text):
        return True
    if tok.lemma_.lower() not in word_set("gathering_nouns") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    words = tok.doc[tok.left_edge.i:tok.i]
    return not any(t.text in {"-", "–", "—"} for t in words) and any(
        t.text[:1].isupper() or t.ent_type_ == "ORDINAL" or t.like_num for t in words if t.i != tok.left_edge.i)


def ahead_of(tok: Token) -> bool:
    """'the forthcoming holding of the session', 'preparations for the summit', 'ahead of the
    forum': the noun phrase a gathering hangs from puts it ahead (talks 'ahead of' which a
    wreath was laid are often that day's)."""
    cur = tok
    for _ in range(3):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            return False
        head = cur.head.head
        hyphened = head.doc[head.i - 2:head.i + 1].text.lower() if head.i >= 2 and head.doc[head.i - 1].text == "-" else ""
        if head.lemma_.lower() in word_set("prospective_frames") or head.lower_ in word_set("prospective_frames") \
                or hyphened in word_set("prospective_frames"):  # "in the run-up to COP30" (run - up)
            return True
        if head.pos_ not in {"NOUN", "PROPN"}:
            return False
        if any(c.lower_ in word_set("future_adjectives") and c.dep_ in {"amod", "advmod"} for c in head.children):
            return True
        cur = head
    return False


def own_future(tok: Token) -> bool:
    """A gathering its own words put ahead: 'ahead of the summit', 'the summit, which begins
    Saturday', 'the meeting is set to begin Friday' (not a clause about something else that
    happens at it: 'a report to be released at the end of the conference')."""
    if ahead_of(tok) or _before_now(tok):
        return True
    if any(c.dep_ == "relcl" and _news_present(c) for c in tok.children):
        return True
    if not tok.dep_.startswith("nsubj"):
        return False
    chain = [tok.head, *climb(tok.head, {"xcomp"}, 2)]
    return any(v.lemma_.lower() in word_set("opening_verbs") for v in chain) and is_planned(tok)


def _before_now(tok: Token) -> bool:
    """'the release comes two weeks before a summit of ASEAN', 'talks will continue before the forum': what a
    present or future clause happens before is still ahead (not "they met before the summit")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in word_set("preceding_prepositions"):
        return False
    verb = governing_verb(tok.head)
    auxes = _aux_lemmas(verb)
    if auxes & {"will", "shall", "'ll"}:
        return True
    return verb.tag_ in {"VBZ", "VBP"} and verb.lemma_ != "be" and not auxes


def past_modified(tok: Token) -> bool:
    """'his recent trip to the United States', 'their previous meeting', 'since our meeting in
    Ashgabat': an engagement the noun itself (or the 'since' it is the object of) puts before the
    report, whatever the clause around it plans."""
    return tok.pos_ in {"NOUN", "PROPN"} and (any(
        c.dep_ == "amod" and c.lower_ in word_set("past_modifiers") for c in tok.children)
        or tok.dep_ == "pobj" and tok.head.lower_ == "since" and tok.head.dep_ == "prep")


def _past_finite(verb: Token) -> bool:
    """A finite past verb: 'discussed', 'has reviewed' (not 'will discuss', 'would review')."""
    auxes = _aux_lemmas(verb)
    return verb.pos_ in {"VERB", "AUX"} and not auxes & {"will", "shall", "'ll", "would", "to"} and (
        verb.tag_ == "VBD" or verb.tag_ == "VBN" and bool(auxes & {"has", "have", "had"}))


def _scheduled_day(verb: Token) -> bool:
    """A weekday, 'tomorrow' or a month name in the verb's own time phrase ('Friday', 'on February 2')."""
    days, back = word_set("scheduled_day_words"), word_set("looking_back_words")
    return any(any(t.lower_ in days for t in c.subtree) and not any(t.lower_ in back for t in c.subtree)
               for c in verb.children if c.dep_ in {"npadvmod", "prep"})  # not "last week", "every week"


def _news_present(verb: Token) -> bool:
    """A simple present with a weekday or a month ('meet Friday', 'opens on Monday'), no auxiliary;
    or a travel verb in the present progressive with one ('is heading Sunday to the Gulf', 'is leaving
    for Rome on Monday'): the wire's present for what is scheduled."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBG" and auxes and all(a.lower_ in {"is", "are", "am", "'s", "'re"} for a in auxes):
        return verb.lemma_.lower() in cues().travel and _scheduled_day(verb)
    if verb.tag_ not in {"VBP", "VBZ"} or verb.lemma_ == "be" or auxes:
        return False
    if verb.lemma_.lower() in cues().span_ends.get("closing", frozenset()):
        return False  # "the summit, under way since Monday, closes on Tuesday": it is on
    return _scheduled_day(verb)


def is_planned(tok: Token, *, date_start: str | None = None, published: dt.date | None = None) -> bool:
    """Announced for the future: will / to be held / scheduled / plans to / upcoming / a future date."""
    if is_rescheduled(tok):
        return True  # "postponed the meeting until Friday"
    verb = governing_verb(tok)
    while verb.tag_ == "VBG" and verb.lemma_.lower() in word_set("listing_verbs") and verb.head.i != verb.i:
        verb = governing_verb(verb.head)  # "a package of documents, including a Joint Declaration, is expected"
    if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in {"VERB", "AUX"} and not _aux_lemmas(verb) \
            and is_planned(verb.head, date_start=date_start, published=published):
        return True  # "where he is to meet the governor and visit the old city": the shared "is to"
    if any(c.lower_ in word_set("future_adjectives") and c.dep_ in {"amod", "advmod"} for c in tok.children):
        return True
    if phrase_ahead(tok, date_start, published, past_clause=_past_finite(governing_verb(tok))):
        return True  # "plans for a meeting", "invited X to a meeting", "has meetings scheduled with X"
    names = [tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "PROPN" else [
        c for c in tok.children if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN"]  # the name's first word
    if any(c.dep_ in {"poss", "npadvmod", "compound"} and any(  # ("next week's Group of Eight summit": on "Group")
            g.lower_ in word_set("future_adjectives") for g in c.subtree) and not _story_counted(c)
           for c in [*tok.children, *(c for n in names for c in n.children)]) and not _past_finite(tok):
        return True  # "next week's summit", "next year's forum" (not "The next day, he was received", nor
        # "met Tuesday ahead of talks next week": a past verb's, the parser's misplaced time of the talks)
    if tok.pos_ in {"NOUN", "PROPN"} and (tok.lemma_.lower() in word_set("gathering_nouns") or numbered_gathering(
            tok.text) or tok.lower_ in word_set("visit_nouns") or igo_meeting(tok)) and (ahead_of(tok) or _before_now(tok)):
        return True  # "ahead of the summit", "ahead of a visit by the envoy", "ahead of the meeting of the CIS Council"
    tail = name_tail(tok)  # "the Conference for Supporting X's Recovery, which will be held": the name's clause
    for clause in [*tok.children, *(tail.children if tail.i != tok.i else ())]:  # "the summit, which Baku will host"
        if tok.lemma_.lower() in word_set("document_nouns"):
            break  # "a memorandum under which they will exchange data": its content, not its date
        if clause.dep_ == "relcl" and not date_start and _news_present(clause):
            return True  # "the regional summit, which officially begins Monday"
        if clause.dep_ == "relcl" and clause.lemma_.lower() in word_set("content_verbs"):
            continue  # "a two-day trip that will mark his first visit to Canada": what it is, not when
        if clause.dep_ in {"relcl", "acl"} and (_aux_lemmas(clause) & {"will", "shall", "'ll"}
                                                or "to" in _aux_lemmas(clause)):
            if clause.dep_ == "acl" and "to" in _aux_lemmas(clause) and any(
                    c.lower_ in word_set("once_planned_modifiers") for c in tok.children):
                continue
            if "to" in _aux_lemmas(clause) and not _aux_lemmas(clause) & {"will", "shall", "'ll"} \
                    and not any(c.dep_ == "auxpass" for c in clause.children) \
                    and clause.lemma_.lower() not in holding_verbs("scheduling_verbs"):
                continue  # "embarked on a visit to Washington to meet with X": its purpose, not its schedule
            return True
    if tok.pos_ == "NOUN" and verb.lemma_.lower() in word_set("agreeing_lemmas") and (
            tok.dep_ == "pobj" and tok.head.lower_ in {"to", "on", "upon"} and tok.head.head.i == verb.i
            or tok.dep_ == "xcomp" and tok.head.i == verb.i and any(c.lower_ == "to" for c in tok.children)):
        return True  # "India and China agreed to talks on the border", "agreed on a meeting in May": to come
    if "to" in _aux_lemmas(verb) and not any(t.tag_ in _FINITE for t in verb.sent):
        return True  # the headline's infinitive: "Kazakh President to pay state visit to China"
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in word_set("preparing_verbs") \
            and tok.head.head.tag_ != "VBD":
        return True  # "security chiefs are preparing for more talks": what is prepared for is ahead
    # "is expected to visit", "plans to hold", "agreed to hold"
    # a finite past clause of its own ("When we met in Accra in March, we agreed ...", "the leaders, who met in
    # June, plan to ...") keeps its own tense: the planning or future verb above does not reach it
    own_past = verb.tag_ == "VBD" and verb.dep_ in {"advcl", "relcl"} and not _aux_lemmas(verb)
    chain = [verb] if own_past else [verb, *climb(verb, {"xcomp", "ccomp", "advcl", "relcl", "acl"}, 3)]
    if verb.dep_ == "pcomp" and (verb.head.lower_ in word_set("sequence_prepositions") or adding_preposition(verb.head)):
        chain.append(governing_verb(verb.head.head))  # "will visit Ankara before traveling to Baku"; "Besides holding
        # talks with X, Y is scheduled to ...": the gerund is told as its clause is
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and tok.pos_ in {"NOUN", "PROPN"} and _setting(tok) and not any(
            c.dep_.startswith("nsubj") for c in verb.children):
        chain.append(governing_verb(verb.head.head))  # "will press for expanding ties during his visit": a
        # gerund has no tense of its own; the visit it is set in is the future clause's
    planning = word_set("planning_lemmas") - word_set("telling_lemmas")
    # "confirmed that X phoned Y on Tuesday": a finite past clause under the planning verb happened
    told_past = verb.tag_ == "VBD" and verb.dep_ == "ccomp" and not _aux_lemmas(verb)
    setting = tok.pos_ in {"NOUN", "PROPN"} and _setting(tok)
    for v in chain:
        auxes = _aux_lemmas(v)
        if auxes & {"will", "shall", "'ll", "would"}:
            return True
        if v.i != verb.i and setting and v.tag_ == "VBD":
            continue  # "agreed to resume relations during a visit by X": agreed then, during the visit
        if v.i != verb.i and (v.lemma_.lower() in planning or v.lower_ in planning) and not told_past:
            return True
        if v.i != verb.i and "to" in auxes and v.dep_ == "xcomp" and v.head.lemma_ == "be":
            return True  # "is to travel to Tehran to meet with ...": the meeting too
    if verb.lemma_.lower() in word_set("listing_verbs") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in word_set("itinerary_nouns") for c in verb.children):
        return True  # "his schedule includes talks with ..."
    if "to" in _aux_lemmas(verb) and verb.dep_ in {"xcomp", "acl", "advcl", "relcl", "ccomp"} and not (
            setting and verb.head.tag_ == "VBD"):
        head = verb.head
        if head.pos_ in {"NOUN", "PROPN"} and any(
                c.lower_ in word_set("once_visitor_modifiers") for c in head.children):
            return False  # "the first Western delegation to visit Bucharest" happened
        if not (setting and head.lemma_.lower() in word_set("means_nouns") and _past_finite(governing_verb(head))) and (
                head.lemma_.lower() in word_set("planning_lemmas") or head.pos_ in {"NOUN", "PROPN"}
                or head.lemma_ == "be" or any(c.dep_ == "dobj" and c.lemma_.lower() in word_set("invitation_words")
                                              for c in head.children)):  # "received an invitation ... to attend X"
            return True  # not "discussed ways to expand trade during the talks": the talks are the discussion's
    if (verb.lemma_.lower() in word_set("scheduled_participles") or verb.lower_ in word_set("scheduled_participles")) \
            and verb.tag_ == "VBN":
        return True
    if not date_start and _news_present(verb):
        return True  # "Finance ministers meet Friday in London": the wire's present for what is scheduled
    if date_start and published:
        # a future date: "on Friday" told on Wednesday, "in November next year", "in 2027"
        told = PartialDate.parse(date_start)
        if str(told) > str(PartialDate.of(published).coarsen(told.precision)):
            return True
    return False


def _story_counted(phrase: Token) -> bool:
    """'the next day', 'the following morning': counted from the day the story last named, not
    from the report's day; no future of its own."""
    return anaphoric_offset(" ".join(t.text for t in phrase.subtree)) is not None


def present_today(time_tok: Token) -> bool:
    """'the summit, which opens today, will adopt ...', 'gathers today in Lima': the verb that holds the
    report's own day is a simple present, so the event is under way, whatever the clause above it says."""
    verb = governing_verb(time_tok)
    return verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
