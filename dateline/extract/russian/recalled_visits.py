"""A visit of the past recalled in passing in a phrase "в ходе визита".

"договоренности, достигнутые в ходе официального визита Президента Ирана Масуда Пезешкиана в
Ашхабад в мае текущего года": "в ходе визита" tells a visit told before, unless the phrase names a
guest of its own, who is no guest of a visit told before (the host of the story's visit may recall
a trip of his own), and a time of its own, or the visit is told as one of the past ("в ходе
предыдущего визита в Беларусь в мае прошлого года") with a time of its own. Then it is another
visit, recalled (the one the report is about is told elsewhere).
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.clause import subtree
from dateline.extract.russian.nlp import RuDoc, RuToken

__all__ = ["recalled_visit"]


def _subtree(doc: RuDoc, noun: RuToken) -> tuple[int, int]:
    """The character span of the noun's phrase: its dependents, and theirs, in its sentence."""
    chosen = subtree(doc, noun)
    return min(t.start for t in chosen), max(t.end for t in chosen)


def _same_stretch(doc: RuDoc, noun: RuToken, offset: int) -> bool:
    """Whether the words from the noun to ``offset`` hold no comma and no verb of a clause of
    their own ("визита X в Ашхабад в мае текущего года", where the parse may hang the time on the
    participle the phrase depends on)."""
    first, last = doc.sent_tokens[noun.sent]
    between = [t for t in doc.tokens[noun.index + 1:last] if t.start < offset]
    return len(between) + noun.index + 1 <= last and all(
        t.text not in (",", ";", "–", "-") and not (t.pos == "VERB" and t.feats.get("VerbForm") == "Fin")
        for t in between)


def recalled_visit(state: DocState, doc: RuDoc, noun: RuToken, events: list[EventDraft]) -> bool:
    """Whether the visit noun after "в ходе" names a guest of its own no visit told before has
    ("визита Президента X") and a time of its own ("в мае текущего года")."""
    start, end = _subtree(doc, noun)
    if not any(noun.end <= t.span[0] and _same_stretch(doc, noun, t.span[0]) for t in state.times):
        return False
    if any(t.head == noun.index and t.rel == "amod" and L.event_words("recalled").at([t.lemma], 0) is not None
           for t in doc.tokens[max(0, noun.index - 3):noun.index]):
        return True  # "В ходе предыдущего визита в Беларусь в мае прошлого года X был принят ..."
    guests = {m.actor_id for m in state.mentions if noun.end <= m.start and m.end <= end
              and state.actor(m.actor_id).kind == "person"}
    told = {a for e in events if e.kind == "visit" for a in e.source}  # the guests of visits told
    # before: the host of the story's visit recalls a trip of his own ("в ходе визита А.Касымалиева
    # в Душанбе в марте")
    return bool(guests) and not guests & told
