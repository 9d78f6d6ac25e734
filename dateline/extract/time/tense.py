"""The tense of the clause around a time expression: "past", "present", "future" or None.

Two readers: :func:`tense_in_doc` reads the spaCy parse (the verb that governs the
expression, its auxiliaries and morphology); :func:`guess_tense` reads only the words of the
sentence, for callers without a parse and as the fallback when the parse says nothing.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from dateline.extract.syntax import ancestors, governor
from dateline.extract.time.lexicon import alternation, words

__all__ = ["guess_tense", "lead_in_tense", "sentence_sides", "tense_in_doc"]


@cache
def _cues(name: str) -> frozenset[str]:
    """A list of tense cues from the lexicon's ``tense`` section."""
    return frozenset(str(w).lower() for w in words()["tense"][name])


_PRESENT_PERFECT = frozenset({"has", "have", "'ve", "'s"})
_BE = frozenset({"be", "being", "is", "are", "am", "to", "will", "been"})


_GOVERNOR_HOPS = 8  # how far up the nearest verb of an expression may be


def _noun_cue(tok: Token) -> str | None:
    """"the upcoming summit on Monday": a future adjective on the nouns above the expression."""
    for cur in ancestors(tok, 4):
        if cur.pos_ in ("NOUN", "PROPN"):
            if any(c.lower_ in _cues("future_adjectives") for c in cur.children if c.dep_ in ("amod", "compound")):
                return "future"
        if cur.pos_ in ("VERB", "AUX"):
            return None
    return None


def _lemma_in(verb: Token, words: frozenset[str]) -> bool:
    """The verb's lemma is one of ``words`` (the parser lemmatises "slated" as "slat")."""
    return verb.lemma_.lower() in words or verb.lower_ in words or verb.lower_.removesuffix("d") in words


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {c.lower_ for c in aux}
    if lowers & _cues("future_auxiliaries"):
        return "future"
    if any(c.tag_ == "TO" or c.lower_ == "to" for c in aux):  # infinitive: ask the governor
        if verb.lemma_.lower() in _cues("scheduled_infinitives") and (
                any(c.dep_ == "auxpass" for c in aux) or any(c.lower_ == "place" for c in verb.children)):
            return "future"  # "the meeting of the Council, to be held in Moscow in November"
        head = verb.head
        if head.i == verb.i or depth > 2:
            return "future"
        if _lemma_in(head, _cues("future_heads")):
            return "future"
        if head.pos_ in ("NOUN", "PROPN"):
            return "future"
        if head.lemma_ == "be":  # "is to visit"
            return "future"
        return _verb_tense(head, depth + 1) if head.pos_ in ("VERB", "AUX") else "future"
    finite_past = any(c.tag_ == "VBD" for c in aux)
    if _lemma_in(verb, _cues("planned")) and verb.tag_ == "VBN":
        # "is scheduled for", "a hearing has been set for", "a meeting planned for"; "was / had been
        # scheduled for Thursday" planned it before, for a day on either side of the report: the nearest
        return "present" if finite_past else "future"
    if verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.children):
        return "future"
    if lowers & _PRESENT_PERFECT and verb.tag_ == "VBN":
        return "past"
    if finite_past or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and not aux:
        if verb.dep_ in ("acl", "ROOT", "conj") or verb.head.i == verb.i or depth > 2:
            return "past"  # "the agreement signed on Monday"
        above = governor(verb.head, _GOVERNOR_HOPS)  # "ordered to keep the markets closed until Friday"
        return (_verb_tense(above, depth + 1) if above is not None else None) or "past"
    if verb.tag_ == "VBG" and not aux and verb.head.i != verb.i and depth <= 2:
        above = governor(verb.head, _GOVERNOR_HOPS)
        if above is not None and above.i != verb.i:
            return _verb_tense(above, depth + 1)
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and _lemma_in(c, _cues("planned")) for c in verb.children):
        return "future"  # "is due in Yerevan on Monday", "is set for Friday"
    if verb.tag_ in ("VBZ", "VBP") or lowers & {"is", "are", "am", "'s", "'re"}:
        return "present"
    return None


