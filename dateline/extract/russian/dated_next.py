"""A sitting or gathering told first and dated in a sentence after it.

Agency copy names the sitting once and gives its day and city in the next sentence, by the bare
noun as the subject of a verb of taking place: "X примет участие в заседании Совета министров
иностранных дел СНГ. Заседание пройдет 10 октября в Душанбе." The bare noun names no engagement
of its own (no name, no party: ``events.py`` skips it); it is the engagement told last before it
by the same noun, when that one has no time of its own and the same status: it takes the
sentence's time, its place when it had none, and the place's state among its countries when it is
a sitting or gathering of several states (the host, as the guide counts a gathering's).
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.clause import clause_place, clause_status, nearest_time
from dateline.extract.russian.nlp import RuDoc, RuToken

__all__ = ["dated_next"]

_KINDS = ("gathering", "multilateral", "meeting")


def _bare_subject(doc: RuDoc, token: RuToken) -> RuToken | None:
    """The verb of taking place whose subject the noun is, when the noun stands bare: no name of
    its own after it but a genitive of the body told before ("Заседание Совета пройдет ...")."""
    if token.pos != "NOUN" or token.case != "Nom" or not token.rel.startswith("nsubj") or token.head is None:
        return None
    cue = L.cues().at([token.lemma], 0)
    if cue is None or cue.value.kind != "gathering":
        return None
    verb = doc.tokens[token.head]
    if L.event_words("taking_place").at([verb.lemma], 0) is None:
        return None
    return verb


def _told_before(doc: RuDoc, noun: RuToken, events: list[EventDraft]) -> EventDraft | None:
    """The last engagement told before the noun's sentence by the same noun."""
    start = doc.sents[noun.sent][0]
    before = [e for e in events if e.trigger[1] <= start and e.kind in _KINDS]
    if not before:
        return None
    last = max(before, key=lambda e: e.trigger[0])
    token = doc.token_at(last.trigger[0])
    return last if token is not None and token.lemma == noun.lemma else None


def dated_next(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    """Date a sitting or gathering told with no time by the sentence that tells it again."""
    own = {e.trigger[0] for e in events}
    for noun in doc.tokens:
        if noun.start in own:
            continue
        verb = _bare_subject(doc, noun)
        if verb is None:
            continue
        first = _told_before(doc, noun, events)
        if first is None or (first.date_from == "text" and first.date_start) or \
                first.status != clause_status(doc, verb):
            continue
        start, end = doc.sents[noun.sent]
        when = nearest_time(state.times, start, end, verb.start, state.text, verb=True)
        if when is None:
            continue
        first.date, first.date_start, first.date_end, first.date_from = when, when.start, when.end, "text"
        found = clause_place(doc, noun.sent)
        if found is not None and first.place is None:
            first.place, first.place_from = found[0], "text"
            country = found[0].country
            if country and first.kind in ("gathering", "multilateral") and country not in first.countries:
                first.countries.append(country)
