"""A guest presented as "visiting" who is the subject of his own clause: his visit to the state of
those his clause names.

"The ministry says visiting Nepali Foreign Minister X met with his Indian counterpart Y", "In Kyiv,
visiting Dutch Foreign Minister X urged Ukrainian officials to ...", "Visiting Afghan President X
thanked Iran for ...": the participle presents an official where the clause is; the clause's other
party, of one other state, is his host. The parser reads the participle every way (a modifier, a
clausal subject with the guest as its object, a verb whose complement the guest's clause is), so the
guest is read off the words: the run of names and titles right after the participle, and his verb
the one that run is the subject (or, under a clausal subject, the object) of.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.events.words import word_set
from dateline.extract.places import is_state_code
from dateline.extract.syntax import token_at

__all__ = ["visiting_subject"]

_NAME_ENTS = frozenset({"NORP", "TITLE", "PERSON"})
_OTHER_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})


def _guest_run(trigger: Token) -> list[Token]:
    """The names and titles right after the participle ('Nepali Foreign Minister Narayan Khadka')."""
    run: list[Token] = []
    for tok in trigger.doc[trigger.i + 1:trigger.sent.end]:
        if tok.ent_type_ not in _NAME_ENTS and not (tok.pos_ == "PROPN" and tok.ent_type_ != "GPE") and tok.text != "-":
            break
        run.append(tok)
    return run if any(t.ent_type_ in {"PERSON", "TITLE"} for t in run) else []


def _guest_verb(trigger: Token, run: list[Token]) -> Token | None:
    """The verb the guest does: the run's head is its subject, or the object of a participle that is
    itself the verb's clausal subject ('Visiting (President X) thanked ...')."""
    ids = {t.i for t in run}
    head = next((t for t in run if t.head.i not in ids), None)
    if head is None:
        return None
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    if head.dep_ == "dobj" and head.head.i == trigger.i and trigger.dep_ == "csubj":
        return trigger.head
    return None


def _hosts(state: DocState, verb: Token, own: set[int], guests: list[str]) -> list[str]:
    """Those the verb's clause names, outside the guest's words and the clauses hung on it ('whose
    country considers Iran a threat', 'said that ...'), when they are of one state not the guest's."""
    aside = own | {u.i for t in verb.subtree if t.i != verb.i and t.dep_ in _OTHER_CLAUSES for u in t.subtree}
    told = [m.actor_id for m in state.mentions_in(verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
            if (t := token_at(verb.doc, m.start)) is not None and t.i not in aside]
    others = [a for a in dict.fromkeys(told) if a not in guests and state.actor(a).kind in {"person", "country"}]
    states = {state.actor(a).country for a in others}
    if len(states) != 1 or None in states or states & set(countries_of(state, guests)) \
            or not all(is_state_code(c) for c in states if c):
        return []
    return [a for a in others if state.actor(a).kind == "person"] or others


def visiting_subject(state: DocState, event: EventDraft, trigger: Token) -> None:
    """Give a visit told by 'visiting' before its own clause's subject that visitor and the host his
    clause names (nothing when the visit already has its parties)."""
    if event.kind != "visit" or event.source or trigger.lower_ not in word_set("guest_participles"):
        return
    run = _guest_run(trigger)
    verb = _guest_verb(trigger, run) if run else None
    if verb is None or verb.i == trigger.i:
        return
    guests = list(dict.fromkeys(m.actor_id for m in state.mentions_in(run[0].idx, run[-1].idx + len(run[-1]))
                                if state.actor(m.actor_id).kind == "person" and state.actor(m.actor_id).country))
    if len(guests) != 1:
        return
    hosts = _hosts(state, verb, {t.i for t in run} | {trigger.i}, guests)
    if not hosts:
        return
    event.source, event.recipient = guests, hosts
    event.participants = list(dict.fromkeys(guests + hosts))
    event.countries = sorted(set(countries_of(state, event.participants)))
