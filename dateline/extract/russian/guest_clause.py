"""The guest of a visit told in a clause on him.

"Президент принял министра иностранных дел Грузии X, которая находится в Баку с рабочим визитом",
"Министр X, находящийся с рабочим визитом в Брюсселе, встретился с Y": the visit's clause (a
relative clause or a participle) hangs on the person who visits; whoever else its sentence names
(the president who received the guest) is of the visited side, a host, not a second visitor.
"""

from __future__ import annotations

from dateline.extract.document import DocState
from dateline.extract.russian.nlp import RuDoc, RuToken

__all__ = ["clause_guest", "guest_first"]


def clause_guest(doc: RuDoc, trigger: RuToken) -> RuToken | None:
    """The noun a visit's relative clause or participle is on, or None."""
    verb: RuToken | None = trigger
    for _ in range(3):
        if verb is None or verb.pos in ("VERB", "AUX"):
            break
        verb = doc.tokens[verb.head] if verb.head is not None else None
    if verb is None or verb.pos not in ("VERB", "AUX") or verb.head is None or not verb.rel.startswith("acl"):
        return None
    relative = any(t.head == verb.index and t.lemma == "который" and t.rel.startswith("nsubj")
                   for t in doc.tokens_of(verb.sent))
    if not relative and verb.feats.get("VerbForm") != "Part":
        return None
    return doc.tokens[verb.head]


def guest_first(state: DocState, doc: RuDoc, trigger: RuToken, source: list[str],
                recipient: list[str]) -> tuple[list[str], list[str]]:
    """A visit told in a clause on its guest: the guest visits, the others named host."""
    noun = clause_guest(doc, trigger)
    guest = next((m.actor_id for m in state.mentions if noun is not None and m.start <= noun.start < m.end
                  and state.actor(m.actor_id).kind == "person" and m.actor_id in source + recipient), None)
    if guest is None:
        guest = _agreeing(state, doc, trigger, source + recipient)
    if guest is None:
        return source, recipient
    hosts = [a for a in source + recipient if a != guest and not (
        state.actor(a).kind != "person" and state.actor(a).country == state.actor(guest).country)]
    return [guest, *[a for a in source + recipient if a not in hosts and a != guest]], hosts


def _agreeing(state: DocState, doc: RuDoc, trigger: RuToken, parties: list[str]) -> str | None:
    """The person named right before a participle set off by a comma whose case it agrees with (the
    parse may hang it elsewhere): "с Премьер-министром Таджикистана Кохиром Расулзода, находящимся
    в Кыргызстане с официальным визитом"."""
    verb: RuToken | None = trigger
    for _ in range(3):
        if verb is None or verb.pos in ("VERB", "AUX"):
            break
        verb = doc.tokens[verb.head] if verb.head is not None else None
    if verb is None or verb.feats.get("VerbForm") != "Part" or verb.index == 0 or doc.tokens[verb.index - 1].text != ",":
        return None
    comma = doc.tokens[verb.index - 1]
    before = [m for m in state.mentions if m.end <= comma.start and not doc.text[m.end:comma.start].strip()
              and state.actor(m.actor_id).kind == "person" and m.actor_id in parties]
    if not before:
        return None
    mention = before[-1]
    words = [t for t in doc.tokens[max(0, verb.index - 10):verb.index - 1]
             if t.sent == verb.sent and t.pos in ("NOUN", "PROPN") and t.start >= mention.start - 60]
    return mention.actor_id if any(t.case == verb.case for t in words) else None
