"""The people of a sitting, meeting or gathering told only as what is being prepared.

"Министры обсудят подготовку к заседанию Совета министров иностранных дел СНГ, которое пройдет в
октябре", "в ходе визита обсуждалась подготовка к трехсторонней встрече вице-премьеров", "особое
внимание уделено подготовке к заседанию Высшего государственного совета": who prepares it or
discusses it is not said to take part in it. Such an engagement to come keeps only the people named
inside its own phrase ("подготовку к встрече президентов X и Y"); those who confirm taking part
("подтвердил свое участие", ``sidelines.took_part``) join it after this stage. A visit prepared
keeps its people (its visitor is named in it: "подготовка к визиту Президента X").
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc, RuToken

__all__ = ["prepared_only"]

_KINDS = frozenset({"meeting", "multilateral", "gathering"})


def _prepared(doc: RuDoc, noun: RuToken) -> bool:
    """The noun is the object of a noun of preparing ("подготовка к заседанию")."""
    tokens = doc.tokens_of(noun.sent)
    at = noun.index - tokens[0].index
    before = [t for t in tokens[max(0, at - 4):at] if t.pos not in ("ADJ", "NUM") and not set(t.text) <= set("IVXLC")]
    return len(before) >= 2 and before[-1].lemma == "к" and \
        L.event_words("prepared_nouns").at([before[-2].lemma], 0) is not None


def _inside(doc: RuDoc, noun: RuToken, start: int) -> bool:
    """The mention at ``start`` is in the noun's own phrase (the noun governs it)."""
    token = doc.token_at(start)
    for _ in range(6):
        if token is None or token.head is None:
            return False
        if token.head == noun.index:
            return True
        token = doc.tokens[token.head]
    return False


def prepared_only(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    """An engagement to come told as what is prepared keeps only the people of its own phrase."""
    for event in events:
        noun = doc.token_at(event.trigger[0])
        if event.kind not in _KINDS or event.status != "planned" or noun is None or not _prepared(doc, noun):
            continue
        own = {m.actor_id for m in state.mentions if _inside(doc, noun, m.start)}
        gone = {a for a in event.participants if state.actor(a).kind == "person" and a not in own}
        if not gone:
            continue
        event.participants = [a for a in event.participants if a not in gone]
        event.source = [a for a in event.source if a not in gone]
        event.recipient = [a for a in event.recipient if a not in gone]
        event.attendees = [a for a in event.attendees if a not in gone]