def tense_in_doc(doc: Doc, start: int, end: int) -> str | None:
    """Tense of the clause governing the characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    cue = _noun_cue(root.head)  # the root's head is the root itself
    if cue:
        return cue
    verb = governor(root.head, _GOVERNOR_HOPS)
    if verb is None:
        return None
    return _verb_tense(verb)


# --- the text-only reader ---------------------------------------------------------------

_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|[.!?;]")
_SENT_START = re.compile(r"(?:[.!?]\s+(?=[A-Z\"'(])|\n)")
_SENT_END = re.compile(r"[.!?](?:\s|$)|\n")
@cache
def _cue(word: str, prev: str) -> str | None:
    """The tense a word signals, given the word before it."""
    low, prev = word.lower(), prev.lower()
    if low == "to" and prev in _cues("before_to"):
        return "future"  # "is to", "set to", "going to"
    if low in _cues("future_words"):
        return "future"
    past = low in _cues("past_words") or (
        low.endswith("ed") and len(low) > 4 and low not in _cues("not_past_ed") and not low.endswith("eed"))
    if past and prev in _BE:  # "will be held", "to be signed": not a past event
        return "future" if prev in ("be", "to", "will") else None
    return "past" if past else None


def sentence_sides(text: str, start: int, end: int, sent_start: re.Pattern[str],
                   sent_end: re.Pattern[str]) -> tuple[str, str]:
    """The text of ``text[start:end]``'s sentence to its left and to its right (at most 300 and
    200 characters), cut where ``sent_start`` last matches before it and ``sent_end`` after it."""
    left = text[max(0, start - 300):start]
    cut = list(sent_start.finditer(left))
    if cut:
        left = left[cut[-1].end():]
    right = text[end:end + 200]
    stop = sent_end.search(right)
    if stop:
        right = right[:stop.start()]
    return left, right


def guess_tense(text: str, start: int, end: int) -> str | None:
    """Best guess of the tense around ``text[start:end]`` from the words of its sentence.

    The nearest cue to the left wins, else the first one to the right (a fronted expression:
    "On Monday, the ministers met"). "will", "to be held", "scheduled", "next" -> future;
    "was", "met", "held", "-ed" verbs, "last" -> past.
    """
    left, right = sentence_sides(text, start, end, _SENT_START, _SENT_END)
    lw, rw = _TOKEN.findall(left), _TOKEN.findall(right)
    for i in range(len(lw) - 1, -1, -1):
        cue = _cue(lw[i], lw[i - 1] if i else "")
        if cue:
            return cue
    for i, word in enumerate(rw):
        cue = _cue(word, rw[i - 1] if i else (lw[-1] if lw else ""))
        if cue:
            return cue
    return None


# --- what the words just before the expression say -----------------------------------------

@cache
def _deferral() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['deferral_verbs'])})\s+(?:(?:again|once\s+more)\s+)?"
                      r"(?:to|until|till|for)\s+(?:the\s+)?\Z", re.IGNORECASE)


def lead_in_tense(text: str, outer: int, pre: str | None, clause: str | None) -> str | None:
    """The clause tense corrected by the words that lead into the expression at ``outer``.

    "since <X>" looks back; a deadline ("by early June", "closed until Friday") and a new date
    ("the summit was postponed to June") look forward unless the clause is plainly past.
    """
    if pre == "since":
        return "past"
    if pre in ("by", "until", "till") and clause != "past":
        return "future"
    if _deferral().search(text, max(0, outer - 40), outer):
        return "future"
    if pre in ("to", "until", "till", "for") and _deferred_verb().search(text, max(0, outer - 40), outer):
        return "future"  # "was postponed until November 20": the preposition opens the expression
    return clause


@cache
def _deferred_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['deferral_verbs'])})\s+(?:(?:again|once\s+more)\s+)?\Z",
                      re.IGNORECASE)
