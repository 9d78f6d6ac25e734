"""Who sits at a multilateral meeting, a gathering or bilateral talks, told by the sentences around it:
"the council held its regular meeting in Bishkek, chaired by Prosecutor General X"; "Azerbaijan was
represented by Prosecutor General Y, and Russia by Prosecutor General Z"; "The Kazakh delegation was
led by X, and the Hungarian side by Y"; "The meeting was co-chaired by X and Y".

The named people a "chaired by" phrase or a "led/headed by" phrase of a side ("the delegation", "the
Uzbek side") gives in the meeting's own sentence or the two after it, and those of the "by" phrases
of a sentence whose verb is a passive "represented" (within the two sentences after it), take part in
the meeting told last, when they serve one of its states or none the text tells. A gathering takes
them as attendees (its countries stay its host and organisers). One pass over the document's
sentences.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, phrase_span, token_at

__all__ = ["represented", "verb_lemma"]

_SITTINGS = frozenset({"multilateral", "gathering"})


def _by_persons(state: DocState, verbs: list[Token], sent: Span) -> list[str]:
    """The persons inside a 'by' phrase after one of ``verbs`` ('represented by Y, and Russia by Z')."""
    if not verbs:
        return []
    first = min(v.i for v in verbs)
    found: list[str] = []
    for m in state.mentions_starting(sent.start_char, sent.end_char):
        actor = state.actor(m.actor_id)
        tok = token_at(sent.doc, m.start)
        if actor.kind != "person" or actor.role == "honorific" or tok is None or tok.i < first:
            continue
        if any(cur.dep_ == "pobj" and cur.head.lower_ == "by" for cur in ancestors(tok, 6)) or _after_by(tok):
            # "by Chairman of the State Committee for National Security X": the name deep in the title's phrases
            found.append(actor.id)
    return found


def _after_by(tok: Token) -> bool:
    """'by Prosecutor General of Kyrgyzstan X' (the name hung elsewhere): 'by' opens its title phrase."""
    for i in range(tok.i - 1, max(tok.sent.start, tok.i - 10) - 1, -1):
        cur = tok.doc[i]
        if cur.lower_ == "by":
            return True
        if not (cur.ent_type_ in {"TITLE", "GPE", "NORP", "PERSON"} or cur.lower_ in {"of", "the"} or cur.pos_ == "PROPN"):
            return False
    return False


def _add(state: DocState, event: EventDraft, people: list[str], own: bool = False) -> None:
    for person in dict.fromkeys(people):
        country = state.actor(person).country
        if person in event.participants or person in event.attendees or country and country not in event.countries:
            continue
        if event.kind == "gathering":
            event.attendees = [*event.attendees, person]
        else:
            event.recipient = [*event.recipient, person]
            event.participants = [*event.participants, person]
        if own and event.own_parties is not None:  # "... will be convened in Manila, co-chaired by A and B"
            event.own_parties = [*event.own_parties, person]  # in its own sentence: its own


def verb_lemma(verb: Token) -> str:
    """The verb's lemma, 'co-chair' for 'co-chaired' (which the lemmatizer leaves as 'co-chaire')."""
    lemma = verb.lemma_.lower()
    return lemma.removesuffix("e") if lemma.startswith("co-") and verb.lower_.endswith("ed") else lemma


def _heads_a_side(verb: Token) -> bool:
    """'The Kazakh delegation was led by', 'the delegations were headed by', 'the talks, with the Uzbek
    side headed by': what the verb says is led is a side of the talks (not 'a ceremony led by')."""
    if verb.lemma_.lower() not in word_set("lead_verbs"):
        return False
    led = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ in {"acl", "relcl"} else [])
    return any(t.lemma_.lower() in word_set("led_sides") for t in led)


def _leads_a_side(verb: Token) -> bool:
    """'X will lead the Bangladesh delegation', 'Y headed the Uzbek side': an active verb of leading
    whose object is a side of the talks."""
    return verb.pos_ == "VERB" and verb.tag_ != "VBN" and verb.lemma_.lower() in word_set("lead_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in word_set("led_sides") for c in verb.children)


def _side_leaders(state: DocState, sent: Span) -> list[str]:
    """The named persons in the subject of a verb that leads a side ('Siam will lead the delegation')."""
    found: list[str] = []
    for verb in (t for t in sent if _leads_a_side(t)):
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            found += [m.actor_id for m in state.mentions_starting(subj.left_edge.idx, subj.idx + len(subj))
                      if state.actor(m.actor_id).kind == "person" and state.actor(m.actor_id).role != "honorific"]
    return found


def _future(sent: Span) -> bool:
    """A 'led by', 'represented by' or 'will lead' of the sentence is told ahead: 'will be led by', 'is to
    be led by', 'X will lead the delegation'."""
    return any((t.tag_ == "VBN" and (_heads_a_side(t) or verb_lemma(t) in word_set("represent_verbs")) or _leads_a_side(t))
               and any(c.dep_ == "aux" and (c.lower_ in {"will", "shall"} or c.tag_ == "TO") for c in t.children)
               for t in sent)


def _sitting(event: EventDraft) -> bool:
    """Occurred multilateral meetings and gatherings; bilateral talks, held or planned."""
    return event.kind == "meeting" and event.status in {"occurred", "planned"} or (
        event.kind in _SITTINGS and event.status == "occurred")


def represented(state: DocState, events: list[EventDraft]) -> None:
    """Add the chair, the heads of the sides and the representatives the text names to the sitting told
    last."""
    doc = state.doc
    if doc is None:
        return
    sittings = sorted((e for e in events if _sitting(e)), key=lambda e: e.trigger[0])
    if not sittings:
        return
    sents = list(doc.sents)
    for index, sent in enumerate(sents):
        told = [e for e in sittings if e.trigger[0] < sent.end_char
                and sents[max(index - 2, 0)].start_char <= e.trigger[0]]
        if _future(sent):  # "the Malaysian side will be led by X": the sitting ahead, not the call today
            told = [e for e in told if e.status == "planned"]
        if not told:
            continue
        last = told[-1]
        own = last.trigger[0] >= sent.start_char
        wanted = word_set("chair_verbs") | (set() if own else word_set("represent_verbs"))
        verbs = [t for t in sent if t.tag_ == "VBN" and (verb_lemma(t) in wanted or _heads_a_side(t))]
        people = _by_persons(state, verbs, sent) + _side_leaders(state, sent)
        if people and not own and not verbs:
            _add(state, last, people)
        elif people and not own and phrase_span(verbs[0])[0] >= sent.start_char:
            _add(state, last, people)
        elif people and own:
            _add(state, last, people, own=True)
