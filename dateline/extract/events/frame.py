"""'During the talks, X invited Y': the earlier engagement a trigger's clause is set in."""

from __future__ import annotations

from functools import cache

from dateline.extract.document import Frame
from dateline.extract.events.cues import Cue
from dateline.extract.events.words import table, word_set
from dateline.extract.syntax import governing_verb
from dateline.extract.time.lexicon import words

__all__ = ["frame_reference"]

_FRAME_PREPS = frozenset({"during", "after", "following", "at", "in", "on", "upon", "amid"})
_ANY_ENGAGEMENT = ("visit", "meeting", "multilateral", "gathering", "call")
_SETTINGS = ("gathering", "multilateral")
_BACK_DETERMINERS = frozenset({"the", "this", "that", "their", "his", "her", "its", "these"})


@cache
def _ordinals() -> dict[str, int]:
    """'second': 2 (the time lexicon's ordinals)."""
    return {str(k).lower(): int(v) for k, v in words()["ordinals"].items()}


def frame_reference(cue: Cue) -> Frame | None:
    """'During the talks, X invited Y', 'Following the meeting, they signed': the event that dates it.

    The referring noun's character offset, the kinds of event it can name and which end of it is
    meant ("on the last day of his visit", "at the end of the talks": "last"; "on the eve of the talks": the
    day before it, "eve"), when the trigger's
    clause is set in an earlier-told engagement by a definite noun phrase.
    """
    verb = governing_verb(cue.token)
    raising = [verb.head] if verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"} else []  # "is expected to hold"
    preps = [c for c in (*verb.children, *cue.token.children, *(c for h in raising for c in h.children if c.i < verb.i)) if c.lower_ in _FRAME_PREPS and c.dep_ in {
        "prep", "advcl", "advmod", "mark", "pcomp"} or (c.lower_ == "following" and c.dep_ in {"prep", "advcl"})]
    days = word_set("frame_first_days") | word_set("frame_last_days")
    nouns = table("frame_nouns")
    for prep in preps:
        objs = [c for c in prep.children if c.dep_ in {"pobj", "dobj"}]
        for obj in objs:
            if obj.lower_ == "which" and prep.lower_ in {"during", "after", "following", "at"}:
                return Frame(obj.idx, _ANY_ENGAGEMENT)  # "the visit on 28 December, during which they signed"
            which, nth = None, 0
            if obj.lower_ == "day" and prep.lower_ in {"on", "during"}:  # "on the last day of his visit"
                which = next((c.lower_ for c in obj.children if c.lower_ in days), None)
                nth = next((n for c in obj.children if 2 <= (n := _ordinals().get(c.lower_, 0)) <= 7), 0)
                if which is None and not nth:
                    continue
            eve = obj.lower_ in word_set("frame_eves") and prep.lower_ == "on"  # "on the eve of the talks"
            if (obj.lower_ in word_set("frame_points") or which or nth or eve) and prep.lower_ in {
                    "at", "in", "on", "after", "during"}:
                inner = [g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
                if not inner and obj.lower_ in word_set("sideline_nouns") and prep.lower_ in {"on", "at"} and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in obj.children) and not any(
                        c.dep_ in {"prep", "acl", "relcl", "amod", "compound"} for c in obj.children):
                    return Frame(obj.idx, _SETTINGS, "setting")  # "On the sidelines, X met Y": the story's gathering
                if not inner:
                    continue
                which = which or ("eve" if eve else "last" if obj.lower_ in word_set("frame_end_points") else None)
                obj = inner[0]
            elif prep.lower_ in {"at", "in", "on"}:
                continue
            kinds = nouns.get(obj.lower_) or nouns.get(obj.lemma_.lower())
            if not kinds:
                continue
            if not any(c.dep_ in {"det", "poss"} and c.lower_ in _BACK_DETERMINERS for c in obj.children):
                continue
            return Frame(obj.idx, kinds, "eve" if which == "eve" else "first" if which in word_set("frame_first_days")
                         else "last" if which in word_set("frame_last_days") else None, nth)
    return None
