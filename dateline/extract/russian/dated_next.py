"""A sitting or gathering told first and dated in a sentence after it.

Agency copy names the sitting once and gives its day and city in the next sentence, by the bare
noun as the subject of a verb of taking place: "X примет участие в заседании Совета министров
иностранных дел СНГ. Заседание пройдет 10 октября в Душанбе." The bare noun names no engagement
of its own (no name, no party: ``events.py`` skips it); it is the engagement told last before it
by the same noun, when that one has no time of its own and the same status: it takes the
sentence's time, its place when it had none, and the place's state among its countries when it is
a sitting or gathering of several states (the host, as the guide counts a gathering's).

The noun may name the body again by its head noun alone, in the genitive ("... подготовки заседания
Межправительственной комиссии по сотрудничеству. Заседание Комиссии пройдет 30 мая в Минске"):
``events.py`` tells it as a sitting of its own, which is the one told before when its body is a bare
word (no words of its own) whose lemma heads the first telling's body too; the second telling is
dropped once it has dated the first.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.clause import clause_place, clause_status, nearest_time
from dateline.extract.russian.nlp import RuDoc, RuToken

__all__ = ["dated_next", "held_today"]

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


def _body(doc: RuDoc, noun: RuToken) -> RuToken | None:
    """The genitive noun right under a sitting's noun: the body it is a sitting of."""
    for token in doc.tokens[noun.index + 1: noun.index + 8]:
        if token.head == noun.index and token.rel == "nmod" and token.case == "Gen" \
                and token.pos in ("NOUN", "PROPN"):
            return token
    return None


def _bare_body(doc: RuDoc, noun: RuToken) -> RuToken | None:
    """The body of "Заседание Комиссии": a genitive that has no word of its own under it."""
    body = _body(doc, noun)
    if body is None or any(t.head == body.index and t.rel != "punct" for t in doc.tokens):
        return None
    return body


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
    own = {e.trigger[0]: e for e in events}
    for noun in doc.tokens:
        verb = _bare_subject(doc, noun)
        if verb is None:
            continue
        again = own.get(noun.start)
        first = _told_before(doc, noun, events)
        if again is not None and not _same_body(doc, noun, first, again):
            continue
        if first is None or (first.date_from == "text" and first.date_start) or \
                first.status != clause_status(doc, verb):
            continue
        start, end = doc.sents[noun.sent]
        when = nearest_time(state.times, start, end, verb.start, state.text, verb=True)
        if when is None:
            continue
        first.date, first.date_start, first.date_end, first.date_from = when, when.start, when.end, "text"
        if again is not None:
            events.remove(again)
        found = clause_place(doc, noun.sent)
        if found is not None and first.place is None:
            first.place, first.place_from = found[0], "text"
            country = found[0].country
            if country and first.kind in ("gathering", "multilateral") and country not in first.countries:
                first.countries.append(country)


def _same_body(doc: RuDoc, noun: RuToken, first: EventDraft | None, again: EventDraft) -> bool:
    """"Заседание Комиссии" told as a sitting of its own is the first telling's sitting when its
    body is a bare word heading the first one's body and it names no party the first has not, but
    for the state of the city it is held in ("Заседание Совета пройдет 29 мая в Минске" after a
    sitting of the CIS's council: Belarus hosts it)."""
    if first is None or again.kind not in _KINDS:
        return False
    body = _bare_body(doc, noun)
    told = doc.token_at(first.trigger[0])
    first_body = _body(doc, told) if told is not None else None
    if body is None or first_body is None or first_body.lemma != body.lemma:
        return False
    found = clause_place(doc, noun.sent)  # the host its city gives ("пройдет 29 мая в Минске") is the
    host = {found[0].country} if found is not None and found[0].country else set()  # first's to take
    return set(again.participants) <= set(first.participants) and set(again.countries) <= set(first.countries) | host


def _taking_place_over(doc: RuDoc, noun: RuToken) -> RuToken | None:
    """The verb of taking place or opening a gathering's noun in the nominative is told by, up its
    heads ("стартовал ... форум", "начал работу XV Форум": the parser hangs the noun anywhere)."""
    verb = doc.verb_above(noun, 3) if noun.case == "Nom" else None
    if verb is None:
        return None
    tokens = doc.tokens_of(verb.sent)
    at = verb.index - tokens[0].index
    return verb if L.event_words("taking_place").at([t.lemma for t in tokens], at) is not None else None


def held_today(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    """"В Ташкенте стартовал V Ташкентский международный инвестиционный форум": a gathering told
    as held or opening by its own verb, in the past or present, with no time of its own and none
    recalled, is of the report's day (as talks told so are)."""
    if state.published is None:
        return
    for event in events:
        if event.kind != "gathering" or event.status != "occurred" or event.date_start or event.pluperfect:
            continue
        noun = doc.token_at(event.trigger[0])
        verb = _taking_place_over(doc, noun) if noun is not None else None
        if verb is None or verb.feats.get("Tense") == "Fut":
            continue
        event.date_start = event.date_end = state.published.isoformat()
        event.date_from = "published"
